"""The column specs of salesops' trackers: which columns, in which kind, with which dropdowns.

Each function turns a DataFrame from the core into a :class:`~salesops.excel.Tracker`; writing
it is :func:`salesops.excel.write_trackers`'s job.

Examples
--------
>>> from salesops import datasets
>>> tracker = customers_tracker(datasets.load_customers())
>>> tracker.name, len(tracker.columns)
('customers', 28)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from .calendar import as_date
from .customer_table import CustomerTable, as_frame
from .customers import CUSTOMER_SCHEMA, OPTIONAL_SCHEMA, PROSPECT_CLASSES
from .errors import InputFileError
from .excel import Column, Tracker, read_metadata
from .labels import CATALOGUE, header_pair, t
from .reading import open_workbook

__all__ = ["abc_summary_tracker", "abc_tracker", "call_list_tracker", "call_report_tracker",
           "campaign_tracker", "cold_call_tracker", "complaint_contacts_tracker",
           "complaint_overdue_tracker", "complaints_tracker", "consultations_tracker",
           "customers_tracker", "followup_tracker", "funnel_tracker", "kpi_items_tracker",
           "kpi_lifetime_tracker", "kpi_periods_tracker", "kpi_reps_tracker",
           "kpi_standards_tracker",
           "phone_script_tracker", "problems_tracker", "read_roster_grid",
           "roster_coverage_tracker",
           "roster_grid_tracker", "roster_heatmap_tracker", "self_check_tracker",
           "service_agents_tracker", "service_reasons_tracker", "shift_legend_tracker",
           "staffing_tracker", "unplanned_tracker", "visit_days_tracker", "visit_plan_tracker"]

_KIND_OF = {"id": "id", "mobile": "id", "landline": "id", "credit_code": "id", "email": "text",
            "text": "text", "float": "number", "amount": "money", "date": "date",
            "prospect": "text"}
_WIDTHS = {"name": 30, "address": 36, "notes": 30, "credit_code": 21, "mobile": 14,
           "landline": 16, "latitude": 11, "longitude": 11}


def _h(key: str, context: str | None = None) -> tuple[str, str]:
    """The (zh, en) header of column ``key`` from the catalogue (``hdr.[context.]key``)."""
    return header_pair(key, context)


def _rule_text(frame: pd.DataFrame, lang: str | None = None) -> list:
    """The purpose of each row in ``lang``, made from its ``rule`` code (text is made at the
    edge): a purpose that is not its rule's catalogue text (typed by a person) is kept."""
    if "rule" not in frame.columns:
        return list(frame["purpose"])
    out = []
    for rule, purpose in zip(frame["rule"], frame["purpose"], strict=True):
        key = f"rule.{rule}"
        if key in CATALOGUE and (not isinstance(purpose, str) or purpose in CATALOGUE[key]):
            purpose = t(key, lang)
        out.append(purpose)
    return out


def customer_columns(extra: list[str] | tuple[str, ...] = ()) -> list[Column]:
    """Column specs for the customer table; ``extra`` user columns are kept as text.

    Optional standard columns among ``extra`` (发货日期, 购买欲望 …) get their standard header
    and kind. A user column whose header is also a standard header — the second of
    公司名称 and 客户名称 — is headed ``客户名称（原表另一列）`` so both are kept.
    """
    columns = []
    standard = {lang: {Column(k).title(lang) for k in [*CUSTOMER_SCHEMA, *OPTIONAL_SCHEMA]}
                for lang in ("zh", "en")}
    for key, kind in CUSTOMER_SCHEMA.items():
        spec: dict = {"kind": _KIND_OF[kind], "width": _WIDTHS.get(key)}
        if kind == "prospect":
            spec["choices"] = {c: CATALOGUE[f"prospect.{c}"] for c in PROSPECT_CLASSES}
        if key == "next_contact_date":
            spec["highlight"] = "due_this_week"
        if key == "annual_sales":
            spec["highlight"] = "negative"
        columns.append(Column(key, **spec))
    for h in map(str, extra):
        if h in OPTIONAL_SCHEMA:
            columns.append(Column(h, kind=_KIND_OF[OPTIONAL_SCHEMA[h]]))
            continue
        zh, en = (t("col.other_copy", lang, header=h) if h in standard[lang] else h
                  for lang in ("zh", "en"))
        columns.append(Column(h, header=(zh, en)))
    return columns


def customers_tracker(customers: CustomerTable | pd.DataFrame) -> Tracker:
    """The customer-information table (客户信息表), user columns kept after the standard ones.

    Rows are identified by ``customer_id`` when every row has a distinct one, otherwise by
    their position.
    """
    customers = as_frame(customers)
    extras = [c for c in customers.columns if c not in CUSTOMER_SCHEMA]
    frame = customers.copy()
    ids = frame["customer_id"]
    key = "customer_id" if ids.notna().all() and ids.is_unique and len(ids) else None
    return Tracker("customers", frame, customer_columns(extras), key=key)


PROBLEM_COLUMNS = [
    Column("row", kind="integer", width=7),
    Column("column", width=16),
    Column("value", width=24),
    Column("problem", width=24),
    Column("severity", width=9, choices={"error": CATALOGUE["severity.error"],
                                          "warning": CATALOGUE["severity.warning"]}),
    Column("message", width=80),
]


def problems_tracker(problems: pd.DataFrame) -> Tracker:
    """The problems found by :func:`salesops.check_customers` (问题清单)."""
    return Tracker("problems", problems.reset_index(drop=True), PROBLEM_COLUMNS)


# ------------------------------------------------------------------------------------------
# ABC, funnel and the follow-up record sheet (跟单记录表)
# ------------------------------------------------------------------------------------------
def _policy_text(policy, lang: str | None) -> dict[str, str]:
    from .policy import ServicePolicy

    policy = policy or ServicePolicy()
    return {c: policy.describe(c, lang) for c in ("A", "B", "C")}


