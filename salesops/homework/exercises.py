"""The course's exercises as data: id, title, source, what is handed in, and the rubric.

Every exercise of the course that has a computable answer is here (COURSE.md, seeds 000–003):
the three-agent roster, the customer-information table (表1-4), ABC classes with the service
policy, the weekly call self-check, the thin funnel layer, online conversion (42 vs 29
consultations), the China Mobile phone script and the ten steps of a complaint. A rubric is a
list of criteria with points; each criterion is checked by the package's own rules
(``check_roster``, ``check_customers``, ``classify_abc``, ``funnel``, ``WorkCalendar``…).
Criteria a machine cannot judge (how well a script is phrased) are marked ``teacher``: they
score 0 automatically and the gradebook leaves them for the teacher.

Course rules are the default rubric; stricter team rules (11 hours' rest between shifts, a rest
day every week) are criteria switched off by default. A teacher changes points and switches
criteria in a rubric workbook (:func:`write_rubric` / :func:`read_rubric`) without code.

Examples
--------
>>> ex = EXERCISES["roster"]
>>> [(c.id, c.points) for c in ex.criteria if c.enabled]
[('coverage', 50), ('max_hours', 30), ('codes', 20)]
>>> [c.id for c in ex.criteria if not c.enabled]  # team rules, off by default
['rest_hours', 'rest_day']
>>> ex.max_score()
100
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputFileError
from ..labels import both, t
from ..telesales import SCRIPT_STEPS as SCRIPT_STEPS  # one list: homework and the sheet

__all__ = ["ABC_GIVEN", "CONVERSION_GIVEN", "EXERCISES", "FUNNEL_GIVEN", "SCRIPT_GIVEN",
           "Criterion", "Exercise", "Rubric", "default_rubric", "read_rubric", "write_rubric"]


@dataclass(frozen=True)
class Criterion:
    """One line of a rubric: ``points`` if it passes (partial credit where the check counts).

    ``teacher`` criteria are read and scored by the teacher; the machine gives them 0 and
    says so.
    """

    id: str
    points: float
    enabled: bool = True
    teacher: bool = False

    def title(self, exercise: str, lang: str | None = None) -> str:
        return t(f"hw.crit.{exercise}.{self.id}", lang)


@dataclass(frozen=True)
class Exercise:
    """A course exercise; its texts are the catalogue entries ``hw.ex.<id>`` and friends."""

    id: str
    criteria: tuple[Criterion, ...]
    similarity: bool = True  # open answers: identical submissions are worth a look

    def title(self, lang: str | None = None) -> str:
        return t(f"hw.ex.{self.id}", lang)

    def source(self, lang: str | None = None) -> str:
        return t(f"hw.src.{self.id}", lang)

    def instructions(self, lang: str | None = None) -> str:
        return t(f"hw.instr.{self.id}", lang)

    def criterion(self, cid: str) -> Criterion:
        return next(c for c in self.criteria if c.id == cid)

    def max_score(self) -> float:
        return sum(c.points for c in self.criteria if c.enabled)


def _c(*items) -> tuple[Criterion, ...]:
    return tuple(Criterion(*item) for item in items)


#: the exercises, in course order
EXERCISES: dict[str, Exercise] = {ex.id: ex for ex in (
    Exercise("roster", _c(("coverage", 50), ("max_hours", 30), ("codes", 20),
                          ("rest_hours", 10, False), ("rest_day", 10, False))),
    Exercise("customers", _c(("three_firms", 20), ("required", 30), ("phones", 20),
                             ("credit_code", 20), ("local", 10))),
    Exercise("abc", _c(("classes", 60), ("policy_a", 20), ("policy_b", 20)), similarity=False),
    Exercise("selfcheck", _c(("days", 30), ("total", 40), ("gaps", 30))),
    Exercise("funnel", _c(("thin_stage", 60), ("source_stage", 40)), similarity=False),
    Exercise("conversion", _c(("rates", 60), ("better", 40)), similarity=False),
    Exercise("script", _c(("parts", 40), ("saving", 30), ("two_choice", 10),
                          ("wording", 20, True, True))),
    Exercise("complaint", _c(("steps", 50), ("follow_up", 30), ("wording", 20, True, True))),
)}

# ---------------------------------------------------------------------------------------------
# the givens of the exercises (what the student works on); answers are computed, not stored
# ---------------------------------------------------------------------------------------------
#: ROSTER: three agents cover 09:00–23:00 seven days a week, ≤ 40 h each (seed 000, 任务二)
ROSTER_AGENTS = ("甲", "乙", "丙")
ROSTER_OPEN = "09:00-23:00"
ROSTER_MAX_HOURS = 40

#: ABC: ten customers and their yearly purchases in yuan (seed 001); shown unsorted. The
#: cut-offs fall exactly between customers (80% after the third, 95% after the sixth), so
#: "cumulative share before" and "cumulative share including" give the same classes.
ABC_GIVEN = (
    ("K01", "开平市海湾五金有限公司", 400_000), ("K02", "开平市丰华陶瓷有限公司", 5_000_000),
    ("K03", "开平市利达包装有限公司", 150_000), ("K04", "开平市永兴水暖器材厂", 2_000_000),
    ("K05", "开平市新宇电子商务有限公司", 50_000), ("K06", "开平市金源食品有限公司", 600_000),
    ("K07", "开平市合众物流有限公司", 1_000_000), ("K08", "开平市美家家具有限公司", 100_000),
    ("K09", "开平市天成印刷有限公司", 200_000), ("K10", "开平市绿源农产品有限公司", 500_000))

#: the service policy per class the course sets (001): A 「定期走访」 (no number: any
#: regular visiting, at least once a year) and 「每半年带领有关人员登门拜访」; B
#: 「每年要走访用户一次，每半年发一次征询意见…的信函」
POLICY_EXPECTED = {"A": {"visits": (1, math.inf), "management": (2, 2)},
                   "B": {"visits": (1, 1), "letters": (2, 2)}}

#: SELF-CHECK: the target is 200 calls a day, Monday–Friday (seed 002)
SELFCHECK_TARGET = 200

#: FUNNEL: customers per decision stage (seed 002: "layer 3 is fine, layer 4 is too small")
FUNNEL_GIVEN = (("satisfied", 30), ("problem_found", 20), ("problem_clarified", 14),
                ("taking_action", 3), ("evaluating", 3), ("negotiating", 2), ("decided", 1))

#: CONVERSION (seed 003): 小李 served 42 customers, the veteran 29 — and closed more orders.
#: The seed gives no order counts; these are the exercise's.
CONVERSION_GIVEN = (("xiaoli", 42, 12), ("veteran", 29, 20))

#: SCRIPT (seed 000 作业): a China Mobile agent offers a 128 元/月 plan to a customer spending
#: about 150 元/月
SCRIPT_GIVEN = {"old_monthly": 150, "new_monthly": 128}

#: COMPLAINT (seed 001): the ten steps; the case is solved on Friday 4 December 2026 and the
#: follow-up call falls on the next working day
COMPLAINT_STEPS = ("empathise", "listen", "agree", "record", "own", "fix_now", "choice",
                   "follow_up_call", "letter", "lessons")
COMPLAINT_SOLVED = dt.date(2026, 12, 4)


# ---------------------------------------------------------------------------------------------
# rubrics
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rubric:
    """Points and switches per exercise; by default the course's rubric."""

    exercises: dict[str, Exercise]

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def with_points(self, exercise_id: str, criterion: str, points: float | None = None,
                    enabled: bool | None = None) -> Rubric:
        """A copy with one criterion changed, e.g. the 11-hour rest switched on."""
        ex = self.exercises[exercise_id]
        crit = [replace(c, points=c.points if points is None else points,
                        enabled=c.enabled if enabled is None else enabled)
                if c.id == criterion else c for c in ex.criteria]
        return Rubric({**self.exercises, exercise_id: replace(ex, criteria=tuple(crit))})


