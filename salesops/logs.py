"""Reading the logs people keep beside the customer table (consultations, complaints).

One place for what every log reader does: open the file or DataFrame (:func:`read_source`),
map the user's headers through a labels-driven lookup (:func:`salesops.customers.map_headers`),
leave out the columns a salesops tracker computes, record each problem with the file, Excel row
and the user's own header, and keep the user's other columns after the canonical ones.

Examples
--------
>>> import pandas as pd
>>> from salesops.customers import header_lookup
>>> reading = read_log(pd.DataFrame({"客服人员": ["小李"], "星级": [5]}),
...                    lookup=header_lookup({"agent": ("客服", "Agent")}, {"agent": ("客服人员",)}),
...                    severities={"unknown_column": "warning"}, label_prefix="service.col")
>>> reading.values("agent"), reading.unknown
(['小李'], ['星级'])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from . import parsing
from .customers import _header_key, map_headers
from .labels import t
from .tables import read_source, row_location

__all__ = ["LogReading", "log_problems", "read_log"]

PROBLEM_COLUMNS = ["row", "column", "value", "problem", "message", "severity"]


@dataclass
class LogReading:
    """A log as read: raw values, which header is which column, and the problems so far."""

    raw: pd.DataFrame
    meta: dict
    mapping: dict[str, str]  # user header -> canonical column
    unknown: list[str]
    severities: dict[str, str]
    label_prefix: str
    problems: list[dict] = field(default_factory=list)

    @property
    def by_key(self) -> dict[str, str]:
        """Canonical column -> the user's header."""
        return {canonical: header for header, canonical in self.mapping.items()}

    def values(self, key: str) -> list:
        """The raw values of canonical column ``key`` (``None`` when the log has no such column)."""
        header = self.by_key.get(key)
        return self.raw[header].tolist() if header is not None else [None] * len(self.raw)

    def add(self, pos: int, key: str, value: object, code: str) -> None:
        """Record problem ``code`` at the ``pos``-th row, naming the user's header of ``key``."""
        column = self.by_key.get(key, t(f"{self.label_prefix}.{key}"))
        shown = "" if parsing.is_blank(value) else str(value)
        row = int(self.raw.index[pos])
        self.problems.append({
            "row": row, "column": column, "value": shown, "problem": code,
            "message": t(f"problem.{code}", where=row_location(self.meta, row),
                         column=t("where.column", column=column), header=column, value=shown),
            "severity": self.severities[code]})

    def finish(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Keep the user's other columns after the canonical ones; attach the reading report."""
        for header in self.raw.columns:
            if header not in self.mapping and header not in frame.columns:
                frame[header] = self.raw[header]
        frame.attrs["salesops"] = {**self.meta, "headers": self.by_key,
                                   "unknown": self.unknown, "problems": self.problems}
        return frame


def read_log(source: str | os.PathLike | pd.DataFrame, sheet: str | None = None, *,
             lookup: dict[str, str], severities: dict[str, str], label_prefix: str,
             derived: Iterable[str] = (), is_header: Callable[[list[str]], bool] = bool,
             no_header: str = "error.no_header") -> LogReading:
    """Open a log and map its headers; unknown headers are recorded as warnings.

    ``derived`` are headers (any spelling) of columns a tracker computes — they are recomputed,
    never read. ``label_prefix`` + ``.key`` is the catalogue key of a column's own header, used
    when the log lacks the column.
    """
    raw, meta = read_source(source, sheet, is_header=is_header, no_header=no_header)
    skip = {_header_key(h) for h in derived}
    raw = raw[[h for h in raw.columns if _header_key(h) not in skip]]
    mapping, unknown, _clashes = map_headers(raw.columns, lookup)
    reading = LogReading(raw=raw, meta=meta, mapping=mapping, unknown=unknown,
                         severities=severities, label_prefix=label_prefix)
    reading.problems += [{"row": int(meta.get("header_row", 1)), "column": h, "value": "",
                          "problem": "unknown_column",
                          "message": t("problem.unknown_column", header=h),
                          "severity": severities["unknown_column"]} for h in unknown]
    return reading


def log_problems(log: pd.DataFrame) -> pd.DataFrame:
    """The reading problems attached to a log, one row per problem (columns as for customers)."""
    return pd.DataFrame(log.attrs.get("salesops", {}).get("problems", []),
                        columns=PROBLEM_COLUMNS)
