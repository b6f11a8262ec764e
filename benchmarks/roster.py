"""Curtois & Qu shift-scheduling instances: objective, bound, time and gap to the best known.

    python benchmarks/roster.py                 # Instance1–8, 60 s each
    python benchmarks/roster.py --seconds 30 --instances Instance1 Instance2 Instance3

The model is :func:`salesops.curtois.solve_curtois` (OR-Tools CP-SAT, 8 search threads on the
machine's 2 cores — the portfolio of strategies, LNS included, matters more than parallel
speed). ``gap to BKS`` compares the objective with the published best-known value
(``bks.csv``); ``gap to bound`` with the solver's own lower bound (0 = proven optimal).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from salesops.curtois import read_curtois, solve_curtois

BENCH = Path(__file__).resolve().parents[1] / "tests" / "data" / "roster"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--instances", nargs="*",
                        default=[f"Instance{i}" for i in range(1, 9)])
    parser.add_argument("--dir", type=Path, default=BENCH)
    args = parser.parse_args()
    bks = {r["instance"]: int(r["best_known"]) for r in
           csv.DictReader((args.dir / "bks.csv").read_text().splitlines())}
    print("| instance | objective | best known | gap to BKS | bound | gap to bound | seconds "
          "| status |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name in args.instances:
        r = solve_curtois(read_curtois(args.dir / f"{name}.txt"),
                          time_limit_seconds=args.seconds)
        best = bks.get(name)
        gap = f"{(r.objective - best) / best:+.2%}" if r.objective is not None and best else "—"
        bound_gap = f"{r.gap:.2%}" if r.gap is not None else "—"
        print(f"| {name} | {r.objective} | {best} | {gap} | {r.bound:.0f} | {bound_gap} | "
              f"{r.seconds:.1f} | {r.status} |", flush=True)


if __name__ == "__main__":
    main()
