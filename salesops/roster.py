"""Building shift rosters (COURSE.md §6): one that covers demand under labour rules.

The course exercise: **three agents must cover 09:00–23:00 seven days a week, each working at
most 40 hours a week** (98 h of coverage against 120 h of capacity). Real teams cover the
per-interval ``required_agents`` of :func:`salesops.erlang.interval_staffing`.

:func:`build_roster` is a CP-SAT model (OR-Tools) over agents × days × shift types:

* **hard**: one shift a day; at most ``max_hours_per_week`` paid hours a week (China: 8 a day,
  40 a week); at least ``min_rest_days_per_week`` rest days a week (Labour Law art. 38); at least
  ``min_rest_hours`` between shifts (no late shift followed by an early one); at most
  ``max_consecutive_days``; at most ``max_working_weekends``; unavailable days and hours;
* **objective, in this order**: cover demand (each missing half hour of an agent weighs
  1,000; each extra one 1), then requests (days off 50, shift preferences 5, minimum hours
  20 an hour short), then fairness (spread of hours, weekend shifts and late shifts between
  agents).

Shift types, rules and demand live in :mod:`salesops.shifts`; checking a roster a person made
in :mod:`salesops.roster_check`.

Impossible input gets an explanation ("coverage needs 98 h a week; 2 agents × 40 h = 80 h",
"no shift type covers 22:00–23:00"), and the best roster with the uncovered intervals listed.

Examples
--------
>>> r = build_roster(["甲", "乙", "丙"], "09:00-23:00", start="2026-11-23",
...                  time_limit_seconds=10)
>>> r.uncovered.empty, int(r.hours["hours"].max()) <= 40
(True, True)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from .calendar import as_date
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, is_blank, to_halfwidth
from .progress import solution_callback
from .shifts import (
    DAY_SLOTS,
    SLOT,
    WEEKDAY_KEYS,
    RosterRules,
    Shift,
    day_name,
    demand_from_hours,
    demand_from_intervals,
    generate_shifts,
    merge_runs,
    time_span,
)
from .validation import number

__all__ = ["Roster", "add_max_consecutive", "add_min_stretch", "build_roster"]

def add_max_consecutive(model, seq: list, limit: int) -> None:
    """At most ``limit`` true in any run of consecutive literals (outside the list: false)."""
    n = len(seq)
    if limit >= n:
        return
    for start in range(n - limit):
        model.add(sum(seq[start:start + limit + 1]) <= limit)



def add_min_stretch(model, seq: list, length: int) -> None:
    """Every run of true literals lasts at least ``length``, unless it touches either end.

    For each shorter run strictly inside the horizon the pattern "off before, on … on, off
    after" is forbidden.
    """
    n = len(seq)
    for run in range(1, length):
        for start in range(1, n - run):
            end = start + run  # first position after the run
            model.add_bool_or([seq[start - 1]] + [v.Not() for v in seq[start:end]]
                              + [seq[end]])



def add_work_pattern(model, seq: list, max_on: int, min_on: int, min_off: int) -> None:
    """The three stretch rules of one person's days as one automaton: at most ``max_on``
    working days in a row (days outside the horizon are off), and every run of work of at
    least ``min_on`` days and of days off of at least ``min_off`` — unless the run touches
    the first or the last day. The same rules as :func:`add_max_consecutive` and
    :func:`add_min_stretch` together, but CP-SAT sees them as one constraint and propagates
    them completely.

    >>> from ortools.sat.python import cp_model
    >>> m = cp_model.CpModel()
    >>> days = [m.new_bool_var(f"d{k}") for k in range(5)]
    >>> add_work_pattern(m, days, 3, 2, 2)
    >>> _ = m.add(days[1] == 1), m.add(days[2] == 0)  # one day's work alone is too short
    >>> s = cp_model.CpSolver(); _ = s.solve(m); [s.value(d) for d in days[:3]]
    [1, 1, 0]
    """
    n = len(seq)
    if n == 0:
        return
    # states: 0 start; "first run" of work 1..max_on (exempt from min_on); "first off";
    # then work runs 1..max_on and off runs 1..min_off (saturating)
    first_on = {k: k for k in range(1, max_on + 1)}
    first_off = max_on + 1
    on = {k: first_off + k for k in range(1, max_on + 1)}
    off = {k: first_off + max_on + k for k in range(1, max(min_off, 1) + 1)}
    top_off = max(min_off, 1)
    moves = [(0, 1, first_on[1]), (0, 0, first_off), (first_off, 0, first_off),
             (first_off, 1, on[1])]
    for k in range(1, max_on + 1):
        for state, ok_to_stop in ((first_on[k], True), (on[k], k >= min_on)):
            if k < max_on:
                moves.append((state, 1, (first_on if state == first_on[k] else on)[k + 1]))
            if ok_to_stop:
                moves.append((state, 0, off[1]))
    for k in range(1, top_off + 1):
        moves.append((off[k], 0, off[min(k + 1, top_off)]))
        if k >= min_off:
            moves.append((off[k], 1, on[1]))
    states = [0, first_off, *first_on.values(), *on.values(), *off.values()]
    model.add_automaton(seq, 0, states, moves)


@dataclass
class Agent:
    name: str
    max_hours: float
    min_hours: float
    unavailable_days: set[int] = field(default_factory=set)  # day indexes of the horizon
    unavailable_hours: list[tuple[int, int]] = field(default_factory=list)
    days_off: set[int] = field(default_factory=set)
    preferred: set[str] = field(default_factory=set)



def _day_index(value: object, start: dt.date, days: int) -> list[int]:
    """Day indexes meant by a weekday (0–6, 周三, wed) or a date."""
    if isinstance(value, int):
        return [d for d in range(days) if (start + dt.timedelta(days=d)).weekday() == value]
    text = to_halfwidth(str(value)).strip().lower()
    names = {**{k: i for i, k in enumerate(WEEKDAY_KEYS)},
             **{c: i for i, c in enumerate("一二三四五六日")}, "天": 6}
    key = text.removeprefix("周").removeprefix("星期")
    if key in names:
        return _day_index(names[key], start, days)
    if text.isdigit() and int(text) < 7:
        return _day_index(int(text), start, days)
    day = as_date(value)
    return [(day - start).days] if 0 <= (day - start).days < days else []



def _agents(agents, rules: RosterRules, start: dt.date, days: int) -> list[Agent]:
    if isinstance(agents, str):
        agents = [a for a in re.split(r"[,，、\s]+", agents) if a]
    if isinstance(agents, pd.DataFrame):
        records = agents.to_dict("records")
    else:
        records = [{"name": a} if isinstance(a, str) else dict(a) for a in agents]
    out = []
    for rec in records:
        name = str(rec.get("name", "")).strip()
        if not name:
            raise SalesopsError(t("error.roster_agent_name"))
        agent = Agent(name, float(rec.get("max_hours") or rules.max_hours_per_week),
                      float(rec.get("min_hours") or rules.min_hours_per_week))
        for item in _listify(rec.get("unavailable")):
            if re.search(r"\d:\d\d\s*[-–~至到]", to_halfwidth(str(item))):
                agent.unavailable_hours.append(time_span(item))
            else:
                agent.unavailable_days.update(_day_index(item, start, days))
        for item in _listify(rec.get("days_off")):
            agent.days_off.update(_day_index(item, start, days))
        agent.preferred = set(_listify(rec.get("preferred_shifts")))
        out.append(agent)
    names = [a.name for a in out]
    if len(set(names)) != len(names):
        raise SalesopsError(t("error.roster_duplicate_agent", names=t("sep.list").join(names)))
    return out



def _listify(value) -> list:
    if value is None or (not isinstance(value, list | tuple | set) and is_blank(value)):
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[,，、;；]+", value) if v.strip()]
    if isinstance(value, list | tuple | set):
        return list(value)
    return [value]



@dataclass
class Roster:
    """A roster and how well it covers demand.

    ``assignments``: agent, date, day (0 = first day), weekday, shift, start, end, hours.
    ``hours``: per agent — hours, days worked, rest days, weekend shifts, late shifts, limit.
    ``coverage``: per demanded half hour — required, scheduled, short.
    ``uncovered``: merged intervals still short, with how many agents are missing.
    ``explanation``: sentences saying why demand cannot be met (empty when it can).
    """

    assignments: pd.DataFrame
    hours: pd.DataFrame
    coverage: pd.DataFrame
    uncovered: pd.DataFrame
    status: str
    objective: float | None
    bound: float
    seconds: float
    explanation: list[str]
    shifts: list[Shift]
    agents: list[str]
    start: dt.date
    days: int
    work: float = 0.0

    def grid(self) -> pd.DataFrame:
        """Agents × days with shift codes and 休 for a day off (what the Excel grid shows)."""
        grid = pd.DataFrame("休", index=self.agents, columns=range(self.days))
        for rec in self.assignments.itertuples():
            grid.loc[rec.agent, rec.day] = rec.shift
        return grid

    def summary(self, lang: str | None = None) -> str:
        status = t(f"roster.status.{self.status}", lang)
        lines = [t("roster.summary", lang, status=status, agents=len(self.agents),
                   shifts=len(self.assignments), uncovered=len(self.uncovered))]
        lines += [t("roster.summary_agent", lang, agent=r.agent, hours=f"{r.hours:g}",
                    rest_days=r.rest_days) for r in self.hours.itertuples()]
        return "\n".join(lines + self.explanation)

    def __repr__(self) -> str:
        return f"Roster({self.summary()})"



def _explain(agents: list[Agent], demand: pd.DataFrame, shifts: list[Shift],
             rules: RosterRules, days: int, first: dt.date, lang: str | None) -> list[str]:
    reasons = []
    need = demand["required"].sum() * SLOT / 60
    weeks = max(days / 7, 1e-9)
    capacity = sum(min(a.max_hours, rules.max_hours_per_week) for a in agents) * weeks
    if need > capacity + 1e-9:
        reasons.append(t("roster.explain_hours", lang, need=f"{need:g}",
                         agents=len(agents), max=f"{rules.max_hours_per_week:g}",
                         capacity=f"{capacity:g}"))
    for a in agents:
        if len(a.unavailable_days) >= days:
            reasons.append(t("roster.explain_unavailable", lang, agent=a.name))
    covered = set()
    for s in shifts:
        for m in range(s.start_minutes, s.end_minutes, SLOT):
            covered.add((m // SLOT) % DAY_SLOTS)
    missing = sorted(set(demand.loc[demand["required"] > 0, "slot"]) - covered)
    for a, b in merge_runs(missing):
        reasons.append(t("roster.explain_no_shift", lang, start=format_hhmm(a * SLOT),
                         end=format_hhmm((b + 1) * SLOT)))
    peak = demand.groupby("day")["required"].max()
    for day, need_agents in peak.items():
        available = sum(1 for a in agents if day not in a.unavailable_days)
        if need_agents > available:
            reasons.append(t("roster.explain_peak", lang, day=day_name(first, int(day), lang),
                             need=need_agents, available=available))
    return reasons



def build_roster(agents, demand="09:00-23:00", shifts: list[Shift] | None = None,
                 rules: RosterRules | None = None, *, start: object = None, days: int = 7,
                 time_limit_seconds: float = 20, seed: int = 0, workers: int = 8,
                 work_limit: float | None = None, progress=None,
                 lang: str | None = None) -> Roster:
    """Build a roster that covers demand under the rules (OR-Tools CP-SAT).

    Parameters
    ----------
    agents
        Names (``["甲", "乙", "丙"]`` or ``"甲,乙,丙"``) or a table with ``name`` and optional
        ``max_hours``, ``min_hours``, ``unavailable`` (weekdays such as ``周三``/``2``, dates,
        or daily hours ``18:00-23:00``), ``days_off`` (requested, soft) and
        ``preferred_shifts`` (shift codes, soft).
    demand
        Opening hours (``"09:00-23:00"``, or ``{weekday: "HH:MM-HH:MM"}``) with one agent on
        duty; a :func:`demand_from_hours` / :func:`demand_from_intervals` table; or the
        ``interval_staffing`` table itself (``interval_start``, ``required_agents``).
    shifts
        Shift types; by default generated inside the demanded hours (6–8 h from each whole
        hour: China's standard working day is 8 hours).
    rules
        :class:`RosterRules` (default: 40 h, one rest day a week, 11 h between shifts).
    start, days
        First day (default: next Monday) and horizon length.
    time_limit_seconds, seed, workers
        CP-SAT limits; a fixed seed gives repeatable results for the same input.
    work_limit
        A limit in CP-SAT's deterministic time (work units; about a second each on a
        quiet 2-core machine): the search stops at the same point on any machine and under
        any load, so the same input and seed give the same roster. ``time_limit_seconds``
        still applies as a wall-clock cap.
    progress
        Called with ``(seconds, objective)`` at each better roster found.
    """
    from ortools.sat.python import cp_model

    rules = rules or RosterRules()
    if start is None:
        today = dt.date.today()
        start = today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)
    first = as_date(start)
    if days < 1:
        raise SalesopsError(t("error.roster_rule", name="days", value=days))
    people = _agents(agents, rules, first, days)
    if not people:
        raise SalesopsError(t("error.roster_agent_name"))
    need = _demand(demand, first, days)
    shifts = list(shifts) if shifts is not None else generate_shifts(need)
    codes = [s.code for s in shifts]
    if len(set(codes)) != len(codes):
        raise SalesopsError(t("error.roster_duplicate_shift", codes=t("sep.list").join(codes)))
    explanation = _explain(people, need, shifts, rules, days, first, lang)

    model = _Model(cp_model.CpModel(), people, shifts, days)
    model.add_availability()
    minutes = model.add_labour_rules(rules)
    weekend_days = [d for d in range(days) if (first + dt.timedelta(days=d)).weekday() >= 5]
    weekend_work = model.add_weekends(first, weekend_days, rules.max_working_weekends)
    penalties, under_vars, over_vars = model.coverage_penalties(need)
    penalties += model.request_penalties(minutes)
    if rules.fairness and len(people) > 1:
        penalties += model.fairness_penalties(minutes, weekend_work)
    model.m.minimize(sum(penalties))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit_seconds)
    solver.parameters.num_workers = int(workers)
    solver.parameters.random_seed = int(seed)
    if work_limit is not None:
        solver.parameters.max_deterministic_time = float(number("work_limit", work_limit,
                                                                above=True))
    # several search strategies interleaved in one thread: the same input and seed give the
    # same roster on every machine (parallel workers would race)
    solver.parameters.interleave_search = True
    callback = solution_callback(progress) if progress else None
    status = solver.solve(model.m, callback) if callback else solver.solve(model.m)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise SalesopsError(t("roster.no_solution", lang, status=t(f"roster.status.{name}", lang),
                              reasons=t("sep.clause", lang).join(explanation) or "—"))
    return _result(solver, model.x, under_vars, over_vars, need, people, shifts, first, days,
                   name, explanation, weekend_days)


def _demand(demand, first: dt.date, days: int) -> pd.DataFrame:
    """Demand per half hour (``day``, ``slot``, ``required``) from what the caller gave."""
    if isinstance(demand, str | dict):
        return demand_from_hours(demand, days, start=first)
    if isinstance(demand, pd.DataFrame) and "interval_start" in demand.columns:
        return demand_from_intervals(demand, first, days)
    if isinstance(demand, pd.DataFrame) and {"day", "slot", "required"} <= set(demand):
        return demand
    raise SalesopsError(t("error.missing_columns",
                          columns=t("sep.list").join(("day", "slot", "required"))))


class _Model:
    """The CP-SAT model of a roster: ``x[a, d, s]`` = agent a works shift s on day d,
    ``work[a, d]`` = agent a works on day d. Each method adds one group of rules, in the
    order :func:`build_roster` calls them (the order keeps a seed's roster the same)."""

    def __init__(self, m, people: list[Agent], shifts: list[Shift], days: int) -> None:
        self.m, self.people, self.shifts, self.days = m, people, shifts, days
        self.A, self.D, self.S = range(len(people)), range(days), range(len(shifts))
        self.x = {(a, d, s): m.new_bool_var(f"x{a}_{d}_{s}")
                  for a in self.A for d in self.D for s in self.S}
        self.work: dict[tuple[int, int], object] = {}

    def add_availability(self) -> None:
        """One shift a day at most; nothing on unavailable days or across unavailable hours."""
        m, x, shifts = self.m, self.x, self.shifts
        for a in self.A:
            agent = self.people[a]
            for d in self.D:
                self.work[a, d] = m.new_bool_var(f"w{a}_{d}")
                m.add(sum(x[a, d, s] for s in self.S) == self.work[a, d])
                if d in agent.unavailable_days:
                    m.add(self.work[a, d] == 0)
                for s in self.S:
                    sa, sb = shifts[s].start_minutes, shifts[s].end_minutes
                    if any(sa < ub and ua < sb for ua, ub in agent.unavailable_hours):
                        m.add(x[a, d, s] == 0)

    def add_labour_rules(self, rules: RosterRules) -> dict[int, object]:
        """Rest between shifts, days in a row, hours and rest days per 7-day block; returns
        each agent's paid minutes over the horizon."""
        m, x, shifts, days = self.m, self.x, self.shifts, self.days
        rest = int(rules.min_rest_hours * 60)
        for a in self.A:
            for d in range(days - 1):
                for s in self.S:
                    for s2 in self.S:
                        if shifts[s2].start_minutes + 24 * 60 - shifts[s].end_minutes < rest:
                            m.add_bool_or([x[a, d, s].Not(), x[a, d + 1, s2].Not()])
            add_max_consecutive(m, [self.work[a, d] for d in self.D], rules.max_consecutive_days)
        minutes = {}
        for a in self.A:
            for w in range(math.ceil(days / 7)):
                block = range(7 * w, min(7 * w + 7, days))
                share = len(block) / 7
                paid = sum(shifts[s].paid_minutes * x[a, d, s] for d in block for s in self.S)
                m.add(paid <= int(self.people[a].max_hours * 60 * share))
                m.add(sum(self.work[a, d] for d in block)
                      <= len(block) - min(rules.min_rest_days_per_week, len(block)))
            minutes[a] = sum(shifts[s].paid_minutes * x[a, d, s] for d in self.D
                             for s in self.S)
        return minutes

    def add_weekends(self, first: dt.date, weekend_days: list[int],
                     max_working_weekends: int | None) -> dict[int, list]:
        """Per agent, one flag per weekend worked (Saturday or Sunday); at most the limit."""
        m, work = self.m, self.work
        weekend_work = {}
        for a in self.A:
            flags = []
            for d in weekend_days:
                if d + 1 in weekend_days and (first + dt.timedelta(days=d)).weekday() == 5:
                    wk = m.new_bool_var(f"wk{a}_{d}")
                    m.add_max_equality(wk, [work[a, d], work[a, d + 1]])
                    flags.append(wk)
                elif (first + dt.timedelta(days=d)).weekday() == 5 or d == 0:
                    flags.append(work[a, d])
            weekend_work[a] = flags
            if max_working_weekends is not None:
                m.add(sum(flags) <= max_working_weekends)
        return weekend_work

    def coverage_penalties(self, need: pd.DataFrame) -> tuple[list, dict, dict]:
        """Each missing agent-half-hour weighs 1,000, each extra one (or one outside demand) 1."""
        m, x, shifts, days = self.m, self.x, self.shifts, self.days
        cover_terms: dict[tuple[int, int], list] = {}
        for a in self.A:
            for d in self.D:
                for s in self.S:
                    for mm in range(shifts[s].start_minutes, shifts[s].end_minutes, SLOT):
                        day = d + mm // (24 * 60)
                        if day < days:
                            cover_terms.setdefault((day, (mm % (24 * 60)) // SLOT), []).append(
                                x[a, d, s])
        penalties = []
        under_vars, over_vars = {}, {}
        for rec in need.itertuples():
            terms = cover_terms.get((rec.day, rec.slot), [])
            under = m.new_int_var(0, int(rec.required), f"u{rec.day}_{rec.slot}")
            over = m.new_int_var(0, len(self.people), f"o{rec.day}_{rec.slot}")
            m.add(sum(terms) - int(rec.required) == over - under)
            under_vars[rec.day, rec.slot] = under
            over_vars[rec.day, rec.slot] = over
            penalties += [1000 * under, over]
        demanded = {(r.day, r.slot) for r in need.itertuples()}
        for key, terms in cover_terms.items():  # staffing outside demand is over-staffing
            if key not in demanded:
                penalties.append(sum(terms))
        return penalties, under_vars, over_vars

    def request_penalties(self, minutes: dict[int, object]) -> list:
        """Requested days off 50, other than preferred shifts 5, minimum hours 1 a minute."""
        m, x, days = self.m, self.x, self.days
        penalties = []
        for a in self.A:
            agent = self.people[a]
            for d in agent.days_off:
                penalties.append(50 * self.work[a, d])
            if agent.preferred:
                for d in self.D:
                    for s in self.S:
                        if self.shifts[s].code not in agent.preferred:
                            penalties.append(5 * x[a, d, s])
            if agent.min_hours > 0:
                short = m.new_int_var(0, int(agent.min_hours * 60 * days / 7), f"short{a}")
                m.add(short >= int(agent.min_hours * 60 * days / 7) - minutes[a])
                penalties.append(short)  # 1 a minute: 30 for a missing half hour of work
        return penalties

    def fairness_penalties(self, minutes: dict[int, object], weekend_work: dict) -> list:
        """The spread (most − least) of hours, weekend shifts and late shifts."""
        m, x, days, people = self.m, self.x, self.days, self.people
        late = [s for s in self.S if self.shifts[s].end_minutes >= 21 * 60]
        penalties = []
        for values, weight, top in (
                ([minutes[a] for a in self.A], 1,
                 int(max(p.max_hours for p in people) * 60 * days)),
                ([sum(weekend_work[a]) for a in self.A], 30, days),
                ([sum(x[a, d, s] for d in self.D for s in late) for a in self.A], 20, days)):
            hi = m.new_int_var(0, top, f"hi{weight}")
            lo = m.new_int_var(0, top, f"lo{weight}")
            m.add_max_equality(hi, values)
            m.add_min_equality(lo, values)
            penalties.append(weight * (hi - lo))
        return penalties


def _result(solver, x, under_vars, over_vars, need, people, shifts, first, days, status,
            explanation, weekend_days) -> Roster:
    rows = []
    for (a, d, s), var in x.items():
        if solver.value(var):
            sh = shifts[s]
            rows.append({"agent": people[a].name, "date": pd.Timestamp(first + dt.timedelta(
                days=d)), "day": d, "weekday": (first + dt.timedelta(days=d)).weekday(),
                         "shift": sh.code, "start": sh.start, "end": sh.end,
                         "hours": sh.hours})
    assignments = pd.DataFrame(rows, columns=["agent", "date", "day", "weekday", "shift",
                                              "start", "end", "hours"]).sort_values(
        ["day", "start", "agent"], kind="stable").reset_index(drop=True)
    per = []
    for p in people:
        mine = assignments[assignments["agent"] == p.name]
        per.append({"agent": p.name, "hours": float(mine["hours"].sum()),
                    "days_worked": len(mine), "rest_days": days - len(mine),
                    "weekend_shifts": int(mine["day"].isin(weekend_days).sum()),
                    "late_shifts": int((mine["end"].map(lambda e: time_span(f"00:00-{e}")[1]
                                                        if e != "00:00" else 1440)
                                        >= 21 * 60).sum()),
                    "max_hours": p.max_hours})
    hours = pd.DataFrame(per)
    cov = need.copy()
    cov["short"] = [solver.value(under_vars[r.day, r.slot]) for r in need.itertuples()]
    cov["scheduled"] = [r.required - solver.value(under_vars[r.day, r.slot])
                        + solver.value(over_vars[r.day, r.slot]) for r in need.itertuples()]
    cov["date"] = [pd.Timestamp(first + dt.timedelta(days=int(d))) for d in cov["day"]]
    cov["start"] = [format_hhmm(s * SLOT) for s in cov["slot"]]
    cov["end"] = [format_hhmm((s + 1) * SLOT) for s in cov["slot"]]
    uncovered = []
    for day, group in cov[cov["short"] > 0].groupby("day"):
        for a, b in merge_runs(sorted(group["slot"])):
            missing = int(group[group["slot"].between(a, b)]["short"].max())
            uncovered.append({"day": int(day), "date": pd.Timestamp(first + dt.timedelta(
                days=int(day))), "start": format_hhmm(a * SLOT), "end": format_hhmm((b + 1) * SLOT),
                              "missing": missing})
    uncovered = pd.DataFrame(uncovered, columns=["day", "date", "start", "end", "missing"])
    return Roster(assignments=assignments, hours=hours, coverage=cov, uncovered=uncovered,
                  status=status, objective=solver.objective_value,
                  bound=solver.best_objective_bound, seconds=solver.wall_time,
                  work=solver.response_proto.deterministic_time,
                  explanation=explanation if len(uncovered) else [],
                  shifts=shifts, agents=[p.name for p in people], start=first, days=days)
