"""Column generation for the Curtois & Qu benchmark: a lower bound and a first roster.

A roster is one month ("column") per person. The master LP chooses a weighted mix of known
months for every person (the weights of a person sum to one) and pays for each cover's
shortfall and excess; its duals price each day's shift. For every person a small CP-SAT model
of that person's own rules (one shift a day, successions, limits, stretches, weekends) finds
the month of least reduced cost; months that lower the LP are added, until none does at the
LP's duals (converged when every pricing was proven) or the time is up. The LP of these
months is far tighter than the LP of the compact model (Instance4: 1716.0 against 1261;
Instance6: 1949.0 against 1915), and when every pricing was solved to optimality the
Lagrangian at the duals priced is a proven lower bound. The duals priced are
smoothed (Wentges: half the LP's, half those of the best bound so far), which steadies the
LP's jumping duals (column generation at 21 s on 2 cores: Instance5 converges in 6.6 s, was
8.2; Instance6 in 8.3 s, was 12.7; Instance8's bound 1275, was 1242–1264).

:func:`salesops.curtois.solve_curtois` uses the mix for a first roster (RENS: a person's day
is fixed when all months of the mix agree on it), the pool of months for a better one
(:func:`pool_model`) and the bound as a cut.

Examples
--------
>>> from pathlib import Path
>>> from salesops.curtois import read_curtois
>>> inst = read_curtois(Path(__file__).parents[1] / "tests/data/roster/Instance1.txt")
>>> lp = column_lp(inst, seconds=10)
>>> lp.converged, 550 < lp.bound <= 607   # the optimum is 607
(True, True)
>>> sum(weight for _, weight in lp.mix["A"])
1.0
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import repeat

# imported by solve_curtois only when it runs: OR-Tools is loaded by then anyway
from ortools.sat.python import cp_model

__all__ = ["ColumnLP", "column_lp", "pool_model"]

SCALE = 1000  # CP-SAT takes integer costs: duals are scaled and rounded
ALPHA = 0.5  # the weight of the best bound's duals in the smoothed duals


@dataclass
class ColumnLP:
    """The master LP of the last round: its value, the proven bound (``None`` when no round
    had every pricing proven), every person's mix of months as ``(frozenset of (day, shift),
    weight)`` with a positive weight, whether no month could lower the LP any more (proven),
    the rounds done and every month found for each person (``pool``)."""

    value: float
    bound: float | None
    mix: dict[str, list[tuple[frozenset, float]]]
    converged: bool
    rounds: int
    pool: dict[str, list[frozenset]]


def column_lp(inst, seconds: float, *, threads: int = 2) -> ColumnLP:
    """Column generation for an instance within ``seconds`` (pricing on ``threads`` threads).

    Examples
    --------
    >>> from pathlib import Path
    >>> from salesops.curtois import read_curtois
    >>> inst = read_curtois(Path(__file__).parents[1] / "tests/data/roster/Instance2.txt")
    >>> lp = column_lp(inst, seconds=20)
    >>> round(lp.value), lp.bound > 827   # the optimum is 828
    (828, True)
    """
    deadline = time.perf_counter() + seconds
    people = {e.id: _Person(inst, e) for e in inst.staff}
    months: dict[str, list[frozenset]] = {pid: [] for pid in people}
    seen: set[tuple[str, frozenset]] = set()

    def add(pid, found):
        new = 0
        for month in found:
            if (pid, month) not in seen:
                seen.add((pid, month))
                months[pid].append(month)
                new += 1
        return new

    with ThreadPoolExecutor(max(1, threads)) as pool:
        # a first month per person: the one its own requests like best
        firsts = pool.map(lambda p: p.price({}, deadline + 1.0), people.values())
        for pid, (found, _, _) in zip(people, firsts, strict=True):
            add(pid, found)
        bound, center, rounds, smooth = None, None, 0, True
        while True:
            rounds += 1
            value, duals, mus, weights = _master(inst, people, months)
            # Wentges smoothing: price at a point between the LP's duals and the duals of the
            # best bound so far (the LP's duals jump from round to round); a round that finds
            # no month at the smoothed point prices at the LP's duals next
            at = duals if center is None or not smooth else \
                {k: ALPHA * center.get(k, 0.0) + (1 - ALPHA) * v for k, v in duals.items()}
            results = list(pool.map(_Person.price, people.values(), repeat(at),
                                    repeat(deadline)))
            if all(optimal for _, _, optimal in results):
                lagrangian = _lagrangian(inst, at, [least for _, least, _ in results])
                if bound is None or lagrangian > bound:
                    bound, center = lagrangian, at
            new = sum(add(pid, [mo for mo in found
                                if people[pid].month_cost(mo) - _dot(duals, mo) - mus[pid]
                                < -1e-6])
                      for pid, (found, _, _) in zip(people, results, strict=True))
            # nothing new at the LP's duals: converged when every pricing was proven; else
            # the same round again would price the same months with the same time
            proven = new == 0 and at is duals and all(ok for _, _, ok in results)
            if (new == 0 and at is duals) or time.perf_counter() >= deadline:
                break
            smooth = new > 0 or at is duals
    mix = {pid: [(months[pid][j], w) for j, w in enumerate(weights[pid]) if w > 1e-6]
           for pid in people}
    return ColumnLP(value, bound, mix, proven, rounds, months)


def pool_model(inst, pool: dict[str, list[frozenset]], hint: dict[str, frozenset] | None = None):
    """The integer master: one month of its pool for each person, the benchmark's objective.

    Returns the CP-SAT model and ``x[staff, day, shift]`` as expressions of the choice (0 or
    1 in a solution), so that a roster reads as one of the full model. ``hint`` is a month per
    person (a roster found otherwise): added to the pools where new, and the model's hint.

    Examples
    --------
    >>> from pathlib import Path
    >>> from ortools.sat.python import cp_model
    >>> from salesops.curtois import read_curtois
    >>> inst = read_curtois(Path(__file__).parents[1] / "tests/data/roster/Instance1.txt")
    >>> lp = column_lp(inst, seconds=10)
    >>> model, x = pool_model(inst, lp.pool)
    >>> solver = cp_model.CpSolver()
    >>> solver.solve(model) == cp_model.OPTIMAL, lp.bound <= solver.objective_value
    (True, True)
    """
    from .curtois import _objective

    m = cp_model.CpModel()
    chosen: dict[tuple[str, int, str], list] = {}
    for e in inst.staff:
        months = list(dict.fromkeys([*pool.get(e.id, []), *([hint[e.id]] if hint else [])]))
        picks = [m.new_bool_var(f"m_{e.id}_{j}") for j in range(len(months))]
        m.add_exactly_one(picks)
        for month, pick in zip(months, picks, strict=True):
            if hint:
                m.add_hint(pick, month == hint[e.id])
            for d, s in month:
                chosen.setdefault((e.id, d, s), []).append(pick)
    x = {(e.id, d, s): cp_model.LinearExpr.sum(chosen.get((e.id, d, s), []))
         for e in inst.staff for d in range(inst.days) for s in inst.shifts}
    m.minimize(_objective(m, inst, x))
    return m, x


class _Person:
    """One person's own rules as a small CP-SAT model, priced with the master's duals."""

    def __init__(self, inst, e):
        from .curtois import _add_person

        self.id = e.id
        self.model = m = cp_model.CpModel()
        self.x = {(d, s): m.new_bool_var(f"x_{d}_{s}") for d in range(inst.days)
                  for s in inst.shifts}
        _add_person(m, inst, e, self.x)
        # a request's weight as a cost of the month: paid when an asked-for shift is missing
        # (the constant) or an unwanted one is worked
        self.cost: dict[tuple[int, str], int] = {}
        self.constant = 0
        for who, d, s, weight in inst.on_requests:
            if who == e.id:
                self.cost[d, s] = self.cost.get((d, s), 0) - weight
                self.constant += weight
        for who, d, s, weight in inst.off_requests:
            if who == e.id:
                self.cost[d, s] = self.cost.get((d, s), 0) + weight

    def month_cost(self, month) -> int:
        return self.constant + sum(self.cost.get(k, 0) for k in month)

    def price(self, duals, deadline):
        """The last five months found (the best last), the least cost
        of a month at ``duals`` (``cost - sum of duals``, minus the rounding's worst error)
        and whether it is proven least."""
        left = deadline - time.perf_counter()
        if left <= 0:
            return [], 0.0, False
        self.model.minimize(sum(round(SCALE * (self.cost.get(k, 0) - duals.get(k, 0.0))) * v
                                for k, v in self.x.items()))
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        # one person's month is small: a presolve costs more than it saves (measured: 0.05 s
        # against 0.3 s a pricing); the default linearization then beats the full one
        # (linearization_level=2: Instance5 converged in 15.4 s against 8.2 s, Instance7's
        # bound after 21 s 1043 against 1053)
        solver.parameters.linearization_level = 1
        solver.parameters.cp_model_presolve = False
        solver.parameters.max_time_in_seconds = min(left, 1.0)
        seen = _Months(self.x)
        status = solver.solve(self.model, seen)
        least = (solver.objective_value - 0.5 * len(self.x)) / SCALE + self.constant
        return seen.months[-5:], (least if seen.months else 0.0), \
            bool(seen.months) and status == cp_model.OPTIMAL


def _dot(duals, month) -> float:
    return sum(duals.get(k, 0.0) for k in month)


def _lagrangian(inst, duals, least) -> float:
    """The Lagrangian bound at cover ``duals`` given each person's ``least`` month cost at
    them: the covers' right-hand sides priced, the people's least months, and each
    shortfall taken wherever it is cheaper than its dual (``duals`` of a master LP or a
    convex mix of them, so that no excess pays)."""
    total = sum(least)
    for d, s, req, under_w, _ in inst.cover:
        pi = duals.get((d, s), 0.0)
        total += pi * req + min(0.0, (under_w - pi) * req)
    return total


class _Months(cp_model.CpSolverSolutionCallback):
    """Every month CP-SAT finds while pricing (each better than the one before)."""

    def __init__(self, x):
        super().__init__()
        self.x, self.months = x, []

    def on_solution_callback(self):
        self.months.append(frozenset(k for k, v in self.x.items() if self.value(v)))


def _master(inst, people, months):
    """The master LP: value, cover duals, each person's dual and month weights."""
    from ortools.linear_solver import pywraplp

    lp = pywraplp.Solver.CreateSolver("GLOP")
    weight = {pid: [lp.NumVar(0, 1, "") for _ in months[pid]] for pid in people}
    one = {pid: lp.Add(sum(weight[pid]) == 1) for pid in people}
    cost = [people[pid].month_cost(mo) * w for pid in people
            for mo, w in zip(months[pid], weight[pid], strict=True)]
    staffed: dict[tuple[int, str], list] = {}
    for pid in people:
        for mo, w in zip(months[pid], weight[pid], strict=True):
            for k in mo:
                staffed.setdefault(k, []).append(w)
    rows = {}
    for d, s, req, under_w, over_w in inst.cover:
        under, over = lp.NumVar(0, req, ""), lp.NumVar(0, lp.infinity(), "")
        rows[d, s] = lp.Add(sum(staffed.get((d, s), [])) + under - over == req)
        cost += [under_w * under, over_w * over]
    lp.Minimize(sum(cost))
    lp.Solve()
    return (lp.Objective().Value(), {k: r.dual_value() for k, r in rows.items()},
            {pid: r.dual_value() for pid, r in one.items()},
            {pid: [w.solution_value() for w in weight[pid]] for pid in people})
