"""One plan from one table: the schedule decides, calls and visits follow it."""

import datetime as dt
import json
from collections import Counter

import pandas as pd
import pytest

from salesops import datasets
from salesops.calendar import CalendarWarning
from salesops.calls import daily_call_plan
from salesops.cli import main
from salesops.excel import read_tracker
from salesops.followup import follow_up_schedule
from salesops.plan import week_plan
from salesops.visits import plan_visits


@pytest.fixture(scope="module")
def customers():
    return datasets.load_customers()


@pytest.fixture(scope="module")
def week(customers):
    return week_plan(customers, "2026-11-23", route_seconds=5)


def _visits(frame):
    return Counter(zip(frame["customer_id"], pd.to_datetime(frame["date"]).dt.date, strict=True))


def test_the_weeks_followup_visits_are_the_visit_plan_row_by_row(week):
    schedule = week.schedule
    visits = schedule[schedule["channel"] == "visit"]
    assert len(visits) > 0 and week.visits.unplanned.empty
    assert _visits(visits) == _visits(week.visits.itinerary)
    assert sorted(visits["rule"]) == sorted(week.visits.itinerary["rule"])


def test_every_call_is_a_phone_follow_up_of_its_day(week):
    phone = week.schedule[week.schedule["channel"] == "phone"]
    due = set(zip(phone["customer_id"], phone["date"].dt.date, strict=True))
    calls = set(zip(week.calls["customer_id"], week.calls["date"].dt.date, strict=True))
    assert calls and calls <= due
    # and nothing else decides who is due: the first day's list is that day's phone rows
    first = phone[phone["date"].dt.date == week.start]
    assert set(week.first_day.calls["customer_id"]) == set(first["customer_id"])