ABC_COLUMNS = [
    Column("abc_rank", header=_h("abc_rank"), kind="integer", width=7),
    Column("customer_id", kind="id", width=10),
    Column("name", header=_h("name"), width=30),
    Column("annual_sales", header=_h("annual_sales"), kind="money", width=14),
    Column("abc_share", header=_h("abc_share"), kind="percent", width=9),
    Column("abc_cum_share", header=_h("abc_cum_share"), kind="percent", width=11),
    Column("abc_class", header=_h("abc_class", "abc"), width=7, choices=("A", "B", "C")),
    Column("service", header=_h("service"), width=70),
]


def abc_tracker(classified: pd.DataFrame, policy=None, *, value: str = "annual_sales",
                lang: str | None = None) -> Tracker:
    """ABC sheet: 排名, 客户, 销售额, 占比, 累计占比, 类别, 服务策略, with a Pareto chart.

    Rows are sorted by rank; unclassified customers (missing value) come last.
    """
    from .excel import Chart

    texts = _policy_text(policy, lang)
    frame = classified.assign(
        annual_sales=pd.to_numeric(classified[value], errors="coerce"),
        service=classified["abc_class"].map(lambda c: texts.get(c, "") if isinstance(c, str)
                                            else ""))
    frame = frame.sort_values(["abc_rank", "customer_id"], na_position="last", kind="stable")
    chart = Chart("pareto", categories="name", values=("annual_sales",), line="abc_cum_share",
                  title=CATALOGUE["chart.abc_pareto"],
                  max_rows=len(frame))
    return Tracker("abc", frame, ABC_COLUMNS, key="customer_id"
                   if frame["customer_id"].notna().all() and frame["customer_id"].is_unique
                   and len(frame) else None, charts=(chart,),
                   notes=CATALOGUE["note.abc"])


ABC_SUMMARY_COLUMNS = [
    Column("abc_class", header=_h("abc_class", "abc"), width=7),
    Column("customers", header=_h("customers"), kind="integer", width=9),
    Column("customer_share", header=_h("customer_share"), kind="percent",
           width=11),
    Column("value", header=_h("value", "abc"), kind="money", width=16),
    Column("value_share", header=_h("value_share"), kind="percent", width=11),
    Column("service", header=_h("service"), width=70),
]


def abc_summary_tracker(summary: pd.DataFrame, policy=None, lang: str | None = None
                        ) -> Tracker:
    """Customers and sales per class, with the class's service policy."""
    from .excel import Chart

    texts = _policy_text(policy, lang)
    frame = summary.assign(service=summary["abc_class"].map(texts))
    chart = Chart("bar", categories="abc_class", values=("customer_share", "value_share"),
                  title=CATALOGUE["chart.abc_summary"])
    return Tracker("abc_summary", frame, ABC_SUMMARY_COLUMNS, charts=(chart,))


FUNNEL_COLUMNS = [
    Column("label", header=_h("label", "funnel"), width=14),
    Column("count", header=_h("count", "funnel"), kind="integer", width=9),
    Column("share", header=_h("share", "funnel"), kind="percent", width=9),
    Column("ratio_to_previous", header=_h("ratio_to_previous"), kind="percent", width=14),
    Column("thin_text", header=_h("thin_text"), width=40),
    Column("stale", header=_h("stale"), kind="integer", width=9),
    Column("value", header=_h("value", "funnel"), kind="money", width=14),
    Column("weighted_value", header=_h("weighted_value"), kind="money", width=14),
]


def funnel_tracker(result, lang: str | None = None) -> Tracker:
    """The funnel table with a horizontal bar chart (widest layer at the top)."""
    from .excel import Chart
    from .labels import t

    table = result.table.assign(thin_text=[
        t("funnel.thin_note", lang, share=f"{result.thin_share:.0%}") if thin else ""
        for thin in result.table["thin"]])
    chart = Chart("barh", categories="label", values=("count",),
                  title=CATALOGUE["chart.funnel"])
    return Tracker("funnel", table, FUNNEL_COLUMNS, charts=(chart,))


def _choices(prefix: str, codes) -> dict[str, tuple[str, str]]:
    return {c: CATALOGUE[f"{prefix}.{c}"] for c in codes}


INTENT_LEVELS = ("high", "medium", "low", "none")


def followup_columns() -> list[Column]:
    """The 跟单记录表 columns (COURSE.md §1: the record sheet beside the phone)."""
    from .followup import CHANNEL_CHOICES
    from .funnel import FUNNEL_STAGES

    return [
        Column("date", header=_h("date"), kind="date"),
        Column("customer_id", kind="id", width=10),
        Column("name", header=_h("name"), width=28),
        Column("contact_person", width=9),
        Column("phone", header=_h("phone"), kind="id", width=14),
        Column("abc_class", header=_h("abc_class"), width=6, choices=("A", "B", "C")),
        Column("channel", header=_h("channel"), width=8,
               choices=_choices("channel", CHANNEL_CHOICES)),
        Column("content", header=_h("content"), width=26),
        Column("feedback", header=_h("feedback"), width=26),
        Column("intent", header=_h("intent"), width=9,
               choices=_choices("intent", INTENT_LEVELS)),
        Column("stage", header=_h("stage"), width=11,
               choices=_choices("stage", FUNNEL_STAGES)),
        Column("next_contact_date", header=_h("next_contact_date"), kind="date",
               highlight="due_this_week"),
        Column("next_step", header=_h("next_step"), width=20),
        Column("owner", header=_h("owner", "followup"), width=9),
    ]


def followup_tracker(schedule: pd.DataFrame, customers: pd.DataFrame) -> Tracker:
    """The 跟单记录表, pre-filled from a follow-up schedule.

    Date, customer, contact, phone, class, channel and the purpose (as 内容) come from the
    schedule; 阶段 and 下次跟进日期 start as the customer's current values, so that what the
    rep changes can be told apart from what was there (see
    :func:`salesops.followup.apply_follow_up_log`). 反馈, 意向程度 and 下一步 are for the rep.
    """
    from .funnel import stage_code

    info = customers.drop_duplicates("customer_id").set_index("customer_id")
    ids = schedule["customer_id"]
    stage = ids.map(info["stage"]) if "stage" in info else pd.Series(None, index=ids.index)
    frame = pd.DataFrame({
        "date": schedule["date"], "customer_id": ids, "name": schedule["name"],
        "contact_person": schedule["contact_person"],
        "phone": schedule["mobile"].where(schedule["mobile"].notna(), schedule["landline"]),
        "abc_class": schedule["abc_class"], "channel": schedule["channel"],
        "content": _rule_text(schedule), "feedback": None, "intent": None,
        "stage": stage.map(stage_code),
        "next_contact_date": ids.map(info["next_contact_date"]) if "next_contact_date" in info
        else pd.NaT,
        "next_step": None, "owner": schedule["owner"],
    })
    return Tracker("followup", frame.reset_index(drop=True), followup_columns(),
                   notes=CATALOGUE["note.followup"])


