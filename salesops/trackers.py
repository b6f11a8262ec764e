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

import pandas as pd

from .customers import CUSTOMER_SCHEMA, PROSPECT_CLASSES
from .excel import Column, Tracker
from .labels import CATALOGUE

__all__ = ["customers_tracker", "problems_tracker"]

_KIND_OF = {"id": "id", "mobile": "id", "landline": "id", "credit_code": "id", "email": "text",
            "text": "text", "float": "number", "amount": "money", "date": "date",
            "prospect": "text"}
_WIDTHS = {"name": 30, "address": 36, "notes": 30, "credit_code": 21, "mobile": 14,
           "landline": 16, "latitude": 11, "longitude": 11}


def customer_columns(extra: list[str] | tuple[str, ...] = ()) -> list[Column]:
    """Column specs for the customer table; ``extra`` user columns are kept as text."""
    columns = []
    for key, kind in CUSTOMER_SCHEMA.items():
        spec: dict = {"kind": _KIND_OF[kind], "width": _WIDTHS.get(key)}
        if kind == "prospect":
            spec["choices"] = {c: CATALOGUE[f"prospect.{c}"] for c in PROSPECT_CLASSES}
        if key == "next_contact_date":
            spec["highlight"] = "due_this_week"
        if key == "annual_sales":
            spec["highlight"] = "negative"
        columns.append(Column(key, **spec))
    columns += [Column(str(h), header=(str(h), str(h))) for h in extra]
    return columns


def customers_tracker(customers: pd.DataFrame) -> Tracker:
    """The customer-information table (客户信息表), user columns kept after the standard ones.

    Rows are identified by ``customer_id`` when every row has a distinct one, otherwise by
    their position.
    """
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
