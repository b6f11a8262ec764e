"""Rosters: the course exercise, impossible input explained, the checker, the benchmark."""

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import SalesopsError, datasets
from salesops.curtois import read_curtois, solve_curtois
from salesops.erlang import interval_staffing
from salesops.roster import build_roster
from salesops.roster_check import check_roster
from salesops.shifts import RosterRules, Shift, demand_from_hours
from salesops.trackers import read_roster_grid
from salesops.workbooks import blank_roster_workbook, roster_workbook

START = dt.date(2026, 11, 23)  # a Monday
BENCH = Path(__file__).resolve().parent / "data" / "roster"


@pytest.fixture(scope="module")
def course():
    return build_roster(["甲", "乙", "丙"], "09:00-23:00", start=START, time_limit_seconds=10)


def _shift_of(roster, agent, day):
    rows = roster.assignments[(roster.assignments["agent"] == agent)
                              & (roster.assignments["day"] == day)]
    return None if rows.empty else next(s for s in roster.shifts
                                        if s.code == rows["shift"].iloc[0])


def test_course_exercise_covers_every_hour_within_the_rules(course):
    # every half hour 09:00–23:00 of all seven days has someone on duty
    assert course.uncovered.empty
    assert (course.coverage["scheduled"] >= 1).all() and len(course.coverage) == 7 * 28
    assert (course.hours["hours"] <= 40).all()
    assert (course.hours["rest_days"] >= 1).all()
    for agent in course.agents:  # no late shift followed by an early one (11 h rest)
        for d in range(6):
            a, b = _shift_of(course, agent, d), _shift_of(course, agent, d + 1)
            if a and b:
                assert b.start_minutes + 1440 - a.end_minutes >= 11 * 60
    # an independent check of the same roster finds nothing
    assert check_roster(course.grid(), shifts=course.shifts, start=START).empty
    assert course.status in ("optimal", "feasible")


def test_two_agents_explained_with_the_hour_arithmetic():
    r = build_roster(["甲", "乙"], "09:00-23:00", start=START, time_limit_seconds=3)
    assert "需求每周需要 98 小时；2 名座席 × 40 小时 = 80 小时" in r.explanation[0]
    assert len(r.uncovered) > 0
    short_hours = r.coverage["short"].sum() / 2
    assert short_hours == pytest.approx(98 - 80)  # every hour the agents have is used


def test_four_agents_share_hours_fairly():
    r = build_roster(["甲", "乙", "丙", "丁"], "09:00-23:00", start=START,
                     time_limit_seconds=8)
    assert r.uncovered.empty
    assert r.hours["hours"].max() - r.hours["hours"].min() <= 2


def test_no_shift_covers_late_evening_and_unavailable_agent():
    agents = [{"name": "甲"}, {"name": "乙"}, {"name": "丙", "unavailable": "0,1,2,3,4,5,6"}]
    r = build_roster(agents, "09:00-23:00", shifts=[Shift("早", "09:00", "17:00"),
                                            Shift("中", "14:00", "22:00")],
                     start=START, time_limit_seconds=3)
    text = " ".join(r.explanation)
    assert "没有任何班次覆盖 22:00–23:00" in text
    assert "座席 丙 每天都不能上班" in text
    assert set(r.uncovered["start"]) >= {"22:00"}


def test_requests_and_unavailable_hours():
    agents = [{"name": "甲", "days_off": "周六,周日"}, {"name": "乙", "unavailable": "18:00-23:00"},
              {"name": "丙"}, {"name": "丁"}]
    r = build_roster(agents, "09:00-23:00", start=START, time_limit_seconds=8)
    a = r.assignments
    assert a[(a["agent"] == "甲") & (a["weekday"] >= 5)].empty
    late = a[(a["agent"] == "乙")]
    assert all(Shift("x", s, e).end_minutes <= 18 * 60 for s, e in zip(late["start"],
                                                                       late["end"], strict=True))