# ------------------------------------------------------------------------------------------
# call planning (电话量计划)
# ------------------------------------------------------------------------------------------
CALL_RESULTS = ("connected", "no_answer", "busy", "wrong_number", "refused", "interested",
                "appointment", "voicemail")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "total")


def call_list_tracker(plan, lang: str | None = None) -> Tracker:
    """今日电话清单: the day's calls in order, with a result dropdown to fill in.

    Beside the two-choice times, 约见地点 (an appointment fixes time *and* place) and 留言 (the
    voicemail to leave, with its two call-back windows); 等候回电 is a live formula that shows
    those windows once the result is 留言 (seed 000: the customer calls back in them).
    """
    from .calls import voicemail_text, voicemail_windows
    from .labels import t

    left = t("call_result.voicemail", lang).replace('"', '""')
    windows = _callback_windows(plan, lang).replace('"', '""')
    columns = [
        Column("slot", header=_h("slot"), width=7),
        Column("priority", header=_h("priority"), kind="integer", width=7),
        Column("customer_id", kind="id", width=10),
        Column("name", header=_h("name"), width=24),
        Column("contact_person", width=9),
        Column("phone", header=_h("phone"), kind="id", width=14),
        Column("abc_class", header=_h("abc_class"), width=6, choices=("A", "B", "C")),
        Column("purpose", header=_h("purpose"), width=22),
        Column("appointment_1", header=_h("appointment_1"), width=16),
        Column("appointment_2", header=_h("appointment_2"), width=16),
        Column("agreed", header=_h("agreed"), width=12),
        Column("meeting_place", header=_h("meeting_place"), width=24),
        Column("result", header=_h("result"), width=10,
               choices=_choices("call_result", CALL_RESULTS)),
        Column("callback", header=_h("callback"), width=28,
               formula=f'=IF({{result}}="{left}","{windows}","")'),
        Column("notes", header=_h("notes"), width=16),
        Column("owner", header=_h("owner"), width=9),
    ]
    frame = plan.calls.assign(result=None, agreed=None, notes=None, callback=None)
    # the day's voicemail is the same for every call: said once, in the note under the title
    day = pd.Timestamp(plan.date).date()
    windows = plan.voicemail_windows or voicemail_windows(day)
    message = {lang: voicemail_text(windows, lang) for lang in ("zh", "en")}
    notes = tuple(f"{note} {message[lang]}" for note, lang in zip(
        CATALOGUE["note.calllist"], ("zh", "en"), strict=True))
    title = tuple(t("title.calllist", lang, date=day.isoformat(),
                    weekday=t(f"weekday.{WEEKDAYS[day.weekday()]}", lang))
                  for lang in ("zh", "en"))
    return Tracker("calllist", frame, columns, title=title, notes=notes,
                   meta={"date": day.isoformat()})


def _callback_windows(plan, lang: str | None) -> str:
    """The voicemail's two call-back windows of a day's plan as one line of text."""
    from .calls import voicemail_text, voicemail_windows

    return voicemail_text(plan.voicemail_windows or voicemail_windows(plan.date), lang,
                          key="calls.callback_windows")


REPORT_COLUMNS = [
    Column("date", header=_h("date"), kind="date"),
    Column("owner", header=_h("owner"), width=9),
    Column("kind", header=_h("kind", "callreport"), width=8,
           choices=_choices("report_kind", ("plan", "actual"))),
    Column("dials", header=_h("dials"), kind="integer", width=7),
    Column("connected", header=_h("connected"), kind="integer", width=7),
    Column("connect_rate", header=_h("connect_rate"), kind="percent", width=8,
           formula='=IF(OR(N({dials})=0,{connected}=""),"",{connected}/{dials})'),
    Column("effective", header=_h("effective"), kind="integer", width=9),
    Column("talk_minutes", header=_h("talk_minutes"), kind="integer", width=10),
    Column("interested", header=_h("interested"), kind="integer", width=7),
    Column("invited", header=_h("invited"), kind="integer", width=7),
    Column("orders", header=_h("orders"), kind="integer", width=9),
    Column("order_value", header=_h("order_value"), kind="money", width=12),
    Column("close_rate", header=_h("close_rate"),
           kind="percent", width=10,
           formula='=IF(OR(N({connected})=0,{orders}=""),"",{orders}/{connected})'),
]


def call_report_tracker(week, owners) -> Tracker:
    """电销日报: one 计划 and one 实际 row per weekday and rep; rates are live formulas."""
    rows = []
    for day, target in zip(week["date"], week["target"], strict=True):
        for owner in owners:
            rows.append({"date": day, "owner": owner, "kind": "plan", "dials": target})
            rows.append({"date": day, "owner": owner, "kind": "actual"})
    frame = pd.DataFrame(rows).reindex(columns=[c.key for c in REPORT_COLUMNS])
    return Tracker("callreport", frame, REPORT_COLUMNS, notes=CATALOGUE["note.callreport"])


def self_check_tracker(check) -> Tracker:
    """每周自查: calls planned and made per weekday and the week's total."""
    columns = [
        Column("weekday", header=_h("weekday"), width=8,
               choices=_choices("weekday", WEEKDAYS)),
        Column("date", header=_h("date"), kind="date"),
        Column("target", header=_h("target"), kind="integer", width=8),
        Column("made", header=_h("made"), kind="integer", width=8),
        Column("gap", header=_h("gap"), kind="integer", width=8, highlight="negative",
               formula="={made}-{target}"),
    ]
    frame = check.assign(weekday=check["weekday"].map(lambda k: WEEKDAYS[int(k)]))
    return Tracker("selfcheck", frame, columns)


