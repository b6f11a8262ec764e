import datetime as dt
import warnings

import pandas as pd
import pytest

from salesops import SalesopsError, WorkCalendar, datasets
from salesops.abc import classify_abc
from salesops.calendar import CalendarWarning
from salesops.followup import RULES, follow_up_schedule
from salesops.funnel import FUNNEL_STAGES, funnel, stage_code
from salesops.policy import AfterSaleRules, ClassPolicy, ServicePolicy

CAL = WorkCalendar()


@pytest.fixture(scope="module")
def customers():
    return classify_abc(datasets.load_customers())


@pytest.fixture(scope="module")
def year_plan(customers):
    # the sample's "today" is 2026-11-22: a year of plans starts after it (2027: no official
    # holidays yet, so the calendar warns and uses weekdays)
    with pytest.warns(CalendarWarning):
        return follow_up_schedule(customers, start="2027-01-01", end="2027-12-31")


def test_every_a_customer_visited_every_month(customers, year_plan):
    a_ids = set(customers.loc[customers["abc_class"] == "A", "customer_id"])
    visits = year_plan[(year_plan["channel"] == "visit") & (year_plan["abc_class"] == "A")]
    per_month = visits.groupby(["customer_id", visits["date"].dt.month]).size()
    for cid in a_ids:
        for month in range(1, 13):
            assert per_month.get((cid, month), 0) >= 1, (cid, month)
    regular = visits.groupby("customer_id").size()
    assert (regular >= 23).all()  # two a month, give or take the last-contact gap
    # the half-yearly management visit is one of the month's two visits, not a third
    management = visits[visits["rule"] == "management_visit"]
    assert (management.groupby("customer_id").size() == 2).all()
    assert per_month.max() == 2


def test_b_one_visit_a_year_and_a_survey_letter_every_half_year(customers, year_plan):
    b_ids = set(customers.loc[customers["abc_class"] == "B", "customer_id"])
    b_visits = year_plan[year_plan["rule"] == "b_visit"].groupby("customer_id").size()
    letters = year_plan[year_plan["rule"] == "survey_letter"]
    assert set(b_visits.index) == b_ids and (b_visits == 1).all()
    per = letters.groupby("customer_id")["date"].agg(["size", "min", "max"])
    assert set(per.index) == b_ids and (per["size"] == 2).all()
    assert ((per["max"] - per["min"]).dt.days >= 120).all()  # about half a year apart


def test_management_visits_twice_a_year_for_a(customers, year_plan):
    a_ids = set(customers.loc[customers["abc_class"] == "A", "customer_id"])
    mgmt = year_plan[year_plan["rule"] == "management_visit"].groupby("customer_id").size()
    assert set(mgmt.index) == a_ids and (mgmt == 2).all()


def test_only_working_days_holidays_and_make_up_days_2026(customers):
    earlier = customers.assign(last_contact_date=pd.Timestamp("2026-06-30"),
                               next_contact_date=pd.NaT, last_purchase_date=pd.NaT)
    plan = follow_up_schedule(earlier, start="2026-09-14", end="2026-10-16")
    days = set(plan["date"].dt.date)
    assert all(CAL.is_working_day(d) for d in days)
    assert not any(dt.date(2026, 10, d) in days for d in range(1, 8))  # National Day
    assert not any(dt.date(2026, 9, d) in days for d in (25, 26, 27))  # Mid-Autumn
    assert {dt.date(2026, 9, 20), dt.date(2026, 10, 10)} <= days  # make-up working weekends


def test_not_sooner_than_the_gap_after_last_contact(customers):
    plan = follow_up_schedule(customers, start="2026-11-23", end="2026-12-31")
    last = customers.set_index("customer_id")["last_contact_date"]
    periodic = plan[plan["rule"].isin(["a_visit", "a_call", "b_visit", "survey_letter",
                                       "management_visit", "seasonal_visit"])]
    gaps = (periodic["date"] - periodic["customer_id"].map(last)).dt.days
    assert (gaps >= 7).all()


def test_after_sale_sequence_and_birthday_card():
    df = pd.DataFrame({
        "customer_id": ["K1"], "name": ["开平甲公司"], "owner": ["陈"], "abc_class": ["C"],
        "last_purchase_date": [pd.Timestamp("2026-09-29")],  # deal the day before the holiday
        "birthday": [pd.Timestamp("1980-10-12")],
    })
    plan = follow_up_schedule(df, start="2026-09-01", end="2026-10-31")
    got = {r: d.date() for r, d in zip(plan["rule"], plan["date"], strict=True)}
    # thank-you the next working day; shipping 2 working days after the deal, skipping
    # 1–7 October; arrival 3 working days after shipping
    assert got["thank_you"] == dt.date(2026, 9, 30)
    assert got["shipping_day"] == dt.date(2026, 10, 8)
    # (Saturday 10 October is a make-up working day)
    assert got["arrival_check"] == dt.date(2026, 10, 12)
    assert dt.date(2026, 9, 28) <= got["birthday_card"] <= dt.date(2026, 10, 9)
    assert set(plan["channel"]) == {"letter", "phone", "card"}


