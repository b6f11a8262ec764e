"""Checking a roster a person made (COURSE.md §6): every broken rule with its Excel cell.

A student's or team lead's grid — agents × days with shift codes (早 / 中 / 晚, a time range
such as ``9-17``, 休 for a day off) — against the demand and the labour rules of
:class:`~salesops.shifts.RosterRules`: uncovered half hours, too many or too few hours a week,
no rest day, too short a rest between two shifts, too many days in a row, unknown codes.

Examples
--------
>>> import pandas as pd
>>> grid = pd.DataFrame([["早"] * 7], index=["甲"])
>>> sorted(set(check_roster(grid, "09:00-17:00")["rule"]))
['no_rest_day', 'over_max_hours', 'too_many_consecutive_days']
"""

from __future__ import annotations

import math

import pandas as pd

from .calendar import as_date
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, to_halfwidth
from .reading import excel_column_letter
from .reading.spans import is_day_off, shift_key, span_minutes
from .shifts import (
    DEFAULT_LEGEND,
    SLOT,
    RosterRules,
    Shift,
    day_name,
    demand_from_hours,
    demand_from_intervals,
    merge_runs,
)

__all__ = ["VIOLATIONS", "check_roster"]

VIOLATIONS = ("unknown_shift", "uncovered", "over_max_hours", "under_min_hours",
              "rest_too_short", "no_rest_day", "too_many_consecutive_days")



def default_legend() -> dict[str, Shift]:
    """The course exercise's shift codes (早, 中, 晚) as :class:`Shift` objects."""
    return {k: Shift(k, a, b) for k, (a, b) in DEFAULT_LEGEND.items()}


def parse_shift_code(code: object, legend: dict[str, Shift]) -> Shift | str | None:
    """A Shift, None for a day off (or an empty cell), or the text itself when it cannot be
    read (through the reading layer's one span parser: ``9-17``, ``9点-17点``, ``早班`` for
    ``早`` …).

    >>> parse_shift_code("早班", default_legend()).end, parse_shift_code("休息", {})
    ('17:00', None)
    """
    if is_day_off(code):
        return None
    text = to_halfwidth(str(code)).strip()
    for key in (text, shift_key(text)):
        if key in legend:
            return legend[key]
    span = span_minutes(text)
    if span is not None:
        try:
            return Shift(text, format_hhmm(span[0]), format_hhmm(span[1] % (24 * 60)))
        except SalesopsError:
            return text
    return text


def check_roster(table: pd.DataFrame, demand="09:00-23:00", rules: RosterRules | None = None,
                 *, shifts: list[Shift] | None = None, start: object = "2026-11-23",
                 cells: dict | None = None, lang: str | None = None) -> pd.DataFrame:
    """Everything wrong with a hand-made roster, each with the Excel cell it refers to.

    Parameters
    ----------
    table
        Agents × days (rows = agents, columns = the days in order) with shift codes: a code
        of ``shifts`` or of the default legend (早 09:00–17:00, 中 12:00–20:00,
        晚 15:00–23:00), a time range such as ``09:00-17:00`` or ``9-17``, or 休 / empty for
        a day off.
    demand, rules, start
        As for :func:`~salesops.roster.build_roster`.
    cells
        ``(agent, day) -> "C5"``, ``("header", day) -> "C4"`` and, when the grid has its
        totals, ``("hours", agent) -> "I5"`` and ``("rest_days", agent) -> "J5"``; by default
        the layout of the exported grid (names in column A from row 5, days from column B,
        header in row 4).
        A rule about a whole week points at the agent's hours (or rest-days) cell, or at the
        agent's row of that week (``B5:H5``) when there is none.

    Returns
    -------
    DataFrame
        ``cell``, ``agent``, ``day`` (0 = first; empty for a whole week), ``rule`` (one of
        :data:`VIOLATIONS`), ``value`` and ``message``. An empty table means the roster is
        correct.

    Examples
    --------
    >>> grid = pd.DataFrame([["早", "早", "早", "早", "早", "早", "休"]], index=["甲"])
    >>> found = check_roster(grid, {day: "09:00-17:00" for day in range(6)})
    >>> found[["cell", "rule", "value"]].to_dict("records")
    [{'cell': 'B5:H5', 'rule': 'over_max_hours', 'value': '48'}]
    """
    rules = rules or RosterRules()
    first = as_date(start)
    days = table.shape[1]
    legend = default_legend()
    legend.update({s.code: s for s in shifts or []})
    grid = _Grid([str(a) for a in table.index], cells)
    out = []

    def add(ref, agent, day, rule, value, **fields):
        out.append({"cell": ref, "agent": agent, "day": day, "rule": rule, "value": value,
                    "message": t(f"roster.violation.{rule}", lang, cell=ref, agent=agent,
                                 day=day_name(first, day, lang) if day is not None else "",
                                 value=value, **fields)})

    parsed: dict[tuple[int, int], Shift] = {}
    for i, agent in enumerate(grid.agents):
        for d in range(days):
            shift = parse_shift_code(table.iat[i, d], legend)
            if isinstance(shift, str):
                add(grid.cell(i, d), agent, d, "unknown_shift", shift)
            elif shift is not None:
                parsed[i, d] = shift
    need = (demand_from_hours(demand, days, start=first) if isinstance(demand, str | dict)
            else demand_from_intervals(demand, first, days) if "interval_start" in demand
            else demand)
    for day, a, b in _uncovered(need, parsed):
        add(grid.header(day), "", day, "uncovered", "",
            start=format_hhmm(a * SLOT), end=format_hhmm((b + 1) * SLOT))
    for i, agent in enumerate(grid.agents):
        mine = {d: parsed[i, d] for d in range(days) if (i, d) in parsed}
        for args, fields in _agent_violations(mine, days, rules, grid, i):
            add(args[0], agent, *args[1:], **fields)
    return pd.DataFrame(out, columns=["cell", "agent", "day", "rule", "value", "message"])


