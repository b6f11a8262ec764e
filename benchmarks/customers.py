"""Customer table at scale: read + check + write 100k and 1M rows, beside plain pandas.

    python benchmarks/customers.py            # 100k and 1M rows (about 20 minutes on 2 cores)
    python benchmarks/customers.py --rows 100000

Each step runs in its own process so that peak memory (ru_maxrss) belongs to that step alone.
Inputs are made once per size from the shipped sample (150 customers resampled with new IDs,
phones and names) and written as .xlsx and UTF-8 CSV.

Steps, side by side in the same run:

=====================  ==========================================  ===========================
what                   salesops                                    peer (pandas baseline)
=====================  ==========================================  ===========================
read .xlsx             ``read_customers(xlsx)``                    ``pandas.read_excel(xlsx)``
read .csv              ``read_customers(csv)``                     ``pandas.read_csv(csv)``
check                  ``check_customers(df)``                     (no peer: pandas has none)
write .xlsx            ``write_trackers`` (table, validations,     ``DataFrame.to_excel``
                       formats, snapshot for the round trip)
=====================  ==========================================  ===========================

The table printed at the end gives seconds, peak MiB and the ratio salesops / pandas.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = ["ours_read_xlsx", "peer_read_xlsx", "ours_read_csv", "peer_read_csv", "ours_check",
         "ours_write", "peer_write"]


def make_inputs(rows: int, folder: Path) -> tuple[Path, Path]:
    """Resample the shipped customers to ``rows`` rows; write .csv and .xlsx inputs."""
    import numpy as np
    import pandas as pd

    from salesops import datasets

    base = pd.read_csv(datasets.path("customers"), dtype=str, encoding="utf-8-sig")
    rng = np.random.default_rng(rows)
    frame = base.iloc[rng.integers(0, len(base), rows)].reset_index(drop=True)
    frame["客户编号"] = [f"C{i + 1:07d}" for i in range(rows)]
    frame["手机"] = [f"13{n:09d}" for n in rng.permutation(rows)]
    frame["客户名称"] = frame["客户名称"] + pd.Series(range(rows)).astype(str)
    csv_path = folder / f"customers_{rows}.csv"
    xlsx_path = folder / f"customers_{rows}.xlsx"
    frame.to_csv(csv_path, index=False, encoding="utf-8-sig")
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(list(frame.columns))
    for record in frame.itertuples(index=False):
        ws.append(list(record))
    wb.save(xlsx_path)
    return csv_path, xlsx_path


def run_step(step: str, csv_path: Path, xlsx_path: Path, out: Path) -> dict:
    """Run one step in this process; return seconds and peak memory."""
    import pandas as pd

    import salesops
    from salesops.trackers import customers_tracker, problems_tracker

    pre = None
    if step in ("ours_check", "ours_write"):
        pre = salesops.read_customers(csv_path)
    if step == "peer_write":
        pre = pd.read_csv(csv_path, dtype=str)
    if step == "ours_write":
        problems = salesops.check_customers(pre)
    start = time.perf_counter()
    if step == "ours_read_xlsx":
        result = len(salesops.read_customers(xlsx_path))
    elif step == "peer_read_xlsx":
        result = len(pd.read_excel(xlsx_path, dtype=str))
    elif step == "ours_read_csv":
        result = len(salesops.read_customers(csv_path))
    elif step == "peer_read_csv":
        result = len(pd.read_csv(csv_path, dtype=str))
    elif step == "ours_check":
        result = len(salesops.check_customers(pre))
    elif step == "ours_write":
        salesops.write_trackers(out, [customers_tracker(pre), problems_tracker(problems)],
                                overwrite=True)
        result = out.stat().st_size
    elif step == "peer_write":
        pre.to_excel(out, index=False)
        result = out.stat().st_size
    else:
        raise ValueError(step)
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"step": step, "seconds": seconds, "peak_mib": peak_mib, "result": result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--xlsx", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:  # child process
        print(json.dumps(run_step(args.step, Path(args.csv), Path(args.xlsx), Path(args.out))))
        return
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for rows in args.rows:
            t0 = time.perf_counter()
            csv_path, xlsx_path = make_inputs(rows, folder)
            print(f"# {rows:,} rows: inputs made in {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr)
            for step in STEPS:
                out = folder / f"{step}_{rows}.xlsx"
                proc = subprocess.run(
                    [sys.executable, __file__, "--step", step, "--csv", str(csv_path),
                     "--xlsx", str(xlsx_path), "--out", str(out)],
                    capture_output=True, text=True, check=True)
                record = json.loads(proc.stdout.strip().splitlines()[-1])
                record["rows"] = rows
                table.append(record)
                print(f"#   {step:15s} {record['seconds']:8.1f} s {record['peak_mib']:8.0f} MiB",
                      file=sys.stderr)
                out.unlink(missing_ok=True)
    print_table(table)


def print_table(table: list[dict]) -> None:
    by = {(r["rows"], r["step"]): r for r in table}
    pairs = [("read .xlsx", "ours_read_xlsx", "peer_read_xlsx"),
             ("read .csv", "ours_read_csv", "peer_read_csv"),
             ("check", "ours_check", None),
             ("write .xlsx", "ours_write", "peer_write")]
    print("| rows | step | salesops s | pandas s | time ratio | salesops MiB | pandas MiB |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for rows in sorted({r["rows"] for r in table}):
        for name, ours, peer in pairs:
            a = by[(rows, ours)]
            b = by.get((rows, peer)) if peer else None
            ratio = f"{a['seconds'] / b['seconds']:.2f}×" if b else "—"
            print(f"| {rows:,} | {name} | {a['seconds']:.1f} | "
                  f"{b['seconds']:.1f} | {ratio} | {a['peak_mib']:.0f} | {b['peak_mib']:.0f} |"
                  if b else
                  f"| {rows:,} | {name} | {a['seconds']:.1f} | — | — | {a['peak_mib']:.0f} | — |")


if __name__ == "__main__":
    main()
