"""Whole workbooks assembled from core results: what a person hands in or shares.

Examples
--------
>>> import tempfile, pathlib
>>> from salesops import datasets
>>> out = pathlib.Path(tempfile.mkdtemp()) / "customers.xlsx"
>>> result = customer_workbook(datasets.path("messy_customers"), out)
>>> result.rows, result.errors > 0
(25, True)
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .calendar import WorkCalendar
from .customer_table import CustomerSource, CustomerTable, ReadTable
from .customers import check_customers, read_customers
from .errors import SalesopsError
from .excel import write_trackers
from .labels import get_language, language, normalise_language, t
from .policy import CALLS_PER_DAY
from .trackers import customers_tracker, problems_tracker

__all__ = ["ABCWorkbook", "CallsWorkbook", "ComplaintsWorkbook", "CustomerWorkbook",
           "FollowUpWorkbook", "KpiWorkbook", "ProspectsWorkbook", "ServiceWorkbook",
           "abc_workbook",
           "blank_roster_workbook", "calls_workbook", "complaints_workbook",
           "customer_workbook", "followup_workbook", "kpi_trackers", "kpi_workbook",
           "prospects_workbook", "roster_workbook", "service_workbook", "telesales_trackers",
           "visit_workbook", "weekly_workbook"]


@dataclass
class CustomerWorkbook:
    """What :func:`customer_workbook` wrote."""

    path: Path
    customers: pd.DataFrame
    problems: pd.DataFrame

    @property
    def rows(self) -> int:
        return len(self.customers)

    @property
    def errors(self) -> int:
        return int((self.problems["severity"] == "error").sum())

    @property
    def warnings(self) -> int:
        return int((self.problems["severity"] == "warning").sum())


def customer_workbook(source: CustomerSource, out: str | os.PathLike, *,
                      sheet: str | None = None, overwrite: bool = False,
                      lang: str | None = None, template: str | os.PathLike | None = None,
                      today: dt.date | None = None) -> CustomerWorkbook:
    """Read, normalise and check a customer table; write 客户信息表 + 问题清单 + 说明.

    The source file is only read; writing into it is refused.
    """
    # read once: a table already read (with its reading report) is used as it is
    table = _customers(source, sheet)
    with language(lang):
        problems = check_customers(table, today=today)
        path = write_trackers(out, [customers_tracker(table), problems_tracker(problems)],
                              overwrite=overwrite, template=template,
                              protect=_protect(source, table))
    return CustomerWorkbook(path=path, customers=table.data, problems=problems)


@dataclass
class ProspectsWorkbook:
    """What :func:`prospects_workbook` wrote: the classified table and every problem."""

    path: Path
    classified: pd.DataFrame
    problems: pd.DataFrame


def prospects_workbook(source: CustomerSource, out: str | os.PathLike, *,
                       sheet: str | None = None, threshold: float = 3, overwrite: bool = False,
                       lang: str | None = None, template: str | os.PathLike | None = None,
                       today: dt.date | None = None) -> ProspectsWorkbook:
    """客户信息表 with 客户类别 (成熟/希望/潜在 from 购买欲望 × 购买能力, seed 000 任务三)
    + 问题清单 (the table's problems and every desire or ability cell that cannot be judged)
    + 说明.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from salesops import datasets
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "prospects.xlsx"
    >>> result = prospects_workbook(datasets.path("prospects"), out)
    >>> result.classified["prospect_class"].value_counts().to_dict()
    {'hopeful': 4, 'mature': 3, 'potential': 2}
    """
    from .customers import check_prospects, classify_prospects

    table = _customers(source, sheet)
    with language(lang):
        classified = classify_prospects(table, threshold=threshold, errors="coerce")
        problems = pd.concat([check_customers(table, today=today),
                              check_prospects(table, threshold=threshold)],
                             ignore_index=True)
        path = write_trackers(out, [customers_tracker(classified), problems_tracker(problems)],
                              overwrite=overwrite, template=template,
                              protect=_protect(source, table))
    return ProspectsWorkbook(path=path, classified=classified, problems=problems)


@dataclass
class ABCWorkbook:
    """What :func:`abc_workbook` wrote."""

    path: Path
    classified: pd.DataFrame
    summary: pd.DataFrame


def abc_workbook(source: CustomerSource, out: str | os.PathLike, *,
                 cutoffs: tuple[float, float] | None = None, basis: str = "value",
                 value: str = "annual_sales", policy=None, overwrite: bool = False,
                 lang: str | None = None, template: str | os.PathLike | None = None,
                 today: dt.date | None = None) -> ABCWorkbook:
    """ABC分类 (with a Pareto chart) + ABC汇总 + 销售漏斗 + 说明 for a customer table."""
    from .abc import abc_summary, classify_abc
    from .funnel import funnel
    from .trackers import abc_summary_tracker, abc_tracker, funnel_tracker

    table = _customers(source)
    classified = classify_abc(table, value=value, cutoffs=cutoffs, basis=basis)
    summary = abc_summary(classified, value=value)
    with language(lang):
        trackers = [abc_tracker(classified, policy, value=value),
                    abc_summary_tracker(summary, policy)]
        if "stage" in classified.columns:
            trackers.append(funnel_tracker(funnel(classified, today=today)))
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, table))
    return ABCWorkbook(path=path, classified=classified, summary=summary)


#: what :func:`abc_table` writes: the rows of the ABC分类 sheet
ABC_TABLE_COLUMNS = ["customer_id", "name", "annual_sales", "abc_rank", "abc_share",
                     "abc_cum_share", "abc_class"]


def abc_table(source: CustomerSource, out: str | os.PathLike, *,
              cutoffs: tuple[float, float] | None = None, basis: str = "value",
              value: str = "annual_sales", overwrite: bool = False,
              lang: str | None = None) -> ABCWorkbook:
    """The ABC classes of a table too big for an Excel sheet, as ``.csv`` or ``.parquet``.

    A customer table of more than 1,048,575 rows (a CRM export, arriving as CSV or Parquet)
    cannot go on an ABC分类 sheet; this writes the same rows (编号, 客户, 销售额, 排名, 占比,
    累计占比, 类别) as UTF-8 CSV with a byte-order mark (Excel and WPS open it with the
    Chinese intact; text that would start a formula gets a leading ``'``) or as Parquet
    (with pyarrow installed), atomically and keeping an existing file as a backup.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> from pathlib import Path
    >>> table = pd.DataFrame({"客户名称": ["甲", "乙", "=丙"], "年销售额": [900, 80, 20]})
    >>> out = Path(tempfile.mkdtemp()) / "abc.csv"
    >>> result = abc_table(table, out)
    >>> out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")[-1]
    '类别'
    >>> "'=丙" in out.read_text(encoding="utf-8-sig"), int(result.summary["customers"].sum())
    (True, 3)
    """
    from .abc import abc_summary, classify_abc
    from .excel import guard_output, replace_file, write_csv
    from .labels import header_pair

    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise SalesopsError(t("error.output_suffix", file=str(target), suffix=".csv / .parquet",
                              actual=target.suffix or "?"))
    table = _customers(source)
    guard_output(target, _protect(source, table), overwrite=overwrite, suffix=suffix)
    classified = classify_abc(table, value=value, cutoffs=cutoffs, basis=basis)
    summary = abc_summary(classified, value=value)
    with language(lang):
        frame = classified[ABC_TABLE_COLUMNS].copy()
        frame.columns = [header_pair(c, "abc")[0 if get_language() == "zh" else 1]
                         for c in ABC_TABLE_COLUMNS]
    if suffix == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SalesopsError(t("error.parquet_needs_pyarrow")) from None
        path = replace_file(target, lambda tmp: frame.to_parquet(tmp, index=False),
                            overwrite=overwrite)
    else:
        path = write_csv(frame, target, text_columns=frame.columns[:2], overwrite=overwrite)
    return ABCWorkbook(path=path, classified=classified, summary=summary)


@dataclass
class FollowUpWorkbook:
    """What :func:`followup_workbook` wrote."""

    path: Path
    schedule: pd.DataFrame
    classified: pd.DataFrame


def followup_workbook(source: CustomerSource, out: str | os.PathLike, *,
                      start: object, weeks: int = 4, policy=None, overwrite: bool = False,
                      lang: str | None = None, template: str | os.PathLike | None = None,
                      today: dt.date | None = None, calendar=None,
                      plan=None) -> FollowUpWorkbook:
    """跟单记录表 for ``weeks`` weeks from ``start`` + ABC分类 + ABC汇总 + 销售漏斗 + 说明.

    ``calendar``: a :class:`~salesops.calendar.WorkCalendar` (make-up workdays of a year not
    yet in chinesecalendar); its warning for such a year is also written on the 说明 sheet.
    ``plan``: a :class:`~salesops.plan.WeekPlan` of the same weeks — its schedule (visits on
    their routed days) is written, so the sheet agrees with the 拜访计划表 made from it.
    """
    from .abc import abc_summary, with_classes
    from .calendar import as_date
    from .followup import follow_up_schedule
    from .funnel import funnel
    from .trackers import abc_summary_tracker, abc_tracker, followup_tracker, funnel_tracker

    table = _customers(source, today=plan_end(start, days=7 * weeks))
    classified = with_classes(table)
    first = as_date(start)
    last = first + dt.timedelta(days=7 * weeks - 1)
    calendar = calendar or WorkCalendar()
    with language(lang):
        schedule = (plan.schedule if plan is not None else
                    follow_up_schedule(classified, policy, first, last, calendar=calendar))
        trackers = [followup_tracker(schedule, classified),
                    abc_tracker(classified, policy), abc_summary_tracker(
                        abc_summary(classified), policy)]
        if "stage" in classified.columns:
            trackers.append(funnel_tracker(funnel(classified, today=today or first)))
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, table),
                              readme_notes=[calendar.fallback_note(first, last)])
    return FollowUpWorkbook(path=path, schedule=schedule, classified=classified)


def plan_end(start: object, days: int) -> dt.date:
    """The last day of a plan of ``days`` days from ``start``: the reference day a customer
    file is read against when it is planned (a date typed without a year, ``12月8日``, is the
    latest such day not after it — a contact made during the plan's week is this year's).

    >>> plan_end("2026-12-07", 7)
    datetime.date(2026, 12, 13)
    """
    from .calendar import as_date

    return as_date(start) + dt.timedelta(days=max(days, 1) - 1)


def _customers(source, sheet: str | None = None, today: object = None) -> CustomerTable:
    """The customer table a workbook is made from, read once: a :class:`CustomerTable`
    (what :func:`read_customers` returned, with its reading report) or classified rows a
    panel or script made are used as they are; a path or a raw DataFrame is read (dates
    without a year resolved against ``today``, the plan's first day)."""
    if isinstance(source, CustomerTable):
        return source
    if isinstance(source, pd.DataFrame) and "abc_class" in source.columns:
        return CustomerTable(source)
    return read_customers(source, sheet=sheet, today=today)


def _protect(*sources) -> list:
    """The files a workbook made from ``sources`` must never replace.

    A path is protected itself; a table read from a file (``read_customers``, the log
    readers) carries its path in its reading report, so a panel or script passing the table
    is guarded the same way. Anything else (a DataFrame, ``None``) names no file.
    """
    paths = []
    for source in sources:
        if isinstance(source, ReadTable):
            if source.path is not None:
                paths.append(source.path)
        elif isinstance(source, str | os.PathLike):
            paths.append(source)
    return paths


@dataclass
class CallsWorkbook:
    """What :func:`calls_workbook` wrote."""

    path: Path
    plan: object
    staffing: pd.DataFrame
    campaigns: list


def calls_workbook(source: CustomerSource, out: str | os.PathLike, *,
                   date: object, forecast: pd.DataFrame | None = None,
                   calls_per_day: int = CALLS_PER_DAY, aht_seconds: float | None = None,
                   target_sl: float = 0.8, target_seconds: float = 20,
                   max_occupancy: float | None = 0.85, shrinkage: float = 0.3,
                   campaigns: list | None = None, overwrite: bool = False,
                   lang: str | None = None, template: str | os.PathLike | None = None,
                   calendar=None, plan=None) -> CallsWorkbook:
    """今日电话清单 + 电销日报 + 每周自查 + 外呼人力测算 + 话务人力 + 电话脚本 + 陌生电话步骤
    (+ 说明).

    The call list comes from the customers' due follow-ups (and the follow-up schedule of the
    four weeks from ``date``), or from ``plan`` (a :class:`~salesops.plan.WeekPlan` starting
    on ``date``: its first day's calls); the hotline staffing from ``forecast`` (default:
    the sample hotline week); the campaign sheet shows the course's two worked examples
    unless ``campaigns`` (results of ``direct_staffing`` / ``goal_staffing``) are given. The
    phone script is the course's China Mobile homework worked out (150 → 128 元: 22 a month,
    264 a year); the cold-call sheet holds the steps, the prepared answers and the voicemail.
    """
    from .abc import with_classes
    from .calendar import as_date
    from .calls import (
        daily_call_plan,
        direct_staffing,
        goal_staffing,
        self_check,
        weekly_call_plan,
    )
    from .erlang import interval_staffing
    from .trackers import (
        call_list_tracker,
        call_report_tracker,
        campaign_tracker,
        self_check_tracker,
        staffing_tracker,
    )

    table = _customers(source, today=date)
    classified = with_classes(table)
    day = as_date(date)
    calendar = calendar or WorkCalendar()
    with language(lang):
        # the follow-up schedule of the four weeks from ``day`` — the same the panel shows
        plan = plan.first_day if plan is not None else daily_call_plan(
            classified, day, calls_per_day=calls_per_day, calendar=calendar, lang=lang)
        week = weekly_call_plan(day, calls_per_day, calendar=calendar)
        owners = sorted({o for o in classified.get("owner", pd.Series(dtype=object)).dropna()})
        if forecast is None:
            from .datasets import load_hotline_forecast

            forecast = load_hotline_forecast()
        staffing = interval_staffing(forecast, aht_seconds=aht_seconds, target_sl=target_sl,
                                     target_seconds=target_seconds,
                                     max_occupancy=max_occupancy, shrinkage=shrinkage)
        # the course's two worked examples, at the campaign defaults of salesops.policy
        campaigns = campaigns or [
            direct_staffing(records=3000),
            goal_staffing(target_successes=60, success_rate=0.05, contact_rate=0.4)]
        trackers = [call_list_tracker(plan), call_report_tracker(week, owners or [""]),
                    self_check_tracker(self_check(week)), campaign_tracker(campaigns),
                    staffing_tracker(staffing), *telesales_trackers()]
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, table), readme_notes=[
                                  calendar.fallback_note(day, day + dt.timedelta(days=27))])
    return CallsWorkbook(path=path, plan=plan, staffing=staffing, campaigns=campaigns)


def telesales_trackers(old_monthly: float = 150, new_monthly: float = 128) -> list:
    """电话脚本 (the China Mobile homework worked out) and 陌生电话步骤 (steps, prepared
    answers, voicemail), in the current language."""
    from .telesales import cold_call_steps, plan_saving, telesales_script
    from .trackers import cold_call_tracker, phone_script_tracker

    return [phone_script_tracker(telesales_script(old_monthly, new_monthly),
                                 plan_saving(old_monthly, new_monthly)),
            cold_call_tracker(cold_call_steps())]


def roster_workbook(roster, out: str | os.PathLike, *, overwrite: bool = False,
                    lang: str | None = None, template: str | os.PathLike | None = None
                    ) -> Path:
    """排班表 + 覆盖情况 + 覆盖热力图 + 班次表 (+ 说明) for a :class:`~salesops.roster.Roster`."""
    from .trackers import (
        roster_coverage_tracker,
        roster_grid_tracker,
        roster_heatmap_tracker,
        shift_legend_tracker,
    )

    with language(lang):
        trackers = [roster_grid_tracker(roster.grid(), roster.start, roster.hours),
                    roster_coverage_tracker(roster.coverage),
                    roster_heatmap_tracker(roster.coverage, roster.start),
                    shift_legend_tracker(roster.shifts)]
        return write_trackers(out, trackers, overwrite=overwrite, template=template)


def blank_roster_workbook(agents, out: str | os.PathLike, *, start: object, days: int = 7,
                          shifts=None, overwrite: bool = False, lang: str | None = None
                          ) -> Path:
    """The empty 排班表 students fill in by hand (with the shift legend)."""
    from .calendar import as_date
    from .shifts import DEFAULT_LEGEND, Shift
    from .trackers import roster_grid_tracker, shift_legend_tracker

    names = [a for a in (agents.split(",") if isinstance(agents, str) else agents)]
    grid = pd.DataFrame(None, index=names, columns=range(days), dtype=object)
    legend = shifts or [Shift(k, a, b) for k, (a, b) in DEFAULT_LEGEND.items()]
    with language(lang):
        return write_trackers(out, [roster_grid_tracker(grid, as_date(start)),
                                    shift_legend_tracker(legend)], overwrite=overwrite)


def visit_workbook(plan, out: str | os.PathLike, *, overwrite: bool = False,
                   lang: str | None = None, template: str | os.PathLike | None = None,
                   protect=()) -> Path:
    """拜访计划表 + 每日路线汇总 + 未安排客户 (+ 说明) for a :class:`~salesops.visits.VisitPlan`.

    ``protect``: the input files the plan was made from (never replaced).
    """
    from .trackers import unplanned_tracker, visit_days_tracker, visit_plan_tracker

    with language(lang):
        return write_trackers(out, [visit_plan_tracker(plan), visit_days_tracker(plan),
                                    unplanned_tracker(plan)], overwrite=overwrite,
                              template=template, protect=protect)


@dataclass
class WeeklyWorkbook:
    """What :func:`weekly_workbook` wrote."""

    path: Path
    sheets: list[str]


def weekly_workbook(source: CustomerSource, out: str | os.PathLike, *,
                    start: object, weeks: int = 1, plan=None, calls_per_day: int = CALLS_PER_DAY,
                    agents=None,
                    open_hours: str = "09:00-17:30", route_seconds: float = 15,
                    roster_seconds: float = 10, overwrite: bool = False,
                    lang: str | None = None, template: str | os.PathLike | None = None,
                    calendar=None) -> WeeklyWorkbook:
    """The whole chain for one week in one workbook (06_weekly_workbook).

    客户信息表, 跟单记录表 (the week's follow-ups), ABC分类, ABC汇总, 销售漏斗, 今日电话清单
    (the first day), 电销日报, 每周自查, 拜访计划表 with 每日路线汇总 and 未安排客户, and — when
    ``agents`` are given — 排班表 and 覆盖情况 for ``open_hours``.
    """
    from .abc import abc_summary, with_classes
    from .calendar import as_date
    from .calls import self_check, weekly_call_plan
    from .funnel import funnel
    from .plan import week_plan
    from .roster import build_roster
    from .trackers import (
        abc_summary_tracker,
        abc_tracker,
        call_list_tracker,
        call_report_tracker,
        customers_tracker,
        followup_tracker,
        funnel_tracker,
        roster_coverage_tracker,
        roster_grid_tracker,
        self_check_tracker,
        unplanned_tracker,
        visit_days_tracker,
        visit_plan_tracker,
    )

    table = _customers(source, today=plan_end(start, days=7 * weeks))
    classified = with_classes(table)
    first = as_date(start)
    calendar = calendar or WorkCalendar()
    with language(lang):
        # one plan: the schedule's visits routed, its calls listed, the routed dates put back
        one = plan or week_plan(classified, first, weeks=weeks, calls_per_day=calls_per_day,
                                route_seconds=route_seconds, calendar=calendar, lang=lang)
        schedule, plan, visits = one.schedule, one.first_day, one.visits
        week = weekly_call_plan(first, calls_per_day, calendar=calendar)
        owners = sorted({o for o in classified.get("owner", pd.Series(dtype=object)).dropna()})
        trackers = [customers_tracker(table), followup_tracker(schedule, classified),
                    abc_tracker(classified), abc_summary_tracker(abc_summary(classified))]
        if "stage" in classified.columns:
            trackers.append(funnel_tracker(funnel(classified, today=first)))
        trackers += [call_list_tracker(plan), call_report_tracker(week, owners or [""]),
                     self_check_tracker(self_check(week)), visit_plan_tracker(visits),
                     visit_days_tracker(visits), unplanned_tracker(visits)]
        if agents:
            roster = build_roster(agents, open_hours, start=first, days=7,
                                  time_limit_seconds=roster_seconds)
            trackers += [roster_grid_tracker(roster.grid(), roster.start, roster.hours),
                         roster_coverage_tracker(roster.coverage)]
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, table),
                              readme_notes=[calendar.fallback_note(first, one.end)])
        sheets = [tr.sheet_name(normalise_language(lang)) for tr in trackers]
    return WeeklyWorkbook(path=path, sheets=sheets)