def test_week_command_json_and_workbook_agree(customers, tmp_path, capsys):
    out = tmp_path / "week.xlsx"
    assert main(["week", str(datasets.path("customers")), "--from", "2026-11-23",
                 "--seconds", "3", "-o", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"followups", "calls", "visits"} <= set(payload)
    visits = [(r["customer_id"], r["date"]) for r in payload["followups"]
              if r["channel"] == "visit"]
    assert sorted(visits) == sorted((r["customer_id"], r["date"]) for r in payload["visits"])
    phone = {(r["customer_id"], r["date"]) for r in payload["followups"]
             if r["channel"] == "phone"}
    assert {(r["customer_id"], r["date"]) for r in payload["calls"]} <= phone
    # the 跟单记录表 written holds the same visits
    log = read_tracker(out, "followup").frame
    written = log[log["channel"] == "visit"]
    dates = written["date"].dt.strftime("%Y-%m-%d")
    assert sorted(zip(written["customer_id"], dates, strict=True)) == sorted(visits)


def test_four_weeks_together_are_the_month(customers):
    # February 2027 is four whole weeks, Monday 1 to Sunday 28
    with pytest.warns(CalendarWarning):
        month = follow_up_schedule(customers, start="2027-02-01", end="2027-02-28")
        weeks = [follow_up_schedule(customers, start=dt.date(2027, 2, 1) + dt.timedelta(7 * k),
                                    end=dt.date(2027, 2, 7) + dt.timedelta(7 * k))
                 for k in range(4)]
    for channel in ("visit", "letter", "card"):
        whole = month[month["channel"] == channel]
        parts = pd.concat([w[w["channel"] == channel] for w in weeks])
        assert Counter(zip(whole["customer_id"], whole["rule"], whole["date"], strict=True)) == \
            Counter(zip(parts["customer_id"], parts["rule"], parts["date"], strict=True)), channel
    visits = month[month["channel"] == "visit"]
    per = visits.groupby(["customer_id", "abc_class"]).size().reset_index(name="n")
    assert per.loc[per["abc_class"] == "A", "n"].eq(2).all()
    assert per.loc[per["abc_class"] != "A", "n"].eq(1).all()  # B once a year, seasonal once


def test_b_customers_are_not_visited_twice_in_consecutive_weeks(customers):
    plans = [follow_up_schedule(customers, start=f"2026-12-{d:02d}", end=f"2026-12-{d + 6:02d}")
             for d in (7, 14)]
    both = pd.concat(plans)
    b = both[(both["channel"] == "visit") & (both["abc_class"] == "B")]
    assert b["customer_id"].is_unique


def test_a_plan_started_mid_month_keeps_the_months_visits_after_its_start(customers):
    month = follow_up_schedule(customers, start="2026-12-01", end="2026-12-31")
    late = follow_up_schedule(customers, start="2026-12-16", end="2026-12-31")
    keep = month[(month["channel"] == "visit") & (month["date"] >= "2026-12-16")]
    got = late[late["channel"] == "visit"]
    assert Counter(zip(keep["customer_id"], keep["rule"], keep["date"], strict=True)) == \
        Counter(zip(got["customer_id"], got["rule"], got["date"], strict=True))


def test_contacts_already_done_are_not_planned_again(customers):
    plan = follow_up_schedule(customers, start="2026-12-01", end="2026-12-31")
    visit = plan[plan["channel"] == "visit"].iloc[0]
    done = pd.DataFrame({"customer_id": [visit["customer_id"]], "date": [visit["date"]],
                         "channel": ["visit"]})
    again = follow_up_schedule(customers, start="2026-12-01", end="2026-12-31", done=done)
    mine = again[(again["customer_id"] == visit["customer_id"])
                 & (again["channel"] == "visit")]
    before = plan[(plan["customer_id"] == visit["customer_id"]) & (plan["channel"] == "visit")]
    assert len(mine) == len(before) - 1


def test_call_plan_on_a_holiday_or_a_sunday_follows_the_weekly_plan(customers):
    for day in ("2026-10-01", "2026-11-29"):  # National Day; a Sunday
        plan = daily_call_plan(customers, day)
        assert plan.calls.empty and plan.shortfall == 0 and plan.suggestions.empty
        assert "不安排电话" in plan.summary()


def test_both_engines_keep_an_appointment_exactly(customers):
    """PyVRP keeps agreed times as its time windows (on the clock without the lunch); OR-Tools
    as dimension windows with a break: both give the visit at 14:00 sharp, lunch exact."""
    from tests.test_visits import check_plan

    cid = customers.data["customer_id"].iloc[1]
    appointment = pd.DataFrame({"customer_id": [cid], "date": ["2026-12-08"],
                                "start": ["14:00"]})
    for engine, status in (("pyvrp", "pyvrp"), ("ortools", "solved")):
        plan = plan_visits(customers, start_date="2026-12-07", days=5,
                           appointments=appointment, engine=engine, time_limit_seconds=3)
        kept = plan.itinerary[plan.itinerary["customer_id"] == cid]
        assert plan.status == status
        assert kept[["date", "start"]].astype(str).values.tolist() == [["2026-12-08", "14:00"]]
        assert check_plan(plan) == [], engine


def test_an_appointment_agreed_by_phone_comes_back_as_a_fixed_visit(tmp_path, capsys):
    """The call list goes out with two same-day times; the rep marks 已约见 and types the time
    the customer chose; next week's plan routes that visit at exactly that time."""
    import json

    from openpyxl import load_workbook

    from salesops import datasets
    from salesops.cli import main
    from salesops.workbooks import calls_workbook

    customers = datasets.path("customers")
    calls_workbook(customers, tmp_path / "calls.xlsx", date="2026-11-23")
    wb = load_workbook(tmp_path / "calls.xlsx")
    ws = wb["今日电话清单"]
    headers = [c.value for c in ws[4]]
    col = {h: headers.index(h) + 1 for h in ("客户编号", "约见时间二", "约定时间", "结果")}
    rows = [r for r in range(5, ws.max_row + 1)
            if str(ws.cell(r, col["约见时间二"]).value or "").startswith("2026-12-0")]
    first, second = rows[0], rows[1]
    chosen = ws.cell(first, col["约见时间二"]).value  # e.g. 2026-12-01 15:25
    customer = ws.cell(first, col["客户编号"]).value
    ws.cell(first, col["结果"], "已约见")
    ws.cell(first, col["约定时间"], chosen[5:])  # typed without the year: 12-01 15:25
    ws.cell(second, col["结果"], "已约见")  # agreed, but the time was not written down
    wb.save(tmp_path / "calls.xlsx")

    code = main(["week", str(customers), "--from", "2026-11-30", "--calls",
                 str(tmp_path / "calls.xlsx"), "--seconds", "3", "--json"])
    out, err = capsys.readouterr()
    assert code == 1  # one appointment could not be read: a data error, said with its row
    assert f"第 {second} 行" in err and "约定时间" in err
    plan = json.loads(out)
    fixed = [v for v in plan["visits"] if v["customer_id"] == customer]
    assert [(v["date"], v["start"]) for v in fixed] == [tuple(chosen.split())]
    followups = [f for f in plan["followups"]
                 if f["customer_id"] == customer and f["channel"] == "visit"]
    assert [f["date"] for f in followups] == [chosen.split()[0]]