class _Grid:
    """Where each entry of the grid is in Excel: given ``cells`` or the exported layout."""

    def __init__(self, agents: list[str], cells: dict | None) -> None:
        self.agents, self.cells = agents, cells

    def cell(self, i: int, day: int) -> str:
        if self.cells is not None:
            return self.cells.get((self.agents[i], day), "")
        return f"{excel_column_letter(day + 1)}{5 + i}"

    def header(self, day: int) -> str:
        if self.cells is not None:
            return self.cells.get(("header", day), "")
        return f"{excel_column_letter(day + 1)}4"

    def week(self, i: int, block: list[int], column: str = "hours") -> str:
        """The agent's weekly-hours (or rest-days) cell, else the agent's row of that week."""
        total = (self.cells or {}).get((column, self.agents[i]))
        if total:
            return total
        a, b = self.cell(i, block[0]), self.cell(i, block[-1])
        return a if a == b or not b else f"{a}:{b}"


def _uncovered(need: pd.DataFrame, parsed: dict[tuple[int, int], Shift]):
    """``(day, first slot, last slot)`` of each run of half hours with too few agents."""
    scheduled: dict[tuple[int, int], int] = {}
    for (_i, d), sh in parsed.items():
        for mm in range(sh.start_minutes, sh.end_minutes, SLOT):
            key = (d + mm // (24 * 60), (mm % (24 * 60)) // SLOT)
            scheduled[key] = scheduled.get(key, 0) + 1
    short = need.assign(have=[scheduled.get((r.day, r.slot), 0) for r in need.itertuples()])
    short = short[short["have"] < short["required"]]
    for day, group in short.groupby("day"):
        for a, b in merge_runs(sorted(group["slot"])):
            yield int(day), a, b


def _agent_violations(mine: dict[int, Shift], days: int, rules: RosterRules, grid: _Grid,
                      i: int):
    """One agent's broken rules: ``((cell, day, rule, value), fields)`` each."""
    for w in range(math.ceil(days / 7)):
        block = list(range(7 * w, min(7 * w + 7, days)))
        hours = sum(mine[d].hours for d in block if d in mine)
        ref = grid.week(i, block)
        if hours > rules.max_hours_per_week + 1e-9:
            yield (ref, None, "over_max_hours", f"{hours:g}"), {
                "limit": f"{rules.max_hours_per_week:g}"}
        if hours < rules.min_hours_per_week - 1e-9:
            yield (ref, None, "under_min_hours", f"{hours:g}"), {
                "limit": f"{rules.min_hours_per_week:g}"}
        off = sum(1 for d in block if d not in mine)
        if off < min(rules.min_rest_days_per_week, len(block)):
            yield (grid.week(i, block, "rest_days"), None, "no_rest_day", str(off)), {}
    for d in range(days - 1):
        if d in mine and d + 1 in mine:
            gap = mine[d + 1].start_minutes + 24 * 60 - mine[d].end_minutes
            if gap < rules.min_rest_hours * 60:
                yield (grid.cell(i, d + 1), d + 1, "rest_too_short", mine[d + 1].code), {
                    "hours": f"{gap / 60:g}", "limit": f"{rules.min_rest_hours:g}"}
    run = 0
    for d in range(days):
        run = run + 1 if d in mine else 0
        if run == rules.max_consecutive_days + 1:
            yield (grid.cell(i, d), d, "too_many_consecutive_days", str(run)), {
                "limit": str(rules.max_consecutive_days)}
