"""Make the 10,000-row customer file whose reading tests/test_customers.py pins.

The rows are drawn, with a fixed seed, from the shipped messy sample (``data/
messy_customers.csv``: GBK, a title row, full-width digits, 万 amounts, bad dates and
duplicates), so that every planted problem recurs at scale; the 序号 is renumbered and most
names get a number, so that the file also holds many distinct values. ``expected_problems.csv``
beside this file is what ``check_customers`` reported for it (on 2026-12-01, in Chinese) with
the cell-by-cell reader of salesops before issue 14; remake it with that version:
``python tests/data/customers/generate.py OUT.csv``, then read and check ``OUT.csv``.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def generated_customers_csv(rows: int = 10_000, seed: int = 14) -> bytes:
    """The generated file's bytes (GBK, like the sample it is drawn from)."""
    import numpy as np

    text = (ROOT / "data" / "messy_customers.csv").read_bytes().decode("gb18030")
    records = list(csv.reader(io.StringIO(text, newline="")))
    title, header, body = records[0], records[1], [r for r in records[2:] if r]
    rng = np.random.default_rng(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([title, header])
    for i, pick in enumerate(rng.integers(0, len(body), rows)):
        row = list(body[pick])
        row[0] = str(i + 1)
        if rng.random() < 0.6 and row[1].strip():
            row[1] = f"{row[1]}{i}"
        writer.writerow(row)
    return out.getvalue().encode("gb18030")


if __name__ == "__main__":
    Path(sys.argv[1]).write_bytes(generated_customers_csv())
