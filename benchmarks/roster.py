"""Curtois & Qu shift-scheduling instances over several seeds: mean, worst, gap, bound, time.

    python benchmarks/roster.py                 # Instance1–8, seeds 0–4, 60 s each (40 min)
    python benchmarks/roster.py --seconds 30 --seeds 0 1 --instances Instance1 Instance3

Every run calls :func:`salesops.curtois.solve_curtois` with its defaults and only the seed
changed — the code path of ``salesops roster benchmark``. ``gap to BKS`` compares the mean
and the worst objective over the seeds with the published best-known value (``bks.csv``);
``bound`` is the best lower bound the solver proved in any seed (= BKS: proven optimal);
``at BKS`` counts the seeds that reached the best-known value. ``CPU s`` is the processor
time the solver actually got (on 2 free cores a 60 s run gets about 120 s; on a machine shared
with other work it gets less, and the objective shows it). One line per run is printed while
the benchmark goes (``--quiet`` drops them), then the table.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from salesops.curtois import read_curtois, solve_curtois

BENCH = Path(__file__).resolve().parents[1] / "tests" / "data" / "roster"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seeds", type=int, nargs="*", default=[0, 1, 2, 3, 4])
    parser.add_argument("--instances", nargs="*",
                        default=[f"Instance{i}" for i in range(1, 9)])
    parser.add_argument("--dir", type=Path, default=BENCH)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    bks = {r["instance"]: int(r["best_known"]) for r in
           csv.DictReader((args.dir / "bks.csv").read_text().splitlines())}
    rows = []
    for name in args.instances:
        inst = read_curtois(args.dir / f"{name}.txt")
        runs = []
        for seed in args.seeds:
            before = _cpu()
            r = solve_curtois(inst, time_limit_seconds=args.seconds, seed=seed)
            cpu = _cpu() - before
            runs.append((r, cpu))
            if not args.quiet:
                print(f"# {name} seed {seed}: objective {r.objective}, bound {r.bound:.0f}, "
                      f"{r.seconds:.1f} s, CPU {cpu:.0f} s, {r.status}", flush=True)
        rows.append((name, runs))

    def gap(value, best):
        return f"{(value - best) / best:+.2%}" if value is not None and best else "—"

    print(f"\n{len(args.seeds)} seeds ({' '.join(map(str, args.seeds))}), "
          f"{args.seconds:g} s each\n")
    print("| instance | best known | mean | worst | gap mean | gap worst | at BKS | bound "
          "| mean s | max s | CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, pairs in rows:
        runs = [r for r, _ in pairs]
        cpu = statistics.fmean(c for _, c in pairs)
        best = bks.get(name)
        objs = [r.objective for r in runs if r.objective is not None]
        mean = statistics.fmean(objs) if objs else None
        worst = max(objs) if len(objs) == len(runs) else None
        hits = sum(o == best for o in objs)
        bound = max(r.bound for r in runs)
        secs = [r.seconds for r in runs]
        mean_text = f"{mean:.1f}" if mean is not None else "—"
        print(f"| {name} | {best} | {mean_text} | {worst if worst is not None else '—'} | "
              f"{gap(mean, best)} | {gap(worst, best)} | {hits}/{len(runs)} | {bound:.0f} | "
              f"{statistics.fmean(secs):.1f} | {max(secs):.1f} | {cpu:.0f} |", flush=True)


def _cpu() -> float:
    """Processor seconds used by this process so far, every thread counted."""
    return time.process_time()


if __name__ == "__main__":
    main()
