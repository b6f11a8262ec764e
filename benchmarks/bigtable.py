"""Customer tables beyond one Excel sheet: `salesops customers check` and `salesops abc` on
millions of rows, with the time and the peak memory of each command.

    python benchmarks/bigtable.py                       # 10,000,000 rows
    python benchmarks/bigtable.py --rows 2000000

The input is the shipped sample resampled to ``--rows`` rows (new IDs, phones and names; as
``benchmarks/customers.py`` makes it) and written as UTF-8 CSV — a table this long arrives as
CSV or Parquet, never as a workbook (a sheet holds 1,048,576 rows). Each command runs in its
own process, exactly as a person types it, so its peak memory (``ru_maxrss`` of the child) is
its own; beside it, ``pandas.read_csv(dtype=str)`` of the same file as the peer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from customers import make_inputs

#: runs a command and prints its peak memory: a fresh parent per step, so that the
#: children's ru_maxrss belongs to that step alone
WRAPPER = ("import resource, subprocess, sys; "
           "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
           "stderr=subprocess.DEVNULL).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def measured(command: list[str]) -> tuple[float, float, int]:
    """Seconds, peak MiB and exit code of ``command`` run as a child process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True,
                          text=True, check=True)
    seconds = time.perf_counter() - started
    peak, code = done.stdout.split()
    return seconds, int(peak) / 1024, int(code)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args(argv)
    salesops = str(Path(sys.executable).with_name("salesops"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        csv_path, _ = make_inputs(args.rows, folder, xlsx=False)
        print(f"input: {args.rows:,} rows, {csv_path.stat().st_size / 2**20:,.0f} MiB CSV "
              f"(made in {time.perf_counter() - started:.0f} s)")
        steps = [
            ("peer: pandas.read_csv(dtype=str)",
             [sys.executable, "-c", "import pandas, sys; pandas.read_csv(sys.argv[1], "
              "dtype=str, encoding='utf-8-sig')", str(csv_path)]),
            ("salesops customers check FILE --json",
             [salesops, "customers", "check", str(csv_path), "--json"]),
            ("salesops abc FILE -o abc.csv", [salesops, "abc", str(csv_path), "-o",
                                              str(folder / "abc.csv")]),
        ]
        print(f"{'step':<40} {'seconds':>9} {'peak MiB':>9} {'exit':>5}")
        for name, command in steps:
            seconds, peak, code = measured(command)
            print(f"{name:<40} {seconds:>9.1f} {peak:>9,.0f} {code:>5}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