def test_hotline_demand_covers_what_the_hours_allow():
    table = interval_staffing(datasets.load_hotline_forecast(), max_occupancy=0.85)
    need_hours = table["required_agents"].sum() / 2
    agents = [f"A{i:02d}" for i in range(1, 9)]
    # a deterministic work limit: the same search on a quiet or a loaded machine (a 15 s wall
    # clock limit on a machine running two other jobs stopped short of this roster)
    r = build_roster(agents, table, start=START, time_limit_seconds=300, work_limit=5)
    assert (r.hours["hours"] == 40).all()  # every agent's hours are used
    short = r.coverage["short"].sum() / 2
    assert short == pytest.approx(need_hours - 8 * 40)  # and only the rest is short
    assert not r.uncovered.empty and r.explanation


def test_checker_finds_each_violation_with_cells(tmp_path):
    path = blank_roster_workbook(["甲", "乙", "丙"], tmp_path / "blank.xlsx", start=START)
    wb = load_workbook(path)
    ws = wb["排班表"]
    grid = [["晚", "早", "早", "早", "早", "早", "早"],  # late→early; 7 days, no rest day
            ["早", "早", "中", "休", "晚", "晚", "夜班"],  # unknown code
            ["9-15", "休", "15:00-23:00", "休", "休", "休", "休"]]  # too few hours
    for i, row in enumerate(grid):
        for d, value in enumerate(row):
            ws.cell(row=5 + i, column=2 + d, value=value)
    wb.save(path)
    table, cells, start = read_roster_grid(path)
    rules = RosterRules(min_hours_per_week=20)
    problems = check_roster(table, "09:00-23:00", rules, start=start, cells=cells)
    found = {(p.cell, p.rule) for p in problems.itertuples()}
    assert ("C5", "rest_too_short") in found
    # a week's rules point at the agent's row of that week (the grid has no hours column)
    assert ("B5:H5", "no_rest_day") in found and ("B5:H5", "over_max_hours") in found
    assert ("H5", "too_many_consecutive_days") in found
    assert ("H6", "unknown_shift") in found
    assert ("B7:H7", "under_min_hours") in found
    assert any(rule == "uncovered" and cell.endswith("4") for cell, rule in found)
    assert problems["message"].str.contains("夜班").any()


def test_exported_grid_round_trips(tmp_path, course):
    path = roster_workbook(course, tmp_path / "roster.xlsx")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames[:4] == ["排班表", "覆盖情况", "覆盖热力图", "班次表"]
    table, cells, start = read_roster_grid(path)
    assert start == START
    assert table.values.tolist() == course.grid().values.tolist()
    assert check_roster(table, start=start, cells=cells, shifts=course.shifts).empty


def test_english_grid_says_off_for_a_day_off_and_reads_it_back(tmp_path, course):
    path = roster_workbook(course, tmp_path / "roster_en.xlsx", lang="en")
    values = [c.value for row in load_workbook(path)["Roster"].iter_rows() for c in row]
    assert "off" in values and "休" not in values
    grey = [r.formula[0] for cf in load_workbook(path)["Roster"].conditional_formatting
            for r in cf.rules if r.dxf and r.dxf.fill and "D9D9D9" in str(r.dxf.fill.fgColor.rgb)]
    assert grey and all(f'="{c}"' in grey[0] for c in ("休", "off", "rest", "休息"))
    table, cells, start = read_roster_grid(path)
    assert table.replace("off", "休").values.tolist() == course.grid().values.tolist()
    assert check_roster(table, start=start, cells=cells, shifts=course.shifts).empty


def test_bad_input():
    with pytest.raises(SalesopsError):
        Shift("x", "09:15", "17:00")
    with pytest.raises(SalesopsError):
        build_roster(["甲", "甲"], "09:00-23:00", start=START)
    with pytest.raises(SalesopsError):
        RosterRules(max_hours_per_week=0)
    assert len(demand_from_hours({0: "09:00-12:00"}, days=7, start=START)) == 6