CAMPAIGN_COLUMNS = [
    Column("method_label", header=_h("method_label"), width=12),
    Column("successes", header=_h("successes"), kind="integer", width=10),
    Column("records", header=_h("records"), kind="integer", width=9),
    Column("dials", header=_h("dials", "campaign"), kind="number", width=10),
    Column("contacts", header=_h("contacts"), kind="number", width=10),
    Column("agent_hours", header=_h("agent_hours"), kind="number", width=11),
    Column("days", header=_h("days"), kind="integer", width=6),
    Column("agents_per_day", header=_h("agents_per_day"), kind="integer", width=9),
    Column("formula", header=_h("formula", "campaign"), width=100),
]


def campaign_tracker(results, lang: str | None = None) -> Tracker:
    """外呼人力测算: each method's figures and the formula that produced them."""
    from .labels import t

    frame = pd.DataFrame([r.as_dict() for r in results])
    frame["method_label"] = [t(f"calls.method_{m}", lang) for m in frame["method"]]
    return Tracker("campaign", frame, CAMPAIGN_COLUMNS)


STAFFING_COLUMNS = [
    Column("interval_start", header=_h("interval_start"), kind="datetime", width=17),
    Column("calls", header=_h("calls"), kind="integer", width=8),
    Column("aht_seconds", header=_h("aht_seconds"), kind="integer", width=10),
    Column("traffic", header=_h("traffic"), kind="number", width=10),
    Column("required_agents", header=_h("required_agents"), kind="integer", width=9),
    Column("scheduled_agents", header=_h("scheduled_agents"), kind="integer",
           width=9),
    Column("service_level", header=_h("service_level"), kind="percent", width=9),
    Column("asa_seconds", header=_h("asa_seconds"), kind="number", width=10),
    Column("occupancy", header=_h("occupancy"), kind="percent", width=8),
    Column("binding_text", header=_h("binding_text"), width=22),
]


def staffing_tracker(table, lang: str | None = None) -> Tracker:
    """话务人力: agents per interval with a chart of calls and agents."""
    from .excel import Chart
    from .labels import t

    frame = table.assign(binding_text=table["binding"].map(lambda b: t(f"binding.{b}", lang)))
    chart = Chart("bar", categories="interval_start", values=("calls", "required_agents"),
                  title=CATALOGUE["chart.staffing"],
                  max_rows=len(frame))
    return Tracker("staffing", frame, STAFFING_COLUMNS, charts=(chart,))


# ------------------------------------------------------------------------------------------
# rosters (排班)
# ------------------------------------------------------------------------------------------
def roster_grid_tracker(grid: pd.DataFrame, start, hours: pd.DataFrame | None = None,
                        lang: str | None = None) -> Tracker:
    """姓名 × 周一 … 周日 with shift codes (colours by CF), weekly hours and rest days.

    With an empty ``grid`` (only names) it is the blank grid students fill in by hand;
    :func:`read_roster_grid` and :func:`~salesops.roster_check.check_roster` read it back.
    """
    first = as_date(start)
    days = grid.shape[1]
    columns = [Column("agent", header=_h("agent"), width=10)]
    for d in range(days):
        date = first + dt.timedelta(days=d)
        label = (f"{t('weekday.' + WEEKDAYS[date.weekday()], 'zh')} {date:%m-%d}",
                 f"{t('weekday.' + WEEKDAYS[date.weekday()], 'en')} {date:%m-%d}")
        columns.append(Column(f"d{d}", header=label, width=10.5, highlight="shift"))
    frame = pd.DataFrame({"agent": [str(a) for a in grid.index]})
    off = t("roster.off", lang)  # 休, or off in an English workbook
    for d in range(days):
        frame[f"d{d}"] = grid.iloc[:, d].replace(CATALOGUE["roster.off"][0], off).to_numpy()
    if hours is not None:
        info = hours.set_index("agent")
        frame["hours"] = frame["agent"].map(info["hours"])
        frame["rest_days"] = frame["agent"].map(info["rest_days"])
        columns += [Column("hours", header=_h("hours"), kind="number", width=8),
                    Column("rest_days", header=_h("rest_days"), kind="integer",
                           width=8)]
    return Tracker("roster", frame, columns, key="agent", notes=CATALOGUE["note.roster"],
                   meta={"start": first.isoformat()})


def read_roster_grid(path) -> tuple[pd.DataFrame, dict, dt.date]:
    """Read a roster grid written by salesops (and filled in by hand) back.

    Returns ``(table, cells, start)``: agents × days with the codes as typed, the Excel cell of
    every entry and of each agent's weekly hours when the grid has them (for
    :func:`~salesops.roster_check.check_roster`) and the first day of the grid — from the
    workbook's metadata, else the dates in the day headers. The grid is read by the reading
    layer's one grid reader (:func:`salesops.reading.grids.find_roster_grid`): blank rows and
    a 合计 row lose nothing, an agent added below is read too.
    """
    from .reading import sheet_rows
    from .reading.grids import find_roster_grid

    path = Path(path)
    wb = open_workbook(path)
    meta = read_metadata(wb, path.name)
    tracker = next((tr for tr in meta["trackers"] if tr["name"] == "roster"), None)
    if tracker is None or tracker["sheet"] not in wb.sheet_names:
        raise InputFileError(t("error.tracker_sheet_missing", file=path.name,
                               sheet=t("sheet.roster")))
    rows = sheet_rows(wb, tracker["sheet"], path.name)
    grid = find_roster_grid({tracker["sheet"]: rows}, agent_headers=_h("agent"),
                            totals={k: _h(k) for k in ("hours", "rest_days")})
    if grid is None:
        raise InputFileError(t("error.tracker_header_missing", file=path.name,
                               sheet=tracker["sheet"], row=tracker.get("header_row", 4),
                               column=t("hdr.agent")))
    start = tracker.get("start") or (grid.start.isoformat() if grid.start else None) \
        or meta["written"][:10]
    table = grid.table
    table.index = table.index.astype(str)
    return table, grid.cells, as_date(start)