# ------------------------------------------------------------------------------------------
# online customer service (seed 003)
# ------------------------------------------------------------------------------------------
@dataclass
class ServiceWorkbook:
    """What :func:`service_workbook` wrote."""

    path: Path
    log: object  # salesops.logs.LogTable: the log as read
    summary: object  # salesops.service.ServiceSummary


def service_workbook(source, out: str | os.PathLike, *, standard_seconds: float = 10,
                     overwrite: bool = False, lang: str | None = None,
                     template: str | os.PathLike | None = None) -> ServiceWorkbook:
    """客服业绩 (with a chart) + 未成交原因 (with a chart) + 咨询记录 + 问题清单 + 说明.

    ``source`` is a log :func:`salesops.read_consultations` returned (used as it is, never
    read again), or a path or DataFrame it reads; the file it came from is never replaced.
    """
    from .service import read_consultations, service_summary
    from .trackers import consultations_tracker, service_agents_tracker, service_reasons_tracker

    with language(lang):
        log = read_consultations(source)
        summary = service_summary(log, standard_seconds, lang=lang)
        trackers = [service_agents_tracker(summary), service_reasons_tracker(summary),
                    consultations_tracker(log.data, standard_seconds),
                    problems_tracker(summary.problems)]
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, log))
    return ServiceWorkbook(path=path, log=log, summary=summary)


