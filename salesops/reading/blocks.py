"""A table found by its headers anywhere in a workbook's sheets.

Homework submissions and hand-filled grids are not laid out as salesops wrote them: rows are
moved down, sheets renamed, blank rows left between agents or under the header, a 合计 row
added at the end. :func:`find_table` finds the header row by the column names (compared with
:func:`~salesops.reading.headers.header_key`, so 客戶名稱, 客户名称（必填） and Customer Name are
the same), reads on across blank rows, and tells a total row (合计 / 总计 / 小计 / Total)
from the data wherever it stands. The table ends where a row repeats its header (a second
table below it).

Examples
--------
>>> sheets = {"表": [["客户名称（必填）", "ABC类别"], ["甲", "A"], [None, None], ["乙", "B"],
...                  ["合计", None]]}
>>> spec = {"name": ("客户名称", "Customer name"), "abc_class": ("ABC类别", "ABC class")}
>>> found = find_table(sheets, spec, required=("name",))
>>> found.frame["name"].tolist(), found.totals
(['甲', '乙', '合计'], [5])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from ..parsing import is_blank
from .files import HEADER_SEARCH_ROWS, excel_column_letter, find_header_row
from .headers import header_key, header_lookup, match_header

__all__ = ["TOTAL_LABELS", "FoundTable", "find_table", "is_total_label"]

#: what people write in the first cell of a total row (compared with header_key)
TOTAL_LABELS = frozenset({"合计", "总计", "小计", "总和", "汇总", "共计", "total", "totals",
                          "sum", "grandtotal", "subtotal"})
#: rows looked through for a header (a cover or a task text may stand above the table)
SEARCH_ROWS = max(HEADER_SEARCH_ROWS, 40)


def is_total_label(value: object) -> bool:
    """Is ``value`` what people write to start a total row (合计, 总计, Total …)?

    >>> is_total_label("合 计"), is_total_label("Total:"), is_total_label("周一")
    (True, True, False)
    """
    return not is_blank(value) and header_key(value) in TOTAL_LABELS


@dataclass
class FoundTable:
    """A table found by its headers: canonical columns, Excel rows as the index.

    ``frame`` holds every non-blank row under the header (total rows included, listed in
    ``totals`` by Excel row); ``letters`` is the column letter of each canonical column found;
    ``headers`` the person's own header of each.
    """

    sheet: str
    header_row: int  # 1-based
    frame: pd.DataFrame
    letters: dict[str, str]
    totals: list[int] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def cell(self, key: str, row: int) -> str:
        """The Excel cell (``C7``) of column ``key`` in Excel row ``row``."""
        return f"{self.letters[key]}{row}"

    @property
    def body(self) -> pd.DataFrame:
        """The rows that are not totals."""
        return self.frame.drop(index=self.totals)


#: a cell longer than this is an answer, not a header
_HEADER_CHARS = 40


def _columns_of(row: Sequence[object], lookup: Mapping[str, str], *, exact: bool = False
                ) -> dict[str, int]:
    """canonical column → position, for the cells of ``row`` that are headers of ``lookup``
    (``exact``: named exactly, not by a name they contain)."""
    where: dict[str, int] = {}
    for j, cell in enumerate(row):
        if is_blank(cell) or not isinstance(cell, str) or len(cell) > _HEADER_CHARS:
            continue
        match = match_header(cell, lookup, fuzzy=False)
        if match is None or match.canonical is None or (
                exact and match.contained is not None):
            continue
        where.setdefault(match.canonical, j)
    return where


def find_table(sheets: Mapping[str, Sequence[Sequence[object]]],
               spec: Mapping[str, tuple[str, ...]], *, required: tuple[str, ...],
               file: str = "", synonyms: Mapping[str, tuple[str, ...]] | None = None
               ) -> FoundTable | None:
    """The first table whose header row holds the ``required`` columns.

    Parameters
    ----------
    sheets
        Sheet name → rows of cell values (as :func:`~salesops.reading.files.sheet_rows`).
    spec
        Canonical key → the headers that name it (zh, en, …); ``synonyms`` adds more.
    required
        The keys whose headers must be in the header row.
    file
        The file's name (kept for messages by callers).

    Returns
    -------
    FoundTable or None
        The frame has every key of ``spec`` as a column (missing ones empty) and the Excel
        rows as index; blank rows are skipped, never the end of the table.
    """
    names = {key: (tuple(v) if not isinstance(v, str) else (v,)) for key, v in spec.items()}
    lookup = header_lookup({k: (v[0], v[-1]) for k, v in names.items()},
                           {k: (*v, *(synonyms or {}).get(k, ())) for k, v in names.items()})

    def columns_named(cells: list[str]) -> int:
        where = _columns_of(cells, lookup)
        return len(where) if all(k in where for k in required) else 0

    for sheet, rows in sheets.items():
        i = find_header_row(rows, columns_named, search_rows=SEARCH_ROWS)
        if i is not None:
            row = rows[i]
            where = _columns_of(row, lookup)
            records, index, totals = [], [], []
            for r in range(i + 1, len(rows)):
                cells = rows[r]
                values = {k: (cells[j] if j < len(cells) else None) for k, j in where.items()}
                if all(is_blank(v) for v in values.values()):
                    continue  # a blank row: skipped, the table goes on
                if len(_columns_of(cells, lookup, exact=True)) >= max(2, len(required)):
                    break  # the header again: another table starts here
                records.append(values)
                index.append(r + 1)
                first = next((cells[j] for j in sorted(where.values())
                              if j < len(cells) and not is_blank(cells[j])), None)
                if is_total_label(first):
                    totals.append(r + 1)
            frame = pd.DataFrame(records, columns=list(spec), index=pd.Index(
                index, name="excel_row"), dtype=object)
            return FoundTable(sheet, i + 1, frame,
                              {k: excel_column_letter(j) for k, j in where.items()}, totals,
                              {k: str(row[j]).strip() for k, j in where.items()})
    return None
