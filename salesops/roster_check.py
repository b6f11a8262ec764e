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
import re

import pandas as pd

from .calendar import as_date
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, is_blank, to_halfwidth
from .shifts import (
    DEFAULT_LEGEND,
    OFF_CODES,
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



def _parse_code(code: object, legend: dict[str, Shift]) -> Shift | str | None:
    """A Shift, None for a day off, or the text itself when it cannot be read."""
    if is_blank(code):
        return None
    text = to_halfwidth(str(code)).strip()
    if text in OFF_CODES or text.lower() in OFF_CODES:
        return None
    if text in legend:
        return legend[text]
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*[-–~至到]\s*(\d{1,2})(?::(\d{2}))?", text)
    if m:
        a = f"{int(m.group(1)):02d}:{m.group(2) or '00'}"
        b = f"{int(m.group(3)) % 24:02d}:{m.group(4) or '00'}"
        try:
            return Shift(text, a, b)
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
        As for :func:`build_roster`.
    cells
        ``(agent, day) -> "C5"`` and ``("header", day) -> "C4"``; by default the layout of the
        exported grid (names in column A from row 5, days from column B, header in row 4).

    Returns
    -------
    DataFrame
        ``cell``, ``agent``, ``day`` (0 = first), ``rule`` (one of :data:`VIOLATIONS`),
        ``value`` and ``message``. An empty table means the roster is correct.
    """
    from openpyxl.utils import get_column_letter

    rules = rules or RosterRules()
    first = as_date(start)
    days = table.shape[1]
    legend = {k: Shift(k, a, b) for k, (a, b) in DEFAULT_LEGEND.items()}
    legend.update({s.code: s for s in shifts or []})
    agents = [str(a) for a in table.index]

    def cell(agent_pos: int, day: int) -> str:
        if cells is not None:
            return cells.get((agents[agent_pos], day), "")
        return f"{get_column_letter(day + 2)}{5 + agent_pos}"

    def header(day: int) -> str:
        if cells is not None:
            return cells.get(("header", day), "")
        return f"{get_column_letter(day + 2)}4"

    out = []

    def add(ref, agent, day, rule, value, **fields):
        out.append({"cell": ref, "agent": agent, "day": day, "rule": rule, "value": value,
                    "message": t(f"roster.violation.{rule}", lang, cell=ref, agent=agent,
                                 day=day_name(first, day, lang) if day is not None else "",
                                 value=value, **fields)})

    parsed: dict[tuple[int, int], Shift] = {}
    for i, agent in enumerate(agents):
        for d in range(days):
            value = table.iat[i, d]
            shift = _parse_code(value, legend)
            if isinstance(shift, str):
                add(cell(i, d), agent, d, "unknown_shift", shift)
            elif shift is not None:
                parsed[i, d] = shift
    # coverage
    need = (demand_from_hours(demand, days, start=first) if isinstance(demand, str | dict)
            else demand_from_intervals(demand, first, days) if "interval_start" in demand
            else demand)
    scheduled: dict[tuple[int, int], int] = {}
    for (_i, d), sh in parsed.items():
        for mm in range(sh.start_minutes, sh.end_minutes, SLOT):
            key = (d + mm // (24 * 60), (mm % (24 * 60)) // SLOT)
            scheduled[key] = scheduled.get(key, 0) + 1
    short = need.assign(have=[scheduled.get((r.day, r.slot), 0) for r in need.itertuples()])
    short = short[short["have"] < short["required"]]
    for day, group in short.groupby("day"):
        for a, b in merge_runs(sorted(group["slot"])):
            add(header(int(day)), "", int(day), "uncovered", "",
                start=format_hhmm(a * SLOT), end=format_hhmm((b + 1) * SLOT))
    # per agent
    for i, agent in enumerate(agents):
        mine = {d: parsed[i, d] for d in range(days) if (i, d) in parsed}
        for w in range(math.ceil(days / 7)):
            block = [d for d in range(7 * w, min(7 * w + 7, days))]
            hours = sum(mine[d].hours for d in block if d in mine)
            last = cell(i, block[-1])
            if hours > rules.max_hours_per_week + 1e-9:
                add(last, agent, None, "over_max_hours", f"{hours:g}",
                    limit=f"{rules.max_hours_per_week:g}")
            if hours < rules.min_hours_per_week - 1e-9:
                add(last, agent, None, "under_min_hours", f"{hours:g}",
                    limit=f"{rules.min_hours_per_week:g}")
            off = sum(1 for d in block if d not in mine)
            if off < min(rules.min_rest_days_per_week, len(block)):
                add(last, agent, None, "no_rest_day", str(off))
        for d in range(days - 1):
            if d in mine and d + 1 in mine:
                gap = mine[d + 1].start_minutes + 24 * 60 - mine[d].end_minutes
                if gap < rules.min_rest_hours * 60:
                    add(cell(i, d + 1), agent, d + 1, "rest_too_short", mine[d + 1].code,
                        hours=f"{gap / 60:g}", limit=f"{rules.min_rest_hours:g}")
        run = 0
        for d in range(days):
            run = run + 1 if d in mine else 0
            if run == rules.max_consecutive_days + 1:
                add(cell(i, d), agent, d, "too_many_consecutive_days", str(run),
                    limit=str(rules.max_consecutive_days))
    return pd.DataFrame(out, columns=["cell", "agent", "day", "rule", "value", "message"])
