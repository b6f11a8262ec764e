"""Erlang staffing pinned to the published cases in tests/data/erlang (copied in with source)."""

import csv
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesops import SalesopsError
from salesops.erlang import (
    erlang_a,
    erlang_b,
    erlang_c,
    erlang_evaluate,
    erlang_staffing,
    interval_staffing,
    traffic_erlangs,
)

CASES_FILE = Path(__file__).resolve().parent / "data" / "erlang" / "erlang_cases.csv"
CASES = {r["case_id"]: r for r in csv.DictReader(
    CASES_FILE.read_text(encoding="utf-8").splitlines())}


def num(row, key):
    return float(row[key]) if row[key] else None


def test_every_published_case_is_present():
    assert set(CASES) == {"EC01", "EC02", "EC03", "EC04", "EC05", "EA01", "EB01"}


@pytest.mark.parametrize("case_id", ["EC01", "EC02", "EC03"])
def test_erlang_c_sizing(case_id):
    r = CASES[case_id]
    got = erlang_staffing(num(r, "calls"), num(r, "interval_s") / 60, num(r, "aht_s"),
                          num(r, "target_sl"), num(r, "target_answer_s"),
                          max_occupancy=num(r, "max_occupancy"), shrinkage=num(r, "shrinkage"))
    assert got.agents == int(r["agents"]) == int(r["calc_required"])
    assert got.scheduled_agents == int(r["pub_agents_with_shrinkage"])
    assert got.p_wait == pytest.approx(num(r, "calc_p_wait"), abs=1e-4)
    assert got.service_level == pytest.approx(num(r, "calc_sl"), abs=1e-4)
    assert got.asa_seconds == pytest.approx(num(r, "calc_asa_s"), abs=5e-3)
    assert got.occupancy == pytest.approx(num(r, "calc_occupancy"), abs=1e-4)
    expected_binding = {"EC01": "service_level", "EC02": "occupancy", "EC03": "occupancy"}
    assert got.binding == expected_binding[case_id]


def test_erlang_c_evaluation_ec04():
    r = CASES["EC04"]
    got = erlang_evaluate(num(r, "calls"), num(r, "interval_s") / 60, num(r, "aht_s"),
                          int(r["agents"]), num(r, "target_answer_s"),
                          shrinkage=num(r, "shrinkage"))
    assert got.service_level == pytest.approx(num(r, "pub_sl"), abs=1e-4)
    assert got.p_wait == pytest.approx(num(r, "pub_p_wait"), abs=1e-4)
    assert got.asa_seconds == pytest.approx(num(r, "pub_asa_s"), abs=5e-3)
    assert got.occupancy == pytest.approx(num(r, "pub_occupancy"), abs=1e-4)
    assert got.scheduled_agents == int(r["pub_agents_with_shrinkage"])


def test_raw_erlang_c_large_loads_ec05():
    assert erlang_c(132, 123.0) == pytest.approx(0.3211, abs=1e-4)
    assert erlang_b(132, 123.0) == pytest.approx(0.0312, abs=1e-4)
    assert erlang_c(12421, 12345.0) == pytest.approx(0.3812, abs=1e-4)


def test_erlang_b_eb01():
    r = CASES["EB01"]
    assert erlang_b(17, 10.0) == pytest.approx(num(r, "calc_p_wait"), abs=1e-4)
    assert erlang_b(16, 10.0) == pytest.approx(0.0223, abs=1e-4)
    assert erlang_b(1, 1.0) == 0.5 and erlang_b(2, 1.0) == pytest.approx(0.2)


def test_erlang_a_ea01():
    r = CASES["EA01"]
    a = traffic_erlangs(num(r, "calls"), num(r, "interval_s") / 60, num(r, "aht_s"))
    m = erlang_a(int(r["agents"]), a, num(r, "aht_s"), num(r, "patience_s"),
                 num(r, "target_answer_s"))
    assert m["p_wait"] == pytest.approx(num(r, "pub_p_wait"), abs=1e-5)
    assert m["service_level"] == pytest.approx(num(r, "pub_sl"), abs=1e-6)
    assert m["asa_seconds"] == pytest.approx(num(r, "pub_asa_s"), abs=1e-4)
    assert m["occupancy"] == pytest.approx(num(r, "pub_occupancy"), abs=1e-6)
    assert m["abandon_rate"] == pytest.approx(0.013984, abs=1e-6)


def test_erlang_a_tends_to_erlang_c_as_patience_grows():
    c = erlang_evaluate(100, 30, 180, 14, 20)
    previous = None
    for patience in (60, 300, 3600, 1e5, 1e7):
        a = erlang_evaluate(100, 30, 180, 14, 20, patience_seconds=patience)
        if previous is not None:  # more patience: more waiting, lower service level
            assert a.service_level <= previous.service_level + 1e-12
            assert a.p_wait >= previous.p_wait - 1e-12
        previous = a
    assert previous.service_level == pytest.approx(c.service_level, abs=1e-5)
    assert previous.p_wait == pytest.approx(c.p_wait, abs=1e-5)