def _curtois_penalty(inst, roster):
    """The benchmark's objective of a roster, recomputed from its text without the model;
    raises AssertionError on any broken hard rule (an independent checker)."""
    def runs(flags):  # (start, length, value) of every maximal run
        out, start = [], 0
        for k in range(1, len(flags) + 1):
            if k == len(flags) or flags[k] != flags[start]:
                out.append((start, k - start, flags[start]))
                start = k
        return out

    for e in inst.staff:
        days = roster[e.id]
        assert len(days) == inst.days and set(days) <= set(inst.shifts) | {""}
        assert not any(days[d] for d in inst.days_off.get(e.id, ()))
        assert all(days[d + 1] not in inst.cannot_follow[days[d]]
                   for d in range(inst.days - 1) if days[d])
        assert all(days.count(s) <= limit for s, limit in e.max_shifts.items())
        assert e.min_minutes <= sum(inst.shifts[s] for s in days if s) <= e.max_minutes
        for start, length, on in runs([bool(s) for s in days]):
            inner = start > 0 and start + length < inst.days
            assert not on or length <= e.max_consecutive
            assert not inner or length >= (e.min_consecutive if on else e.min_days_off)
        assert sum(any(days[d] for d in (sat, sat + 1) if d < inst.days)
                   for sat in range(5, inst.days, 7)) <= e.max_weekends
    penalty = sum(w for who, d, s, w in inst.on_requests if roster[who][d] != s)
    penalty += sum(w for who, d, s, w in inst.off_requests if roster[who][d] == s)
    for d, s, req, under_w, over_w in inst.cover:
        staffed = sum(days[d] == s for days in roster.values())
        penalty += under_w * max(req - staffed, 0) + over_w * max(staffed - req, 0)
    return penalty


@pytest.mark.parametrize("name, best", [("Instance1", 607), ("Instance2", 828)])
def test_curtois_reaches_best_known(name, best):
    inst = read_curtois(BENCH / f"{name}.txt")
    result = solve_curtois(inst, time_limit_seconds=60)
    assert result.objective == best
    assert _curtois_penalty(inst, result.roster) == best  # the roster is what it claims
    assert result.roster and len(next(iter(result.roster.values()))) == 14


def test_curtois_first_roster_from_the_columns_is_valid():
    # the column generation's bound, the RENS roster and the pool's choice alone (no time for
    # the full model): each roster keeps every rule and its objective is the one reported
    from salesops import curtois
    from salesops.curtois_columns import column_lp

    inst = read_curtois(BENCH / "Instance3.txt")
    lp = column_lp(inst, seconds=20)
    assert lp.converged and 990 < lp.bound <= 1001  # the optimum is 1001
    value, x = curtois._rens(inst, lp, 10, 2, 0, {}, None, 0.0)
    assert _curtois_penalty(inst, curtois._roster(inst, x)) == value >= lp.bound
    # one month of the pool for each person, started from each one's heaviest month of the
    # mix (a roster CP-SAT did not choose): better, still valid, not below the bound
    heaviest = {e.id: max(lp.mix[e.id], key=lambda item: item[1])[0] for e in inst.staff}
    start = {(e.id, d, s): int((d, s) in heaviest[e.id]) for e in inst.staff
             for d in range(inst.days) for s in inst.shifts}
    before = _curtois_penalty(inst, curtois._roster(inst, start))
    pooled, y = curtois._pooled(inst, lp, (before, start), 5, 2, 0, {}, None, 0.0)
    assert _curtois_penalty(inst, curtois._roster(inst, y)) == pooled
    assert lp.bound <= pooled < before, (pooled, before)


def test_curtois_reader_fields():
    inst = read_curtois(BENCH / "Instance2.txt")
    assert inst.days == 14 and len(inst.staff) == 14 and inst.shifts == {"E": 480, "L": 480}
    assert inst.cannot_follow["L"] == {"E"}  # no early shift the day after a late one
    assert pd.Series([c[3] for c in inst.cover]).eq(100).all()


def test_curtois_identical_staff_keep_the_optimum(monkeypatch):
    # Instance1 with a twin of A (same limits, days off and requests): the symmetry-breaking
    # order changes which twin works when, never the optimum
    import dataclasses

    from salesops import curtois

    inst = read_curtois(BENCH / "Instance1.txt")
    twin = dataclasses.replace(inst.staff[0], id="A2")
    a = inst.staff[0].id
    inst = dataclasses.replace(
        inst, staff=[*inst.staff, twin],
        days_off={**inst.days_off, "A2": set(inst.days_off.get(a, set()))},
        on_requests=inst.on_requests + [("A2", *r[1:]) for r in inst.on_requests if r[0] == a],
        off_requests=inst.off_requests + [("A2", *r[1:]) for r in inst.off_requests
                                          if r[0] == a])
    assert curtois._identical_staff(inst) == [[a, "A2"]]
    broken = solve_curtois(inst, time_limit_seconds=30, workers=2)
    monkeypatch.setattr(curtois, "_identical_staff", lambda _: [])
    free = solve_curtois(inst, time_limit_seconds=30, workers=2)
    assert broken.status == free.status == "optimal"
    assert broken.objective == free.objective

    def key(days):
        return sum(d + 1 for d, s in enumerate(days) if s)

    assert key(broken.roster[a]) >= key(broken.roster["A2"])