def roster_coverage_tracker(coverage: pd.DataFrame) -> Tracker:
    """Coverage per demanded half hour against demand; shortfalls red."""
    columns = [Column("date", header=_h("date"), kind="date"),
               Column("start", header=_h("start"), width=7),
               Column("end", header=_h("end"), width=7),
               Column("required", header=_h("required"), kind="integer", width=7),
               Column("scheduled", header=_h("scheduled"), kind="integer", width=7),
               Column("short", header=_h("short"), kind="integer", width=7,
                      highlight="positive")]
    return Tracker("coverage", coverage.reset_index(drop=True), columns)


def roster_heatmap_tracker(coverage: pd.DataFrame, start) -> Tracker:
    """Half hours × days of scheduled − required, as a colour-scale heat map."""
    first = as_date(start)
    diff = coverage.assign(diff=coverage["scheduled"] - coverage["required"])
    table = diff.pivot_table(index="start", columns="day", values="diff", aggfunc="sum")
    table = table.sort_index()
    frame = pd.DataFrame({"slot": table.index})
    columns = [Column("slot", header=_h("slot", "heatmap"), width=7)]
    for d in table.columns:
        date = first + dt.timedelta(days=int(d))
        frame[f"d{d}"] = table[d].to_numpy()
        columns.append(Column(f"d{d}", header=(
            f"{t('weekday.' + WEEKDAYS[date.weekday()], 'zh')} {date:%m-%d}",
            f"{t('weekday.' + WEEKDAYS[date.weekday()], 'en')} {date:%m-%d}"),
            kind="integer", width=9, highlight="scale"))
    return Tracker("heatmap", frame, columns, notes=CATALOGUE["note.heatmap"])


def shift_legend_tracker(shifts) -> Tracker:
    """班次表: code, start, end, paid hours (and 休)."""
    frame = pd.DataFrame([{"code": s.code, "start": s.start, "end": s.end,
                           "break_minutes": s.break_minutes, "hours": s.hours}
                          for s in shifts])
    columns = [Column("code", header=_h("code"), width=8),
               Column("start", header=_h("start"), width=7),
               Column("end", header=_h("end"), width=7),
               Column("break_minutes", header=_h("break_minutes"), kind="integer",
                      width=9),
               Column("hours", header=_h("hours", "legend"), kind="number", width=9)]
    return Tracker("legend", frame, columns, notes=CATALOGUE["note.legend"])


# ------------------------------------------------------------------------------------------
# visit plans (拜访计划表)
# ------------------------------------------------------------------------------------------
VISIT_RESULTS = ("done", "rescheduled", "absent", "cancelled")


def visit_plan_tracker(plan, lang: str | None = None) -> Tracker:
    """拜访计划表: a block per day and rep in visiting order, closed by the day's total
    (visits, km including the way back, return time, lunch), with a 结果 dropdown.

    The 方式 and day-total texts are in ``lang`` (default: the current language)."""
    columns = [
        Column("date", header=_h("date"), kind="date"),
        Column("time", header=_h("time"), width=12),
        Column("order", header=_h("order"), kind="integer", width=6),
        Column("customer_id", kind="id", width=10),
        Column("name", header=_h("name"), width=28),
        Column("abc_class", header=_h("abc_class"), width=6, choices=("A", "B", "C")),
        Column("contact_person", width=9),
        Column("phone", header=_h("phone"), kind="id", width=14),
        Column("address", header=_h("address"), width=32),
        Column("channel", header=_h("channel"), width=7),
        Column("purpose", header=_h("purpose"), width=20),
        Column("result", header=_h("result"), width=9,
               choices=_choices("visit_result", VISIT_RESULTS)),
        Column("next_visit", header=_h("next_visit"), kind="date"),
        Column("rep", header=_h("rep"), width=9),
        Column("travel_km", header=_h("travel_km"), kind="number", width=9),
    ]
    it = plan.itinerary
    if not len(it):
        frame = pd.DataFrame(columns=[c.key for c in columns])
    else:
        visits = pd.DataFrame({
            "date": it["date"], "time": it["start"] + "–" + it["end"], "order": it["order"],
            "customer_id": it["customer_id"], "name": it["name"],
            "abc_class": it["abc_class"], "contact_person": it["contact_person"],
            "phone": it["phone"], "address": it["address"],
            "channel": t("channel.visit", lang), "purpose": _rule_text(it, lang),
            "result": None, "next_visit": pd.NaT, "rep": it["rep"],
            "travel_km": it["travel_km"].round(1)})
        blocks = []
        days = plan.days.set_index(["date", "rep"]) if len(plan.days) else None
        for (date, rep), block in visits.groupby(["date", "rep"], sort=True):
            blocks.append(block)
            km = float(days.loc[(date, rep), "km"]) if days is not None else float(
                block["travel_km"].sum())
            day = days.loc[(date, rep)] if days is not None else None
            blocks.append(pd.DataFrame([{  # the day's total line closes each block
                "date": date, "time": t("visits.total", lang), "order": len(block),
                "name": t("visits.total_text", lang,
                    visits=len(block), km=f"{km:.1f}",
                    back=day["end"] if day is not None else "",
                    lunch=day["lunch"] if day is not None else ""),
                "rep": rep, "travel_km": round(km, 1)}]))
        frame = pd.concat(blocks, ignore_index=True).reindex(columns=[c.key for c in columns])
    return Tracker("visits", frame, columns, notes=CATALOGUE["note.visits"])


def visit_days_tracker(plan) -> Tracker:
    """Per-day totals: visits, km, driving and working minutes, lunch."""
    columns = [Column("date", header=_h("date"), kind="date"),
               Column("rep", header=_h("rep"), width=9),
               Column("visits", header=_h("visits"), kind="integer", width=8),
               Column("km", header=_h("km"), kind="number", width=8),
               Column("driving_minutes", header=_h("driving_minutes"),
                      kind="integer", width=10),
               Column("start", header=_h("start", "visitdays"), width=7),
               Column("end", header=_h("end", "visitdays"), width=7),
               Column("working_minutes", header=_h("working_minutes"),
                      kind="integer", width=10),
               Column("lunch", header=_h("lunch"), width=7)]
    frame = plan.days if len(plan.days) else pd.DataFrame(columns=[c.key for c in columns])
    return Tracker("visitdays", frame, columns)


