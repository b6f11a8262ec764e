"""Visit plans of the schedule's visits, checked by an independent schedule checker."""

import pandas as pd
import pytest

from salesops import SalesopsError, datasets
from salesops.abc import classify_abc
from salesops.visits import plan_visits


def _m(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def check_plan(plan, day_start="09:00", day_end="17:30", lunch=("11:30", "13:30", 60)):
    """Independent of the solver: hours, order and travel, lunch, no overlaps."""
    problems = []
    lo, hi, length = _m(lunch[0]), _m(lunch[1]), lunch[2]
    days = plan.days.set_index(["date", "rep"])
    for (date, rep), stops in plan.itinerary.groupby(["date", "rep"]):
        stops = stops.sort_values("order")
        day = days.loc[(date, rep)]
        previous_end = _m(day["start"])
        if previous_end < _m(day_start) or _m(day["end"]) > _m(day_end):
            problems.append((date, rep, "outside hours"))
        lunch_at = _m(day["lunch"]) if day["lunch"] else None
        if lunch_at is not None and not lo <= lunch_at <= hi - length:
            problems.append((date, rep, "lunch outside its window"))
        for s in stops.itertuples():
            start, end = _m(s.start), _m(s.end)
            gap = start - previous_end
            needed = s.travel_minutes
            if lunch_at is not None and previous_end <= lunch_at < start:
                needed += length
            if gap < needed:
                problems.append((date, rep, f"{s.customer_id} reached too early"))
            if lunch_at is not None and start < lunch_at + length and lunch_at < end:
                problems.append((date, rep, f"{s.customer_id} overlaps lunch"))
            previous_end = end
        if lunch_at is None and previous_end > hi:
            problems.append((date, rep, "no lunch on a day that runs past lunch"))
    return problems


@pytest.fixture(scope="module")
def customers():
    return classify_abc(datasets.load_customers())


@pytest.fixture(scope="module")
def month(customers):
    return plan_visits(customers, start_date="2026-12-01", days=31, time_limit_seconds=10)


def test_a_month_for_two_reps_respects_hours_lunch_and_order(month, customers):
    assert check_plan(month) == []
    a_ids = set(customers.loc[customers["abc_class"] == "A", "customer_id"])
    visits = month.itinerary[month.itinerary["customer_id"].isin(a_ids)].groupby(
        "customer_id").size()
    planned_or_listed = set(visits.index) | set(month.unplanned["customer_id"])
    assert planned_or_listed == a_ids  # every A customer planned or listed with a reason
    assert (visits >= 2).all()  # twice in December
    assert set(month.itinerary["rep"]) == {"陈晓敏", "李志强"}
    assert (month.unplanned["reason"].str.len() > 0).all()
    own = customers.set_index("customer_id")["owner"]
    assert (month.itinerary["rep"] == month.itinerary["customer_id"].map(own)).all()
    assert "次拜访" in month.summary()


def test_no_customer_twice_on_one_day(month):
    assert not month.itinerary.duplicated(["date", "customer_id"]).any()


def test_visits_of_one_customer_are_in_different_halves(month):
    a = month.itinerary[month.itinerary["abc_class"] == "A"]
    for _cid, group in a.groupby("customer_id"):
        dates = sorted(group["date"])
        assert (dates[-1] - dates[0]).days >= 4  # never on consecutive days


def test_appointment_is_kept_and_rest_planned_around_it(customers):
    one = customers[customers["customer_id"] == "C0002"]
    appointment = pd.DataFrame({"customer_id": ["C0002"], "date": ["2026-12-03"],
                                "start": ["14:00"]})
    plan = plan_visits(customers[customers["owner"] == one["owner"].iloc[0]],
                       start_date="2026-12-01", days=5, appointments=appointment,
                       time_limit_seconds=5)
    kept = plan.itinerary[(plan.itinerary["customer_id"] == "C0002")
                          & (plan.itinerary["date"] == pd.Timestamp("2026-12-03"))]
    assert kept["start"].tolist() == ["14:00"]
    assert check_plan(plan) == []


def test_locked_visits_stay_when_replanning(customers, month):
    first = month.itinerary.iloc[0]
    locked = pd.DataFrame({"customer_id": [first["customer_id"]], "date": [first["date"]],
                           "start": [first["start"]], "rep": [first["rep"]]})
    again = plan_visits(customers, start_date="2026-12-01", days=31, locked=locked,
                        time_limit_seconds=5)
    same = again.itinerary[(again.itinerary["customer_id"] == first["customer_id"])
                           & (again.itinerary["date"] == first["date"])]
    assert same["start"].tolist() == [first["start"]] and same["rep"].tolist() == [first["rep"]]


def test_travel_matrix_replaces_distances(customers):
    small = customers[customers["abc_class"] == "A"].head(3)
    keys = ["base", *small["customer_id"]]
    matrix = pd.DataFrame(20, index=keys, columns=keys)
    for k in keys:
        matrix.loc[k, k] = 0
    plan = plan_visits(small, start_date="2026-12-01", days=10, travel_matrix=matrix,
                       time_limit_seconds=3)
    assert set(plan.itinerary["travel_minutes"]) == {20}
    with pytest.raises(SalesopsError):
        plan_visits(small, start_date="2026-12-01", days=10, time_limit_seconds=3,
                    travel_matrix=matrix.drop(columns="base"))


def test_customers_without_coordinates_are_listed(customers):
    blank = customers.head(5).assign(latitude=None, longitude=None)
    blank["abc_class"] = "A"
    plan = plan_visits(blank, start_date="2026-12-01", days=10, time_limit_seconds=2)
    assert plan.itinerary.empty
    assert len(plan.unplanned) == 5 and plan.unplanned["reason"].str.contains("经纬度").all()


def test_both_engines_give_checked_plans(customers):
    owner = customers["owner"].iloc[0]
    mine = customers[customers["owner"] == owner]
    plans = {engine: plan_visits(mine, start_date="2026-12-01", days=14, engine=engine,
                                 time_limit_seconds=4) for engine in ("pyvrp", "ortools")}
    for engine, plan in plans.items():
        assert check_plan(plan) == [], engine
        assert len(plan.itinerary) + len(plan.unplanned) > 0
    assert plans["pyvrp"].status == "pyvrp" and plans["ortools"].status == "solved"
    # the same visits are planned by both (the horizon has room for all of them)
    assert set(plans["pyvrp"].itinerary["customer_id"]) == set(
        plans["ortools"].itinerary["customer_id"])
    with pytest.raises(SalesopsError):
        plan_visits(mine, start_date="2026-12-01", days=14, engine="magic")


def test_the_default_engine_keeps_the_better_of_pyvrp_and_ortools_from_its_plan(
        customers, monkeypatch):
    """engine="auto": PyVRP's plan, then OR-Tools' local search started from it on the real
    clock. Both plans pass the checker; with room for every visit in the fortnight both plan
    all of them, and OR-Tools, started from PyVRP's routes, drives no more minutes; the better
    of the two is returned."""
    from salesops import visits

    seen = {}
    for name in ("_solve_visits_pyvrp", "_solve_visits"):
        real = getattr(visits, name)
        monkeypatch.setattr(visits, name, lambda *a, _real=real, _name=name, **k: seen.setdefault(
            _name, _real(*a, **k)))
    mine = customers[customers["owner"] == customers["owner"].iloc[0]]
    plan = plan_visits(mine, start_date="2026-12-01", days=14, time_limit_seconds=4)
    first, _routes = seen["_solve_visits_pyvrp"]
    polished = seen["_solve_visits"]
    assert check_plan(first) == [] and check_plan(polished) == [] and check_plan(plan) == []
    assert first.unplanned.empty and polished.unplanned.empty
    assert polished.days["driving_minutes"].sum() <= first.days["driving_minutes"].sum()
    best = min((first, polished), key=visits._key)
    assert plan.status == ("pyvrp" if best is first else "pyvrp+ortools")
    assert visits._key(plan) == visits._key(best)


def test_morning_and_afternoon_appointments_on_pyvrp(customers):
    """A 10:00 and a 15:25 appointment on one rep's day: the 10:00 one before the lunch, the
    15:25 one after it, both at their times; the lunch inside its window."""
    from salesops.routing import haversine_km

    mine = customers[customers["owner"] == customers["owner"].iloc[0]]
    km = haversine_km(22.3790, 112.6980, mine["latitude"], mine["longitude"])
    ids = mine.assign(km=km).sort_values("km")["customer_id"].iloc[[0, 1]].tolist()
    appointments = pd.DataFrame({"customer_id": ids, "date": ["2026-12-03"] * 2,
                                 "start": ["10:00", "15:25"]})
    plan = plan_visits(mine, start_date="2026-12-01", days=5, appointments=appointments,
                       engine="pyvrp", time_limit_seconds=3)
    day = plan.itinerary[plan.itinerary["date"] == pd.Timestamp("2026-12-03")]
    kept = day.set_index("customer_id").loc[ids, "start"].tolist()
    assert kept == ["10:00", "15:25"] and plan.status == "pyvrp"
    lunch = plan.days.set_index("date").loc[pd.Timestamp("2026-12-03"), "lunch"]
    assert "11:30" <= lunch <= "12:30"
    assert check_plan(plan) == []


def test_visit_workbook_has_day_blocks_with_totals(month, tmp_path):
    from openpyxl import load_workbook

    from salesops import read_tracker
    from salesops.workbooks import visit_workbook

    path = visit_workbook(month, tmp_path / "visits.xlsx")
    assert load_workbook(path, read_only=True).sheetnames[:3] == ["拜访计划表", "每日路线汇总",
                                                                  "未安排客户"]
    frame = read_tracker(path, "visits").frame
    totals = frame[frame["time"] == "当日合计"]
    assert len(totals) == len(month.days)  # one closing line per rep and day
    assert totals["name"].str.contains("次拜访").all()
    visits = frame[frame["time"] != "当日合计"]
    assert len(visits) == len(month.itinerary)
    assert visits["result"].isna().all()  # 结果 is for the rep to fill in
