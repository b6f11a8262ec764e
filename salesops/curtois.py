"""The Curtois & Qu shift-scheduling benchmark (tests/data/roster), solved with CP-SAT.

The external proof that the rostering engine is a real one: :func:`read_curtois` reads the
benchmark's text format, :func:`solve_curtois` builds the same kind of CP-SAT model as
:func:`salesops.roster.build_roster` (one shift a day, forbidden successions, consecutive-day
limits, weekend limits, soft requests and soft cover) and reports the benchmark's objective.

Conventions (from the benchmark's README): days before and after the horizon count as days
off for the maximum-consecutive rule; a stretch of work or of days off that touches the first
or the last day is exempt from the minimum-length rules; a weekend counts as worked when
Saturday or Sunday has a shift (day 0 is a Monday).

Examples
--------
>>> from pathlib import Path
>>> inst = read_curtois(Path(__file__).parents[1] / "tests/data/roster/Instance1.txt")
>>> inst.days, len(inst.staff), list(inst.shifts)
(14, 8, ['D'])
"""

from __future__ import annotations

import itertools
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputFileError
from .labels import t
from .validation import number

__all__ = ["CurtoisInstance", "CurtoisResult", "read_curtois", "solve_curtois"]


@dataclass
class Staff:
    id: str
    max_shifts: dict[str, int]
    max_minutes: int
    min_minutes: int
    max_consecutive: int
    min_consecutive: int
    min_days_off: int
    max_weekends: int


@dataclass
class CurtoisInstance:
    """One benchmark instance."""

    name: str
    days: int
    shifts: dict[str, int]  # id -> minutes
    cannot_follow: dict[str, set[str]]
    staff: list[Staff]
    days_off: dict[str, set[int]]
    on_requests: list[tuple[str, int, str, int]]
    off_requests: list[tuple[str, int, str, int]]
    cover: list[tuple[int, str, int, int, int]]  # day, shift, requirement, under w, over w


@dataclass
class CurtoisResult:
    """Objective, the solver's lower bound, time and the roster (staff -> shift id or '')."""

    instance: str
    status: str
    objective: int | None
    bound: float
    seconds: float
    roster: dict[str, list[str]] = field(default_factory=dict)

    @property
    def gap(self) -> float | None:
        if self.objective is None:
            return None
        return (self.objective - self.bound) / self.objective if self.objective else 0.0


