"""Working days and opening hours: mainland China holidays, make-up workdays (调休), overrides.

For the years that the maintained ``chinesecalendar`` package covers (published each year after
the State Council's notice, currently up to 2026) public holidays and make-up working weekends
come from it. For later years — a team lead planning 2027 in November 2026 — the calendar falls
back to Monday–Friday and emits a :class:`CalendarWarning` once per year, telling the user to add
``holidays=`` and ``workdays=`` when the official notice is out. User overrides always win.

Examples
--------
>>> import datetime as dt
>>> cal = WorkCalendar()
>>> cal.is_working_day(dt.date(2026, 10, 1)), cal.is_working_day(dt.date(2026, 10, 10))
(False, True)
>>> [d.isoformat() for d in cal.working_days("2026-09-30", "2026-10-10")]
['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import SalesopsError
from .labels import t
from .parsing import parse_date, parse_hhmm

__all__ = ["CalendarWarning", "WorkCalendar", "add_working_days", "as_date", "working_days"]


class CalendarWarning(UserWarning):
    """Holidays for a year are unknown; weekends-only fallback in use."""


def as_date(value: object) -> dt.date:
    """A ``date`` from a date, datetime, Timestamp or text such as ``2026-11-22``."""
    parsed, _note = parse_date(value)
    if parsed is None:
        raise SalesopsError(t("error.bad_date_value", value=value))
    return parsed


@functools.cache
def _china_tables() -> tuple[dict, dict, int, int]:
    from chinese_calendar import constants

    years = [d.year for d in constants.holidays]
    return constants.holidays, constants.workdays, min(years), max(years)


@dataclass(frozen=True)
class WorkCalendar:
    """Which dates are working days, and the opening hours of a working day.

    Parameters
    ----------
    holidays
        Extra days off (company holidays, a 2027 public holiday not yet in the package).
    workdays
        Extra working days (make-up workdays, a Saturday promotion); they win over everything.
    weekend
        Weekday numbers that are off when no other rule applies (Monday = 0).
    china
        Use mainland China's public holidays and make-up workdays where known.
    day_start, day_end
        Opening hours as ``"HH:MM"``.
    """

    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)
    weekend: tuple[int, ...] = (5, 6)
    china: bool = True
    day_start: str = "09:00"
    day_end: str = "17:30"

    def __post_init__(self) -> None:
        # years already warned about by this calendar (one warning per year, not per day)
        object.__setattr__(self, "_warned", set())
        object.__setattr__(self, "holidays", frozenset(as_date(d) for d in self.holidays))
        object.__setattr__(self, "workdays", frozenset(as_date(d) for d in self.workdays))
        object.__setattr__(self, "weekend", tuple(sorted(set(self.weekend))))
        if any(not 0 <= w <= 6 for w in self.weekend):
            raise SalesopsError(f"weekend days are 0 (Monday) .. 6 (Sunday): {self.weekend}")
        clash = self.holidays & self.workdays
        if clash:
            raise SalesopsError(f"dates both holiday and workday: {sorted(clash)}")
        if parse_hhmm(self.day_end) <= parse_hhmm(self.day_start):
            raise SalesopsError(f"day_end {self.day_end} is not after day_start {self.day_start}")

    def covers(self, year: int) -> bool:
        """True when China's official holidays for ``year`` are known."""
        if not self.china:
            return True
        _h, _w, first, last = _china_tables()
        return first <= year <= last

    def is_working_day(self, day: object) -> bool:
        """Working day after user overrides, China's calendar (where known) and the weekend."""
        return self._is_working_day(as_date(day), self._warned)

    def _is_working_day(self, day: dt.date, warned: set[int]) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        if self.china:
            holidays, workdays, first, last = _china_tables()
            if first <= day.year <= last:
                if day in workdays:
                    return True
                if day in holidays:
                    return False
            elif day.year not in warned:
                warned.add(day.year)
                warnings.warn(t("warn.calendar_fallback", year=day.year, last=last),
                              CalendarWarning, stacklevel=4)
        return day.weekday() not in self.weekend

    def working_days(self, start: object, end: object) -> list[dt.date]:
        """Working days from ``start`` to ``end``, both included."""
        start, end = as_date(start), as_date(end)
        days, warned = [], self._warned
        day = start
        while day <= end:
            if self._is_working_day(day, warned):
                days.append(day)
            day += dt.timedelta(days=1)
        return days

    def add_working_days(self, day: object, n: int) -> dt.date:
        """The ``n``-th working day after ``day`` (``n = 0``: ``day`` or the next working day).

        Negative ``n`` counts backwards.
        """
        day, warned = as_date(day), self._warned
        step = dt.timedelta(days=1 if n >= 0 else -1)
        if n == 0:
            while not self._is_working_day(day, warned):
                day += step
            return day
        remaining = abs(n)
        while remaining:
            day += step
            if self._is_working_day(day, warned):
                remaining -= 1
        return day

    @property
    def hours_per_day(self) -> float:
        """Length of the opening hours in hours."""
        return (parse_hhmm(self.day_end) - parse_hhmm(self.day_start)) / 60


def working_days(start: object, end: object, *, holidays: Iterable[object] = (),
                 workdays: Iterable[object] = (), china: bool = True) -> list[dt.date]:
    """Working days between two dates, both included (see :class:`WorkCalendar`).

    Examples
    --------
    >>> len(working_days("2026-11-01", "2026-11-30"))
    21
    """
    cal = WorkCalendar(holidays=frozenset(holidays), workdays=frozenset(workdays), china=china)
    return cal.working_days(start, end)


def add_working_days(day: object, n: int, calendar: WorkCalendar | None = None) -> dt.date:
    """The ``n``-th working day after ``day`` in ``calendar`` (default: China)."""
    return (calendar or WorkCalendar()).add_working_days(day, n)