def unplanned_tracker(plan) -> Tracker:
    """Customers that could not be planned, with the reason."""
    columns = [Column("customer_id", kind="id", width=10),
               Column("name", header=_h("name"), width=28),
               Column("abc_class", header=_h("abc_class"), width=6),
               Column("reason", header=_h("reason"), width=60)]
    frame = plan.unplanned.reindex(columns=[c.key for c in columns])
    return Tracker("unplanned", frame, columns)


# ------------------------------------------------------------------------------------------
# online customer service (seed 003): 咨询记录, 客服业绩, 未成交原因
# ------------------------------------------------------------------------------------------
def _hdr(key: str) -> tuple[str, str]:
    return CATALOGUE[key]


def _with_seconds(key: str, seconds: float) -> tuple[str, str]:
    zh, en = CATALOGUE[key]
    shown = f"{seconds:g}"
    return zh.format(seconds=shown), en.format(seconds=shown)


def consultations_tracker(log: pd.DataFrame, standard_seconds: float = 10) -> Tracker:
    """咨询记录: the log, one row per conversation; first response and 达标 are live formulas,
    a first response over the standard is red, 成交/未成交 and the reason are dropdowns."""
    from .service import LOST_REASONS

    std = f"{standard_seconds:g}"
    first = 'IF({first_message_time}="",{start_time},{first_message_time})'
    columns = [
        Column("agent", header=_hdr("service.col.agent"), width=9),
        Column("customer", header=_hdr("service.col.customer"), width=14),
        Column("start_time", header=_hdr("service.col.start_time"), kind="timestamp"),
        Column("first_message_time", header=_hdr("service.col.first_message_time"),
               kind="timestamp"),
        Column("first_reply_time", header=_hdr("service.col.first_reply_time"),
               kind="timestamp"),
        Column("first_response_seconds", header=_hdr("service.col.first_response_seconds"),
               kind="integer", width=10,
               formula=(f'=IF(OR({{first_reply_time}}="",AND({{first_message_time}}="",'
                        f'{{start_time}}="")),"",ROUND(({{first_reply_time}}-{first})*86400,0))'),
               alert=(f"AND(ISNUMBER({{first_response_seconds}}),"
                      f"{{first_response_seconds}}>{std})")),
        Column("within_standard", header=_hdr("service.col.within_standard"), width=7,
               formula=(f'=IF({{first_response_seconds}}="","",'
                        f'IF({{first_response_seconds}}<={std},"✓","✗"))')),
        Column("converted", header=_hdr("service.col.converted"), width=9,
               choices={True: CATALOGUE["outcome.converted"],
                        False: CATALOGUE["outcome.not_converted"]}),
        Column("reason", header=_hdr("service.col.reason"), width=14,
               choices=_choices("lost_reason", LOST_REASONS)),
        Column("rating", header=_hdr("service.col.rating"), kind="integer", width=7),
        Column("notes", header=_hdr("service.col.notes"), width=24),
    ]
    frame = log.assign(within_standard=None).reset_index(drop=True)
    return Tracker("consultations", frame, columns,
                   notes=_with_seconds("note.consultations", standard_seconds))


SERVICE_AGENT_KEYS = ("agent", "consultations", "orders", "conversion",
                      "median_first_response_seconds", "within_standard_share",
                      "average_rating", "ratings")


def service_agents_tracker(summary) -> Tracker:
    """客服业绩: consultations, orders, conversion, first response, ratings per agent, with a
    bar chart of consultations beside orders (42 served, 9 sold)."""
    from .excel import Chart

    kinds = {"consultations": "integer", "orders": "integer", "conversion": "percent",
             "median_first_response_seconds": "number", "within_standard_share": "percent",
             "average_rating": "number", "ratings": "integer"}
    columns = [Column(k, header=_hdr(f"service.col.{k}"), kind=kinds.get(k, "text"),
                      width=10 if k != "agent" else 9) for k in SERVICE_AGENT_KEYS]
    chart = Chart("bar", categories="agent", values=("consultations", "orders"),
                  title=_hdr("chart.service_agents"))
    return Tracker("service_agents", summary.agents, columns, key="agent", charts=(chart,),
                   notes=_with_seconds("note.service_agents", summary.standard_seconds))


def service_reasons_tracker(summary) -> Tracker:
    """未成交原因: why customers did not buy, most frequent first, with a bar chart."""
    from .excel import Chart

    columns = [Column("label", header=_hdr("service.col.reason_label"), width=16),
               Column("count", header=_hdr("service.col.count"), kind="integer", width=9),
               Column("share", header=_hdr("service.col.share"), kind="percent", width=12)]
    chart = Chart("barh", categories="label", values=("count",),
                  title=_hdr("chart.service_reasons"))
    return Tracker("service_reasons", summary.reasons, columns, charts=(chart,))


# ------------------------------------------------------------------------------------------
# complaint log (客户投诉登记表, seed 001)
# ------------------------------------------------------------------------------------------
def complaints_tracker(status, lang: str | None = None) -> Tracker:
    """客户投诉登记表: one row per complaint, the ten steps as ✓ columns (red when overdue),
    a live 状态 formula, the solve-by, call and letter dates."""
    from .complaints import STEP_COLUMNS, STEP_DUE
    from .labels import t

    def hdr(key: str) -> tuple[str, str]:
        return CATALOGUE[f"complaint.col.{key}"]

    steps = [Column(s, header=hdr(s), width=7, choices=("✓",),
                    alert=f'AND({{{s}}}="",ISNUMBER({{{STEP_DUE[s]}}}),{{{STEP_DUE[s]}}}'
                          f'<TODAY())') for s in STEP_COLUMNS]
    first, last = STEP_COLUMNS[0], STEP_COLUMNS[-1]
    labels = {k: t(f"complaint_status.{k}", lang) for k in ("open", "solved", "closed")}
    columns = [
        Column("complaint_id", header=hdr("complaint_id"), kind="id", width=11),
        Column("received_date", header=hdr("received_date"), kind="date"),
        Column("customer_id", header=hdr("customer_id"), kind="id", width=10),
        Column("name", header=hdr("name"), width=26),
        Column("contact_person", header=hdr("contact_person"), width=9),
        Column("phone", header=hdr("phone"), kind="id", width=14),
        Column("channel", header=hdr("channel"), width=8),
        Column("issue", header=hdr("issue"), width=28),
        Column("owner", header=hdr("owner"), width=9),
        *steps,
        Column("solution", header=hdr("solution"), width=28),
        Column("solved_date", header=hdr("solved_date"), kind="date"),
        Column("status", header=CATALOGUE["complaint.col.status"], width=8,
               formula=(f'=IF({{solved_date}}="","{labels["open"]}",IF(COUNTA({{{first}}}:'
                        f'{{{last}}})={len(STEP_COLUMNS)},"{labels["closed"]}",'
                        f'"{labels["solved"]}"))')),
        Column("solve_due", header=CATALOGUE["complaint.col.solve_due"], kind="date"),
        Column("call_due", header=CATALOGUE["complaint.col.call_due"], kind="date"),
        Column("letter_due", header=CATALOGUE["complaint.col.letter_due"], kind="date"),
        Column("notes", header=hdr("notes"), width=20),
    ]
    frame = status.complaints.copy()
    for s in STEP_COLUMNS:
        frame[s] = frame[s].map(lambda done: "✓" if done else None)
    key = ("complaint_id" if frame["complaint_id"].notna().all()
           and frame["complaint_id"].is_unique and len(frame) else None)
    return Tracker("complaints", frame.reset_index(drop=True), columns, key=key,
                   notes=CATALOGUE["note.complaints"])