# ------------------------------------------------------------------------------------------
# complaint log (seed 001)
# ------------------------------------------------------------------------------------------
@dataclass
class ComplaintsWorkbook:
    """What :func:`complaints_workbook` wrote."""

    path: Path
    status: object  # salesops.complaints.ComplaintStatus


def complaints_workbook(source, out: str | os.PathLike, *, today: dt.date | None = None,
                        rules=None, overwrite: bool = False, lang: str | None = None,
                        template: str | os.PathLike | None = None) -> ComplaintsWorkbook:
    """客户投诉登记表 + 逾期步骤 + 回访与寄信计划 (跟单记录表 format) + 问题清单 + 说明.

    ``source`` is a log :func:`salesops.read_complaints` returned (used as it is, never read
    again), or a path or DataFrame it reads; the file it came from is never replaced.
    """
    from .complaints import check_complaints, read_complaints
    from .trackers import (
        complaint_contacts_tracker,
        complaint_overdue_tracker,
        complaints_tracker,
    )

    with language(lang):
        log = read_complaints(source)
        status = check_complaints(log, today=today, rules=rules, lang=lang)
        trackers = [complaints_tracker(status), complaint_overdue_tracker(status),
                    complaint_contacts_tracker(status), problems_tracker(status.problems)]
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source, log))
    return ComplaintsWorkbook(path=path, status=status)


