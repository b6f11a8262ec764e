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
                  progress=None) -> CurtoisResult:
    """Solve an instance with CP-SAT and report the benchmark objective.

    ``progress`` is called with ``(seconds, objective)`` at each better roster found (a
    :class:`salesops.progress.TimeLimitBar`, say); ``log`` receives the solver's log lines.
    """
    from ortools.sat.python import cp_model

    from .progress import solution_callback

    inst = instance
    number("time_limit_seconds", time_limit_seconds, above=True)
    m, x = _model(inst)
    H, S = inst.days, list(inst.shifts)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit_seconds)
    # 8 workers on 2 cores: the full portfolio (LP, core and no-LP search beside LNS and local
    # search). Measured side by side under the same load (issue 14): LNS-heavy portfolios
    # (num_full_subsolvers=2), 4 workers and linearization_level=2 were each worse on
    # Instance5–7 than this default. Also tried and measured (60 s, 2 cores): half the time
    # for this portfolio, then a large-neighbourhood search of our own that frees a few
    # people's months or a run of days for everyone (1 worker, 2 s per sub-solve, the best
    # roster as hint) — Instance6 better (1956–2052, mean 2003 over 6 seeds, vs 2045–2052),
    # but Instance5 1148–1161 (vs 1146) and Instance7 1070–1293 (mean 1168, vs 1078/1173).
    # A cover-first phase (a quarter of the time on under-cover alone, then its roster as
    # hint and its value as a cut): Instance6 3159 and 2376. Without the core, no_lp and
    # fs_random_no_lp subsolvers: Instance6 1952 and 2052, Instance4 1716/1720/1719.
    solver.parameters.num_workers = int(workers)
    solver.parameters.random_seed = int(seed)
    for key, value in (params or {}).items():
        if isinstance(value, list | tuple):  # a repeated field (subsolvers, say)
            getattr(solver.parameters, key).extend(value)
        else:
            setattr(solver.parameters, key, value)
    if log is not None:
        solver.parameters.log_search_progress = True
        solver.log_callback = log
    start = time.perf_counter()
    status = solver.solve(m, solution_callback(progress)) if progress else solver.solve(m)
    seconds = time.perf_counter() - start
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CurtoisResult(inst.name, name, None, solver.best_objective_bound, seconds)
    roster = {e.id: [next((s for s in S if solver.value(x[e.id, d, s])), "") for d in range(H)]
              for e in inst.staff}
    return CurtoisResult(inst.name, name, round(solver.objective_value),
                         solver.best_objective_bound, seconds, roster)


def _model(inst: CurtoisInstance):
    """The CP-SAT model of an instance and its shift literals ``x[staff, day, shift]``."""
    from ortools.sat.python import cp_model

    from .roster import add_max_consecutive, add_min_stretch, add_work_pattern

    m = cp_model.CpModel()
    H = inst.days
    S = list(inst.shifts)
    x = {(e.id, d, s): m.new_bool_var(f"x_{e.id}_{d}_{s}") for e in inst.staff
         for d in range(H) for s in S}
    work = {}
    for e in inst.staff:
        for d in range(H):
            w = m.new_bool_var(f"w_{e.id}_{d}")
            m.add(sum(x[e.id, d, s] for s in S) == w)
            work[e.id, d] = w
            if d in inst.days_off.get(e.id, set()):
                m.add(w == 0)
        for d in range(H - 1):
            for s in S:
                for s2 in inst.cannot_follow[s]:
                    m.add_bool_or([x[e.id, d, s].Not(), x[e.id, d + 1, s2].Not()])
        for s in S:
            limit = e.max_shifts.get(s, H)
            m.add(sum(x[e.id, d, s] for d in range(H)) <= limit)
        minutes = sum(inst.shifts[s] * x[e.id, d, s] for d in range(H) for s in S)
        m.add(minutes <= e.max_minutes)
        m.add(minutes >= e.min_minutes)
        seq = [work[e.id, d] for d in range(H)]
        # the three stretch rules twice: as one automaton (complete propagation, a stronger
        # bound) and as sums and clauses (rows the LP, local-search and LNS workers use).
        # Measured at 60 s on 2 cores, same machine: separate rules only — Instance4 2/5
        # seeds at the best known, bound ~1580; automaton only — Instance4 4/5 but
        # Instance5 1236/1144/1243 and Instance7 1164/1368; both — Instance4 2/5 (one
        # proven optimal), Instance5 1146/1146, Instance7 1078/1173
        add_work_pattern(m, seq, e.max_consecutive, e.min_consecutive, e.min_days_off)
        add_max_consecutive(m, seq, e.max_consecutive)
        add_min_stretch(m, seq, e.min_consecutive)
        add_min_stretch(m, [v.Not() for v in seq], e.min_days_off)
        weekends = []
        for sat in range(5, H, 7):
            wk = m.new_bool_var(f"wk_{e.id}_{sat}")
            days = [d for d in (sat, sat + 1) if d < H]
            m.add_max_equality(wk, [work[e.id, d] for d in days])
            weekends.append(wk)
        m.add(sum(weekends) <= e.max_weekends)
    # identical staff (same limits, days off and requests) are interchangeable: of the
    # solutions that only swap their rosters keep one, the one with a non-increasing key
    for group in _identical_staff(inst):
        keys = [sum((d * len(S) + k + 1) * x[e, d, s] for d in range(H)
                    for k, s in enumerate(S)) for e in group]
        for first, second in itertools.pairwise(keys):
            m.add(first >= second)
    penalties = []
    for emp, d, s, weight in inst.on_requests:
        penalties.append(weight * (1 - x[emp, d, s]))
    for emp, d, s, weight in inst.off_requests:
        penalties.append(weight * x[emp, d, s])
    for d, s, req, under_w, over_w in inst.cover:
        staffed = sum(x[e.id, d, s] for e in inst.staff)
        under = m.new_int_var(0, req, f"u_{d}_{s}")
        over = m.new_int_var(0, len(inst.staff), f"o_{d}_{s}")
        m.add(staffed - req == over - under)
        penalties += [under_w * under, over_w * over]
    m.minimize(sum(penalties))
    return m, x


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
