"""Handing out: the assignment workbook of an exercise, for one student or a whole class.

Each workbook has a cover (封面: 学号, 姓名, 班级, 作业编号, 作业, 提交日期 — the student ID
lives inside the file, so a grader never depends on how the file was named), the instructions
with the course's rule and numbers (题目), and the sheets to fill in, laid out like the
trackers salesops writes elsewhere (the roster grid is today's blank roster grid).

Examples
--------
>>> import tempfile, pathlib
>>> out = new_assignment("abc", pathlib.Path(tempfile.mkdtemp()) / "abc.xlsx",
...                      student_id="2023001", name="张三", class_name="电商1班")
>>> from salesops.homework.submission import read_submission
>>> sub = read_submission(out)
>>> sub.exercise, sub.student_id, sub.name
('abc', '2023001', '张三')
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd

from ..errors import InputFileError
from ..excel import Column, Tracker, write_trackers
from ..labels import CUSTOMER_COLUMNS, both, language, t
from .exercises import (
    ABC_GIVEN,
    COMPLAINT_STEPS,
    CONVERSION_GIVEN,
    EXERCISES,
    FUNNEL_GIVEN,
    ROSTER_AGENTS,
    SCRIPT_STEPS,
    selfcheck_headers,
)
from .submission import COVER_FIELDS

__all__ = ["HOMEWORK_CUSTOMER_COLUMNS", "QUESTIONS", "class_assignments", "new_assignment",
           "safe_file_name", "work_trackers"]

#: the columns of the textbook's customer-information table (表1-4) in the exercise
HOMEWORK_CUSTOMER_COLUMNS = ("name", "contact_person", "title", "mobile", "landline",
                             "address", "industry", "products", "credit_code", "source",
                             "notes")
#: questions answered in the 答题 sheet, per exercise
QUESTIONS = {"abc": (), "funnel": ("thin_stage", "source_stage"), "conversion": ("better",),
             "script": ("saving_month", "saving_year"), "complaint": ("follow_up_date",),
             "selfcheck": (), "roster": (), "customers": ()}



def _cover(exercise: str, student_id: str, name: str, class_name: str) -> Tracker:
    values = {"student_id": student_id, "name": name, "class_name": class_name,
              "exercise": exercise, "exercise_title": EXERCISES[exercise].title(),
              "submitted": ""}
    frame = pd.DataFrame({"field": [t(COVER_FIELDS[k]) for k in values],
                          "value": list(values.values()), "code": list(values)})
    columns = [Column("field", header=both("hw.col.field"), width=14),
               Column("value", header=both("hw.col.value"), width=36)]
    return Tracker("hw_cover", frame, columns, sheet_title=both("hw.sheet.cover"),
                   notes=both("hw.note.cover"))


def _instructions(exercise: str) -> Tracker:
    ex = EXERCISES[exercise]
    lines = [ex.title(), ex.source(), *ex.instructions().split("\n"), "",
             t("hw.rubric_intro")]
    lines += [t("hw.rubric_line", title=c.title(exercise), points=f"{c.points:g}")
              for c in ex.criteria if c.enabled]
    frame = pd.DataFrame({"text": lines})
    return Tracker("hw_task", frame, [Column("text", header=both("hw.col.task"), width=110)],
                   sheet_title=both("hw.sheet.task"))


def _questions(exercise: str) -> Tracker:
    ids = QUESTIONS[exercise]
    choices = None
    if exercise == "funnel":
        choices = {code: both(f"stage.{code}") for code, _ in FUNNEL_GIVEN}
    elif exercise == "conversion":
        choices = {code: both(f"hw.agent.{code}") for code, *_ in CONVERSION_GIVEN}
    frame = pd.DataFrame({"question": [t(f"hw.q.{exercise}.{q}") for q in ids],
                          "answer": [None] * len(ids), "code": list(ids)})
    columns = [Column("question", header=both("hw.col.question"), width=60),
               Column("answer", header=both("hw.col.answer"), width=24, choices=choices)]
    return Tracker("hw_answers", frame, columns, sheet_title=both("hw.sheet.answers"))


def _blank(n: int, keys) -> pd.DataFrame:
    return pd.DataFrame({k: [None] * n for k in keys}, dtype=object)


def work_trackers(exercise: str, start: dt.date) -> list[Tracker]:
    """The sheets a student fills in for ``exercise`` (after the cover and 题目)."""
    from ..shifts import DEFAULT_LEGEND, Shift
    from ..trackers import roster_grid_tracker, shift_legend_tracker

    if exercise == "roster":
        grid = pd.DataFrame(None, index=list(ROSTER_AGENTS), columns=range(7), dtype=object)
        return [roster_grid_tracker(grid, start),
                shift_legend_tracker([Shift(k, a, b) for k, (a, b) in DEFAULT_LEGEND.items()])]
    if exercise == "customers":
        columns = [Column(k, header=CUSTOMER_COLUMNS.get(k) or both(f"hw.col.{k}"),
                          kind="id" if k in ("mobile", "landline", "credit_code") else "text",
                          width=30 if k in ("name", "address") else 14)
                   for k in HOMEWORK_CUSTOMER_COLUMNS]
        return [Tracker("hw_customers", _blank(3, HOMEWORK_CUSTOMER_COLUMNS), columns,
                        sheet_title=both("hw.sheet.customers"), notes=both("hw.note.customers"))]
    if exercise == "abc":
        frame = pd.DataFrame(ABC_GIVEN, columns=["customer_id", "name", "annual_sales"])
        frame["abc_class"] = None
        abc = Tracker("hw_abc", frame, [
            Column("customer_id"), Column("name", width=30),
            Column("annual_sales", kind="money", width=14),
            Column("abc_class", header=both("hw.col.abc_class"), width=8,
                   choices=("A", "B", "C"))], sheet_title=both("hw.sheet.abc"))
        policy = pd.DataFrame({"abc_class": ["A", "B", "C"], "visits": [None] * 3,
                               "letters": [None] * 3, "management": [None] * 3}, dtype=object)
        return [abc, Tracker("hw_policy", policy, [
            Column("abc_class", header=both("hw.col.abc_class"), width=8),
            Column("visits", header=both("hw.col.visits_per_year"), kind="number", width=16),
            Column("letters", header=both("hw.col.letters_per_year"), kind="number", width=16),
            Column("management", header=both("hw.col.management_per_year"), kind="number",
                   width=18)], sheet_title=both("hw.sheet.policy"))]
    if exercise == "selfcheck":
        days = [t(f"weekday.{k}") for k in ("mon", "tue", "wed", "thu", "fri")]
        frame = pd.DataFrame({"weekday": [*days, t("hw.total")],
                              "target": [200] * 5 + [None], "made": [None] * 6,
                              "gap": [None] * 6}, dtype=object)
        return [Tracker("hw_selfcheck", frame, [
            Column(k, header=h, width=8, kind="text" if k == "weekday" else "integer")
            for k, h in selfcheck_headers().items()],
            sheet_title=both("sheet.selfcheck"), notes=both("hw.note.selfcheck"))]
    if exercise == "funnel":
        frame = pd.DataFrame({"stage": [t(f"stage.{c}") for c, _ in FUNNEL_GIVEN],
                              "count": [n for _, n in FUNNEL_GIVEN]})
        return [Tracker("hw_funnel", frame, [
            Column("stage", header=both("hw.col.stage"), width=16),
            Column("count", header=both("hw.col.count"), kind="integer", width=10)],
            sheet_title=both("sheet.funnel")), _questions(exercise)]
    if exercise == "conversion":
        frame = pd.DataFrame({"agent": [t(f"hw.agent.{c}") for c, *_ in CONVERSION_GIVEN],
                              "consultations": [n for _, n, _ in CONVERSION_GIVEN],
                              "orders": [m for *_, m in CONVERSION_GIVEN],
                              "conversion": [None] * len(CONVERSION_GIVEN)})
        return [Tracker("hw_conversion", frame, [
            Column("agent", header=both("hw.col.agent"), width=14),
            Column("consultations", header=both("hw.col.consultations"), kind="integer",
                   width=10),
            Column("orders", header=both("hw.col.orders"), kind="integer", width=10),
            Column("conversion", header=both("hw.col.conversion"), kind="percent", width=12)],
            sheet_title=both("hw.sheet.conversion")), _questions(exercise)]
    if exercise in ("script", "complaint"):
        steps = SCRIPT_STEPS if exercise == "script" else COMPLAINT_STEPS
        frame = pd.DataFrame({"step": [t(f"hw.step.{exercise}.{s}") for s in steps],
                              "text": [None] * len(steps), "code": list(steps)}, dtype=object)
        return [Tracker(f"hw_{exercise}", frame, [
            Column("step", header=both("hw.col.step"), width=28),
            Column("text", header=both(f"hw.col.text_{exercise}"), width=80)],
            sheet_title=both(f"hw.sheet.{exercise}")), _questions(exercise)]
    raise KeyError(exercise)


def _next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


def new_assignment(exercise: str, out: str | os.PathLike, *, student_id: str = "",
                   name: str = "", class_name: str = "", start: object = None,
                   overwrite: bool = False, lang: str | None = None) -> Path:
    """Write the assignment workbook of ``exercise`` (an id of :data:`EXERCISES`)."""
    from ..calendar import as_date
    from .exercises import EXERCISES as known

    if exercise not in known:
        raise InputFileError(t("hw.error.unknown_exercise", value=exercise,
                               known=t("sep.list").join(known)))
    first = as_date(start) if start is not None else _next_monday(dt.date.today())
    with language(lang):
        trackers = [_cover(exercise, student_id, name, class_name), _instructions(exercise),
                    *work_trackers(exercise, first)]
        return write_trackers(out, trackers, overwrite=overwrite, readme=False)


#: the longest file name stem written (bytes of UTF-8): file systems allow 255 bytes, and a
#: suffix and a counter are added
MAX_NAME_BYTES = 180


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux: no separators or reserved
    characters, at most :data:`MAX_NAME_BYTES` bytes (cut on a character, not inside one).

    >>> safe_file_name("2026001-张三/李四:roster")
    '2026001-张三_李四_roster'
    >>> len(safe_file_name("名" * 120).encode("utf-8")) <= MAX_NAME_BYTES
    True
    """
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "_"
    data = name.encode("utf-8")[:MAX_NAME_BYTES]
    return data.decode("utf-8", errors="ignore").rstrip("_") or "_"