def complaint_overdue_tracker(status) -> Tracker:
    """逾期步骤: one row per step not ticked after its due date, the longest overdue first."""
    columns = [Column("complaint_id", header=CATALOGUE["complaint.col.complaint_id"],
                      kind="id", width=11),
               Column("name", header=CATALOGUE["complaint.col.name"], width=26),
               Column("owner", header=CATALOGUE["complaint.col.owner"], width=9),
               Column("step_label", header=CATALOGUE["complaint.col.step_label"], width=40),
               Column("due", header=CATALOGUE["complaint.col.due"], kind="date"),
               Column("days_overdue", header=CATALOGUE["complaint.col.days_overdue"],
                      kind="integer", width=9, highlight="positive")]
    frame = status.overdue.sort_values("days_overdue", ascending=False, kind="stable")
    return Tracker("complaint_overdue", frame.reset_index(drop=True), columns)


def complaint_contacts_tracker(status) -> Tracker:
    """回访与寄信计划: the calls and letters still to make, as a pre-filled 跟单记录表."""
    tracker = followup_tracker(status.contacts, pd.DataFrame({"customer_id": []}))
    tracker.name = "complaint_contacts"
    return tracker


# ------------------------------------------------------------------------------------------
# KPIs and retention (seeds 001, 003, 004)
# ------------------------------------------------------------------------------------------
def _kpi(key: str) -> tuple[str, str]:
    return CATALOGUE[f"kpi.col.{key}"]


ITEM_COLUMNS = [Column("item", header=_kpi("item"), width=30),
                Column("value", header=_kpi("value"), width=16),
                Column("formula", header=_kpi("formula"), width=44),
                Column("source", header=_kpi("source"), width=56)]


def kpi_items_tracker(name: str, rows: list[tuple[str, str, str | None, str | None]],
                      lang: str | None = None) -> Tracker:
    """A sheet of figures: 项目, 数值, 计算方法, 出处 — one row per (item, shown value, formula
    key, source key)."""
    from .labels import t

    frame = pd.DataFrame([{"item": t(f"kpi.item.{item}", lang), "value": value,
                           "formula": t(f"kpi.formula.{formula}", lang) if formula else None,
                           "source": t(f"kpi.source.{source}", lang) if source else None}
                          for item, value, formula, source in rows],
                         columns=["item", "value", "formula", "source"])
    return Tracker(name, frame, ITEM_COLUMNS)


def kpi_reps_tracker(reps: pd.DataFrame) -> Tracker:
    """业务员成交率: per rep, the call report's connect and close rates and the follow-up
    sheet's conversion (customers won ÷ customers contacted), rates as live formulas."""
    from .excel import Chart

    def rate(num: str, den: str) -> str:
        return f'=IF(N({{{den}}})=0,"",{{{num}}}/{{{den}}})'

    columns = [
        Column("owner", header=_h("owner", "reps"), width=10),
        Column("dials", header=_h("dials", "reps"), kind="integer", width=8),
        Column("connected", header=_h("connected", "reps"), kind="integer", width=8),
        Column("orders", header=_h("orders", "reps"), kind="integer", width=9),
        Column("connect_rate", header=_h("connect_rate", "reps"), kind="percent", width=9,
               formula=rate("connected", "dials")),
        Column("close_rate", header=_h("close_rate", "reps"), kind="percent", width=12,
               formula=rate("orders", "connected")),
        Column("contacts", header=_h("contacts", "reps"), kind="integer", width=9),
        Column("customers", header=_h("customers", "reps"), kind="integer", width=10),
        Column("won", header=_h("won", "reps"), kind="integer", width=10),
        Column("conversion", header=_h("conversion", "reps"), kind="percent", width=11,
               formula=rate("won", "customers")),
    ]
    chart = Chart("bar", categories="owner", values=("close_rate", "conversion"),
                  title=_h("conversion", "reps"))
    return Tracker("kpi_reps", reps.reset_index(drop=True), columns, charts=(chart,),
                   key="owner", notes=CATALOGUE["note.kpi_reps"])


