"""Shift rosters (COURSE.md §6): build one that covers demand under labour rules, check one.

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
from .parsing import format_hhmm, is_blank, parse_hhmm, to_halfwidth

__all__ = ["Roster", "RosterRules", "Shift", "add_max_consecutive", "add_min_stretch",
           "build_roster", "check_roster", "demand_from_hours", "demand_from_intervals",
           "read_roster_grid"]

SLOT = 30  # minutes per demand interval
DAY_SLOTS = 24 * 60 // SLOT
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OFF_CODES = {"休", "休息", "off", "rest", "-", "—", "x", "OFF", "R"}


# ------------------------------------------------------------------------------------------
# CP-SAT helpers shared with salesops.curtois
# ------------------------------------------------------------------------------------------
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


# ------------------------------------------------------------------------------------------
# inputs
# ------------------------------------------------------------------------------------------


def _span(text: str) -> tuple[int, int]:
    parts = re.split(r"\s*[-–—~～至到]\s*", to_halfwidth(str(text)).strip())
    if len(parts) != 2:
        raise SalesopsError(t("error.roster_time", value=text))
    a, b = parse_hhmm(parts[0]), parse_hhmm(parts[1])
    return a, (b if b > a else b + 24 * 60)


@dataclass(frozen=True)
class Shift:
    """A shift type: ``code`` (what people write in the grid), start and end ``"HH:MM"`` (an
    end at or before the start crosses midnight) and an unpaid break in minutes."""

    code: str
    start: str
    end: str
    break_minutes: int = 0

    def __post_init__(self) -> None:
        a, b = _span(f"{self.start}-{self.end}")
        if a % SLOT or b % SLOT:
            raise SalesopsError(t("error.roster_slot", value=f"{self.start}-{self.end}"))
        if not 0 <= self.break_minutes < b - a:
            raise SalesopsError(t("error.roster_time", value=self.break_minutes))

    @property
    def start_minutes(self) -> int:
        return _span(f"{self.start}-{self.end}")[0]

    @property
    def end_minutes(self) -> int:
        """End in minutes from the shift day's midnight (> 1440 when it crosses midnight)."""
        return _span(f"{self.start}-{self.end}")[1]

    @property
    def paid_minutes(self) -> int:
        return self.end_minutes - self.start_minutes - self.break_minutes

    @property
    def hours(self) -> float:
        return self.paid_minutes / 60


@dataclass(frozen=True)
class RosterRules:
    """Labour rules and fairness; defaults follow China's standard working hours."""

    max_hours_per_week: float = 40
    min_hours_per_week: float = 0
    min_rest_days_per_week: int = 1
    min_rest_hours: float = 11
    max_consecutive_days: int = 6
    max_working_weekends: int | None = None
    fairness: bool = True

    def __post_init__(self) -> None:
        if not 0 < self.max_hours_per_week <= 168 or self.min_hours_per_week < 0 \
                or self.min_hours_per_week > self.max_hours_per_week:
            raise SalesopsError(t("error.roster_rule", name="max_hours_per_week",
                                  value=self.max_hours_per_week))
        if not 0 <= self.min_rest_days_per_week <= 7 or not self.max_consecutive_days >= 1:
            raise SalesopsError(t("error.roster_rule", name="min_rest_days_per_week",
                                  value=self.min_rest_days_per_week))


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
                agent.unavailable_hours.append(_span(item))
            else:
                agent.unavailable_days.update(_day_index(item, start, days))
        for item in _listify(rec.get("days_off")):
            agent.days_off.update(_day_index(item, start, days))
        agent.preferred = set(_listify(rec.get("preferred_shifts")))
        out.append(agent)
    names = [a.name for a in out]
    if len(set(names)) != len(names):
        raise SalesopsError(t("error.roster_duplicate_agent", names="、".join(names)))
    return out


def _listify(value) -> list:
    if value is None or (not isinstance(value, list | tuple | set) and is_blank(value)):
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[,，、;；]+", value) if v.strip()]
    if isinstance(value, list | tuple | set):
        return list(value)
    return [value]