def test_overdue_first_and_next_contact_on_its_day():
    df = pd.DataFrame({
        "customer_id": ["K1", "K2"], "name": ["甲", "乙"], "owner": ["陈", "陈"],
        "abc_class": ["C", "C"],
        "next_contact_date": [pd.Timestamp("2026-11-01"), pd.Timestamp("2026-12-05")],
    })
    plan = follow_up_schedule(df, start="2026-12-01", end="2026-12-11")
    rows = plan[plan["channel"] == "phone"].set_index("customer_id")
    assert rows.loc["K1", "rule"] == "overdue_follow_up"
    assert rows.loc["K1", "date"] <= pd.Timestamp("2026-12-03")
    assert rows.loc["K2", "rule"] == "next_contact"
    assert rows.loc["K2", "date"] == pd.Timestamp("2026-12-07")  # Saturday → Monday


def test_complaint_follow_up_call():
    df = pd.DataFrame({"customer_id": ["K1"], "name": ["甲"], "owner": ["陈"],
                       "abc_class": ["C"]})
    complaints = pd.DataFrame({"customer_id": ["K1"], "solved_date": ["2026-12-03"]})
    plan = follow_up_schedule(df, start="2026-12-01", end="2026-12-11", complaints=complaints)
    plan = plan[plan["channel"] == "phone"]
    assert plan[["rule", "date"]].values.tolist() == [["complaint_follow_up",
                                                       pd.Timestamp("2026-12-04")]]


def test_load_is_spread_per_owner_and_day(customers):
    plan = follow_up_schedule(customers, start="2027-03-01", end="2027-03-31")
    visits = plan[plan["channel"] == "visit"].groupby(["owner", "date"]).size()
    assert visits.max() - visits.min() <= 2


def test_2027_plan_works_with_a_warning(customers):
    with pytest.warns(CalendarWarning, match="2027"):
        plan = follow_up_schedule(customers, start="2027-01-01", end="2027-01-31")
    assert len(plan) > 0 and (plan["date"].dt.day_of_week < 5).all()
    a_visits = plan["rule"].isin(["a_visit", "management_visit"]) & (plan["abc_class"] == "A")
    assert a_visits.sum() == 2 * (customers["abc_class"] == "A").sum()


def test_classes_computed_when_absent_and_rules_known():
    plan = follow_up_schedule(datasets.load_customers(), start="2026-12-01",
                              end="2026-12-31")
    assert set(plan["rule"]) <= set(RULES)
    assert plan["purpose"].str.len().gt(0).all()


def test_bad_dates():
    with pytest.raises(SalesopsError):
        follow_up_schedule(datasets.load_customers(), start="2026-12-31", end="2026-12-01")


def test_policy_validation_and_editing():
    with pytest.raises(SalesopsError):
        ClassPolicy(visits_per_year=5)
    with pytest.raises(SalesopsError):
        ClassPolicy(visits_per_month=1.5)
    with pytest.raises(SalesopsError):
        AfterSaleRules(thank_you_after_days=-1)
    policy = ServicePolicy().with_class("A", visits_per_month=1)
    assert policy.A.visits_per_month == 1 and policy.B == ServicePolicy().B
    assert "每月拜访 1 次" in policy.describe("A")
    table = policy.table(lang="en")
    assert table["abc_class"].tolist() == ["A", "B", "C"]
    assert "visits a month: 1" in table["service"].iloc[0]


def test_funnel_counts_conversion_thin_and_stale():
    df = pd.DataFrame({
        "stage": ["发现问题"] * 10 + ["明确问题"] * 6 + ["Taking action"] * 2 + ["成交客户"]
        + ["奇怪阶段"],
        "last_contact_date": [pd.Timestamp("2026-11-20")] * 15 + [pd.NaT]
        + [pd.Timestamp("2026-09-01")] * 4,
        "annual_sales": [0] * 18 + [5000, 0],
        "deal_value": [1000] * 20,
    })
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = funnel(df, today=dt.date(2026, 11, 22), probabilities={"taking_action": 0.5})
    table = result.table.set_index("stage")
    assert list(table.index) == list(FUNNEL_STAGES[:-1])
    assert table.loc["problem_clarified", "ratio_to_previous"] == 0.6
    assert not table.loc["problem_clarified", "thin"]
    assert table.loc["taking_action", "thin"]  # 2 < 0.5 × 6
    assert table.loc["taking_action", "weighted_value"] == 1000.0
    assert table.loc["problem_clarified", "stale"] == 1  # the row with no contact date
    assert len(result.stale) == 3 and len(result.unknown) == 1
    assert any("采取行动" in w for w in result.warnings)
    assert stage_code("决定/实施") == "decided" and stage_code("") is None


