"""Customer table at scale: read and write 100k and 1M rows, beside pandas and XlsxWriter.

    python benchmarks/customers.py                       # 100k and 1M rows (long: see below)
    python benchmarks/customers.py --rows 100000
    python benchmarks/customers.py --rows 1000000 --steps read_csv   # one row of the table

Each measurement runs in its own process, so that peak memory (ru_maxrss) belongs to that step
alone. Inputs are made once per size from the shipped sample (150 customers resampled with new
IDs, phones and names) and written as .xlsx and UTF-8 CSV.

Side by side in the same run (issue 14):

==================  ==========================================  ==============================
step                salesops                                    peers
==================  ==========================================  ==============================
read .csv           ``read_customers(csv)``                     ``pandas.read_csv(dtype=str)``
read .xlsx          ``read_customers(xlsx)``                    ``pandas.read_excel(dtype=str)``
write the customer  ``customer_workbook(table)``: check, then   ``DataFrame.to_excel`` with
workbook            客户信息表 (a real table, dropdowns,          openpyxl; with xlsxwriter;
                    conditional formats, frozen header, print   XlsxWriter writing a real table
                    set-up), 问题清单, 说明 and the snapshot      + a dropdown + a conditional
                    for the round trip                          format (``add_table``)
==================  ==========================================  ==============================

The table printed at the end gives seconds, peak MiB and the ratio salesops / peer. The write
peers need XlsxWriter (``pip install -e ".[test]"``). At 1M rows the write peers take many
minutes each.
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

#: step -> (table row, who)
STEPS = {
    "ours_read_csv": ("read_csv", "salesops read_customers"),
    "peer_read_csv": ("read_csv", "pandas.read_csv(dtype=str)"),
    "ours_read_xlsx": ("read_xlsx", "salesops read_customers"),
    "peer_read_xlsx": ("read_xlsx", "pandas.read_excel(dtype=str)"),
    "ours_write": ("write", "salesops customer_workbook"),
    "peer_write_openpyxl": ("write", "to_excel (openpyxl)"),
    "peer_write_xlsxwriter": ("write", "to_excel (xlsxwriter)"),
    "peer_write_table": ("write", "XlsxWriter table + dropdown + format"),
}
ROWS = {"read_csv": "read .csv", "read_xlsx": "read .xlsx",
        "write": "write the customer workbook"}


def make_inputs(rows: int, folder: Path, xlsx: bool = True) -> tuple[Path, Path]:
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
    if not xlsx:  # not measured: not made (a million rows take minutes)
        return csv_path, xlsx_path
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(list(frame.columns))
    for record in frame.itertuples(index=False):
        ws.append(list(record))
    wb.save(xlsx_path)
    return csv_path, xlsx_path


def xlsxwriter_table(frame, out: Path) -> None:
    """The peer a person would write with XlsxWriter: the rows as a real Excel table, a
    dropdown on the customer type and a red fill on negative sales."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out))
    ws = wb.add_worksheet("客户")
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    ws.add_table(0, 0, len(frame), len(frame.columns) - 1, {
        "data": rows, "columns": [{"header": h} for h in frame.columns],
        "style": "Table Style Medium 2"})
    kind = list(frame.columns).index("客户类型")
    ws.data_validation(1, kind, len(frame), kind, {
        "validate": "list", "source": sorted(frame["客户类型"].dropna().unique())})
    sales = list(frame.columns).index("年销售额")
    ws.conditional_format(1, sales, len(frame), sales, {
        "type": "cell", "criteria": "<", "value": 0,
        "format": wb.add_format({"bg_color": "#FFC7CE"})})
    ws.freeze_panes(1, 0)
    wb.close()


def run_step(step: str, csv_path: Path, xlsx_path: Path, out: Path) -> dict:
    """Run one step in this process; return seconds and peak memory."""
    import pandas as pd

    import salesops
    from salesops.workbooks import customer_workbook

    pre = None
    if step == "ours_write":
        pre = salesops.read_customers(csv_path)  # read once: the table with its report
    elif step.startswith("peer_write"):
        pre = pd.read_csv(csv_path, dtype=str)
    start = time.perf_counter()
    if step == "ours_read_xlsx":
        result = len(salesops.read_customers(xlsx_path))
    elif step == "peer_read_xlsx":
        result = len(pd.read_excel(xlsx_path, dtype=str))
    elif step == "ours_read_csv":
        result = len(salesops.read_customers(csv_path))
    elif step == "peer_read_csv":
        result = len(pd.read_csv(csv_path, dtype=str))
    elif step == "ours_write":
        customer_workbook(pre, out, overwrite=True)
        result = out.stat().st_size
    elif step == "peer_write_openpyxl":
        pre.to_excel(out, index=False, engine="openpyxl")
        result = out.stat().st_size
    elif step == "peer_write_xlsxwriter":
        pre.to_excel(out, index=False, engine="xlsxwriter")
        result = out.stat().st_size
    elif step == "peer_write_table":
        xlsxwriter_table(pre, out)
        result = out.stat().st_size
    else:
        raise ValueError(step)
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"step": step, "seconds": seconds, "peak_mib": peak_mib, "result": result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--steps", nargs="*", choices=sorted(ROWS), default=sorted(ROWS),
                        help="which rows of the table to measure")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each step; the fastest counts (the machine is shared)")
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
            csv_path, xlsx_path = make_inputs(rows, folder, xlsx="read_xlsx" in args.steps)
            print(f"# {rows:,} rows: inputs made in {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr)
            for step, (row, _who) in STEPS.items():
                if row not in args.steps:
                    continue
                runs = []
                for _ in range(args.repeat):  # alternate with the other steps' runs
                    out = folder / f"{step}_{rows}.xlsx"
                    proc = subprocess.run(
                        [sys.executable, __file__, "--step", step, "--csv", str(csv_path),
                         "--xlsx", str(xlsx_path), "--out", str(out)],
                        capture_output=True, text=True, check=True)
                    runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
                    out.unlink(missing_ok=True)
                record = min(runs, key=lambda r: r["seconds"])
                record["rows"] = rows
                table.append(record)
                print(f"#   {step:22s} {record['seconds']:8.2f} s {record['peak_mib']:8.0f} MiB",
                      file=sys.stderr)
    print_table(table)


def print_table(table: list[dict]) -> None:
    """One line per peer: salesops' figure beside it, and the ratio salesops / peer."""
    by = {(r["rows"], r["step"]): r for r in table}
    print("| rows | step | salesops s | peer | peer s | salesops / peer | salesops MiB |"
          " peer MiB |")
    print("|---:|---|---:|---|---:|---:|---:|---:|")
    for rows in sorted({r["rows"] for r in table}):
        for row, name in ROWS.items():
            ours = by.get((rows, f"ours_{row}"))
            if ours is None:
                continue
            for step, (peer_row, who) in STEPS.items():
                peer = by.get((rows, step))
                if peer_row != row or step.startswith("ours") or peer is None:
                    continue
                print(f"| {rows:,} | {name} | {ours['seconds']:.2f} | {who} | "
                      f"{peer['seconds']:.2f} | {ours['seconds'] / peer['seconds']:.2f}× | "
                      f"{ours['peak_mib']:.0f} | {peer['peak_mib']:.0f} |")


if __name__ == "__main__":
    main()
