"""What a roster must cover and with what: shift types, labour rules and demand (COURSE.md §6).

The shared vocabulary of building a roster (:mod:`salesops.roster`) and checking one a person
made (:mod:`salesops.roster_check`): half-hour slots, a :class:`Shift` (code, start, end,
break), the :class:`RosterRules` of China's standard working hours, demand from opening hours
or from Erlang staffing, and the shift types that fit the demanded hours.

Examples
--------
>>> Shift("早", "09:00", "17:00").hours
8.0
>>> need = demand_from_hours("09:00-23:00", days=7)
>>> len(need), int(need["required"].sum()) * SLOT / 60
(196, 98.0)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd

from .calendar import as_date
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, is_blank, parse_hhmm
from .reading.spans import OFF_CODES as READ_OFF_CODES
from .reading.spans import span_minutes

__all__ = ["DAY_SLOTS", "DEFAULT_LEGEND", "OFF_CODES", "SLOT", "WEEKDAY_KEYS", "RosterRules",
           "Shift", "check_rules", "day_name", "demand_from_hours", "demand_from_intervals",
           "generate_shifts", "merge_runs", "time_span"]

SLOT = 30  # minutes per demand interval
DAY_SLOTS = 24 * 60 // SLOT
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OFF_CODES = READ_OFF_CODES



def time_span(text: str) -> tuple[int, int]:
    """Start and end minutes of ``"HH:MM-HH:MM"``; an end at or before the start is the next day.

    >>> time_span("15:00-23:00"), time_span("22:00-06:00")
    ((900, 1380), (1320, 1800))
    """
    span = span_minutes(text)
    if span is None:
        raise SalesopsError(t("error.roster_time", value=text))
    return span



@dataclass(frozen=True)
class Shift:
    """A shift type: ``code`` (what people write in the grid), start and end ``"HH:MM"`` (an
    end at or before the start crosses midnight) and an unpaid break in minutes."""

    code: str
    start: str
    end: str
    break_minutes: int = 0

    def __post_init__(self) -> None:
        a, b = time_span(f"{self.start}-{self.end}")
        if a % SLOT or b % SLOT:
            raise SalesopsError(t("error.roster_slot", value=f"{self.start}-{self.end}"))
        if not 0 <= self.break_minutes < b - a:
            raise SalesopsError(t("error.roster_time", value=self.break_minutes))

    @property
    def start_minutes(self) -> int:
        return time_span(f"{self.start}-{self.end}")[0]

    @property
    def end_minutes(self) -> int:
        """End in minutes from the shift day's midnight (> 1440 when it crosses midnight)."""
        return time_span(f"{self.start}-{self.end}")[1]

    @property
    def paid_minutes(self) -> int:
        return self.end_minutes - self.start_minutes - self.break_minutes

    @property
    def hours(self) -> float:
        return self.paid_minutes / 60



@dataclass(frozen=True)
class RosterRules:
    """Labour rules and fairness; defaults follow China's standard working hours."""

    max_hours_per_week: float = 40
    min_hours_per_week: float = 0
    min_rest_days_per_week: int = 1
    min_rest_hours: float = 11
    max_consecutive_days: int = 6
    max_working_weekends: int | None = None
    fairness: bool = True

    def __post_init__(self) -> None:
        if not 0 < self.max_hours_per_week <= 168 or self.min_hours_per_week < 0 \
                or self.min_hours_per_week > self.max_hours_per_week:
            raise SalesopsError(t("error.roster_rule", name="max_hours_per_week",
                                  value=self.max_hours_per_week))
        if not 0 <= self.min_rest_days_per_week <= 7 or not self.max_consecutive_days >= 1:
            raise SalesopsError(t("error.roster_rule", name="min_rest_days_per_week",
                                  value=self.min_rest_days_per_week))



def check_rules(max_hours_per_week: float = 40, *, team: bool = False,
                min_rest_hours: float | None = None) -> RosterRules:
    """The rules a hand-made roster is checked against.

    By default the course's (000 思考题: every hour of the opening covered, at most
    ``max_hours_per_week`` each — nothing about rest between shifts or days off); ``team=True``
    adds the team rules of :class:`RosterRules` (11 hours between shifts, a rest day a week,
    at most 6 days in a row); ``min_rest_hours`` sets the rest between shifts alone.

    >>> check_rules().min_rest_hours, check_rules(team=True).min_rest_hours
    (0, 11)
    """
    if team:
        rules = RosterRules(max_hours_per_week=max_hours_per_week, fairness=False)
    else:
        rules = RosterRules(max_hours_per_week=max_hours_per_week, min_rest_days_per_week=0,
                            min_rest_hours=0, max_consecutive_days=7, fairness=False)
    if min_rest_hours is not None:
        rules = replace(rules, min_rest_hours=min_rest_hours)
    return rules