def test_after_sale_calls_follow_the_files_shipping_and_arrival_dates():
    # issue 11: 发货日期 / 到货日期 were not mapped, so the after-sale calls landed on made-up days
    from salesops import read_customers

    df = read_customers(pd.DataFrame({
        "客户编号": ["K1"], "客户名称": ["开平甲公司"], "业务员": ["陈"], "年销售额": [1000],
        "最近购买日期": ["2026-11-02"], "发货日期": ["2026-11-12"],
        "到货日期": ["2026年11月18日"]}))
    plan = follow_up_schedule(df, start="2026-11-01", end="2026-11-30")
    got = {r: d.date() for r, d in zip(plan["rule"], plan["date"], strict=True)}
    assert got["shipping_day"] == dt.date(2026, 11, 12)
    assert got["arrival_check"] == dt.date(2026, 11, 18)


def test_funnel_count_ratio_is_not_movement_and_movement_comes_from_snapshots():
    from salesops.funnel import funnel_movement

    # a big layer below a small one: the count ratio is 180%, nobody has to have moved
    now = pd.DataFrame({"customer_id": [f"K{i}" for i in range(19)],
                        "stage": ["发现问题"] * 5 + ["明确问题"] * 9 + ["采取行动"] * 5})
    ratio = funnel(now, today=dt.date(2026, 11, 23)).table.set_index("stage")
    assert ratio.loc["problem_clarified", "ratio_to_previous"] == pytest.approx(9 / 5)
    # three weekly snapshots of the same customers
    w1 = pd.DataFrame({"customer_id": ["K1", "K2", "K3", "K4", "K5", "K6"],
                       "stage": ["发现问题", "发现问题", "发现问题", "明确问题", "明确问题",
                                 "谈判"]})
    w2 = pd.DataFrame({"customer_id": ["K1", "K2", "K3", "K4", "K6", "K7"],
                       "stage": ["明确问题", "发现问题", "评估供应商", "满意", "成交客户",
                                 "发现问题"]})  # K5 dropped out, K7 is new
    w3 = pd.DataFrame({"customer_id": ["K1", "K2", "K4", "K7"],
                       "stage": ["采取行动", "明确问题", "满意", "明确问题"]})
    m = funnel_movement([("2026-11-23", w2), ("2026-11-16", w1), ("2026-11-30", w3)])
    moves = {(str(r.period_start.date()), r.customer_id): r.move
             for r in m.transitions.itertuples()}
    assert moves[("2026-11-16", "K1")] == "to_next"  # 发现问题 → 明确问题
    assert moves[("2026-11-16", "K2")] == "stayed"
    assert moves[("2026-11-16", "K3")] == "further"  # skipped two stages
    assert moves[("2026-11-16", "K4")] == "back"
    assert moves[("2026-11-16", "K5")] == "gone"
    assert moves[("2026-11-16", "K6")] == "further"  # 谈判 → 成交客户, past 决定/实施
    assert ("2026-11-23", "K6") not in moves  # a customer (won) is out of the funnel
    table = m.table.set_index(["period_start", "stage"])
    first = table.loc[(pd.Timestamp("2026-11-16"), "problem_found")]
    assert (first["at_start"], first["to_next"], first["further"], first["stayed"]) == (3, 1, 1, 1)
    assert first["next_rate"] == pytest.approx(1 / 3)
    assert first["moved_on_rate"] == pytest.approx(2 / 3)
    total = m.table[m.table["period_start"].isna()].set_index("stage")
    # problem_found over both weeks: K1, K2, K3 in week 1; K2, K7 in week 2 — K1, K2, K7 moved
    assert total.loc["problem_found", ["at_start", "to_next"]].tolist() == [5, 3]
    assert "发现问题：期初 5 人，3 人进入下一阶段（60%）" in m.summary()
    with pytest.raises(SalesopsError, match="至少两份"):
        funnel_movement({"2026-11-16": w1})
    with pytest.raises(SalesopsError, match="K1"):
        funnel_movement({"2026-11-16": pd.concat([w1, w1.head(1)]), "2026-11-23": w2})