def read_class_list(students: str | os.PathLike | pd.DataFrame) -> pd.DataFrame:
    """A class list (学号, 姓名, 班级 in any sheet of a .csv/.xlsx, any spelling of the headers,
    blank rows anywhere) as ``student_id``, ``name``, ``class_name`` text, one row a student.

    >>> read_class_list(pd.DataFrame({"学号": [2026001.0], "姓名": ["张三"]})).values.tolist()
    [['2026001', '张三', '']]
    """
    from .submission import find_table, read_sheets

    if isinstance(students, pd.DataFrame):
        frame = students.rename(columns={t(COVER_FIELDS[k], x): k for k in COVER_FIELDS
                                         for x in ("zh", "en")})
    else:
        spec = {k: both(COVER_FIELDS[k]) for k in ("student_id", "name", "class_name")}
        table = find_table(read_sheets(Path(students)), spec, required=("student_id", "name"),
                           file=Path(students).name)
        if table is None:
            raise InputFileError(t("hw.error.class_list", file=Path(students).name))
        frame = table.body

    def text(value: object) -> str:
        return "" if value is None or pd.isna(value) else str(value).strip().removesuffix(".0")

    rows = [{"student_id": text(rec.get("student_id")), "name": text(rec.get("name")),
             "class_name": text(rec.get("class_name"))} for rec in frame.to_dict("records")]
    return pd.DataFrame([r for r in rows if r["student_id"] or r["name"]],
                        columns=["student_id", "name", "class_name"])


def class_assignments(exercise: str, students: str | os.PathLike | pd.DataFrame,
                      out_dir: str | os.PathLike, *, start: object = None,
                      overwrite: bool = False, lang: str | None = None) -> list[Path]:
    """One assignment workbook per student of a class list (学号, 姓名, 班级; csv or xlsx)."""
    out = Path(out_dir)
    paths = []
    for rec in read_class_list(students).to_dict("records"):
        sid, who, cls = rec["student_id"], rec["name"], rec["class_name"]
        target = out / f"{safe_file_name(sid)}-{safe_file_name(who)}-{exercise}.xlsx"
        paths.append(new_assignment(exercise, target, student_id=sid, name=who,
                                    class_name=cls, start=start, overwrite=overwrite,
                                    lang=lang))
    return paths
