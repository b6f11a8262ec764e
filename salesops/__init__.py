"""salesops — a sales-operations workbook for courses and small sales / service teams.

The customer table, ABC classes with a service policy, follow-up schedules, call and visit
plans, rosters and the Excel trackers that carry them. zh-CN by default; English with
``salesops.set_language("en")``.

Heavy libraries (openpyxl, ortools, matplotlib, ipywidgets) are imported only by the
functions that need them, so ``import salesops`` stays fast.
"""

from __future__ import annotations

from .calendar import WorkCalendar, working_days
from .complaints import (
    ComplaintRules,
    ComplaintStatus,
    check_complaints,
    complaint_problems,
    read_complaints,
)
from .customer_table import CustomerTable, Reading
from .customers import (
    CUSTOMER_SCHEMA,
    PROBLEM_CODES,
    check_customers,
    check_prospects,
    classify_prospects,
    map_headers,
    read_customers,
)
from .errors import InputFileError, OverwriteError, SalesopsError
from .excel import Column, Tracker, TrackerChanges, read_tracker, write_trackers
from .kpi import (
    CustomerCosts,
    KpiReport,
    RetentionRule,
    compare_periods,
    expected_lifetime,
    kpi_report,
    lifetime_value,
    profit_after_retention,
    read_periods,
    retention,
    service_standards,
)
from .labels import get_language, set_language
from .logs import LogTable
from .service import ServiceSummary, consultation_problems, read_consultations, service_summary

#: the pipeline, in the order data flows (DESIGN.md): loaded on first use, so that
#: ``import salesops`` stays fast
_PIPELINE = {
    "ServicePolicy": "policy", "classify_abc": "abc", "abc_summary": "abc",
    "follow_up_schedule": "followup", "apply_follow_up_log": "followup", "funnel": "funnel",
    "daily_call_plan": "calls", "weekly_call_plan": "calls", "self_check": "calls",
    "direct_staffing": "calls", "goal_staffing": "calls", "erlang_staffing": "erlang",
    "interval_staffing": "erlang", "build_roster": "roster", "check_roster": "roster_check",
    "RosterRules": "shifts", "Shift": "shifts",
    "plan_visits": "visits", "routed_schedule": "visits", "solve_vrptw": "routing",
    "week_plan": "plan", "WeekPlan": "plan",
    # the telesales script and the funnel's movement (issue 13)
    "funnel_movement": "funnel", "plan_saving": "telesales", "telesales_script": "telesales",
    "cold_call_steps": "telesales",
}


def __getattr__(name: str):
    if name in _PIPELINE:
        import importlib

        return getattr(importlib.import_module(f".{_PIPELINE[name]}", __name__), name)
    # importlib.metadata is slow to import: look the version up only when someone asks
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("salesops")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0"
    raise AttributeError(f"module 'salesops' has no attribute {name!r}")

__all__ = [
    "CUSTOMER_SCHEMA",
    "PROBLEM_CODES",
    "Column",
    "ComplaintRules",
    "ComplaintStatus",
    "CustomerCosts",
    "CustomerTable",
    "InputFileError",
    "KpiReport",
    "LogTable",
    "OverwriteError",
    "Reading",
    "RetentionRule",
    "SalesopsError",
    "ServiceSummary",
    "Tracker",
    "TrackerChanges",
    "WorkCalendar",
    "__version__",
    "check_complaints",
    "check_customers",
    "check_prospects",
    "classify_prospects",
    "compare_periods",
    "complaint_problems",
    "consultation_problems",
    "expected_lifetime",
    "get_language",
    "kpi_report",
    "lifetime_value",
    "map_headers",
    "profit_after_retention",
    "read_complaints",
    "read_consultations",
    "read_customers",
    "read_periods",
    "read_tracker",
    "retention",
    "service_standards",
    "service_summary",
    "set_language",
    "working_days",
    "write_trackers",
    *_PIPELINE,
]
