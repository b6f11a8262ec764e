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
