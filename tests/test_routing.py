"""VRPTW engines checked by an independent checker; Solomon instances against the best known."""

import csv
from pathlib import Path

import pytest

from salesops.routing import check_vrptw, haversine_km, read_solomon, solve_vrptw

SOLOMON = Path(__file__).resolve().parent / "data" / "solomon"


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, rel=1e-3)


def test_solomon_reader_and_c101_at_the_best_known():
    inst = read_solomon(SOLOMON / "C101.txt")
    assert (inst.vehicles, inst.capacity, len(inst.demand)) == (25, 200, 101)
    result = solve_vrptw(inst, time_limit_seconds=5)
    assert check_vrptw(inst, result.routes) == []
    bks = {r["instance"]: float(r["distance_only_km"]) for r in
           csv.DictReader((SOLOMON / "bks.csv").read_text().splitlines())}
    assert result.distance == pytest.approx(bks["C101"], abs=0.01)
    assert result.vehicles == 10


def test_checker_catches_a_late_route():
    inst = read_solomon(SOLOMON / "C101.txt")
    assert check_vrptw(inst, [list(range(1, 101))])  # one truck, everyone: late and full


def _line():
    """Two customers on a line: 10 and 20 from the depot, windows from a test's choice."""
    import numpy as np

    from salesops.routing import VRPTWInstance

    return VRPTWInstance("line", 2, 10, np.array([[0, 0], [10, 0], [20, 0]], float),
                         np.array([0, 1, 1]), np.array([0.0, 0, 0]),
                         np.array([300.0, 300, 300]), np.array([0.0, 30, 30]))


def test_checker_follows_the_break_on_the_road_waiting_and_never_in_a_visit():
    from salesops.routing import Break

    inst, lunch = _line(), Break(40, 120, 60)
    # customer 1 from 10 to 40, break 40-100 on the way to customer 2 (there at 110)
    assert check_vrptw(inst, [[1, 2]], lunch, [40.0]) == []
    # a break that would overlap a visit is taken before it: the visit waits for its end
    assert check_vrptw(inst, [[1, 2]], lunch, [20.0]) == ["route 0: break outside its window"]
    inst.due[1] = 60.0
    assert check_vrptw(inst, [[1, 2]], Break(0, 120, 60), [20.0]) == [
        "route 0: customer 1 late"]
    inst.due[1] = 300.0
    assert check_vrptw(inst, [[1, 2]], Break(-20, 120, 60), [-10.0]) == [
        "route 0: break before the route starts"]
    assert check_vrptw(inst, [[1, 2]], lunch, [None]) == ["route 0: no break"]
    inst.due[2] = 100.0  # the break on the way makes customer 2 late
    assert check_vrptw(inst, [[1, 2]], lunch, [40.0]) == ["route 0: customer 2 late"]
    # back at the depot before the break may start: no break needed
    inst.due[2] = 300.0
    early = Break(200, 280, 60)
    assert check_vrptw(inst, [[1, 2]], early, [None]) == []


def test_place_break_tries_every_gap_and_keeps_the_windows():
    from salesops.routing import Break, place_break

    travel = [[0, 10, 20], [10, 0, 10], [20, 10, 0]]
    service = [0, 30, 30]
    lunch = Break(40, 150, 60)
    # customer 2 must start by 60: the break cannot come before it, so after it
    starts, at, back = place_break([1, 2], travel, service, [None, None, (0, 60)], 0, lunch)
    assert (starts, at, back) == ([10, 50], 80, 160)
    # nowhere to put it: customer 2 at 100 sharp and the break over by 110
    assert place_break([1, 2], travel, service, [None, None, (100, 100)], 0,
                       Break(40, 110, 60)) is None


@pytest.mark.parametrize("engine", ["pyvrp", "ortools"])
def test_both_engines_give_every_route_its_break_and_the_checker_agrees(engine):
    """C101's first 30 customers, a 60-minute lunch starting between 40% and 60% of the day:
    every solution passes the independent checker, every break inside its window."""

    from salesops.routing import Break

    inst = read_solomon(SOLOMON / "C101.txt")
    inst = inst.subset(list(range(31)))
    lunch = Break(494, 802, 60)
    result = solve_vrptw(inst, time_limit_seconds=1, engine=engine, lunch=lunch)
    assert result.feasible and len(result.lunch_starts) == len(result.routes)
    assert check_vrptw(inst, result.routes, lunch, result.lunch_starts) == []
    assert all(at is None or 494 <= at <= 742 for at in result.lunch_starts)
    assert result.distance > solve_vrptw(inst, time_limit_seconds=1, engine=engine).distance


def test_ortools_local_search_from_given_routes_keeps_every_customer_and_never_gets_longer():
    """The last stage of a day with a break: OR-Tools starts from routes it is given (PyVRP's)
    on the real clock; what it returns serves the same customers, passes the independent
    checker and is no longer than where it started."""
    from salesops.routing import Break, _solve_ortools, route_distance

    inst = read_solomon(SOLOMON / "C101.txt").subset(list(range(31)))
    lunch = Break(494, 802, 60)
    start = solve_vrptw(inst, time_limit_seconds=0.5, engine="pyvrp", lunch=lunch).routes
    routes, starts = _solve_ortools(inst, 0.5, lunch, start=start)
    kept = [k for k, r in enumerate(routes) if r]
    routes, starts = [routes[k] for k in kept], [starts[k] for k in kept]
    assert sorted(c for r in routes for c in r) == list(range(1, 31))
    assert check_vrptw(inst, routes, lunch, starts) == []
    assert route_distance(inst, routes) <= route_distance(inst, start) + 1e-6