# ------------------------------------------------------------------------------------------
# KPIs and retention (seeds 001, 003, 004)
# ------------------------------------------------------------------------------------------
def kpi_trackers(report, lang: str | None = None, problems: pd.DataFrame | None = None) -> list:
    """The KPI sheets of a :class:`salesops.kpi.KpiReport`, in teaching order; with a period
    comparison or further ``problems`` (a consultation log's, say), what could not be read
    (问题清单) last."""
    from .trackers import (
        kpi_items_tracker,
        kpi_lifetime_tracker,
        kpi_periods_tracker,
        kpi_reps_tracker,
        kpi_standards_tracker,
    )

    c, p = report.costs, report.profit

    def money(x: float, unit: str = "") -> str:
        return f"{unit}{x:,.0f}"

    trackers = []
    if report.retention is not None:
        r = report.retention
        trackers.append(kpi_items_tracker("kpi_retention", [
            ("customers_before", str(r.before), None, None),
            ("kept", str(len(r.kept)), None, None), ("lost", str(len(r.lost)), None, None),
            ("new", str(len(r.new)), None, None),
            ("retention_rate", f"{r.retention_rate:.1%}", "retention", "retention"),
            ("churn_rate", f"{r.churn_rate:.1%}", "churn", None),
            ("lifetime_years", f"{r.lifetime_years:.1f}", "lifetime", "lifetime")], lang))
    trackers.append(kpi_lifetime_tracker(report.lifetime))
    trackers.append(kpi_items_tracker("kpi_costs", [
        ("keep_cost", money(c["keep_cost"], c["currency"]), None, "cost"),
        ("win_cost", money(c["win_cost"], c["currency"]), None, "cost"),
        ("cost_ratio", f"{c['ratio']:.1f}", "cost_ratio", "cost"),
        ("lost_customers", str(c["lost_customers"]), None, None),
        ("replace_cost", money(c["replace_cost"], c["currency"]), None, None),
        ("keep_all_cost", money(c["keep_all_cost"], c["currency"]), None, None)], lang))
    trackers.append(kpi_items_tracker("kpi_profit", [
        ("profit_before", money(p["profit_before"]), None, None),
        ("retention_increase", f"{p['retention_increase'] * 100:g}", None, "profit"),
        ("profit_uplift", f"{p['uplift']:.0%}", "profit", "profit"),
        ("profit_after", money(p["profit_after"]), "profit", None)], lang))
    trackers.append(kpi_standards_tracker(report.standards, lang))
    if report.periods is not None:
        trackers.append(kpi_periods_tracker(report.periods))
    if report.reps is not None:
        trackers.append(kpi_reps_tracker(report.reps))
    found = [f for f in (report.periods.problems if report.periods is not None else None,
                         problems) if f is not None]
    if report.periods is not None or any(len(f) for f in found):
        trackers.append(problems_tracker(pd.concat(found, ignore_index=True)))
    return trackers