def kpi_lifetime_tracker(table: pd.DataFrame) -> Tracker:
    """顾客终生价值: churn → lifetime (=1/churn) → lifetime value (= revenue × margin ×
    lifetime), against the first row; all live formulas, with a chart (001: 20% vs 10%)."""
    from .excel import Chart

    keys = ["churn_rate", "lifetime_years", "annual_revenue", "margin", "lifetime_value",
            "versus_first"]
    first_ltv = f"{chr(ord('A') + keys.index('lifetime_value'))}$5"  # first data row
    columns = [
        Column("churn_rate", header=_kpi("churn_rate"), kind="percent", width=9),
        Column("lifetime_years", header=_kpi("lifetime_years"), kind="number", width=12,
               formula='=IF(N({churn_rate})>0,1/{churn_rate},"")'),
        Column("annual_revenue", header=_kpi("annual_revenue"), kind="money", width=14),
        Column("margin", header=_kpi("margin"), kind="percent", width=8),
        Column("lifetime_value", header=_kpi("lifetime_value"), kind="money", width=14,
               formula='=IF({lifetime_years}="","",{annual_revenue}*{margin}*{lifetime_years})'),
        Column("versus_first", header=_kpi("versus_first"), kind="number", width=11,
               formula=f'=IF(OR({{lifetime_value}}="",N({first_ltv})=0),"",'
                       f'{{lifetime_value}}/{first_ltv})'),
    ]
    chart = Chart("bar", categories="churn_rate", values=("lifetime_value",),
                  title=_kpi("lifetime_value"))
    return Tracker("kpi_lifetime", table[keys].reset_index(drop=True), columns,
                   charts=(chart,), notes=CATALOGUE["note.kpi_lifetime"])


def kpi_standards_tracker(standards: pd.DataFrame, lang: str | None = None) -> Tracker:
    """服务标准: SMART standards with target, unit, actual and a live 达标 formula."""
    from .labels import t

    yes, no = t("kpi.yes", lang), t("kpi.no", lang)
    columns = [Column("standard", header=_kpi("standard"), width=34),
               Column("measure", header=_kpi("measure"), width=30),
               Column("target", header=_kpi("target"), kind="number", width=8),
               Column("unit", header=_kpi("unit"), width=6),
               Column("actual", header=_kpi("actual"), kind="number", width=8),
               Column("met", header=_kpi("met"), width=6,
                      formula=f'=IF({{actual}}="","",IF({{actual}}<={{target}},"{yes}","{no}"))',
                      alert='AND(ISNUMBER({actual}),{actual}>{target})')]
    return Tracker("kpi_standards", standards.reset_index(drop=True), columns, key=None,
                   notes=CATALOGUE["note.kpi_standards"])


def kpi_periods_tracker(comparison) -> Tracker:
    """期间对比: closing rate and retention are live formulas; change, cost per extra order and
    improving come from the comparison; a chart of the closing rate per period."""
    from .excel import Chart

    columns = [
        Column("period", header=_kpi("period"), width=10),
        Column("contacts", header=_kpi("contacts"), kind="integer", width=10),
        Column("orders", header=_kpi("orders"), kind="integer", width=9),
        Column("closing_rate", header=_kpi("closing_rate"), kind="percent", width=9,
               formula='=IF(N({contacts})=0,"",{orders}/{contacts})'),
        Column("closing_rate_change", header=_kpi("closing_rate_change"), kind="percent",
               width=11, highlight="negative"),
        Column("cost", header=_kpi("cost"), kind="money", width=12),
        Column("cost_per_extra_order", header=_kpi("cost_per_extra_order"), kind="money",
               width=12),
        Column("customers_start", header=_kpi("customers_start"), kind="integer", width=10),
        Column("customers_kept", header=_kpi("customers_kept"), kind="integer", width=9),
        Column("retention", header=_kpi("retention"), kind="percent", width=8,
               formula='=IF(N({customers_start})=0,"",{customers_kept}/{customers_start})'),
        Column("retention_change", header=_kpi("retention_change"), kind="percent",
               width=11, highlight="negative"),
        Column("improving", header=_kpi("improving"), width=8,
               choices={True: CATALOGUE["kpi.yes"], False: CATALOGUE["kpi.no"]}),
    ]
    chart = Chart("bar", categories="period", values=("closing_rate",),
                  title=_kpi("closing_rate"))
    return Tracker("kpi_periods", comparison.table, columns, key="period"
                   if comparison.table["period"].notna().all()
                   and comparison.table["period"].is_unique and len(comparison.table)
                   else None, charts=(chart,), notes=CATALOGUE["note.kpi_periods"])


# ------------------------------------------------------------------------------------------
# telesales script and cold-call steps (seeds 000, 003)
# ------------------------------------------------------------------------------------------
def _first_only(frame: pd.DataFrame, group: list[str], columns: list[str]) -> pd.DataFrame:
    """``columns`` shown on the first row of each run of ``group`` only (a step's label over
    its lines, as a person writes a script)."""
    repeat = frame[group].eq(frame[group].shift()).all(axis=1)
    return frame.assign(**{c: frame[c].where(~repeat, None) for c in columns})


def phone_script_tracker(script: pd.DataFrame, saving) -> Tracker:
    """电话脚本: the China Mobile script, one line of the dialogue a row (步骤, 谁说, 话术,
    要点), the situation and the saving's working above the table (``saving``: a
    :class:`~salesops.telesales.PlanSaving`)."""
    from .labels import t

    columns = [Column("label", header=_h("label", "script"), width=None),
               Column("speaker", header=_h("speaker", "script"), width=8,
                      choices=_choices("speaker", ("agent", "customer"))),
               Column("text", header=_h("text", "script"), width=84),
               Column("note", header=_h("note", "script"), width=60)]
    old, new = (f"{x:g}" for x in (saving.old_monthly, saving.new_monthly))
    notes = tuple(t("note.phone_script", lang, old=old, new=new, saving=saving.formula(lang))
                  for lang in ("zh", "en"))
    frame = _first_only(script.reset_index(drop=True), ["step"], ["label"])
    return Tracker("phone_script", frame, columns, notes=notes)


def cold_call_tracker(table: pd.DataFrame) -> Tracker:
    """陌生电话步骤: the seven cold-call steps, the prepared answers to refusals and the
    voicemail, each with its source in the course (a long answer over several rows)."""
    columns = [Column("kind", header=_h("kind", "cold"), width=10,
                      choices=_choices("cold_kind", ("step", "answer", "voicemail"))),
               Column("order", header=_h("order", "cold"), kind="integer", width=6),
               Column("label", header=_h("label", "cold"), width=None),
               Column("say", header=_h("say", "cold"), width=96),
               Column("source", header=_h("source", "cold"), width=50)]
    frame = _first_only(table.reset_index(drop=True), ["kind", "order"],
                        ["kind", "order", "label", "source"])
    return Tracker("cold_call", frame, columns, notes=CATALOGUE["note.cold_call"])