def demand_from_hours(hours: str | dict, days: int = 7, agents: int = 1,
                      start: object = "2026-11-23") -> pd.DataFrame:
    """Opening-hours coverage: ``"09:00-23:00"`` every day, or ``{weekday: "HH:MM-HH:MM"}``
    (0 = Monday; a missing weekday is closed), at least ``agents`` on duty.

    Returns one row per half hour with demand: ``day``, ``slot`` (0–47), ``required``.
    """
    first = as_date(start)
    rows = []
    for d in range(days):
        weekday = (first + dt.timedelta(days=d)).weekday()
        spec = hours.get(weekday) if isinstance(hours, dict) else hours
        if spec is None or is_blank(spec):
            continue
        a, b = time_span(spec)
        if a % SLOT or b % SLOT:
            raise SalesopsError(t("error.roster_slot", value=spec))
        for m in range(a, b, SLOT):
            rows.append({"day": d + m // (24 * 60), "slot": (m % (24 * 60)) // SLOT,
                         "required": int(agents)})
    frame = pd.DataFrame(rows, columns=["day", "slot", "required"])
    return frame[frame["day"] < days].groupby(["day", "slot"], as_index=False)["required"].max()



def demand_from_intervals(table: pd.DataFrame, start: object, days: int = 7,
                          column: str = "required_agents") -> pd.DataFrame:
    """Per-interval demand from :func:`salesops.erlang.interval_staffing` (half hours)."""
    first = pd.Timestamp(as_date(start))
    times = pd.to_datetime(table["interval_start"])
    offset = (times - first) / pd.Timedelta(minutes=SLOT)
    if (offset % 1 != 0).any():
        raise SalesopsError(t("error.roster_slot", value=times[offset % 1 != 0].iloc[0]))
    frame = pd.DataFrame({"day": (offset // DAY_SLOTS).astype(int),
                          "slot": (offset % DAY_SLOTS).astype(int),
                          "required": table[column].astype(int)})
    return frame[(frame["day"] >= 0) & (frame["day"] < days) & (frame["required"] > 0)]



def generate_shifts(demand: pd.DataFrame, lengths_hours=(6, 7, 8),
                    starts: list[str] | None = None) -> list[Shift]:
    """Shift types inside the demanded hours: every whole-hour start and each length (6–8 h:
    China's standard working day is 8 hours; pass longer lengths for other systems)."""
    slots = demand.loc[demand["required"] > 0, "slot"]
    if slots.empty:
        return []
    first, last = int(slots.min()) * SLOT, (int(slots.max()) + 1) * SLOT
    begin = [parse_hhmm(s) for s in starts] if starts else list(range(
        first - first % 60, last, 60))
    shifts = []
    for a in begin:
        for hours in lengths_hours:
            b = a + int(hours * 60)
            if b <= max(last, a) and b <= 24 * 60:
                end_code = format_hhmm(b)[:2] if b < 1440 else "24"
                shifts.append(Shift(f"{format_hhmm(a)[:2]}-{end_code}", format_hhmm(a),
                                    format_hhmm(b)))  # 24:00 is written 00:00
    return shifts



def merge_runs(values: list[int]) -> list[tuple[int, int]]:
    """Consecutive integers merged into ``(first, last)`` runs.

    >>> merge_runs([1, 2, 3, 7, 9, 10])
    [(1, 3), (7, 7), (9, 10)]
    """
    runs = []
    for v in values:
        if runs and v == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], v)
        else:
            runs.append((v, v))
    return runs



DEFAULT_LEGEND = {"早": ("09:00", "17:00"), "中": ("12:00", "20:00"), "晚": ("15:00", "23:00")}



def day_name(first: dt.date, day: int, lang: str | None = None) -> str:
    """The weekday and date of day ``day`` of a roster starting on ``first``.

    >>> day_name(dt.date(2026, 11, 23), 6)
    '周日 11-29'
    """
    date = first + dt.timedelta(days=day)
    return f"{t('weekday.' + WEEKDAY_KEYS[date.weekday()], lang)} {date:%m-%d}"
