"""The main job prints one plan: its 跟单记录表, call list and 拜访计划表 agree row by row."""

import pandas as pd

from salesops.excel import read_tracker


def _pairs(frame: pd.DataFrame) -> list[tuple[str, str]]:
    dates = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    return sorted(zip(frame["customer_id"].astype(str), dates, strict=True))


def test_demo_followups_calls_and_visits_are_one_plan(demo_written):
    followups = read_tracker(demo_written["followup"], "followup").frame
    visits = read_tracker(demo_written["visits"], "visits").frame
    visits = visits[visits["customer_id"].notna()]  # the day's lunch and total rows aside
    calls = read_tracker(demo_written["calls"], "calllist").frame
    planned_visits = followups[followups["channel"] == "visit"]
    assert len(planned_visits) == 47
    assert _pairs(planned_visits) == _pairs(visits)
    monday = pd.Timestamp("2026-11-23")
    phone = followups[(followups["channel"] == "phone")
                      & (pd.to_datetime(followups["date"]) == monday)]
    assert len(calls) > 0
    assert sorted(calls["customer_id"].astype(str)) == sorted(phone["customer_id"].astype(str))
    # no customer is visited more often than the policy says over the four weeks
    per_customer = planned_visits.groupby("customer_id").size()
    assert per_customer.max() <= 2
