import datetime as dt

import pandas as pd
import pytest

from salesops import SalesopsError, datasets
from salesops.abc import classify_abc
from salesops.calendar import CalendarWarning
from salesops.calls import (
    daily_call_plan,
    direct_staffing,
    goal_staffing,
    self_check,
    weekly_call_plan,
)
from salesops.followup import follow_up_schedule

DAY = dt.date(2026, 11, 23)


def test_direct_method_worked_example():
    # 3,000 records at 1.6 attempts → 4,800 dials → 120 agent-hours → 5 agents over 3 days at 8 h
    r = direct_staffing(records=3000, attempts_per_record=1.6, dial_minutes=1.5, days=3,
                        hours_per_agent_day=8)
    assert (r.dials, r.agent_hours, r.agents_per_day) == (4800.0, 120.0, 5)
    assert "4,800" in r.formula and "⌈120 ÷ (3 天 × 8 小时)⌉ = 5" in r.formula


def test_direct_method_with_talk_time():
    r = direct_staffing(records=1000, attempts_per_record=2, dial_minutes=0.5,
                        contact_rate=0.3, contact_minutes=4, days=2, hours_per_agent_day=6)
    # 2,000 dials × 0.5 min + 600 contacts × 4 min = 3,400 min = 56.67 h; ÷ 12 h → 5 agents
    assert r.contacts == 600 and r.agent_hours == pytest.approx(3400 / 60)
    assert r.agents_per_day == 5


def test_goal_method_worked_example():
    # 60 orders at 5% success and 40% contact → 1,200 contacts → 3,000 records
    r = goal_staffing(target_successes=60, success_rate=0.05, contact_rate=0.4,
                      attempts_per_record=1.6, dial_minutes=1.5, days=3, hours_per_agent_day=8)
    assert (r.records, r.contacts, r.dials, r.agents_per_day) == (3000, 1200.0, 4800.0, 5)
    assert r.formula.startswith("需要接通本人 = 60 单 ÷ 每次接通的成功率 5% = 1,200 次；"
                                "需要名单 = ⌈1,200 ÷ 每条名单的接通率 40%⌉ = 3,000 条")
    # 1,200 is the contacts needed; 4,800 the dials — never both called "contacts"
    assert "4,800 次拨打" in r.formula and "1,200 次接通" in r.formula
    assert "接通本人 = 4,800" not in r.formula


def test_goal_method_talk_time_is_in_the_shown_working():
    r = goal_staffing(target_successes=60, success_rate=0.05, contact_rate=0.4,
                      contact_minutes=3)
    # 4,800 dials × 1.5 min + 1,200 contacts × 3 min = 10,800 min = 180 h → 8 agents over 3 days
    assert r.agent_hours == 180 and r.agents_per_day == 8
    assert "1,200 次接通 × 3 分通话) ÷ 60 = 180 小时" in r.formula