def default_rubric() -> Rubric:
    """The course's rubric (stricter team rules switched off)."""
    return Rubric(dict(EXERCISES))


def selfcheck_headers() -> dict[str, tuple[str, str]]:
    """The (zh, en) headers of the weekly self-check table, as the 每周自查 tracker writes them."""
    from ..labels import header_pair

    return {k: header_pair(k) for k in ("weekday", "target", "made", "gap")}


def write_rubric(path: str | os.PathLike, rubric: Rubric | None = None, *,
                 overwrite: bool = False, lang: str | None = None) -> Path:
    """Write the rubric as an editable workbook: one row per criterion, points and 启用.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_rubric(pathlib.Path(tempfile.mkdtemp()) / "rubric.xlsx")
    >>> read_rubric(out)["roster"].criterion("rest_hours").enabled
    False
    """
    import pandas as pd

    from ..excel import Column, Tracker, write_trackers

    rubric = rubric or default_rubric()
    rows = [{"exercise": ex.id, "exercise_title": ex.title(lang), "criterion": c.id,
             "title": c.title(ex.id, lang), "points": c.points,
             "enabled": "yes" if c.enabled else "no",
             "teacher": "yes" if c.teacher else "no"}
            for ex in rubric.exercises.values() for c in ex.criteria]
    yes_no = {"yes": tuple(t("hw.yes", x) for x in ("zh", "en")),
              "no": tuple(t("hw.no", x) for x in ("zh", "en"))}
    columns = [Column("exercise", header=both("hw.col.exercise"), width=12),
               Column("exercise_title", header=both("hw.col.exercise_title"), width=24),
               Column("criterion", header=both("hw.col.criterion"), width=14),
               Column("title", header=both("hw.col.criterion_title"), width=50),
               Column("points", header=both("hw.col.points"), kind="number", width=8),
               Column("enabled", header=both("hw.col.enabled"), width=8, choices=yes_no),
               Column("teacher", header=both("hw.col.teacher"), width=10, choices=yes_no)]
    tracker = Tracker("rubric", pd.DataFrame(rows), columns, notes=both("hw.note.rubric"))
    return write_trackers(path, [tracker], overwrite=overwrite, lang=lang)


