"""Working days and opening hours: mainland China holidays, make-up workdays (调休), overrides.

For the years that the maintained ``chinesecalendar`` package covers (published each year after
the State Council's notice, currently up to 2026) public holidays and make-up working weekends
come from it. For later years — a team lead planning 2027 in November 2026 — the statutory
public holidays come from the ``holidays`` package (``holidays.China``: the days of the
national regulation, lunar festivals included), but the make-up working weekends (调休) are
only known from the State Council's notice: the calendar emits a :class:`CalendarWarning` once
per year telling the user to add them as ``workdays=``, and :meth:`WorkCalendar.fallback_note`
gives the same sentence for the workbook's 说明 sheet. User overrides always win.

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


@functools.cache
def _statutory(year: int, lang: str = "en") -> dict[dt.date, str]:
    """China's statutory public holidays of ``year`` (``holidays`` package), date → name."""
    import holidays

    return dict(holidays.China(years=year, language="zh_CN" if lang == "zh" else "en_US"))


#: chinesecalendar's holiday names → catalogue keys
_CHINA_NAMES = {"New Year's Day": "new_year", "Spring Festival": "spring_festival",
                "Tomb-sweeping Day": "tomb_sweeping", "Labour Day": "labour_day",
                "Dragon Boat Festival": "dragon_boat", "National Day": "national_day",
                "Mid-autumn Festival": "mid_autumn",
                "Anti-Fascist 70th Day": "anti_fascist_70th"}


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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
            raise SalesopsError(t("error.calendar_weekend", weekend=self.weekend))
        clash = self.holidays & self.workdays
        if clash:
            raise SalesopsError(t("error.calendar_clash", dates=sorted(clash)))
        if parse_hhmm(self.day_end) <= parse_hhmm(self.day_start):
            raise SalesopsError(t("error.calendar_day", end=self.day_end, start=self.day_start))

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
            else:
                if day.year not in warned:
                    warned.add(day.year)
                    warnings.warn(t("warn.calendar_fallback", year=day.year, last=last),
                                  CalendarWarning, stacklevel=4)
                if day in _statutory(day.year):
                    return False
        return day.weekday() not in self.weekend

    def fallback_note(self, start: object, end: object, lang: str | None = None
                      ) -> str | None:
        """The calendar warning for the years of ``start``–``end`` chinesecalendar does not
        cover, as a sentence for a workbook's 说明 sheet (None when every year is known).

        >>> WorkCalendar().fallback_note("2026-12-01", "2026-12-31") is None
        True
        """
        if not self.china:
            return None
        first, last = as_date(start).year, as_date(end).year
        missing = [y for y in range(first, last + 1) if not self.covers(y)]
        if not missing:
            return None
        return t("warn.calendar_fallback", lang, year=t("sep.list", lang).join(map(str, missing)),
                 last=_china_tables()[3])

    def day_off(self, day: object, lang: str | None = None) -> str | None:
        """Why ``day`` is not a working day, in words (None on a working day).

        >>> WorkCalendar().day_off("2026-10-01"), WorkCalendar().day_off("2026-11-29")
        ('法定节假日（国庆节）', '周末（周日）')
        """
        from .labels import normalise_language

        day = as_date(day)
        if self.is_working_day(day):
            return None
        lang = normalise_language(lang)
        if day in self.holidays:
            return t("calendar.off_user_holiday", lang)
        name = None
        if self.china:
            holidays, _w, first, last = _china_tables()
            if first <= day.year <= last and day in holidays:
                key = _CHINA_NAMES.get(holidays[day])
                name = t(f"holiday.{key}", lang) if key else str(holidays[day])
            elif not first <= day.year <= last:
                name = _statutory(day.year, lang).get(day)
        if name:
            return t("calendar.off_holiday", lang, name=name)
        return t("calendar.off_weekend", lang, weekday=t(f"weekday.{_WEEKDAYS[day.weekday()]}",
                                                       lang))

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

    def add_working_days(self, day: object, n: int, *, warn: bool = True) -> dt.date:
        """The ``n``-th working day after ``day`` (``n = 0``: ``day`` or the next working day).

        Negative ``n`` counts backwards. ``warn=False`` counts days of a year chinesecalendar
        does not cover yet by the fallback without warning — for dates where a day either way
        does not matter (the end of a card's week-long window counted back from a birthday in
        January).

        >>> WorkCalendar().add_working_days("2026-09-30", 1)  # National Day week
        datetime.date(2026, 10, 8)
        """
        day, warned = as_date(day), (self._warned if warn else _EVERY_YEAR)
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


class _EveryYear:
    """A set of warned years that holds every year: no warning is given."""

    def __contains__(self, year: object) -> bool:
        return True

    def add(self, year: object) -> None:
        pass


_EVERY_YEAR = _EveryYear()


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