def demand_from_hours(hours: str | dict, days: int = 7, agents: int = 1,
                      start: object = "2026-11-23") -> pd.DataFrame:
    """Opening-hours coverage: ``"09:00-23:00"`` every day, or ``{weekday: "HH:MM-HH:MM"}``
    (0 = Monday; a missing weekday is closed), at least ``agents`` on duty.

    Returns one row per half hour with demand: ``day``, ``slot`` (0–47), ``required``.
    """
    first = as_date(start)
    rows = []
    for d in range(days):
        weekday = (first + dt.timedelta(days=d)).weekday()
        spec = hours.get(weekday) if isinstance(hours, dict) else hours
        if spec is None or is_blank(spec):
            continue
        a, b = _span(spec)
        if a % SLOT or b % SLOT:
            raise SalesopsError(t("error.roster_slot", value=spec))
        for m in range(a, b, SLOT):
            rows.append({"day": d + m // (24 * 60), "slot": (m % (24 * 60)) // SLOT,
                         "required": int(agents)})
    frame = pd.DataFrame(rows, columns=["day", "slot", "required"])
    return frame[frame["day"] < days].groupby(["day", "slot"], as_index=False)["required"].max()


def demand_from_intervals(table: pd.DataFrame, start: object, days: int = 7,
                          column: str = "required_agents") -> pd.DataFrame:
    """Per-interval demand from :func:`salesops.erlang.interval_staffing` (half hours)."""
    first = pd.Timestamp(as_date(start))
    times = pd.to_datetime(table["interval_start"])
    offset = (times - first) / pd.Timedelta(minutes=SLOT)
    if (offset % 1 != 0).any():
        raise SalesopsError(t("error.roster_slot", value=times[offset % 1 != 0].iloc[0]))
    frame = pd.DataFrame({"day": (offset // DAY_SLOTS).astype(int),
                          "slot": (offset % DAY_SLOTS).astype(int),
                          "required": table[column].astype(int)})
    return frame[(frame["day"] >= 0) & (frame["day"] < days) & (frame["required"] > 0)]


def generate_shifts(demand: pd.DataFrame, lengths_hours=(6, 7, 8, 9, 10),
                    starts: list[str] | None = None) -> list[Shift]:
    """Shift types inside the demanded hours: every whole-hour start and each length."""
    slots = demand.loc[demand["required"] > 0, "slot"]
    if slots.empty:
        return []
    first, last = int(slots.min()) * SLOT, (int(slots.max()) + 1) * SLOT
    begin = [parse_hhmm(s) for s in starts] if starts else list(range(
        first - first % 60, last, 60))
    shifts = []
    for a in begin:
        for hours in lengths_hours:
            b = a + int(hours * 60)
            if b <= max(last, a) and b <= 24 * 60:
                end_code = format_hhmm(b)[:2] if b < 1440 else "24"
                shifts.append(Shift(f"{format_hhmm(a)[:2]}-{end_code}", format_hhmm(a),
                                    format_hhmm(b)))  # 24:00 is written 00:00
    return shifts


# ------------------------------------------------------------------------------------------
# result
# ------------------------------------------------------------------------------------------
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

    def grid(self) -> pd.DataFrame:
        """Agents × days with shift codes and 休 for a day off (what the Excel grid shows)."""
        grid = pd.DataFrame("休", index=self.agents, columns=range(self.days))
        for rec in self.assignments.itertuples():
            grid.loc[rec.agent, rec.day] = rec.shift
        return grid

    def summary(self, lang: str | None = None) -> str:
        lines = [t("roster.summary", lang, status=self.status, agents=len(self.agents),
                   shifts=len(self.assignments), uncovered=len(self.uncovered))]
        lines += [f"  {r.agent}: {r.hours:g} h, {r.rest_days}×休" for r in
                  self.hours.itertuples()]
        return "\n".join(lines + self.explanation)

    def __repr__(self) -> str:
        return f"Roster({self.summary()})"


# ------------------------------------------------------------------------------------------
# building
# ------------------------------------------------------------------------------------------
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
    for a, b in _runs(missing):
        reasons.append(t("roster.explain_no_shift", lang, start=format_hhmm(a * SLOT),
                         end=format_hhmm((b + 1) * SLOT)))
    peak = demand.groupby("day")["required"].max()
    for day, need_agents in peak.items():
        available = sum(1 for a in agents if day not in a.unavailable_days)
        if need_agents > available:
            reasons.append(t("roster.explain_peak", lang, day=_day_name(first, int(day), lang),
                             need=need_agents, available=available))
    return reasons


def _runs(values: list[int]) -> list[tuple[int, int]]:
    runs = []
    for v in values:
        if runs and v == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], v)
        else:
            runs.append((v, v))
    return runs


