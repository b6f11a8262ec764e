"""Grading: one submission, or a whole class from a folder or a zip, into a gradebook.

Submissions are read, never changed. Every file is graded against its own exercise (from its
cover, else its tables), the student comes from the cover (the file name is the fallback, with
a warning), and what could not be read is listed with the reason. Open answers (a roster, the
three firms, a script) that are identical or nearly identical to another student's are listed
for the teacher to look at. The gradebook (成绩册) is separate from the feedback handed back:
one small workbook per student with every criterion, its points and a sentence.

Examples
--------
>>> import tempfile, pathlib
>>> from salesops.homework.assignment import new_assignment
>>> out = new_assignment("funnel", pathlib.Path(tempfile.mkdtemp()) / "f.xlsx", name="王五")
>>> grade = grade_submission(out)
>>> grade.exercise, grade.score, grade.max_score
('funnel', 0.0, 100)
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputFileError, SalesopsError
from ..labels import both, language, t
from .checks import CHECKS, CriterionResult
from .exercises import EXERCISES, Rubric, default_rubric
from .submission import SUFFIXES, read_submission, student_from_filename

__all__ = ["ClassGrades", "Grade", "grade_class", "grade_submission", "write_feedback",
           "write_gradebook"]

#: answers at least this alike (share of equal non-empty cells) are listed as similar
SIMILAR_SHARE = 0.9
#: a zip whose members unpack to more than this is refused (a zip bomb)
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024


@dataclass
class Grade:
    """The result of one submission."""

    file: str
    exercise: str
    student_id: str
    name: str
    class_name: str
    score: float
    max_score: float
    criteria: list[CriterionResult]
    warnings: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        return {"exercise": self.exercise, "student_id": self.student_id, "name": self.name,
                "class_name": self.class_name, "file": self.file, "score": self.score,
                "max_score": self.max_score,
                "criteria": [c.as_dict() for c in self.criteria], "warnings": self.warnings}

    def summary(self, lang: str | None = None) -> str:
        head = t("hw.summary", lang, title=EXERCISES[self.exercise].title(lang),
                 name=self.name or "?", student_id=self.student_id or "?",
                 score=f"{self.score:g}", max=f"{self.max_score:g}")
        lines = [head, *self.warnings]
        for c in self.criteria:
            mark = "✓" if c.passed else ("…" if c.teacher else "✗")
            lines.append(t("hw.summary_line", lang, mark=mark, title=c.title,
                           points=f"{c.points:g}", max=f"{c.max_points:g}", message=c.message))
        return "\n".join(lines)

    def feedback(self, lang: str | None = None) -> str:
        """The sentences of what is not yet right (what a student reads first)."""
        wrong = [t("hw.feedback_line", lang, title=c.title, message=c.message)
                 for c in self.criteria if not c.passed and not c.teacher]
        return "\n".join(wrong) if wrong else t("hw.all_right", lang)


def grade_submission(path: str | os.PathLike, rubric: Rubric | None = None, *,
                     exercise: str | None = None, lang: str | None = None) -> Grade:
    """Grade one handed-in file against its exercise (or ``exercise`` when given).

    Raises :class:`InputFileError` when the file cannot be read or is no course exercise.
    """
    rubric = rubric or default_rubric()
    with language(lang):
        sub = read_submission(path, rubric.exercises)
        if sub.exercise is None:
            raise InputFileError(t("hw.error.not_homework", file=Path(path).name))
        if exercise and sub.exercise != exercise:
            sub.warnings.append(t("hw.warn.other_exercise", file=Path(path).name,
                                  got=EXERCISES[sub.exercise].title(),
                                  want=EXERCISES[exercise].title()))
        ex = rubric[sub.exercise]
        try:
            results, answers = CHECKS[sub.exercise](sub, ex, lang)
        except SalesopsError:
            raise
        except Exception as exc:  # a slip of the grader's: this file only, said as a sentence
            raise InputFileError(t("hw.error.check_failed", file=Path(path).name,
                                   detail=type(exc).__name__)) from exc
        score = round(float(sum(r.points for r in results)), 1)
        return Grade(str(Path(path).name), sub.exercise, sub.student_id, sub.name,
                     sub.class_name, score, ex.max_score(), results, sub.warnings, answers)


@dataclass
class ClassGrades:
    """A class's grades, the files that could not be read and the similar pairs; with a class
    list, ``class_list``: one row per student of the list (and per student not on it) with
    ``status`` — ``handed_in``, ``missing`` (未交, scored 0), ``several`` (more than one file
    under that 学号) or ``not_on_list`` — the ``files`` and the ``score``."""

    grades: list[Grade]
    unreadable: list[tuple[str, str]]
    similar: list[tuple[str, str, float]]
    source: str = ""
    class_list: pd.DataFrame | None = None

    def as_dict(self) -> dict:
        out = {"students": [{k: g.as_dict()[k] for k in ("student_id", "name", "file",
                                                         "exercise", "score", "max_score")}
                            for g in self.grades],
               "unreadable": [{"file": f, "reason": r} for f, r in self.unreadable],
               "similar": [[a, b] for a, b, _ in self.similar]}
        if self.class_list is not None:
            out["class_list"] = self.class_list.astype(object).where(
                self.class_list.notna(), None).to_dict("records")
        return out

    def summary(self, lang: str | None = None) -> str:
        return t("hw.class_summary", lang, n=len(self.grades), bad=len(self.unreadable),
                 similar=len(self.similar))


def _zip_name(info: zipfile.ZipInfo) -> str:
    """Member name as the person saw it: the UTF-8 flag's name; else the bytes as UTF-8
    (Linux ``zip`` and macOS write UTF-8 without the flag), else GB18030 (Windows' built-in
    zip writes GBK)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unzip(source: Path, workdir: Path) -> list[tuple[str, Path]]:
    """The members of a class zip, unpacked into ``workdir``: (name as the person saw it,
    path). A damaged or password-protected zip is one sentence (:class:`InputFileError`)."""
    import zlib

    items = []
    try:
        with zipfile.ZipFile(source) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise InputFileError(t("hw.error.zip_too_big", file=source.name,
                                       mb=MAX_UNZIPPED_BYTES // 2**20))
            if any(i.flag_bits & 0x1 for i in infos):
                raise InputFileError(t("hw.error.zip_encrypted", file=source.name))
            for k, info in enumerate(infos):
                shown = _zip_name(info)
                if "__MACOSX" in shown.split("/"):
                    continue
                target = workdir / f"{k:04d}{Path(shown).suffix.lower()}"
                target.write_bytes(zf.read(info))
                items.append((shown, target))
    except InputFileError:  # said already (too big, a password)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError) as exc:
        key = "hw.error.zip_encrypted" if "encrypt" in str(exc).lower() or "password" in str(
            exc).lower() else "hw.error.zip_damaged"
        raise InputFileError(t(key, file=source.name)) from exc
    return items


def _files(source: Path, workdir: Path) -> tuple[list[tuple[str, Path]], list[tuple[str, str]]]:
    """(shown name, path) of every file to grade, and files skipped with the reason."""
    skipped: list[tuple[str, str]] = []
    if source.is_dir():
        paths = sorted(p for p in source.rglob("*") if p.is_file())
        items = [(str(p.relative_to(source)), p) for p in paths]
    elif source.is_file() and (zipfile.is_zipfile(source) or source.suffix.lower() == ".zip"):
        items = _unzip(source, workdir)
    elif source.is_file():
        items = [(source.name, source)]
    else:
        raise InputFileError(t("error.file_missing", file=str(source)))
    keep = []
    for shown, path in items:
        base = Path(shown).name
        if base.startswith(("~$", ".")) or base.lower() in ("thumbs.db", "desktop.ini"):
            continue  # Office lock files and system files are no submissions
        if Path(shown).suffix.lower() not in SUFFIXES:
            skipped.append((shown, t("hw.error.not_a_table", file=base)))
            continue
        keep.append((shown, path))
    return keep, skipped


def _similar(grades: list[Grade]) -> list[tuple[str, str, float]]:
    pairs = []
    for i, a in enumerate(grades):
        if not EXERCISES[a.exercise].similarity:
            continue
        for b in grades[i + 1:]:
            if b.exercise != a.exercise or len(a.answers) != len(b.answers):
                continue
            filled = sum(1 for x, y in zip(a.answers, b.answers, strict=True) if x or y)
            if filled < 5:
                continue
            same = sum(1 for x, y in zip(a.answers, b.answers, strict=True) if x and x == y)
            if same / filled >= SIMILAR_SHARE:
                pairs.append((a.file, b.file, round(same / filled, 3)))
    return pairs


def class_list_status(grades: list[Grade], students: pd.DataFrame) -> pd.DataFrame:
    """One row per student of ``students`` (``student_id``, ``name``, ``class_name``): who
    handed in (``handed_in``), who did not (``missing``: score 0), who has several files under
    one 学号 (``several``: the best score is kept, every file named); students graded but not on
    the list come last (``not_on_list``). Matched by 学号, else by 姓名.

    >>> g = Grade("a.xlsx", "roster", "2026001", "张三", "", 80.0, 100, [], [], [])
    >>> list_ = pd.DataFrame({"student_id": ["2026001", "2026002"], "name": ["张三", "李四"],
    ...                       "class_name": ["1班", "1班"]})
    >>> class_list_status([g], list_)[["name", "status", "score"]].values.tolist()
    [['张三', 'handed_in', 80.0], ['李四', 'missing', 0.0]]
    """
    by_id: dict[str, list[Grade]] = {}
    by_name: dict[str, list[Grade]] = {}
    for g in grades:
        if g.student_id:
            by_id.setdefault(str(g.student_id).strip(), []).append(g)
        if g.name:
            by_name.setdefault(str(g.name).strip(), []).append(g)
    used: set[int] = set()
    rows = []
    for rec in students.to_dict("records"):
        mine = by_id.get(rec["student_id"]) if rec["student_id"] else None
        if not mine and rec["name"]:
            mine = [g for g in by_name.get(rec["name"], []) if not g.student_id
                    or not rec["student_id"]]
        mine = [g for g in mine or [] if id(g) not in used]
        used.update(id(g) for g in mine)
        status = "missing" if not mine else "several" if len(mine) > 1 else "handed_in"
        rows.append({**rec, "status": status, "files": "\n".join(g.file for g in mine),
                     "score": max((g.score for g in mine), default=0.0),
                     "max_score": max((g.max_score for g in mine), default=None)})
    for g in grades:
        if id(g) not in used:
            rows.append({"student_id": g.student_id, "name": g.name,
                         "class_name": g.class_name, "status": "not_on_list",
                         "files": g.file, "score": g.score, "max_score": g.max_score})
    return pd.DataFrame(rows, columns=["student_id", "name", "class_name", "status", "files",
                                       "score", "max_score"])


def _identical(digests: dict[str, str]) -> list[tuple[str, str, float]]:
    """Pairs of files whose bytes are the same (a copy handed in as it was)."""
    by_digest: dict[str, list[str]] = {}
    for file, digest in digests.items():
        by_digest.setdefault(digest, []).append(file)
    return [(a, b, 1.0) for files in by_digest.values()
            for i, a in enumerate(files) for b in files[i + 1:]]


def grade_class(source: str | os.PathLike, rubric: Rubric | None = None, *,
                exercise: str | None = None, lang: str | None = None,
                progress=None, exclude=(), students=None) -> ClassGrades:
    """Grade every submission in a folder (sub-folders included) or a zip.

    ``progress(done, total)`` is called after each file (for a bar in a terminal or panel);
    ``exclude`` lists files or folders not to grade (the gradebook and feedback themselves);
    ``students`` a class list (a .csv/.xlsx path or a DataFrame of 学号, 姓名, 班级): the result
    then has a row per student (:func:`class_list_status`). Files with the same bytes are
    listed as similar (100%) whatever their covers say, and a file whose name names another
    student than its cover gets a warning.
    """
    source = Path(source)
    rubric = rubric or default_rubric()
    grades, unreadable = [], []
    with tempfile.TemporaryDirectory(prefix="salesops-grade-") as tmp:
        files, skipped = _files(source, Path(tmp))
        skip = [Path(p).resolve() for p in exclude]
        files = [(shown, path) for shown, path in files
                 if not any(path.resolve() == s or s in path.resolve().parents for s in skip)]
        unreadable += skipped
        digests: dict[str, str] = {}
        for k, (shown, path) in enumerate(files, start=1):
            grade = None
            try:
                grade = grade_submission(path, rubric, exercise=exercise, lang=lang)
            except SalesopsError as exc:
                unreadable.append((shown, str(exc).replace(path.name, Path(shown).name)))
            else:
                if exercise and grade.exercise != exercise:  # another exercise: listed apart,
                    unreadable.append((shown, t(  # 0 for this one, none of its columns
                        "hw.error.other_exercise", file=Path(shown).name,
                        got=EXERCISES[grade.exercise].title(),
                        want=EXERCISES[exercise].title())))
                    grade = None
            if grade is not None:
                grade.file = shown
                grade.warnings = [w.replace(path.name, Path(shown).name)
                                  for w in grade.warnings]
                grade.warnings += _named_elsewhere(grade, shown)
                grades.append(grade)
                digests[shown] = hashlib.sha256(path.read_bytes()).hexdigest()
            if progress is not None:
                progress(k, len(files))
    grades.sort(key=lambda g: (g.class_name, g.student_id, g.name, g.file))
    similar = _similar(grades)
    seen = {(a, b) for a, b, _ in similar} | {(b, a) for a, b, _ in similar}
    similar += [pair for pair in _identical(digests) if pair[:2] not in seen]
    listed = None
    if students is not None:
        from .assignment import read_class_list

        listed = class_list_status(grades, read_class_list(students))
    return ClassGrades(grades, unreadable, similar, str(source), listed)


def _named_elsewhere(grade: Grade, shown: str) -> list[str]:
    """A warning when the file name names another student than the cover (a copy with the
    original's cover, a file handed in for a friend)."""
    guess = student_from_filename(Path(shown).name)
    other_id = guess["student_id"] and grade.student_id and guess["student_id"] != str(
        grade.student_id)
    other_name = guess["name"] and grade.name and guess["name"] != grade.name
    if other_id or other_name:
        return [t("hw.warn.cover_other_student", file=Path(shown).name,
                  named=f"{guess['name']} {guess['student_id']}".strip(),
                  cover=f"{grade.name} {grade.student_id}".strip())]
    return []



def _criteria_trackers(grades: list[Grade], lang: str | None):
    from ..excel import Column, Tracker

    rows = [{"student_id": g.student_id, "name": g.name, "exercise": g.exercise,
             "criterion": c.title, "points": c.points, "max_points": c.max_points,
             "passed": t("hw.yes" if c.passed else ("hw.teacher" if c.teacher else "hw.no"),
                         lang),
             "message": c.message, "cells": t("sep.list", lang).join(c.cells)}
            for g in grades for c in g.criteria]
    columns = [Column("student_id", header=both("hw.cover.student_id"), kind="id", width=12),
               Column("name", header=both("hw.cover.name"), width=10),
               Column("exercise", header=both("hw.col.exercise"), width=10),
               Column("criterion", header=both("hw.col.criterion_title"), width=30),
               Column("points", header=both("hw.col.points"), kind="number", width=8),
               Column("max_points", header=both("hw.col.max_points"), kind="number", width=8),
               Column("passed", header=both("hw.col.passed"), width=8),
               Column("message", header=both("hw.col.message"), width=70),
               Column("cells", header=both("hw.col.cells"), width=14)]
    frame = pd.DataFrame(rows, columns=[c.key for c in columns])
    return Tracker("hw_details", frame, columns, sheet_title=both("hw.sheet.details"))


def write_gradebook(result: ClassGrades, out: str | os.PathLike, *, overwrite: bool = False,
                    lang: str | None = None, protect=()) -> Path:
    """成绩册: a row per student (a column per criterion, total, feedback), 明细, 无法读取,
    相似提交."""
    from ..excel import Column, Tracker, write_trackers

    with language(lang):
        criteria = list(dict.fromkeys((g.exercise, c.id) for g in result.grades
                                      for c in g.criteria))
        rows = []
        for g in result.grades:
            row = {"student_id": g.student_id, "name": g.name, "class_name": g.class_name,
                   "exercise": EXERCISES[g.exercise].title(), "file": g.file,
                   "score": g.score, "max_score": g.max_score,
                   "percent": g.score / g.max_score if g.max_score else 0.0,
                   "feedback": g.feedback(), "warnings": "\n".join(g.warnings)}
            for c in g.criteria:
                row[f"c_{g.exercise}_{c.id}"] = c.points
            rows.append(row)
        many = len({e for e, _ in criteria}) > 1
        crit_cols = [Column(f"c_{e}_{cid}", kind="number", width=10, header=tuple(
            (f"{EXERCISES[e].title(x)}·" if many else "") + EXERCISES[e].criterion(cid).title(
                e, x) for x in ("zh", "en"))) for e, cid in criteria]
        columns = [Column("student_id", header=both("hw.cover.student_id"), kind="id", width=12),
                   Column("name", header=both("hw.cover.name"), width=10),
                   Column("class_name", header=both("hw.cover.class_name"), width=10),
                   Column("exercise", header=both("hw.col.exercise_title"), width=16),
                   Column("file", header=both("hw.col.file"), width=24), *crit_cols,
                   Column("score", header=both("hw.col.score"), kind="number", width=8),
                   Column("max_score", header=both("hw.col.max_score"), kind="number", width=8),
                   Column("percent", header=both("hw.col.percent"), kind="percent", width=8),
                   Column("feedback", header=both("hw.col.feedback"), width=60),
                   Column("warnings", header=both("hw.col.warnings"), width=30)]
        frame = pd.DataFrame(rows, columns=[c.key for c in columns])
        book = Tracker("hw_gradebook", frame, columns, sheet_title=both("hw.sheet.gradebook"),
                       notes=both("hw.note.gradebook"))
        bad = pd.DataFrame(result.unreadable, columns=["file", "reason"])
        bad_t = Tracker("hw_unreadable", bad, [
            Column("file", header=both("hw.col.file"), width=30),
            Column("reason", header=both("hw.col.reason"), width=90)],
            sheet_title=both("hw.sheet.unreadable"))
        who = {g.file: f"{g.name} {g.student_id}".strip() for g in result.grades}
        sim = pd.DataFrame([{"file_a": a, "student_a": who.get(a, ""), "file_b": b,
                             "student_b": who.get(b, ""), "share": s}
                            for a, b, s in result.similar],
                           columns=["file_a", "student_a", "file_b", "student_b", "share"])
        sim_t = Tracker("hw_similar", sim, [
            Column("file_a", header=both("hw.col.file_a"), width=26),
            Column("student_a", header=both("hw.col.student_a"), width=16),
            Column("file_b", header=both("hw.col.file_b"), width=26),
            Column("student_b", header=both("hw.col.student_b"), width=16),
            Column("share", header=both("hw.col.share"), kind="percent", width=10)],
            sheet_title=both("hw.sheet.similar"), notes=both("hw.note.similar"))
        trackers = [book, _criteria_trackers(result.grades, lang), bad_t, sim_t]
        if result.class_list is not None:
            listed = result.class_list.assign(
                status=[t(f"hw.status.{s}") for s in result.class_list["status"]])
            trackers.insert(1, Tracker("hw_class_list", listed, [
                Column("student_id", header=both("hw.cover.student_id"), kind="id", width=12),
                Column("name", header=both("hw.cover.name"), width=10),
                Column("class_name", header=both("hw.cover.class_name"), width=10),
                Column("status", header=both("hw.col.status"), width=22),
                Column("files", header=both("hw.col.files"), width=30),
                Column("score", header=both("hw.col.score"), kind="number", width=8),
                Column("max_score", header=both("hw.col.max_score"), kind="number", width=8)],
                sheet_title=both("hw.sheet.class_list")))
        return write_trackers(out, trackers, overwrite=overwrite, protect=protect)


def write_grades_csv(result: ClassGrades, out: str | os.PathLike, *, overwrite: bool = False,
                     lang: str | None = None) -> Path:
    """成绩.csv for the school's system: 学号, 姓名, 班级, 总分 and each criterion's points, a row
    per graded file (with a class list: a row per student, 未交 0), UTF-8 with a byte-order
    mark so Excel and WPS open it; IDs stay text."""
    from ..excel import write_csv

    with language(lang):
        rows = []
        for g in result.grades:
            row = {t("hw.cover.student_id"): g.student_id, t("hw.cover.name"): g.name,
                   t("hw.cover.class_name"): g.class_name, t("hw.col.score"): g.score}
            for c in g.criteria:
                row[EXERCISES[g.exercise].criterion(c.id).title(g.exercise)] = c.points
            rows.append(row)
        if result.class_list is not None:
            graded = {(str(g.student_id), g.name) for g in result.grades}
            for rec in result.class_list.to_dict("records"):
                if rec["status"] == "missing" and (rec["student_id"], rec["name"]) not in graded:
                    rows.append({t("hw.cover.student_id"): rec["student_id"],
                                 t("hw.cover.name"): rec["name"],
                                 t("hw.cover.class_name"): rec["class_name"],
                                 t("hw.col.score"): 0.0})
        frame = pd.DataFrame(rows)
        if frame.empty:
            frame = pd.DataFrame(columns=[t("hw.cover.student_id"), t("hw.cover.name"),
                                          t("hw.cover.class_name"), t("hw.col.score")])
        return write_csv(frame, out, text_columns=list(frame.columns[:3]), overwrite=overwrite)


def write_feedback(grade: Grade, out: str | os.PathLike, *, overwrite: bool = False,
                   lang: str | None = None) -> Path:
    """The feedback workbook handed back to one student: every criterion with a sentence."""
    from ..excel import write_trackers

    with language(lang):
        tracker = _criteria_trackers([grade], lang)
        tracker.sheet_title = both("hw.sheet.feedback")
        tracker.title = tuple(t("hw.summary", x, title=EXERCISES[grade.exercise].title(x),
                                name=grade.name or "?", student_id=grade.student_id or "?",
                                score=f"{grade.score:g}", max=f"{grade.max_score:g}")
                              for x in ("zh", "en"))
        return write_trackers(out, [tracker], overwrite=overwrite, readme=False)
