"""Solomon VRPTW: distance and gap to the best known, salesops beside plain OR-Tools and PyVRP.

    python benchmarks/routes.py                       # 6 development instances, 10 s and 30 s
    python benchmarks/routes.py --seconds 30 --instances C101 R101

For every instance and time limit, in the same run:

* ``salesops`` — :func:`salesops.routing.solve_vrptw` (its default engine, PyVRP's hybrid
  genetic search behind salesops' model: distances scaled to 1/1000 and rounded down, routes
  re-measured in double precision and re-checked by an independent feasibility checker);
* ``OR-Tools GLS`` — plain OR-Tools routing, parallel cheapest insertion + guided local search;
* ``PyVRP`` — PyVRP as its own Solomon benchmarks run it (DIMACS convention: × 10, distances
  truncated), re-measured in double precision; a negative vehicle count marks a solution that
  is late somewhere in exact arithmetic.

The gap is to the distance-only best-known solution of ``bks.csv`` (double precision).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from salesops.routing import check_vrptw, read_solomon, route_distance, solve_vrptw

BENCH = Path(__file__).resolve().parents[1] / "tests" / "data" / "solomon"
DEV = ["C101", "R101", "RC101", "C201", "R201", "RC201"]


def plain_pyvrp(path: Path, seconds: float) -> tuple[float, int]:
    """PyVRP as its own Solomon benchmarks run it: the DIMACS convention (coordinates and
    times × 10, distances truncated), then re-measured here in double precision."""
    import math

    from pyvrp import Model
    from pyvrp.stop import MaxRuntime

    inst = read_solomon(path)
    m = Model()
    depot = m.add_depot(m.add_location(*inst.xy[0]), tw_early=int(inst.ready[0] * 10),
                        tw_late=int(inst.due[0] * 10))
    m.add_vehicle_type(num_available=inst.vehicles, capacity=int(inst.capacity),
                       start_depot=depot, end_depot=depot, tw_late=int(inst.due[0] * 10))
    for c in range(1, len(inst.demand)):
        m.add_client(m.add_location(*inst.xy[c]), delivery=int(inst.demand[c]),
                     service_duration=int(inst.service[c] * 10),
                     tw_early=int(inst.ready[c] * 10), tw_late=int(inst.due[c] * 10))
    d = inst.distances
    for i, a in enumerate(m.locations):
        for j, b in enumerate(m.locations):
            value = math.floor(d[i, j] * 10)
            m.add_edge(a, b, distance=value, duration=value)
    result = m.solve(stop=MaxRuntime(seconds), seed=0, display=False)
    routes = [[a.idx + 1 for a in r if a.is_client()] for r in result.best.routes()]
    if check_vrptw(inst, routes):  # DIMACS truncation can admit slightly late arrivals
        return route_distance(inst, routes), -len(routes)
    return route_distance(inst, routes), len(routes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, nargs="*", default=[10, 30])
    parser.add_argument("--instances", nargs="*", default=DEV)
    args = parser.parse_args()
    bks = {r["instance"]: float(r["distance_only_km"]) for r in
           csv.DictReader((BENCH / "bks.csv").read_text().splitlines())}
    print("| instance | seconds | salesops | gap | OR-Tools GLS | gap | PyVRP | gap |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    gaps: dict[tuple[str, float], list[float]] = {}
    for seconds in args.seconds:
        for name in args.instances:
            path = BENCH / f"{name}.txt"
            inst = read_solomon(path)
            best = bks[name]
            cells = []
            for label, engine in (("salesops", "pyvrp"), ("ortools", "ortools")):
                r = solve_vrptw(inst, time_limit_seconds=seconds, engine=engine)
                assert not check_vrptw(inst, r.routes), (label, name)
                gap = (r.distance - best) / best
                gaps.setdefault((label, seconds), []).append(gap)
                cells.append(f"{r.distance:.2f} ({r.vehicles}) | {gap:+.2%}")
            try:
                distance, vehicles = plain_pyvrp(path, seconds)
                gap = (distance - best) / best
                gaps.setdefault(("pyvrp", seconds), []).append(gap)
                cells.append(f"{distance:.2f} ({vehicles}) | {gap:+.2%}")
            except Exception as exc:  # reader differences: report, do not hide the row
                cells.append(f"error {type(exc).__name__} | —")
            print(f"| {name} | {seconds:g} | " + " | ".join(cells) + " |", flush=True)
    print()
    for (label, seconds), values in sorted(gaps.items()):
        print(f"average gap {label} at {seconds:g} s: {sum(values) / len(values):+.2%}")


if __name__ == "__main__":
    main()