def build_roster(agents, demand="09:00-23:00", shifts: list[Shift] | None = None,
                 rules: RosterRules | None = None, *, start: object = None, days: int = 7,
                 time_limit_seconds: float = 20, seed: int = 0, workers: int = 8,
                 progress=None, lang: str | None = None) -> Roster:
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
        Shift types; by default generated inside the demanded hours (6–10 h, whole hours).
    rules
        :class:`RosterRules` (default: 40 h, one rest day a week, 11 h between shifts).
    start, days
        First day (default: next Monday) and horizon length.
    time_limit_seconds, seed, workers
        CP-SAT limits; a fixed seed gives repeatable results for the same input.
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
    if isinstance(demand, str | dict):
        need = demand_from_hours(demand, days, start=first)
    elif isinstance(demand, pd.DataFrame) and "interval_start" in demand.columns:
        need = demand_from_intervals(demand, first, days)
    elif isinstance(demand, pd.DataFrame) and {"day", "slot", "required"} <= set(demand):
        need = demand
    else:
        raise SalesopsError(t("error.missing_columns", columns="day, slot, required"))
    shifts = list(shifts) if shifts is not None else generate_shifts(need)
    codes = [s.code for s in shifts]
    if len(set(codes)) != len(codes):
        raise SalesopsError(t("error.roster_duplicate_shift", codes="、".join(codes)))
    explanation = _explain(people, need, shifts, rules, days, first, lang)

    m = cp_model.CpModel()
    A, D, S = range(len(people)), range(days), range(len(shifts))
    x = {(a, d, s): m.new_bool_var(f"x{a}_{d}_{s}") for a in A for d in D for s in S}
    work = {}
    for a in A:
        agent = people[a]
        for d in D:
            work[a, d] = m.new_bool_var(f"w{a}_{d}")
            m.add(sum(x[a, d, s] for s in S) == work[a, d])
            if d in agent.unavailable_days:
                m.add(work[a, d] == 0)
            for s in S:
                sa, sb = shifts[s].start_minutes, shifts[s].end_minutes
                if any(sa < ub and ua < sb for ua, ub in agent.unavailable_hours):
                    m.add(x[a, d, s] == 0)
    rest = int(rules.min_rest_hours * 60)
    for a in A:
        for d in range(days - 1):
            for s in S:
                for s2 in S:
                    if shifts[s2].start_minutes + 24 * 60 - shifts[s].end_minutes < rest:
                        m.add_bool_or([x[a, d, s].Not(), x[a, d + 1, s2].Not()])
        seq = [work[a, d] for d in D]
        add_max_consecutive(m, seq, rules.max_consecutive_days)
    # weekly limits: hours and rest days per 7-day block of the horizon
    minutes = {}
    for a in A:
        for w in range(math.ceil(days / 7)):
            block = range(7 * w, min(7 * w + 7, days))
            share = len(block) / 7
            paid = sum(shifts[s].paid_minutes * x[a, d, s] for d in block for s in S)
            m.add(paid <= int(people[a].max_hours * 60 * share))
            m.add(sum(work[a, d] for d in block)
                  <= len(block) - min(rules.min_rest_days_per_week, len(block)))
        minutes[a] = sum(shifts[s].paid_minutes * x[a, d, s] for d in D for s in S)
    weekend_days = [d for d in D if (first + dt.timedelta(days=d)).weekday() >= 5]
    weekend_work = {}
    for a in A:
        flags = []
        for d in weekend_days:
            if d + 1 in weekend_days and (first + dt.timedelta(days=d)).weekday() == 5:
                wk = m.new_bool_var(f"wk{a}_{d}")
                m.add_max_equality(wk, [work[a, d], work[a, d + 1]])
                flags.append(wk)
            elif (first + dt.timedelta(days=d)).weekday() == 5 or d == 0:
                flags.append(work[a, d])
        weekend_work[a] = flags
        if rules.max_working_weekends is not None:
            m.add(sum(flags) <= rules.max_working_weekends)
    # coverage
    cover_terms: dict[tuple[int, int], list] = {}
    for a in A:
        for d in D:
            for s in S:
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
        over = m.new_int_var(0, len(people), f"o{rec.day}_{rec.slot}")
        m.add(sum(terms) - int(rec.required) == over - under)
        under_vars[rec.day, rec.slot] = under
        over_vars[rec.day, rec.slot] = over
        penalties += [1000 * under, over]
    demanded = {(r.day, r.slot) for r in need.itertuples()}
    for key, terms in cover_terms.items():  # staffing outside demand counts as over-staffing
        if key not in demanded:
            penalties.append(sum(terms))
    # requests, minimum hours, preferences
    for a in A:
        agent = people[a]
        for d in agent.days_off:
            penalties.append(50 * work[a, d])
        if agent.preferred:
            for d in D:
                for s in S:
                    if shifts[s].code not in agent.preferred:
                        penalties.append(5 * x[a, d, s])
        if agent.min_hours > 0:
            short = m.new_int_var(0, int(agent.min_hours * 60 * days / 7), f"short{a}")
            m.add(short >= int(agent.min_hours * 60 * days / 7) - minutes[a])
            penalties.append(short)  # 1 a minute: 30 for a missing half hour of work
    # fairness: spread of hours, weekend shifts and late shifts
    if rules.fairness and len(people) > 1:
        late = [s for s in S if shifts[s].end_minutes >= 21 * 60]
        for values, weight, top in (
                ([minutes[a] for a in A], 1, int(max(p.max_hours for p in people) * 60 * days)),
                ([sum(weekend_work[a]) for a in A], 30, days),
                ([sum(x[a, d, s] for d in D for s in late) for a in A], 20, days)):
            hi = m.new_int_var(0, top, f"hi{weight}")
            lo = m.new_int_var(0, top, f"lo{weight}")
            m.add_max_equality(hi, values)
            m.add_min_equality(lo, values)
            penalties.append(weight * (hi - lo))
    m.minimize(sum(penalties))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit_seconds)
    solver.parameters.num_workers = int(workers)
    solver.parameters.random_seed = int(seed)
    # several search strategies interleaved in one thread: the same input and seed give the
    # same roster on every machine (parallel workers would race)
    solver.parameters.interleave_search = True
    callback = _Progress(progress) if progress else None
    status = solver.solve(m, callback) if callback else solver.solve(m)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise SalesopsError(t("roster.no_solution", lang, status=name,
                              reasons="；".join(explanation) or "—"))
    return _result(solver, x, under_vars, over_vars, need, people, shifts, first, days, name,
                   explanation, weekend_days)


