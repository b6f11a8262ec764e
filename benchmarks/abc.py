"""ABC classification at scale: salesops beside inventorize.ABC and a bare pandas version.

    pip install inventorize          # the peer, for this benchmark only
    python benchmarks/abc.py                       # 1M and 10M customers
    python benchmarks/abc.py --rows 1000000

Each implementation runs in its own process (fair peak memory, ru_maxrss) on the same
heavy-tailed values (lognormal, rounded to cents, with ties). Time is the best of ``--repeat``
runs inside that process. The bare pandas version is the textbook one — sort, cumulative sum,
``np.select`` on the cumulative share *including* the customer — so it is fast but gets the
boundary customer, ties and exact cut-offs wrong; the table counts how many customers each
peer classifies differently from salesops.

The goal (issue #3) is salesops within 1.5× of the bare pandas time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np

IMPLS = ["salesops", "pandas", "inventorize"]


def make_values(rows: int) -> np.ndarray:
    rng = np.random.default_rng(rows)
    return np.round(rng.lognormal(10, 1.6, rows), 2)


def run(impl: str, rows: int, repeat: int) -> dict:
    import pandas as pd

    values = make_values(rows)
    df = pd.DataFrame({"customer_id": np.arange(rows), "annual_sales": values})
    best, classes = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        if impl == "salesops":
            from salesops.abc import classify_abc

            out = classify_abc(df)
            classes = out["abc_class"].to_numpy(dtype=object)
        elif impl == "pandas":
            s = df.sort_values("annual_sales", ascending=False)
            cum = s["annual_sales"].cumsum() / s["annual_sales"].sum()
            cls = np.select([cum < 0.8, cum < 0.95], ["A", "B"], "C")
            classes = pd.Series(cls, index=s.index).reindex(df.index).to_numpy(dtype=object)
        elif impl == "inventorize":
            import inventorize

            out = inventorize.ABC(df[["customer_id", "annual_sales"]])
            classes = out["Category"].reindex(df.index).to_numpy(dtype=object)
        else:
            raise ValueError(impl)
        best = min(best, time.perf_counter() - start)
    counts = {c: int((classes == c).sum()) for c in ("A", "B", "C")}
    np.save(f"/tmp/abc_bench_{impl}_{rows}.npy", classes.astype("U1"))
    return {"impl": impl, "rows": rows, "seconds": best, "counts": counts,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[1_000_000, 10_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--impl", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.impl:
        print(json.dumps(run(args.impl, args.rows[0], args.repeat)))
        return
    results = []
    for rows in args.rows:
        for impl in IMPLS:
            proc = subprocess.run([sys.executable, __file__, "--impl", impl, "--rows",
                                   str(rows), "--repeat", str(args.repeat)],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(f"# {impl} failed: {proc.stderr.strip().splitlines()[-1]}",
                      file=sys.stderr)
                continue
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"# {impl:12s} {rows:>11,} rows {results[-1]['seconds']:7.2f} s",
                  file=sys.stderr)
    print("| rows | implementation | seconds | × bare pandas | peak MiB | A / B / C "
          "| differs from salesops |")
    print("|---:|---|---:|---:|---:|---|---:|")
    for rows in args.rows:
        ours = np.load(f"/tmp/abc_bench_salesops_{rows}.npy")
        base = next(r for r in results if r["rows"] == rows and r["impl"] == "pandas")
        for r in (r for r in results if r["rows"] == rows):
            other = np.load(f"/tmp/abc_bench_{r['impl']}_{rows}.npy")
            c = r["counts"]
            print(f"| {rows:,} | {r['impl']} | {r['seconds']:.2f} | "
                  f"{r['seconds'] / base['seconds']:.2f}× | {r['peak_mib']:.0f} | "
                  f"{c['A']:,} / {c['B']:,} / {c['C']:,} | {(other != ours).sum():,} |")


if __name__ == "__main__":
    main()