@dataclass
class KpiWorkbook:
    """What :func:`kpi_workbook` wrote."""

    path: Path
    report: object  # salesops.kpi.KpiReport


def kpi_workbook(out: str | os.PathLike, *, overwrite: bool = False, lang: str | None = None,
                 template: str | os.PathLike | None = None, problems: pd.DataFrame | None = None,
                 **options) -> KpiWorkbook:
    """客户保留 + 顾客终生价值 + 开发与维护成本 + 保留率与利润 + 服务标准 + 期间对比 + 问题清单
    + 说明.

    ``options`` go to :func:`salesops.kpi.kpi_report` (churn rates, revenue, margin, profit,
    the two customer tables, the period table, measured actuals). A period table
    :func:`salesops.kpi.read_periods` returned is used as it is; no file a table was read from is
    replaced. ``problems`` (what could not be read in a consultation log, say, as
    :func:`salesops.logs.log_problems` gives it) join the period table's on the 问题清单.
    """
    from .kpi import kpi_report, read_periods

    with language(lang):
        if options.get("periods") is not None:  # read once: the file it came from is kept
            options["periods"] = read_periods(options["periods"])
        protect = _protect(*(options.get(k) for k in ("before", "after", "periods",
                                                      "followups", "call_report")))
        report = kpi_report(**options, lang=lang)
        path = write_trackers(out, kpi_trackers(report, problems=problems), overwrite=overwrite,
                              template=template, protect=protect)
    return KpiWorkbook(path=path, report=report)