class _Progress:
    def __new__(cls, callback):
        from ortools.sat.python import cp_model

        class Printer(cp_model.CpSolverSolutionCallback):
            def __init__(self) -> None:
                super().__init__()
                self.callback = callback

            def on_solution_callback(self) -> None:
                self.callback(self.wall_time, self.objective_value)

        return Printer()


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
                    "late_shifts": int((mine["end"].map(lambda e: _span(f"00:00-{e}")[1]
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
        for a, b in _runs(sorted(group["slot"])):
            missing = int(group[group["slot"].between(a, b)]["short"].max())
            uncovered.append({"day": int(day), "date": pd.Timestamp(first + dt.timedelta(
                days=int(day))), "start": format_hhmm(a * SLOT), "end": format_hhmm((b + 1) * SLOT),
                              "missing": missing})
    uncovered = pd.DataFrame(uncovered, columns=["day", "date", "start", "end", "missing"])
    return Roster(assignments=assignments, hours=hours, coverage=cov, uncovered=uncovered,
                  status=status, objective=solver.objective_value,
                  bound=solver.best_objective_bound, seconds=solver.wall_time,
                  explanation=explanation if len(uncovered) else [],
                  shifts=shifts, agents=[p.name for p in people], start=first, days=days)


# ------------------------------------------------------------------------------------------
# checking a roster a person made
# ------------------------------------------------------------------------------------------
DEFAULT_LEGEND = {"早": ("09:00", "17:00"), "中": ("12:00", "20:00"), "晚": ("15:00", "23:00")}
VIOLATIONS = ("unknown_shift", "uncovered", "over_max_hours", "under_min_hours",
              "rest_too_short", "no_rest_day", "too_many_consecutive_days")


def _parse_code(code: object, legend: dict[str, Shift]) -> Shift | str | None:
    """A Shift, None for a day off, or the text itself when it cannot be read."""
    if is_blank(code):
        return None
    text = to_halfwidth(str(code)).strip()
    if text in OFF_CODES or text.lower() in OFF_CODES:
        return None
    if text in legend:
        return legend[text]
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*[-–~至到]\s*(\d{1,2})(?::(\d{2}))?", text)
    if m:
        a = f"{int(m.group(1)):02d}:{m.group(2) or '00'}"
        b = f"{int(m.group(3)) % 24:02d}:{m.group(4) or '00'}"
        try:
            return Shift(text, a, b)
        except SalesopsError:
            return text
    return text


def check_roster(table: pd.DataFrame, demand="09:00-23:00", rules: RosterRules | None = None,
                 *, shifts: list[Shift] | None = None, start: object = "2026-11-23",
                 cells: dict | None = None, lang: str | None = None) -> pd.DataFrame:
    """Everything wrong with a hand-made roster, each with the Excel cell it refers to.

    Parameters
    ----------
    table
        Agents × days (rows = agents, columns = the days in order) with shift codes: a code
        of ``shifts`` or of the default legend (早 09:00–17:00, 中 12:00–20:00,
        晚 15:00–23:00), a time range such as ``09:00-17:00`` or ``9-17``, or 休 / empty for
        a day off.
    demand, rules, start
        As for :func:`build_roster`.
    cells
        ``(agent, day) -> "C5"`` and ``("header", day) -> "C4"``; by default the layout of the
        exported grid (names in column A from row 5, days from column B, header in row 4).

    Returns
    -------
    DataFrame
        ``cell``, ``agent``, ``day`` (0 = first), ``rule`` (one of :data:`VIOLATIONS`),
        ``value`` and ``message``. An empty table means the roster is correct.
    """
    from openpyxl.utils import get_column_letter

    rules = rules or RosterRules()
    first = as_date(start)
    days = table.shape[1]
    legend = {k: Shift(k, a, b) for k, (a, b) in DEFAULT_LEGEND.items()}
    legend.update({s.code: s for s in shifts or []})
    agents = [str(a) for a in table.index]

    def cell(agent_pos: int, day: int) -> str:
        if cells is not None:
            return cells.get((agents[agent_pos], day), "")
        return f"{get_column_letter(day + 2)}{5 + agent_pos}"

    def header(day: int) -> str:
        if cells is not None:
            return cells.get(("header", day), "")
        return f"{get_column_letter(day + 2)}4"

    out = []

    def add(ref, agent, day, rule, value, **fields):
        out.append({"cell": ref, "agent": agent, "day": day, "rule": rule, "value": value,
                    "message": t(f"roster.violation.{rule}", lang, cell=ref, agent=agent,
                                 day=_day_name(first, day, lang) if day is not None else "",
                                 value=value, **fields)})

    parsed: dict[tuple[int, int], Shift] = {}
    for i, agent in enumerate(agents):
        for d in range(days):
            value = table.iat[i, d]
            shift = _parse_code(value, legend)
            if isinstance(shift, str):
                add(cell(i, d), agent, d, "unknown_shift", shift)
            elif shift is not None:
                parsed[i, d] = shift
    # coverage
    need = (demand_from_hours(demand, days, start=first) if isinstance(demand, str | dict)
            else demand_from_intervals(demand, first, days) if "interval_start" in demand
            else demand)
    scheduled: dict[tuple[int, int], int] = {}
    for (_i, d), sh in parsed.items():
        for mm in range(sh.start_minutes, sh.end_minutes, SLOT):
            key = (d + mm // (24 * 60), (mm % (24 * 60)) // SLOT)
            scheduled[key] = scheduled.get(key, 0) + 1
    short = need.assign(have=[scheduled.get((r.day, r.slot), 0) for r in need.itertuples()])
    short = short[short["have"] < short["required"]]
    for day, group in short.groupby("day"):
        for a, b in _runs(sorted(group["slot"])):
            add(header(int(day)), "", int(day), "uncovered", "",
                start=format_hhmm(a * SLOT), end=format_hhmm((b + 1) * SLOT))
    # per agent
    for i, agent in enumerate(agents):
        mine = {d: parsed[i, d] for d in range(days) if (i, d) in parsed}
        for w in range(math.ceil(days / 7)):
            block = [d for d in range(7 * w, min(7 * w + 7, days))]
            hours = sum(mine[d].hours for d in block if d in mine)
            hours_cell = agent_week_cell(agent, i, cells, "hours")
            if hours > rules.max_hours_per_week + 1e-9:
                add(hours_cell, agent, None, "over_max_hours", f"{hours:g}",
                    limit=f"{rules.max_hours_per_week:g}")
            if hours < rules.min_hours_per_week - 1e-9:
                add(hours_cell, agent, None, "under_min_hours", f"{hours:g}",
                    limit=f"{rules.min_hours_per_week:g}")
            off = sum(1 for d in block if d not in mine)
            if off < min(rules.min_rest_days_per_week, len(block)):
                add(agent_week_cell(agent, i, cells, "rest_days"), agent, None, "no_rest_day",
                    str(off))
        for d in range(days - 1):
            if d in mine and d + 1 in mine:
                gap = mine[d + 1].start_minutes + 24 * 60 - mine[d].end_minutes
                if gap < rules.min_rest_hours * 60:
                    add(cell(i, d + 1), agent, d + 1, "rest_too_short", mine[d + 1].code,
                        hours=f"{gap / 60:g}", limit=f"{rules.min_rest_hours:g}")
        run = 0
        for d in range(days):
            run = run + 1 if d in mine else 0
            if run == rules.max_consecutive_days + 1:
                add(cell(i, d), agent, d, "too_many_consecutive_days", str(run),
                    limit=str(rules.max_consecutive_days))
    return pd.DataFrame(out, columns=["cell", "agent", "day", "rule", "value", "message"])


def agent_week_cell(agent: str, position: int, cells: dict | None, column: str = "hours"
                    ) -> str:
    """The cell a weekly finding about ``agent`` points at (hours over or under the limit,
    no day off): the agent's own ``column`` cell (周工时 ``"hours"`` / 休息天数 ``"rest_days"``)
    when the grid has one, else the agent's name cell — never one of the day cells.

    ``cells`` maps ``(agent, column)`` and ``(agent, "agent")`` to cells (as
    :func:`read_roster_grid` returns them); ``None`` is the exported layout, names in column A
    from row 5 (``position`` 0 = the first agent).

    Examples
    --------
    >>> agent_week_cell("甲", 0, None), agent_week_cell("乙", 1, {("乙", "agent"): "A6"})
    ('A5', 'A6')
    >>> agent_week_cell("乙", 1, {("乙", "agent"): "A6", ("乙", "hours"): "I6"})
    'I6'
    """
    if cells is None:
        return f"A{5 + position}"
    return cells.get((agent, column)) or cells.get((agent, "agent"), "")


def _day_name(first: dt.date, day: int, lang: str | None) -> str:
    date = first + dt.timedelta(days=day)
    return f"{t('weekday.' + WEEKDAY_KEYS[date.weekday()], lang)} {date:%m-%d}"


def read_roster_grid(path) -> tuple[pd.DataFrame, dict, dt.date]:
    """Read a roster grid written by salesops (and filled in by hand) back.

    Returns ``(table, cells, start)``: agents × days with the codes as typed, the Excel cell of
    every entry (for :func:`check_roster`) and the first day of the grid.
    """
    from openpyxl.utils import get_column_letter

    from .excel import read_tracker

    changes = read_tracker(path, "roster")
    frame = changes.frame
    day_keys = [c for c in frame.columns if re.fullmatch(r"d\d+", str(c))]
    positions = {key: j for j, key in enumerate(["agent", *day_keys], start=1)}
    cells = {}
    for row, rec in frame.iterrows():
        for d, key in enumerate(day_keys):
            cells[str(rec["agent"]), d] = f"{get_column_letter(positions[key])}{row}"
        # the name and the weekly totals (written after the days): where a weekly finding
        # points (agent_week_cell)
        cells[str(rec["agent"]), "agent"] = f"A{row}"
        for j, key in enumerate(("hours", "rest_days"), start=len(day_keys) + 2):
            if key in frame.columns:
                cells[str(rec["agent"]), key] = f"{get_column_letter(j)}{row}"
    header_row = int(frame.index.min()) - 1 if len(frame) else 4
    for d, key in enumerate(day_keys):
        cells["header", d] = f"{get_column_letter(positions[key])}{header_row}"
    table = frame.set_index("agent")[day_keys]
    table.index = table.index.astype(str)
    start = _grid_start(path)
    return table, cells, start


def _grid_start(path) -> dt.date:
    from .excel import _calamine, _read_meta

    meta = _read_meta(_calamine(__import__("pathlib").Path(path)), str(path))
    tracker = next(tr for tr in meta["trackers"] if tr["name"] == "roster")
    return as_date(tracker.get("start") or meta["written"][:10])