def test_campaign_defaults_are_one_set(capsys):
    import json

    from salesops import policy
    from salesops.cli import main

    assert goal_staffing(60, 0.05, 0.4).days == direct_staffing(3000).days \
        == policy.CAMPAIGN_DAYS == 3
    assert main(["calls", "campaign", "--target-successes", "60", "--contact-rate", "0.4",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == goal_staffing(60, 0.05, 0.4).as_dict()


@pytest.mark.parametrize("kwargs", [{"success_rate": 0}, {"contact_rate": 1.5},
                                    {"target_successes": -1}])
def test_goal_method_bad_input(kwargs):
    args = {"target_successes": 60, "success_rate": 0.05, "contact_rate": 0.4, **kwargs}
    with pytest.raises(SalesopsError):
        goal_staffing(**args)


@pytest.fixture(scope="module")
def customers():
    return classify_abc(datasets.load_customers())


@pytest.fixture(scope="module")
def schedule(customers):
    return follow_up_schedule(customers, start=DAY, end=DAY + dt.timedelta(days=27))


def _minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def test_daily_plan_in_the_golden_hours_most_urgent_first(customers, schedule):
    plan = daily_call_plan(customers, DAY, schedule=schedule)
    todays = schedule[(schedule["date"] == pd.Timestamp(DAY)) & (schedule["channel"] == "phone")]
    # the schedule's calls, then the longest-uncontacted customers toward the target
    stale = plan.calls["purpose"] == "久未联系，补充到今天的电话量"
    assert not stale.iloc[:(~stale).sum()].any()
    assert set(plan.calls.loc[stale, "customer_id"]) == set(plan.suggestions["customer_id"])
    calls = plan.calls[~stale]
    assert len(calls) == todays["customer_id"].nunique() > 30
    assert set(calls["customer_id"]) == set(todays["customer_id"])
    for slot in calls["slot"]:
        m = _minutes(slot)
        assert 9 * 60 <= m < 11 * 60 + 30 or 14 * 60 <= m < 17 * 60 + 30
    assert calls["slot"].is_monotonic_increasing
    overdue = calls["purpose"].str.contains("逾期")
    # every overdue call comes before every other call, A before B before C within them
    assert not overdue.iloc[overdue.sum():].any()
    classes = calls.loc[overdue, "abc_class"].map({"A": 0, "B": 1, "C": 2}).tolist()
    assert classes == sorted(classes)
    assert plan.shortfall == 200 - len(plan.calls)
    assert plan.calls["customer_id"].is_unique


def test_two_choice_appointments_for_customers_due_a_visit(customers, schedule):
    plan = daily_call_plan(customers, DAY, schedule=schedule)
    with_visit = plan.calls.dropna(subset=["appointment_1"])
    assert len(with_visit) > 0
    visits = schedule[schedule["channel"] == "visit"]
    for rec in with_visit.itertuples():
        first, second = rec.appointment_1.split(), rec.appointment_2.split()
        assert first[0] == second[0]  # two times on one day (明天上午 10:15 还是下午 3:25)
        assert first[1] < "12:00" < second[1]
        assert first[0] in set(visits.loc[visits["customer_id"] == rec.customer_id, "date"]
                               .dt.strftime("%Y-%m-%d"))  # the visit's day
        assert rec.meeting_place  # an appointment fixes the place too
    # the customers of one rep are not offered the same times
    for _owner, group in with_visit.groupby("owner"):
        pairs = list(zip(group["appointment_1"], group["appointment_2"], strict=True))
        assert len(set(pairs)) == len(pairs)
    assert "14:10–14:50" in plan.calls["voicemail"].iloc[0]


def test_shortfall_suggests_stale_customers(customers):
    plan = daily_call_plan(customers, DAY, calls_per_day=200)
    assert plan.shortfall > 0 and len(plan.suggestions) > 0
    last = pd.to_datetime(plan.suggestions["last_contact_date"])
    assert (last <= pd.Timestamp(DAY) - pd.Timedelta(days=30)).all()
    # named on the list itself, after the calls that are due, each once
    assert set(plan.suggestions["customer_id"]) <= set(plan.calls["customer_id"])
    assert plan.calls["customer_id"].is_unique
    assert "还差" in plan.summary() and "已补充" in plan.summary()


def test_fixed_call_length_and_per_owner(customers, schedule):
    plan = daily_call_plan(customers, DAY, schedule=schedule, owner="陈晓敏",
                           minutes_per_call=30, calls_per_day=50)
    assert len(plan.calls) == 12  # 2.5 h + 3.5 h of golden hours at 30 minutes a call
    assert set(plan.calls["owner"]) == {"陈晓敏"}
    assert plan.calls["slot"].tolist()[:6] == ["09:00", "09:30", "10:00", "10:30", "11:00",
                                               "14:00"]


def test_bad_window():
    with pytest.raises(SalesopsError, match="09:00-11:30"):
        daily_call_plan(datasets.load_customers(), DAY, windows=("11:30-09:00",))


def test_weekly_plan_and_self_check():
    week = weekly_call_plan("2026-09-30")  # the week of National Day 2026
    assert week["target"].tolist() == [200, 200, 200, 0, 0]
    made = pd.DataFrame({"date": ["2026-09-28", "2026-09-28", "2026-09-29"],
                         "calls": [120, 90, 150]})
    check = self_check(week, made)
    assert check["made"].tolist() == [210, 150, 0, 0, 0, 360]
    assert check["gap"].tolist() == [10, -50, -200, 0, 0, -240]
    assert check["weekday"].iloc[-1] == 7


@pytest.mark.parametrize("day, reason", [("2026-10-01", "国庆节"), ("2026-11-29", "周日"),
                                         ("2027-10-01", "国庆节")])
def test_call_plan_on_a_holiday_or_weekend_plans_nothing_like_the_weekly_plan(day, reason):
    # issue 11: National Day planned 47 calls while the weekly plan said 0; a Sunday got 109
    import warnings

    customers = classify_abc(datasets.load_customers())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalendarWarning)
        plan = daily_call_plan(customers, day, calls_per_day=200)
        week = weekly_call_plan(day, 200)
    assert plan.calls.empty and plan.target == 0 and plan.shortfall == 0
    assert plan.suggestions.empty
    assert reason in plan.day_off and "不安排电话" in plan.summary()
    planned = week.loc[week["date"] == pd.Timestamp(day), "target"]
    assert planned.sum() == 0  # the weekly plan agrees (a Sunday is not in it: 0 too)
