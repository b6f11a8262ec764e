"""Grading a class: 40 submissions (every exercise, right ones and planted errors).

Prints the time to grade the class and write the gradebook and the feedback workbooks, beside
the floor measured in the same run: only reading every sheet of every file with calamine (what
any grader must do). Goal: a class of 40 in under 30 s on 2 cores.

    python benchmarks/homework.py [--students 40]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from salesops.homework import grade_class, write_feedback, write_gradebook
from salesops.homework.sample import sample_class
from salesops.homework.submission import read_sheets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        paths = sample_class(folder, args.students)
        t0 = time.perf_counter()
        for path in paths:
            read_sheets(path)
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = grade_class(folder)
        graded = time.perf_counter() - t0
        t0 = time.perf_counter()
        write_gradebook(result, Path(tmp) / "成绩册.xlsx")
        for k, grade in enumerate(result.grades):
            write_feedback(grade, Path(tmp) / "feedback" / f"{k}.xlsx")
        written = time.perf_counter() - t0
    total = graded + written
    print(f"| students | read only (floor) s | grade s | × floor | write gradebook + "
          f"{len(result.grades)} feedback s | total s | goal |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    print(f"| {args.students} | {floor:.2f} | {graded:.2f} | {graded / floor:.1f}× | "
          f"{written:.2f} | {total:.2f} | {'met' if total < 30 else 'MISSED'} (< 30 s) |")


if __name__ == "__main__":
    main()