def test_weekly_hours_point_at_the_agents_hours_cell(tmp_path):
    r = build_roster(["甲", "乙", "丙"], "09:00-23:00", start=START, time_limit_seconds=5)
    path = roster_workbook(r, tmp_path / "roster.xlsx")
    wb = load_workbook(path)
    ws = wb["排班表"]
    assert ws["A4"].value == "姓名" and ws["I4"].value == "周工时"
    for col in "BCDEF":  # 甲 works Monday to Friday 09:00–17:00: 40 hours, within the limit
        ws[f"{col}5"] = "早"
    ws["G5"], ws["H5"] = "9-15", "休"  # Saturday makes 46 hours
    wb.save(path)
    table, cells, start = read_roster_grid(path)
    assert cells["hours", "甲"] == "I5"
    problems = check_roster(table, "09:00-23:00", RosterRules(max_hours_per_week=40),
                            start=start, cells=cells)
    over = problems[problems["rule"] == "over_max_hours"]
    assert over[["cell", "agent", "value"]].values.tolist() == [["I5", "甲", "46"]]
    assert "I5" in over["message"].item()


@pytest.mark.parametrize("max_on,min_on,min_off", [(3, 2, 2), (5, 2, 2), (2, 1, 3), (4, 3, 1)])
def test_the_work_pattern_automaton_allows_exactly_what_the_three_rules_allow(
        max_on, min_on, min_off):
    """Every one of the 2^8 day patterns: the automaton and the three separate rules agree."""
    import itertools

    from ortools.sat.python import cp_model

    from salesops.roster import add_max_consecutive, add_min_stretch, add_work_pattern

    def allowed(pattern, automaton: bool) -> bool:
        m = cp_model.CpModel()
        days = [m.new_bool_var(f"d{k}") for k in range(len(pattern))]
        if automaton:
            add_work_pattern(m, days, max_on, min_on, min_off)
        else:
            add_max_consecutive(m, days, max_on)
            add_min_stretch(m, days, min_on)
            add_min_stretch(m, [d.Not() for d in days], min_off)
        for day, value in zip(days, pattern, strict=True):
            m.add(day == value)
        return cp_model.CpSolver().solve(m) == cp_model.OPTIMAL

    for pattern in itertools.product((0, 1), repeat=8):
        assert allowed(pattern, True) == allowed(pattern, False), pattern


def test_roster_check_applies_the_courses_rules_by_default(tmp_path, capsys):
    """000 思考题: 09:00–23:00 every day, at most 40 hours each — no rest rule. A grid whose
    shifts are 10 hours apart (晚 15–23, then 早 09–17) and with no day off for 丙 is right."""
    from salesops.cli import main

    path = blank_roster_workbook(["甲", "乙", "丙"], tmp_path / "blank.xlsx", start=START)
    book = load_workbook(path)
    sheet = book["排班表"]
    grid = [["早", "早", "早", "早", "早", "休", "休"],   # 40 h
            ["晚", "早", "晚", "休", "休", "早", "早"],   # 40 h; 晚 then 早: 10 h apart
            ["休", "晚", "休", "晚", "晚", "晚", "晚"]]   # 40 h
    for i, row in enumerate(grid):
        for d, value in enumerate(row):
            sheet.cell(row=5 + i, column=2 + d, value=value)
    book.save(path)
    assert main(["roster", "check", str(path)]) == 0
    capsys.readouterr()
    assert main(["roster", "check", str(path), "--team-rules", "--json"]) == 1
    rules = {v["rule"] for v in json.loads(capsys.readouterr().out)["violations"]}
    assert "rest_too_short" in rules