def read_rubric(path: str | os.PathLike) -> Rubric:
    """Read a rubric workbook (or CSV) a teacher edited; unknown rows are an error."""
    from .submission import find_table, read_sheets

    sheets = read_sheets(Path(path))
    spec = {"exercise": both("hw.col.exercise"), "criterion": both("hw.col.criterion"),
            "points": both("hw.col.points"), "enabled": both("hw.col.enabled")}
    table = find_table(sheets, spec, required=tuple(spec), file=Path(path).name)
    if table is None:
        raise InputFileError(t("hw.error.rubric", file=Path(path).name))
    rubric = default_rubric()
    for row, rec in table.frame.iterrows():
        ex, cid = str(rec["exercise"]).strip(), str(rec["criterion"]).strip()
        if ex not in rubric.exercises or cid not in {c.id for c in rubric[ex].criteria}:
            raise InputFileError(t("hw.error.rubric_row", file=Path(path).name, row=row,
                                   value=f"{ex}/{cid}"))
        try:
            points = float(rec["points"])
        except (TypeError, ValueError):
            points = math.nan
        if not math.isfinite(points) or points < 0:  # blank, nan, negative, inf: not points
            raise InputFileError(t("hw.error.rubric_points", file=Path(path).name, row=row,
                                   value=rec["points"]))
        enabled = str(rec["enabled"]).strip().lower() in {
            "yes", "y", "true", "1", "是", *(x.lower() for x in both("hw.col.enabled")),
            t("hw.yes", "zh"), t("hw.yes", "en").lower()}
        rubric = rubric.with_points(ex, cid, points, enabled)
    return rubric