def test_erlang_a_can_staff_below_the_traffic():
    # with impatient callers a queue with N ≤ A is stable; Erlang C could not say this
    m = erlang_a(9, 10.0, 180, 60, 20)
    assert 0 < m["abandon_rate"] < 1 and m["occupancy"] <= 1


@settings(max_examples=60, deadline=None)
@given(st.floats(1, 2000), st.floats(60, 900), st.sampled_from([0.7, 0.8, 0.9]))
def test_staffing_is_minimal_and_monotone(calls, aht, sl):
    r = erlang_staffing(calls, 30, aht, sl, 20)
    assert r.service_level >= sl - 1e-9 and r.agents > r.traffic
    below = erlang_evaluate(calls, 30, aht, r.agents - 1, 20)
    assert r.agents - 1 <= r.traffic or below.service_level < sl
    more = erlang_staffing(calls * 1.2, 30, aht, sl, 20)
    assert more.agents >= r.agents


def test_zero_calls_and_bad_input():
    r = erlang_staffing(0, 30, 180)
    assert (r.agents, r.scheduled_agents, r.binding) == (0, 0, "no_calls")
    for kwargs in ({"calls": -1}, {"aht_seconds": 0}, {"calls": math.nan},
                   {"target_sl": 1.5}, {"shrinkage": 1.0}, {"max_occupancy": 0}):
        args = {"calls": 100, "interval_minutes": 30, "aht_seconds": 180, **kwargs}
        with pytest.raises(SalesopsError):
            erlang_staffing(**args)


def test_asa_cap_binds():
    r = erlang_staffing(100, 30, 180, 0.8, 20, max_asa_seconds=3)
    assert r.binding == "asa" and r.asa_seconds <= 3
    assert erlang_evaluate(100, 30, 180, r.agents - 1, 20).asa_seconds > 3


def test_interval_table():
    f = pd.DataFrame({"interval_start": pd.date_range("2026-11-23 09:00", periods=4,
                                                        freq="30min"),
                      "calls": [0, 100, 100, 40], "aht_seconds": [180, 180, 240, 180]})
    out = interval_staffing(f, shrinkage=0.3)
    assert out["required_agents"].tolist() == [0, 14, erlang_staffing(100, 30, 240).agents, 7]
    assert out["scheduled_agents"].iloc[1] == 20
    assert list(f.columns) == ["interval_start", "calls", "aht_seconds"]  # input untouched


def test_interval_table_is_the_scalar_answer_bit_for_bit():
    # the vectorised table path against one erlang_staffing call per row: every figure and
    # every binding (no_calls, stability, service_level, occupancy, asa) identical
    calls = [0, 0.5, 1, 3, 17, 40, 100, 100, 250, 399.5, 1000, 12345 / 3.6]
    ahts = [180, 60, 600, 240, 180, 95.5, 180, 240, 330, 600, 120, 3.6]
    f = pd.DataFrame({"calls": calls * 2, "aht_seconds": ahts + ahts[::-1]})
    for options in ({}, {"max_occupancy": 0.85, "shrinkage": 0.3},
                    {"max_asa_seconds": 3.0, "target_sl": 0.9, "target_seconds": 15},
                    {"max_occupancy": 0.6, "max_asa_seconds": 10.0, "shrinkage": 0.25}):
        out = interval_staffing(f, interval_minutes=30, **options)
        bindings = set()
        for row, (c, h) in enumerate(zip(f["calls"], f["aht_seconds"], strict=True)):
            r = erlang_staffing(c, 30, h, **options)
            got = out.iloc[row]
            assert (got["traffic"], got["required_agents"], got["scheduled_agents"],
                    got["service_level"], got["p_wait"], got["asa_seconds"],
                    got["occupancy"], got["abandon_rate"], got["binding"]) == (
                r.traffic, r.agents, r.scheduled_agents, r.service_level, r.p_wait,
                r.asa_seconds, r.occupancy, r.abandon_rate, r.binding)
            bindings.add(r.binding)
        assert "no_calls" in bindings and len(bindings) >= 3
    assert out["required_agents"].dtype == "int64"


def test_interval_table_checks_its_input_once():
    f = pd.DataFrame({"calls": [100, 40, math.nan, -1], "aht_seconds": 180})
    with pytest.raises(SalesopsError, match=r"calls.*nan"):
        interval_staffing(f)  # the first bad row is named, with the scalar's message
    with pytest.raises(SalesopsError, match="aht_seconds"):
        interval_staffing(pd.DataFrame({"calls": [100, 40], "aht_seconds": [180, 0]}))
    with pytest.raises(SalesopsError, match="shrinkage"):
        interval_staffing(pd.DataFrame({"calls": [100]}), aht_seconds=180, shrinkage=1.0)
    empty = interval_staffing(pd.DataFrame({"calls": []}), aht_seconds=180)
    assert empty.empty and "required_agents" in empty.columns
    patient = interval_staffing(pd.DataFrame({"calls": [0, 100, 100]}), aht_seconds=180,
                                patience_seconds=300)
    assert patient["required_agents"].tolist()[0] == 0
    assert patient["required_agents"].iloc[1] == patient["required_agents"].iloc[2] \
        == erlang_staffing(100, 30, 180, patience_seconds=300).agents
