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

from .customers import check_customers, read_customers
from .excel import write_trackers
from .labels import language
from .trackers import customers_tracker, problems_tracker

__all__ = ["ABCWorkbook", "CustomerWorkbook", "FollowUpWorkbook", "abc_workbook",
           "customer_workbook", "followup_workbook"]


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


def customer_workbook(source: str | os.PathLike | pd.DataFrame, out: str | os.PathLike, *,
                      sheet: str | None = None, overwrite: bool = False,
                      lang: str | None = None, template: str | os.PathLike | None = None,
                      today: dt.date | None = None) -> CustomerWorkbook:
    """Read, normalise and check a customer table; write 客户信息表 + 问题清单 + 说明.

    The source file is only read; writing into it is refused.
    """
    customers = read_customers(source, sheet=sheet)
    with language(lang):
        problems = check_customers(customers, today=today)
        protect = [] if isinstance(source, pd.DataFrame) else [source]
        path = write_trackers(out, [customers_tracker(customers), problems_tracker(problems)],
                              overwrite=overwrite, template=template, protect=protect)
    return CustomerWorkbook(path=path, customers=customers, problems=problems)


@dataclass
class ABCWorkbook:
    """What :func:`abc_workbook` wrote."""

    path: Path
    classified: pd.DataFrame
    summary: pd.DataFrame


def abc_workbook(source: str | os.PathLike | pd.DataFrame, out: str | os.PathLike, *,
                 cutoffs: tuple[float, float] | None = None, basis: str = "value",
                 value: str = "annual_sales", policy=None, overwrite: bool = False,
                 lang: str | None = None, template: str | os.PathLike | None = None,
                 today: dt.date | None = None) -> ABCWorkbook:
    """ABC分类 (with a Pareto chart) + ABC汇总 + 销售漏斗 + 说明 for a customer table."""
    from .abc import abc_summary, classify_abc
    from .funnel import funnel
    from .trackers import abc_summary_tracker, abc_tracker, funnel_tracker

    customers = _customers(source)
    classified = classify_abc(customers, value=value, cutoffs=cutoffs, basis=basis)
    summary = abc_summary(classified, value=value)
    with language(lang):
        trackers = [abc_tracker(classified, policy, value=value),
                    abc_summary_tracker(summary, policy)]
        if "stage" in customers.columns:
            trackers.append(funnel_tracker(funnel(customers, today=today)))
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source))
    return ABCWorkbook(path=path, classified=classified, summary=summary)


@dataclass
class FollowUpWorkbook:
    """What :func:`followup_workbook` wrote."""

    path: Path
    schedule: pd.DataFrame
    classified: pd.DataFrame


def followup_workbook(source: str | os.PathLike | pd.DataFrame, out: str | os.PathLike, *,
                      start: object, weeks: int = 4, policy=None, overwrite: bool = False,
                      lang: str | None = None, template: str | os.PathLike | None = None,
                      today: dt.date | None = None) -> FollowUpWorkbook:
    """跟单记录表 for ``weeks`` weeks from ``start`` + ABC分类 + ABC汇总 + 销售漏斗 + 说明."""
    from .abc import abc_summary, classify_abc
    from .calendar import as_date
    from .followup import follow_up_schedule
    from .funnel import funnel
    from .trackers import abc_summary_tracker, abc_tracker, followup_tracker, funnel_tracker

    customers = _customers(source)
    # classes a person set (other cut-offs, by owner) are kept; otherwise the course's 80/95
    classified = customers if "abc_class" in customers.columns else classify_abc(customers)
    first = as_date(start)
    last = first + dt.timedelta(days=7 * weeks - 1)
    with language(lang):
        schedule = follow_up_schedule(classified, policy, first, last)
        trackers = [followup_tracker(schedule, classified),
                    abc_tracker(classified, policy), abc_summary_tracker(
                        abc_summary(classified), policy)]
        if "stage" in customers.columns:
            trackers.append(funnel_tracker(funnel(customers, today=today or first)))
        path = write_trackers(out, trackers, overwrite=overwrite, template=template,
                              protect=_protect(source))
    return FollowUpWorkbook(path=path, schedule=schedule, classified=classified)


def _customers(source) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame) and ("salesops" in source.attrs
                                             or "abc_class" in source.columns):
        return source
    return read_customers(source)


def _protect(source) -> list:
    return [] if isinstance(source, pd.DataFrame) else [source]
