"""The one roster-grid reader: agents × days as people fill them in, anywhere in a workbook.

A roster grid is a header row with a name column (姓名 / 座席 / 客服 / Agent) followed by day
columns headed by weekdays (周一 11-23, 星期二, Wed …), then one row per agent. It is found
wherever it stands (a grid salesops wrote, a homework grid, a team's own sheet); blank rows
between agents or under the header are skipped, a 合计 row is not an agent, and the grid ends
where its header repeats. Its first day comes from the dates in the day headers (the year
chosen so the weekday fits) — or, when the headers give weekdays only, from the workbook's
metadata, which the caller passes; never from a constant.

Examples
--------
>>> rows = [["排班表"], ["姓名", "周一 11-23", "周二 11-24"], [None, None, None],
...         ["甲", "早班", "休"], ["乙", "9点-17点", "早"], ["合计", None, None]]
>>> grid = find_roster_grid({"排班表": rows}, agent_headers={"姓名"})
>>> grid.table.values.tolist(), grid.cells["乙", 0], grid.start.isoformat()
([['早班', '休'], ['9点-17点', '早']], 'B5', '2026-11-23')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from ..labels import t
from ..parsing import is_blank, to_halfwidth
from .blocks import SEARCH_ROWS, is_total_label
from .files import excel_column_letter, find_header_row
from .headers import answer_key

__all__ = ["WEEKDAY_KEYS", "RosterGrid", "find_roster_grid", "grid_start", "weekday_of"]

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class RosterGrid:
    """A roster grid found in a workbook.

    ``table``: agents × days with the codes as typed; ``cells``: the Excel cell of each entry
    ``(agent, day)``, of each day's header ``("header", day)``, of each agent's name
    ``(agent, "agent")`` and, when the grid has them, of the weekly totals
    ``("hours", agent)`` / ``("rest_days", agent)``; ``start``: the first day when the
    headers give dates (else None); ``sheet`` and ``header_row`` (1-based) say where it is.
    """

    table: pd.DataFrame
    cells: dict
    start: dt.date | None
    sheet: str
    header_row: int


def weekday_of(header: object) -> int | None:
    """0 for Monday … 6 for Sunday, from a day header (周一, 星期二 11-24, Wed, Friday)."""
    text = answer_key(header)
    if not text:
        return None
    for i, key in enumerate(WEEKDAY_KEYS):
        names = {answer_key(t(f"weekday.{key}", lang)) for lang in ("zh", "en")}
        names |= {n[:3] for n in names if n.isascii()} | {"星期" + "一二三四五六日"[i]}
        if any(text.startswith(n) for n in names if n):
            return i
    return None


def grid_start(header: object) -> dt.date | None:
    """The first day from a header such as ``周一 11-23`` (the year in which that date is that
    weekday, nearest this year first); None when the header gives no date."""
    weekday = weekday_of(header)
    m = re.search(r"(\d{1,2})[-/月.](\d{1,2})", to_halfwidth(str(header)))
    if weekday is None or not m:
        return None
    today = dt.date.today()
    for year in (today.year, today.year + 1, today.year - 1):
        try:
            day = dt.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if day.weekday() == weekday:
            return day
    return None


def find_roster_grid(sheets: Mapping[str, Sequence[Sequence[object]]], *,
                     agent_headers: Iterable[str],
                     totals: Mapping[str, Iterable[str]] | None = None) -> RosterGrid | None:
    """The first roster grid in ``sheets`` (sheet name → rows of cell values).

    ``agent_headers`` are the names of the name column (compared as answers are:
    half-width, simplified, case and spaces ignored); ``totals`` maps ``"hours"`` /
    ``"rest_days"`` to the headers of those columns, when the grid may have them.
    """
    agent_keys = {answer_key(h) for h in agent_headers}
    total_keys = {key: {answer_key(h) for h in names} for key, names in (totals or {}).items()}

    def grid_header(cells: list[str]) -> int:
        if not any(answer_key(c) in agent_keys for c in cells):
            return 0
        days = sum(weekday_of(c) is not None for c in cells)
        return 1 + days if days else 0

    for sheet, rows in sheets.items():
        i = find_header_row(rows, grid_header, search_rows=SEARCH_ROWS)
        if i is not None:
            row = rows[i]
            keys = [answer_key(c) for c in row]
            a = next(j for j, k in enumerate(keys) if k in agent_keys)
            days = [j for j in range(a + 1, len(row)) if not is_blank(row[j])
                    and weekday_of(row[j]) is not None]
            if not days:  # the weekdays stand left of the names: not a grid read here
                continue
            where_totals = {key: next((j for j, k in enumerate(keys) if k in names), None)
                            for key, names in total_keys.items()}
            agents, index = [], []
            for r in range(i + 1, len(rows)):
                name = rows[r][a] if a < len(rows[r]) else None
                if is_blank(name) or is_total_label(name):
                    continue  # a blank row between agents (or a 合计 row): read on
                if answer_key(name) in agent_keys:
                    break  # the header again: another grid starts here
                agents.append(str(name).strip())
                index.append(r)
            table = pd.DataFrame([[rows[r][j] if j < len(rows[r]) else None for j in days]
                                  for r in index], index=agents, columns=range(len(days)),
                                 dtype=object)
            cells: dict = {(agent, d): f"{excel_column_letter(j)}{r + 1}"
                           for agent, r in zip(agents, index, strict=True)
                           for d, j in enumerate(days)}
            cells.update({("header", d): f"{excel_column_letter(j)}{i + 1}"
                          for d, j in enumerate(days)})
            cells.update({(agent, "agent"): f"{excel_column_letter(a)}{r + 1}"
                          for agent, r in zip(agents, index, strict=True)})
            for key, j in where_totals.items():
                if j is not None:
                    cells.update({(key, agent): f"{excel_column_letter(j)}{r + 1}"
                                  for agent, r in zip(agents, index, strict=True)})
            return RosterGrid(table, cells, grid_start(row[days[0]]), sheet, i + 1)
    return None
