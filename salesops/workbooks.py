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

__all__ = ["CustomerWorkbook", "customer_workbook"]


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
