"""Solomon VRPTW with a lunch break for every vehicle and a tenth of the customers on an
appointment: salesops (PyVRP on the clock without the break, the break put back exactly)
beside plain OR-Tools routing with a break interval per vehicle, same problems, same run.

    python benchmarks/breaks.py                           # 6 development instances, 10 s
    python benchmarks/breaks.py --seconds 30 --seeds 0 1 2 --instances C101 R201

The problem per instance and seed:

* every vehicle takes a 60-minute break that starts in the middle fifth of the depot's
  horizon (from 40% to 60% of it) — the lunch of a visit day;
* a tenth of the customers (a random sample per seed) have their window narrowed to an
  "appointment" of 30 time units around its middle;
* a customer that cannot be served even alone on its own route with the break (R1's
  10-unit windows that close just after the break must start) is removed from both
  problems, and counted;
* vehicles are free (one per customer available): with an hour's break in R1's 230-unit
  horizon Solomon's fleet of 25 no longer suffices.

Both engines go through :func:`salesops.routing.solve_vrptw` with ``lunch=`` — the code
path of the visit planner: ``engine="pyvrp"`` is salesops' (hybrid genetic search on the
shortened clock for ``PYVRP_SHARE`` of the time, then :func:`~salesops.routing.place_break`;
routes without a gap for the break are routed again with windows kept either side of it, or
OR-Tools takes over; then OR-Tools guided local search starts from those routes for the time
left, its answer kept only when it serves everyone, passes the checker and is shorter);
``engine="ortools"`` is plain OR-Tools routing (parallel cheapest insertion + guided local
search, ``SetBreakIntervalsOfVehicle``). Every solution is checked by
:func:`~salesops.routing.check_vrptw`, an independent simulation in double precision.

Printed: customers kept and removed, per engine the distance, vehicles, the checker's
findings and seconds; the gap of salesops to OR-Tools (negative = salesops shorter); then
mean and worst gap over all runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from salesops.routing import (
    Break,
    check_vrptw,
    integer_problem,
    place_break,
    read_solomon,
    solve_vrptw,
)

BENCH = Path(__file__).resolve().parents[1] / "tests" / "data" / "solomon"
DEV = ["C101", "R101", "RC101", "C201", "R201", "RC201"]


def problem(name: str, seed: int, share: float):
    """The instance with its appointments, the break, and how many customers were removed."""
    inst = read_solomon(BENCH / f"{name}.txt")
    horizon = float(inst.due[0])
    lunch = Break(round(0.4 * horizon), round(0.6 * horizon) + 60, 60)
    rng = np.random.default_rng(seed)
    n = len(inst.demand) - 1
    ready, due = inst.ready.copy(), inst.due.copy()
    for c in rng.choice(np.arange(1, n + 1), max(1, round(share * n)), replace=False):
        middle = (ready[c] + due[c]) / 2
        ready[c], due[c] = max(ready[c], round(middle - 15)), min(due[c], round(middle + 15))
    inst = replace(inst, ready=ready, due=due)
    travel, service, windows, brk = integer_problem(inst, lunch)
    late = round(due[0] * 1000)
    alone = [c for c in range(1, n + 1)
             if (clock := place_break([c], travel, service, windows, 0, brk)) is not None
             and clock[2] <= late]
    # the break costs every route an hour: Solomon's fleet (25 for the 1-series' short
    # horizon) may no longer suffice, so vehicles are free for both engines
    sub = inst.subset([0, *alone], vehicles=len(alone))
    return sub, lunch, n - len(alone)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--instances", nargs="+", default=DEV)
    args = parser.parse_args(argv)
    print(f"{'instance':8} {'seed':>4} {'kept':>4} {'gone':>4} | {'salesops':>16} "
          f"{'km':>8} {'veh':>3} {'chk':>3} {'s':>5} | {'OR-Tools km':>11} {'veh':>3} "
          f"{'chk':>3} {'s':>5} | {'gap':>7}")
    gaps, unchecked = [], 0
    for name in args.instances:
        for seed in args.seeds:
            inst, lunch, gone = problem(name, seed, args.share)
            ours = solve_vrptw(inst, time_limit_seconds=args.seconds, engine="pyvrp",
                               seed=seed, lunch=lunch)
            peer = solve_vrptw(inst, time_limit_seconds=args.seconds, engine="ortools",
                               lunch=lunch)
            found = [check_vrptw(inst, s.routes, lunch, s.lunch_starts) for s in (ours, peer)]
            unchecked += sum(bool(f) for f in found)
            gap = ""
            if not any(found):
                gaps.append(100 * (ours.distance - peer.distance) / peer.distance)
                gap = f"{gaps[-1]:+6.2f}%"
            print(f"{name:8} {seed:4d} {len(inst.demand) - 1:4d} {gone:4d} | "
                  f"{ours.engine:>16} {ours.distance:8.1f} {ours.vehicles:3d} "
                  f"{len(found[0]):3d} {ours.seconds:5.1f} | {peer.distance:11.1f} "
                  f"{peer.vehicles:3d} {len(found[1]):3d} {peer.seconds:5.1f} | {gap:>7}",
                  flush=True)
    if gaps:
        print(f"\nsalesops vs OR-Tools over {len(gaps)} checked runs: mean gap "
              f"{statistics.mean(gaps):+.2f}%, worst {max(gaps):+.2f}%, best {min(gaps):+.2f}%"
              f"; solutions failing the checker: {unchecked}")
    return 0 if gaps and not unchecked else 1


if __name__ == "__main__":
    sys.exit(main())