def read_curtois(path: str | os.PathLike) -> CurtoisInstance:
    """Read an instance in the benchmark's text format (sections, ``#`` comments)."""
    path = Path(path)
    if not path.exists():
        raise InputFileError(t("error.file_missing", file=str(path)))
    sections: dict[str, list[list[str]]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = line
            sections[current] = []
            continue
        if current is None:
            raise InputFileError(t("error.curtois_format", file=path.name, line=line))
        sections[current].append([p.strip() for p in line.split(",")])
    try:
        days = int(sections["SECTION_HORIZON"][0][0])
        shifts, cannot = {}, {}
        for row in sections["SECTION_SHIFTS"]:
            shifts[row[0]] = int(row[1])
            cannot[row[0]] = {s for s in (row[2].split("|") if len(row) > 2 else []) if s}
        staff = []
        for row in sections["SECTION_STAFF"]:
            limits = dict(item.split("=") for item in row[1].split("|") if item)
            staff.append(Staff(row[0], {k: int(v) for k, v in limits.items()}, int(row[2]),
                               int(row[3]), int(row[4]), int(row[5]), int(row[6]),
                               int(row[7])))
        days_off = {row[0]: {int(d) for d in row[1:] if d} for row in
                    sections.get("SECTION_DAYS_OFF", [])}
        on = [(r[0], int(r[1]), r[2], int(r[3])) for r in
              sections.get("SECTION_SHIFT_ON_REQUESTS", [])]
        off = [(r[0], int(r[1]), r[2], int(r[3])) for r in
               sections.get("SECTION_SHIFT_OFF_REQUESTS", [])]
        cover = [(int(r[0]), r[1], int(r[2]), int(r[3]), int(r[4])) for r in
                 sections["SECTION_COVER"]]
    except (KeyError, IndexError, ValueError) as exc:
        raise InputFileError(t("error.curtois_format", file=path.name, line=exc)) from exc
    return CurtoisInstance(path.stem, days, shifts, cannot, staff, days_off, on, off, cover)


def solve_curtois(instance: CurtoisInstance, *, time_limit_seconds: float = 60,
                  workers: int = 8, seed: int = 0, log=None, params: dict | None = None,
                  progress=None, columns: bool = True) -> CurtoisResult:
    """Solve an instance and report the benchmark objective, within ``time_limit_seconds``.

    Four phases (``columns=False``: the last alone, on the whole time): column generation
    (:mod:`salesops.curtois_columns`, at most 35% of the time) for a lower bound, a mix of
    months per person and a pool of months; a first roster from that mix (RENS: every day on
    which the mix of a person agrees is fixed, CP-SAT finds the rest; at most 25%); a better
    choice of one month per person from the pool, started from that roster (10% and what the
    phases before left unused: until 70% of the time at most); then CP-SAT on the whole model,
    started from the best roster, with the proven bound as a cut, for the rest.
    ``progress`` is called with ``(seconds, objective)`` at each better roster found (a
    :class:`salesops.progress.TimeLimitBar`, say); ``log`` receives the last solver's log
    lines; ``params`` are CP-SAT parameters for the CP-SAT phases.
    """

    from .curtois_columns import column_lp

    inst = instance
    number("time_limit_seconds", time_limit_seconds, above=True)
    start = time.perf_counter()
    progress = _better_only(progress)  # each phase starts afresh; report only improvements
    found, bound = None, float("-inf")  # best (objective, x values) so far, proven bound
    if columns:
        lp = column_lp(inst, 0.35 * time_limit_seconds, threads=min(workers, os.cpu_count()))
        if lp.bound is not None:
            bound = lp.bound
        # at most 25%, and ending by 60% of the time when column generation ran over
        rens = min(0.25, 0.60 - (time.perf_counter() - start) / time_limit_seconds)
        found = _rens(inst, lp, max(rens * time_limit_seconds, 0.01), workers, seed, params,
                      progress, start)
        if found is not None and found[0] > _least(bound):  # a better choice of months?
            until = 0.70 * time_limit_seconds - (time.perf_counter() - start)
            found = _pooled(inst, lp, found, max(until, 0.01), workers, seed, params,
                            progress, start)
    m, x, objective = _model(inst)
    if found is not None:
        for key, value in _in_staff_order(inst, found[1]).items():
            m.add_hint(x[key], value)
    if bound > float("-inf"):
        m.add(objective >= _least(bound))
    left = time_limit_seconds - (time.perf_counter() - start)
    solver = _solver(max(left, 0.01), workers, seed, params)
    # 8 workers on 2 cores: the full portfolio (LP, core and no-LP search beside LNS and local
    # search). Measured side by side under the same load (issue 14), before the column
    # generation: LNS-heavy portfolios (num_full_subsolvers=2), 4 workers and
    # linearization_level=2 were each worse on Instance5–7 than this default. Also tried and
    # measured (60 s, 2 cores): half the time for this portfolio, then a large-neighbourhood
    # search of our own that frees a few people's months or a run of days for everyone (1
    # worker, 2 s per sub-solve, the best roster as hint) — Instance6 better (1956–2052, mean
    # 2003 over 6 seeds, vs 2045–2052), but Instance5 1148–1161 (vs 1146) and Instance7
    # 1070–1293 (mean 1168, vs 1078/1173). A cover-first phase (a quarter of the time on
    # under-cover alone, then its roster as hint and its value as a cut): Instance6 3159 and
    # 2376. Without the core, no_lp and fs_random_no_lp subsolvers: Instance6 1952 and 2052,
    # Instance4 1716/1720/1719. A MIP of the compact model (SCIP, HiGHS through OR-Tools):
    # its LP bound is weak (Instance4 1261, Instance6 1915), HiGHS found no roster of
    # Instance4, 6 or 7 in 60 s, SCIP 2258 on Instance6; RENS on that LP was infeasible.
    if log is not None:
        solver.parameters.log_search_progress = True
        solver.log_callback = log
    status, last = _solve(solver, m, x, progress, start)
    seconds = time.perf_counter() - start
    name = solver.status_name(status).lower()
    bound = max(bound, solver.best_objective_bound)
    if last is not None and (found is None or last[0] <= found[0]):
        found = last
    elif found is not None:  # the last phase found nothing better in the time left
        name = "feasible"
    if found is None:
        return CurtoisResult(inst.name, name, None, bound, seconds)
    return CurtoisResult(inst.name, name, found[0], bound, seconds, _roster(inst, found[1]))


def _better_only(progress):
    """``progress`` called only for an objective below every one reported before (or
    ``None``): a later phase's first rosters may be worse than an earlier phase's best."""
    if progress is None:
        return None
    best = float("inf")

    def report(seconds, objective):
        nonlocal best
        if objective < best:
            best = objective
            progress(seconds, objective)

    return report


def _least(bound: float) -> float:
    """The least integer objective a proven ``bound`` allows (``-inf`` when none is known)."""
    return math.ceil(bound - 1e-6) if bound > float("-inf") else bound


def _roster(inst, values: dict) -> dict[str, list[str]]:
    """The shift of each person on each day (``""`` off) from the model's 0/1 values."""
    return {e.id: [next((s for s in inst.shifts if values[e.id, d, s]), "")
                   for d in range(inst.days)] for e in inst.staff}


def _solve(solver, m, x, progress, start):
    """Run ``solver`` on ``m``, reporting each better roster to ``progress`` (seconds since
    ``start``). Returns the status and ``(objective, x values)`` or ``None``."""
    from ortools.sat.python import cp_model

    from .progress import solution_callback

    report = solution_callback(progress, offset=time.perf_counter() - start) if progress \
        else None
    status = solver.solve(m, report) if report else solver.solve(m)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return status, None
    return status, (round(solver.objective_value), {k: solver.value(v) for k, v in x.items()})


def _solver(seconds, workers, seed, params):
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(seconds)
    solver.parameters.num_workers = int(workers)
    solver.parameters.random_seed = int(seed)
    for key, value in (params or {}).items():
        if isinstance(value, list | tuple):  # a repeated field (subsolvers, say)
            getattr(solver.parameters, key).extend(value)
        else:
            setattr(solver.parameters, key, value)
    return solver


def _rens(inst, lp, seconds, workers, seed, params, progress, start):
    """A first roster from the column LP's mix, or ``None``: each person's days on which all
    months of the mix agree are fixed, the most weighted month is the hint, CP-SAT decides
    the rest. Returns ``(objective, x values)``."""
    m, x, _ = _model(inst, symmetry=False)  # the order among twins comes after
    for e in inst.staff:
        mix = lp.mix.get(e.id) or []
        if not mix:
            continue
        heaviest = max(mix, key=lambda item: item[1])[0]
        for d in range(inst.days):
            for s in inst.shifts:
                worked = sum((d, s) in month for month, _ in mix)
                if worked == 0:
                    m.add(x[e.id, d, s] == 0)
                elif worked == len(mix):
                    m.add(x[e.id, d, s] == 1)
                m.add_hint(x[e.id, d, s], (d, s) in heaviest)
    return _solve(_solver(seconds, workers, seed, params), m, x, progress, start)[1]


def _pooled(inst, lp, found, seconds, workers, seed, params, progress, start):
    """The roster ``found`` or a better one that gives each person a month of the column
    generation's pool (the integer master, started from ``found``)."""
    from .curtois_columns import pool_model

    roster = _roster(inst, found[1])
    months = {e.id: frozenset((d, s) for d, s in enumerate(roster[e.id]) if s)
              for e in inst.staff}
    m, x = pool_model(inst, lp.pool, months)
    better = _solve(_solver(seconds, workers, seed, params), m, x, progress, start)[1]
    return better if better is not None and better[0] < found[0] else found


def _in_staff_order(inst, values: dict) -> dict:
    """The same roster with identical staff's months reordered to the model's tie order
    (non-increasing key), so that it is a hint the whole model accepts."""
    weights = _tie_weights(inst)
    values = dict(values)
    for group in _identical_staff(inst):
        months = sorted(({k: values[e, *k] for k in weights} for e in group),
                        key=lambda mo: -sum(w * mo[k] for k, w in weights.items()))
        for e, mo in zip(group, months, strict=True):
            values.update({(e, *k): v for k, v in mo.items()})
    return values


def _tie_weights(inst) -> dict[tuple[int, str], int]:
    """The weight of each (day, shift) in the key that orders identical staff."""
    S = list(inst.shifts)
    return {(d, s): d * len(S) + k + 1 for d in range(inst.days) for k, s in enumerate(S)}


def _model(inst: CurtoisInstance, *, symmetry: bool = True):
    """The CP-SAT model of an instance, its shift literals ``x[staff, day, shift]`` and its
    objective; ``symmetry=False`` leaves out the order among identical staff."""
    from ortools.sat.python import cp_model

    m = cp_model.CpModel()
    H = inst.days
    S = list(inst.shifts)
    x = {(e.id, d, s): m.new_bool_var(f"x_{e.id}_{d}_{s}") for e in inst.staff
         for d in range(H) for s in S}
    for e in inst.staff:
        _add_person(m, inst, e, {(d, s): x[e.id, d, s] for d in range(H) for s in S})
    # identical staff (same limits, days off and requests) are interchangeable: of the
    # solutions that only swap their rosters keep one, the one with a non-increasing key
    weights = _tie_weights(inst)
    for group in _identical_staff(inst) if symmetry else ():
        keys = [sum(w * x[e, d, s] for (d, s), w in weights.items()) for e in group]
        for first, second in itertools.pairwise(keys):
            m.add(first >= second)
    objective = _objective(m, inst, x)
    m.minimize(objective)
    return m, x, objective


def _objective(m, inst: CurtoisInstance, x: dict):
    """The benchmark's objective over ``x[staff, day, shift]`` (literals, or expressions of a
    choice of months): requests not granted and each cover's shortfall and excess."""
    from ortools.sat.python import cp_model

    penalties = []
    for emp, d, s, weight in inst.on_requests:
        penalties.append(weight * (1 - x[emp, d, s]))
    for emp, d, s, weight in inst.off_requests:
        penalties.append(weight * x[emp, d, s])
    for d, s, req, under_w, over_w in inst.cover:
        staffed = cp_model.LinearExpr.sum([x[e.id, d, s] for e in inst.staff])
        under = m.new_int_var(0, req, f"u_{d}_{s}")
        over = m.new_int_var(0, len(inst.staff), f"o_{d}_{s}")
        m.add(staffed - req == over - under)
        penalties += [under_w * under, over_w * over]
    return cp_model.LinearExpr.sum(penalties)


def _add_person(m, inst: CurtoisInstance, e: Staff, x: dict) -> None:
    """One person's own rules on their literals ``x[day, shift]``: one shift a day, days off,
    forbidden successions, shift and minute limits, the stretch rules and weekends (the
    whole roster's model and the column generation's pricing share them)."""
    from .roster import add_max_consecutive, add_min_stretch, add_work_pattern

    H = inst.days
    S = list(inst.shifts)
    seq = []
    for d in range(H):
        w = m.new_bool_var(f"w_{e.id}_{d}")
        m.add(sum(x[d, s] for s in S) == w)
        seq.append(w)
        if d in inst.days_off.get(e.id, set()):
            m.add(w == 0)
    for d in range(H - 1):
        for s in S:
            for s2 in inst.cannot_follow[s]:
                m.add_bool_or([x[d, s].Not(), x[d + 1, s2].Not()])
    for s in S:
        m.add(sum(x[d, s] for d in range(H)) <= e.max_shifts.get(s, H))
    minutes = sum(inst.shifts[s] * x[d, s] for d in range(H) for s in S)
    m.add(minutes <= e.max_minutes)
    m.add(minutes >= e.min_minutes)
    # the three stretch rules twice: as one automaton (complete propagation, a stronger
    # bound) and as sums and clauses (rows the LP, local-search and LNS workers use).
    # Measured at 60 s on 2 cores, same machine, before the column generation: separate
    # rules only — Instance4 2/5 seeds at the best known, bound ~1580; automaton only —
    # Instance4 4/5 but Instance5 1236/1144/1243 and Instance7 1164/1368; both — Instance4
    # 2/5 (one proven optimal), Instance5 1146/1146, Instance7 1078/1173
    add_work_pattern(m, seq, e.max_consecutive, e.min_consecutive, e.min_days_off)
    add_max_consecutive(m, seq, e.max_consecutive)
    add_min_stretch(m, seq, e.min_consecutive)
    add_min_stretch(m, [v.Not() for v in seq], e.min_days_off)
    weekends = []
    for sat in range(5, H, 7):
        wk = m.new_bool_var(f"wk_{e.id}_{sat}")
        m.add_max_equality(wk, [seq[d] for d in (sat, sat + 1) if d < H])
        weekends.append(wk)
    m.add(sum(weekends) <= e.max_weekends)


def _identical_staff(inst: CurtoisInstance) -> list[list[str]]:
    """Groups (two or more) of staff ids that no constraint or request tells apart."""
    groups: dict[tuple, list[str]] = {}
    for e in inst.staff:
        key = (tuple(sorted(e.max_shifts.items())), e.max_minutes, e.min_minutes,
               e.max_consecutive, e.min_consecutive, e.min_days_off, e.max_weekends,
               frozenset(inst.days_off.get(e.id, ())),
               frozenset((d, s, w) for who, d, s, w in inst.on_requests if who == e.id),
               frozenset((d, s, w) for who, d, s, w in inst.off_requests if who == e.id))
        groups.setdefault(key, []).append(e.id)
    return [ids for ids in groups.values() if len(ids) > 1]
