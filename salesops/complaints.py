"""The complaint log (客户投诉登记表): the ten steps, what is overdue, the call and the letter.

Seed 001 (推销理论与技巧 — 售后服务与巩固老客户; COURSE.md §3, §9): record every complaint and
handle it in **ten steps** — ① tell them you understand how they feel; ② hear the whole story;
③ agree where you can, never argue; ④ write it down; ⑤ do not pass the buck; ⑥ fix it now;
⑦ agree a solution, with a choice; ⑧ **a follow-up call after it is solved**; ⑨ **a letter**;
⑩ ask what you learned and how to prevent it. Principles: warmth, listening (80% listen, 20%
talk), immediacy. Only 5–10% of unhappy customers complain; handled well, 98% come back.

Each complaint is one row; each step is a column the person ticks. A step is **overdue** when
it is not ticked after its due date: ①–⑤ belong to the first conversation (the day received),
⑥–⑦ to the solve-by date (:class:`ComplaintRules`, in working days), ⑧ to the call date — the
next working day after the complaint is solved — and ⑨–⑩ to the letter date. The call and the
letter become **planned contacts** in the shape of :func:`salesops.followup.follow_up_schedule`
rows (rules ``complaint_call`` and ``complaint_letter``); a step already ticked is not planned
again.

Examples
--------
>>> import datetime as dt
>>> from salesops import datasets
>>> status = check_complaints(datasets.load_complaints(), today=dt.date(2026, 11, 22))
>>> status.complaints["status"].value_counts().to_dict()
{'open': 3, 'solved': 2, 'closed': 1}
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, fields

import pandas as pd

from . import parsing
from .calendar import WorkCalendar
from .errors import SalesopsError
from .labels import (
    CATALOGUE,
    COMPLAINT_COLUMNS,
    COMPLAINT_STEPS,
    COMPLAINT_SYNONYMS,
    TICK_SYNONYMS,
    language,
    t,
)
from .logs import LogTable, already_read, log_problems, read_log
from .policy import AfterSaleRules
from .reading import header_key, header_lookup

__all__ = ["COMPLAINT_PROBLEMS", "COMPLAINT_STEPS", "STEP_COLUMNS", "ComplaintRules",
           "ComplaintStatus", "check_complaints", "complaint_contacts", "complaint_problems",
           "parse_tick", "read_complaints"]

STEP_COLUMNS = tuple(f"step_{s}" for s in COMPLAINT_STEPS)
_DATES = ("received_date", "solved_date")
COMPLAINT_PROBLEMS: dict[str, str] = {
    "bad_date": "error", "bad_tick": "error", "solved_before_received": "error",
    "missing_received": "warning", "unknown_column": "warning",
}
_LOOKUP = header_lookup(COMPLAINT_COLUMNS, COMPLAINT_SYNONYMS)
# columns the tracker computes (and its row key): recomputed on reading, never kept
_DERIVED = {"_key"} | {h for k in ("status", "steps_done", "solve_due", "call_due",
                                    "letter_due", "overdue_text")
                        for h in (k, *CATALOGUE[f"complaint.col.{k}"])}
_TICKS = {header_key(w): v for v, words in TICK_SYNONYMS.items() for w in words}


@dataclass(frozen=True)
class ComplaintRules:
    """When each step is due, in working days (China's calendar, :class:`WorkCalendar`).

    Parameters
    ----------
    solve_within_working_days
        Steps ⑥–⑦ (fix it now, agree a solution) are due this many working days after the
        complaint was received. The course says *immediately*; 1 = by the next working day.
    call_after_working_days
        Step ⑧, the follow-up call, this many working days after it was solved (default: the
        service policy's ``complaint_follow_up_days``, the next working day).
    letter_after_working_days
        Step ⑨, the letter, and step ⑩ (lessons), this many working days after it was solved.
    """

    solve_within_working_days: int = 1
    call_after_working_days: int = AfterSaleRules.complaint_follow_up_days
    letter_after_working_days: int = 2

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 30:
                raise SalesopsError(t("error.complaint_rule", name=f.name, value=value))


def parse_tick(value: object) -> tuple[bool, str | None]:
    """Is a checklist cell ticked? ✓ √ 是 完成 done yes 1 — or a date (the day it was done).

    Blank is not ticked; text that says neither is ``(False, "bad_tick")``.

    >>> parse_tick("✓"), parse_tick("2026-11-20"), parse_tick(None), parse_tick("明天")
    ((True, None), (True, None), (False, None), (False, 'bad_tick'))
    """
    if parsing.is_blank(value):
        return False, None
    if isinstance(value, bool):
        return value, None
    found = _TICKS.get(header_key(value))
    if found is not None:
        return found, None
    if isinstance(value, dt.date | pd.Timestamp) or parsing.parse_date(value)[0] is not None:
        return True, None
    return False, "bad_tick"


def _looks_like_complaint_header(cells: list[str]) -> bool:
    mapped = {_LOOKUP.get(header_key(c)) for c in cells} - {None}
    return len(mapped & set(STEP_COLUMNS)) >= 3 or {"received_date", "issue"} <= mapped


def read_complaints(source: str | os.PathLike | pd.DataFrame | LogTable,
                    sheet: str | None = None) -> LogTable:
    """Read a complaint log (one row per complaint) onto canonical columns.

    Parameters
    ----------
    source
        A ``.xlsx``/``.csv`` path or a DataFrame; Chinese or English headers with synonyms
        (投诉编号, 受理日期/投诉日期, 客户/客户名称, 投诉内容, 处理人, ①理解感受 … ⑩总结教训 or
        just 1 … 10, 解决日期). A workbook written by :func:`salesops.workbooks.
        complaints_workbook` reads back the same way. A :class:`~salesops.logs.LogTable`
        this function returned is returned as it is: it is read already.
    sheet
        Sheet of a workbook; by default the first with a recognisable header.

    Returns
    -------
    LogTable
        ``data``: ``complaint_id``, ``received_date``, ``customer_id``, ``name``,
        ``contact_person``, ``phone``, ``channel``, ``issue``, ``owner``, one boolean column
        per step (:data:`STEP_COLUMNS`), ``solution``, ``solved_date``, ``notes``, then the
        user's other columns; index = Excel row. ``problems()`` (also
        :func:`complaint_problems`): unreadable dates or ticks, solved before received, with
        the file, row and header; ``reading``: the file, sheet and the user's headers.

    Examples
    --------
    >>> import pandas as pd
    >>> log = read_complaints(pd.DataFrame({"投诉日期": ["2026/11/20"], "投诉内容": ["漏发货"],
    ...                                     "1": ["√"], "2": ["是"], "3": [None]}))
    >>> log.data.loc[2, ["step_empathise", "step_listen", "step_agree"]].tolist()
    [True, True, False]
    """
    if already_read(source, "complaints"):
        return source
    reading = read_log(source, sheet, lookup=_LOOKUP, severities=COMPLAINT_PROBLEMS,
                       label_prefix="complaint.col", kind="complaints", derived=_DERIVED,
                       is_header=_looks_like_complaint_header)
    add, raw = reading.add, reading.raw
    data: dict[str, list] = {}
    for key in COMPLAINT_COLUMNS:
        parsed = []
        for pos, value in enumerate(reading.values(key)):
            if key in _DATES:
                day, note = parsing.parse_date(value)
                if note == "bad_date":
                    add(pos, key, value, note)
                parsed.append(pd.Timestamp(day) if day else pd.NaT)
            elif key in STEP_COLUMNS:
                done, note = parse_tick(value)
                if note:
                    add(pos, key, value, note)
                parsed.append(done)
            else:
                text = parsing.normalise_text(value)
                parsed.append(parsing.to_halfwidth(text) if text and key in (
                    "complaint_id", "customer_id", "phone") else text)
        data[key] = parsed
    for pos in range(len(raw)):
        received, solved = data["received_date"][pos], data["solved_date"][pos]
        if pd.isna(received) and "received_date" in reading.by_key:
            add(pos, "received_date", "", "missing_received")
        if not pd.isna(received) and not pd.isna(solved) and solved < received:
            add(pos, "solved_date", solved.date().isoformat(), "solved_before_received")
    frame = pd.DataFrame(index=raw.index)
    for key, values in data.items():
        if key in _DATES:
            frame[key] = pd.to_datetime(pd.Series(values, index=raw.index)).astype(
                "datetime64[ns]")
        elif key in STEP_COLUMNS:
            frame[key] = pd.Series(values, index=raw.index, dtype=bool)
        else:
            frame[key] = pd.Series(values, index=raw.index, dtype="string")
    return reading.finish(frame)


def complaint_problems(log: LogTable | str | os.PathLike | pd.DataFrame, *,
                       lang: str | None = None) -> pd.DataFrame:
    """The reading problems of a complaint log, one row per problem (as for customers).

    ``log`` is what :func:`read_complaints` returned; a path or a plain DataFrame is read
    first. Messages in ``lang``.

    >>> import pandas as pd
    >>> problems = complaint_problems(pd.DataFrame({"受理日期": ["2026-11-20"],
    ...                                             "投诉内容": ["漏发"], "1": ["可能"]}))
    >>> problems[["row", "column", "problem"]].values.tolist()
    [[2, '1', 'bad_tick']]
    """
    return log_problems(read_complaints(log), lang=lang)


def _due_dates(log: pd.DataFrame, rules: ComplaintRules, calendar: WorkCalendar
               ) -> pd.DataFrame:
    def shift(days: pd.Series, n: int) -> list:
        return [pd.NaT if pd.isna(d) else pd.Timestamp(calendar.add_working_days(d.date(), n))
                for d in days]

    received, solved = log["received_date"], log["solved_date"]
    return pd.DataFrame({
        "solve_due": shift(received, rules.solve_within_working_days),
        "call_due": shift(solved, rules.call_after_working_days),
        "letter_due": shift(solved, rules.letter_after_working_days),
    }, index=log.index).astype("datetime64[ns]")


#: the due-date column of each step (①–⑤ on the day received)
STEP_DUE = {**{s: "received_date" for s in STEP_COLUMNS[:5]},
            "step_fix_now": "solve_due", "step_solution": "solve_due",
            "step_follow_up_call": "call_due", "step_letter": "letter_due",
            "step_lessons": "letter_due"}


@dataclass
class ComplaintStatus:
    """Where every complaint stands.

    ``complaints``: the log plus ``steps_done``, ``status`` (``open`` — not solved yet,
    ``solved`` — solved but steps left, ``closed`` — all ten done), ``solve_due``,
    ``call_due``, ``letter_due`` and ``overdue_steps`` (step codes). ``overdue``: one row per
    overdue step (``complaint_id``, ``name``, ``owner``, ``step``, ``step_label``, ``due``,
    ``days_overdue``). ``contacts``: the follow-up call and the letter still to make, in the
    columns of :func:`salesops.followup.follow_up_schedule`. ``problems``: reading problems.
    """

    complaints: pd.DataFrame
    overdue: pd.DataFrame
    contacts: pd.DataFrame
    problems: pd.DataFrame
    today: dt.date
    lang: str | None = None

    def summary(self) -> str:
        counts = self.complaints["status"].value_counts()
        rules = self.contacts["rule"].value_counts() if len(self.contacts) else {}
        lines = [t("complaints.summary", self.lang, complaints=len(self.complaints),
                   open=int(counts.get("open", 0)), solved=int(counts.get("solved", 0)),
                   closed=int(counts.get("closed", 0)), overdue=len(self.overdue),
                   calls=int(rules.get("complaint_call", 0)),
                   letters=int(rules.get("complaint_letter", 0)))]
        # a complaint with neither number nor name is named by its row in the log
        lines += [t("complaints.overdue_line", self.lang,
                    who=" ".join(filter(None, (_text(r.complaint_id), _text(r.name))))
                    or t("where.row", self.lang, row=r.row),
                    step=r.step_label, due=r.due.date().isoformat())
                  for r in self.overdue.itertuples()]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return f"<p>{self.summary()}</p>" + self.overdue.to_html(index=False)


def check_complaints(log: LogTable | str | os.PathLike | pd.DataFrame, *,
                     today: dt.date | None = None,
                     rules: ComplaintRules | None = None,
                     calendar: WorkCalendar | None = None,
                     lang: str | None = None) -> ComplaintStatus:
    """Status, due dates and overdue steps of every complaint; the call and letter to plan.

    Parameters
    ----------
    log
        From :func:`read_complaints` (a path or a plain DataFrame is read through it first;
        a log already read is not read again).
    today
        The day overdue is judged on (default: today). A step due today is not overdue yet.
    rules
        When steps are due (:class:`ComplaintRules`).
    calendar
        Working days (default: mainland China with holidays and make-up workdays).

    Examples
    --------
    >>> import datetime as dt, pandas as pd
    >>> log = pd.DataFrame({"受理日期": ["2026-11-19"], "投诉内容": ["少发一件"],
    ...                     **{str(i): ["✓"] for i in range(1, 8)}, "解决日期": ["2026-11-20"]})
    >>> s = check_complaints(log, today=dt.date(2026, 11, 24))
    >>> s.complaints.loc[2, "call_due"].date()     # solved on Friday: Monday's call
    datetime.date(2026, 11, 23)
    >>> s.overdue["step"].tolist()                  # Tuesday, and the call is not ticked
    ['step_follow_up_call']
    >>> s.contacts[["date", "rule"]].astype(str).values.tolist()   # so it is planned today
    [['2026-11-24', 'complaint_call'], ['2026-11-24', 'complaint_letter']]
    """
    table = read_complaints(log)
    rules = rules or ComplaintRules()
    calendar = calendar or WorkCalendar()
    today = today or dt.date.today()
    with language(lang):
        out = table.data.copy()
        ticks = out[list(STEP_COLUMNS)].astype(bool)
        out["steps_done"] = ticks.sum(axis=1).astype(int)
        solved = out["solved_date"].notna()
        out["status"] = ["closed" if s and n == len(STEP_COLUMNS) else "solved" if s
                         else "open" for s, n in zip(solved, out["steps_done"], strict=True)]
        out = pd.concat([out, _due_dates(out, rules, calendar)], axis=1)
        stamp = pd.Timestamp(today)
        overdue_rows, per_complaint = [], []
        for idx, row in out.iterrows():
            late = [s for s in STEP_COLUMNS if not ticks.at[idx, s]
                    and not pd.isna(row[STEP_DUE[s]]) and row[STEP_DUE[s]] < stamp]
            per_complaint.append(late)
            overdue_rows += [{"complaint_id": row["complaint_id"], "name": row["name"],
                              "owner": row["owner"], "step": s,
                              "step_label": _step_label(s), "due": row[STEP_DUE[s]],
                              "days_overdue": (stamp - row[STEP_DUE[s]]).days,
                              "row": int(idx)} for s in late]
        out["overdue_steps"] = per_complaint
        overdue = pd.DataFrame(overdue_rows, columns=["complaint_id", "name", "owner", "step",
                                                      "step_label", "due", "days_overdue",
                                                      "row"])
        contacts = _contacts(out, ticks, calendar.add_working_days(today, 0))
    return ComplaintStatus(complaints=out, overdue=overdue, contacts=contacts,
                           problems=table.problems(lang=lang), today=today, lang=lang)


def _step_label(step: str) -> str:
    number = t(f"complaint.col.{step}")
    return f"{number} {t('complaint_step.' + step.removeprefix('step_'))}"


def complaint_contacts(log: LogTable | str | os.PathLike | pd.DataFrame, *,
                       today: dt.date | None = None,
                       rules: ComplaintRules | None = None,
                       calendar: WorkCalendar | None = None,
                       lang: str | None = None) -> pd.DataFrame:
    """The follow-up calls (step ⑧) and letters (step ⑨) still to make, as planned contacts.

    Same columns as :func:`salesops.followup.follow_up_schedule`: ``date``, ``customer_id``,
    ``name``, ``owner``, ``abc_class``, ``channel`` (phone / letter), ``rule``
    (``complaint_call`` / ``complaint_letter``), ``purpose``, ``contact_person``, ``mobile``,
    ``landline``. Only solved complaints, and only steps not ticked yet; one that is already
    overdue goes on the first working day from today.
    """
    return check_complaints(log, today=today, rules=rules, calendar=calendar,
                            lang=lang).contacts


def _contacts(out: pd.DataFrame, ticks: pd.DataFrame, first_day: dt.date) -> pd.DataFrame:
    """Calls and letters not done yet; an overdue one goes on the first working day."""
    from .followup import COLUMNS

    records = []
    for idx, row in out.iterrows():
        phone = row["phone"] if not pd.isna(row["phone"]) else None
        mobile = parsing.normalise_mobile(phone) if phone else None
        is_mobile = parsing.is_valid_mobile(mobile)
        for step, rule, channel, due in (("step_follow_up_call", "complaint_call", "phone",
                                          "call_due"),
                                         ("step_letter", "complaint_letter", "letter",
                                          "letter_due")):
            if pd.isna(row[due]) or ticks.at[idx, step]:
                continue
            records.append({
                "date": max(row[due], pd.Timestamp(first_day)),
                "customer_id": _text(row["customer_id"]),
                "name": _text(row["name"]), "owner": _text(row["owner"]),
                "abc_class": _text(row.get("abc_class")), "channel": channel, "rule": rule,
                "purpose": t(f"rule.{rule}"), "contact_person": _text(row["contact_person"]),
                "mobile": mobile if is_mobile else None,
                "landline": None if is_mobile else phone})
    frame = pd.DataFrame(records, columns=COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "owner", "customer_id", "rule"], kind="stable",
                             na_position="last").reset_index(drop=True)


def _text(value: object) -> str | None:
    return None if parsing.is_blank(value) else str(value)
