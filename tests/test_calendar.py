import datetime as dt

import pytest

from salesops import SalesopsError, WorkCalendar, working_days
from salesops.calendar import CalendarWarning, add_working_days


def test_2026_national_day_and_make_up_workdays():
    cal = WorkCalendar()
    # 2026 National Day: 1–7 October off; Sunday 20 September and Saturday 10 October worked
    assert not any(cal.is_working_day(dt.date(2026, 10, d)) for d in range(1, 8))
    assert cal.is_working_day(dt.date(2026, 9, 20))
    assert cal.is_working_day(dt.date(2026, 10, 10))
    # Spring Festival 2026: 15–23 February off; Saturday 14 and 28 February worked
    assert not cal.is_working_day("2026-02-16")
    assert cal.is_working_day("2026-02-14")
    assert cal.is_working_day("2026-02-28")


def test_november_2026_has_21_working_days():
    assert len(working_days("2026-11-01", "2026-11-30")) == 21


def test_2027_falls_back_to_weekdays_with_a_warning():
    with pytest.warns(CalendarWarning, match="2027"):
        days = working_days("2027-01-01", "2027-01-31")
    assert len(days) == 20  # 21 weekdays less New Year's Day (a statutory holiday)
    assert all(d.weekday() < 5 for d in days)


def test_2027_statutory_holidays_come_from_the_holidays_package():
    # issue 11: for 2027 follow-ups landed on 1 January and on the Spring Festival
    cal = WorkCalendar()
    with pytest.warns(CalendarWarning, match="workdays="):
        off = [d for d in ("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09",
                           "2027-02-10", "2027-04-05", "2027-05-03", "2027-06-09",
                           "2027-09-15", "2027-10-01", "2027-10-04", "2027-10-05")
               if not cal.is_working_day(d)]
    assert len(off) == 12
    assert cal.is_working_day("2027-02-11")  # the Thursday after the Spring Festival
    assert cal.day_off("2027-02-08") == "法定节假日（春节）"
    assert cal.day_off("2027-10-01", "en") == "a public holiday (National Day)"


def test_2027_make_up_workdays_from_the_user():
    cal = WorkCalendar(workdays={"2027-02-20"}, holidays={"2027-02-11"})
    assert cal.is_working_day("2027-02-20")  # a Saturday made a workday (调休)
    assert not cal.is_working_day("2027-02-11")
    assert cal.day_off("2027-02-11") == "休息日（自行设定）"


def test_calendar_warning_also_for_the_workbook_readme():
    cal = WorkCalendar()
    note = cal.fallback_note("2026-12-14", "2027-01-10")
    assert "2027" in note and "workdays=" in note and "2026 年的" not in note
    assert cal.fallback_note("2026-01-01", "2026-12-31") is None
    assert WorkCalendar(china=False).fallback_note("2030-01-01", "2030-01-02") is None
    assert "2027、2028" in cal.fallback_note("2027-01-01", "2028-01-01")


def test_2027_with_user_supplied_holidays_and_workdays():
    cal = WorkCalendar(holidays={"2027-01-01"}, workdays={dt.date(2027, 1, 2)})
    assert not cal.is_working_day("2027-01-01")  # the user's holiday needs no warning
    assert cal.is_working_day("2027-01-02")  # a Saturday made a workday by the user
    with pytest.warns(CalendarWarning, match="holidays="):
        assert cal.is_working_day("2027-01-04")


def test_overrides_win_over_china_calendar():
    cal = WorkCalendar(workdays={"2026-10-01"}, holidays={"2026-11-23"})
    assert cal.is_working_day("2026-10-01")
    assert not cal.is_working_day("2026-11-23")


def test_china_off_uses_only_weekends():
    cal = WorkCalendar(china=False)
    assert cal.is_working_day("2026-10-01")  # a Thursday
    assert not cal.is_working_day("2026-10-10")  # a Saturday


def test_add_working_days_skips_holidays():
    # 2026: 1–7 October off, Thursday 8 October is a working day
    assert add_working_days("2026-09-30", 1) == dt.date(2026, 10, 8)
    assert add_working_days("2026-10-08", -1) == dt.date(2026, 9, 30)
    assert add_working_days("2026-10-03", 0) == dt.date(2026, 10, 8)


def test_bad_calendar_input():
    with pytest.raises(SalesopsError):
        WorkCalendar(holidays={"2026-10-01"}, workdays={"2026-10-01"})
    with pytest.raises(SalesopsError):
        WorkCalendar(day_start="18:00", day_end="09:00")
    with pytest.raises(SalesopsError):
        WorkCalendar(weekend=(7,))
    with pytest.raises(SalesopsError, match="不是日期"):
        working_days("tomorrow", "2026-12-01")
    assert WorkCalendar(day_start="09:00", day_end="17:30").hours_per_day == 8.5
