"""A customer file as read: the table and its reading report, together (one result object).

:func:`salesops.read_customers` returns a :class:`CustomerTable`: ``data`` is the normalised
DataFrame every pipeline function works on, ``reading`` says where it came from and what was
noticed while reading it (the person's own headers, unknown columns, 万元 amounts scaled, Excel
serial dates, unreadable cells). :func:`salesops.check_customers` turns the reading report and
the rows into the problems table, so a workbook, a panel and the CLI that were handed the same
``CustomerTable`` report the same problems — nothing re-reads the file, and nothing rides on
``DataFrame.attrs`` (which pandas drops or copies as it likes).

Every function that takes a customer table takes either a ``CustomerTable`` or a plain
DataFrame (:func:`as_frame`, :func:`reading_of`). The logs people keep beside it are read the
same way (:class:`salesops.logs.LogTable`: the rows, the reading report and the problems).

Examples
--------
>>> import pandas as pd
>>> from salesops import read_customers
>>> table = read_customers(pd.DataFrame({"公司名称": ["开平甲公司"], "手机号码": ["13812345678"]}))
>>> len(table), table.reading.header("mobile"), table.data.loc[2, "mobile"]
(1, '手机号码', '13812345678')
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .labels import CATALOGUE, t
from .parsing import is_blank
from .reading.files import row_location

__all__ = ["CustomerSource", "CustomerTable", "ReadTable", "Reading", "as_frame", "distinct",
           "reading_of"]


@dataclass(frozen=True)
class Reading:
    """How a customer table or a log was read (the reading report).

    ``headers`` maps each column key (``mobile``) to the person's own header (``手机号码``);
    ``unknown`` are headers that mean nothing to salesops (kept, reported), ``extras`` the
    person's other columns kept after the schema, ``clashes`` ``(header, earlier header,
    key)`` for two headers meaning the same column; ``notes`` are cell notes (``row``, ``key``,
    ``header``, ``value``, ``code``) and ``header_notes`` notes on a whole column (a 万元 unit
    applied, a guessed header). A DataFrame read in memory has no ``file``.
    ``label_prefix`` + ``.key`` is the catalogue key of a column's own header (``col`` for the
    customer table, ``service.col`` for the consultation log …).
    """

    file: str | None = None
    sheet: str | None = None
    path: str | None = None
    header_row: int = 1
    encoding: str | None = None
    date1904: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()
    clashes: tuple[tuple[str, str, str], ...] = ()
    notes: tuple[dict, ...] = ()
    header_notes: tuple[dict, ...] = ()
    label_prefix: str = "col"
    #: ``(row, earlier row, reason)`` for each row that repeats an earlier customer (same
    #: mobile; same name and city), found once when the table was read; None when not looked
    #: for. Such rows stay in the person's file and count once downstream (:func:`distinct`).
    duplicates: tuple[tuple[int, int, str], ...] | None = None
    #: rows given a made ID because they had no 客户编号 (see
    #: :func:`salesops.customers.generated_id`): said once, not a problem of the data
    generated_ids: int = 0

    def where(self, row: int) -> str:
        """The row in words, naming file and sheet as far as they are known."""
        return row_location({"file": self.file, "sheet": self.sheet}, row)

    def header(self, key: str) -> str:
        """The person's header of column ``key``, else its catalogue header, else ``key``."""
        if key in self.headers:
            return self.headers[key]
        return self.header_label(key)

    def header_label(self, key: str) -> str:
        """The catalogue's header of column ``key`` (in the current language), else ``key``."""
        label = f"{self.label_prefix}.{key}"
        return t(label) if label in CATALOGUE else key


class ReadTable:
    """What every table as read shares (:class:`CustomerTable`, :class:`salesops.logs.
    LogTable`): the rows in ``data`` and the reading report in ``reading``, a frozen
    dataclass each."""

    data: pd.DataFrame
    reading: Reading

    @property
    def path(self) -> Path | None:
        """The file it was read from (``None`` for a DataFrame read in memory)."""
        return Path(self.reading.path) if self.reading.path else None

    def with_data(self, data: pd.DataFrame):
        """The same reading report over other rows (classified, filtered …)."""
        return replace(self, data=data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        where = self.reading.file or "DataFrame"
        if self.reading.sheet:
            where = f"{where} / {self.reading.sheet}"
        return f"{type(self).__name__}({len(self.data)} rows from {where})"

    def _repr_html_(self) -> str:  # a notebook shows the rows
        return self.data._repr_html_()


@dataclass(frozen=True, repr=False, eq=False)  # rows compare with .data.equals
class CustomerTable(ReadTable):
    """A customer table as read: the rows (``data``) and the reading report (``reading``).

    ``data``'s index is the Excel/CSV row the person sees (``excel_row``).
    """

    data: pd.DataFrame
    reading: Reading = field(default_factory=Reading)

    def problems(self, *, today: dt.date | None = None, lang: str | None = None
                 ) -> pd.DataFrame:
        """The problems table of :func:`salesops.check_customers` for this table."""
        from .customers import check_customers

        return check_customers(self, today=today, lang=lang)


def as_frame(customers: CustomerTable | pd.DataFrame) -> pd.DataFrame:
    """The rows of a customer table, whichever way it was handed over.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"name": ["甲"]})
    >>> as_frame(CustomerTable(frame)) is frame, as_frame(frame) is frame
    (True, True)
    """
    return customers.data if isinstance(customers, CustomerTable) else customers


def reading_of(customers: CustomerTable | pd.DataFrame) -> Reading:
    """The reading report of a customer table; a plain DataFrame has an empty one."""
    return customers.reading if isinstance(customers, CustomerTable) else Reading()


#: columns of days that have been: a merged customer keeps the latest of them
_LATEST = ("last_contact_date", "last_purchase_date", "last_visit_date", "last_letter_date")


def distinct(customers: CustomerTable | pd.DataFrame) -> CustomerTable | pd.DataFrame:
    """One row per customer: the rows the reading report names as repeating an earlier
    customer (:attr:`Reading.duplicates`) are merged into that customer's first row.

    The first row keeps its values; a cell it leaves empty takes the repeat's value, and the
    latest contact and purchase dates win. ABC, the follow-up schedule (and so cards, calls and
    visits) count such a customer once; the person's file keeps both rows. A DataFrame, or a
    table read without looking for duplicates, comes back as it is.

    Examples
    --------
    >>> from salesops import read_customers
    >>> table = read_customers(pd.DataFrame({"客户名称": ["甲", "乙", "甲"],
    ...                                      "城市": ["开平", "开平", "开平"],
    ...                                      "年销售额": [10, 5, None]}))
    >>> once = distinct(table)
    >>> once.data["name"].tolist(), once.data.index.tolist()
    (['甲', '乙'], [2, 3])
    """
    if not isinstance(customers, CustomerTable) or not customers.reading.duplicates:
        return customers
    df = customers.data
    pairs = [(row, first) for row, first, _ in customers.reading.duplicates
             if row in df.index and first in df.index]
    if not pairs:
        return customers
    out = df.copy()
    for row, first in pairs:
        for column in out.columns:
            here, there = out.at[first, column], out.at[row, column]
            if is_blank(there):
                continue
            if is_blank(here) or (column in _LATEST and there > here):
                out.at[first, column] = there
    return customers.with_data(out.drop(index=[row for row, _ in pairs]))


#: what a function that reads customers accepts: a path, a DataFrame, or a table already read
CustomerSource = str | os.PathLike | pd.DataFrame | CustomerTable
