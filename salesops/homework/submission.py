"""Reading a handed-in file: whatever saved it, whatever it is called.

A submission is read, never changed: every sheet's cells (xlsx, xlsm, xls, ods through
calamine; csv in any encoding salesops reads), the cover sheet's 学号 / 姓名 / 班级 / 作业编号,
and — where the cover is missing, as in a CSV — the student from the file name, with a
warning. Tables are found by their headers (Chinese or English) anywhere in any sheet, so a
file re-saved by WPS or LibreOffice, with rows moved down or sheets renamed, still reads.

Examples
--------
>>> student_from_filename("张三-排班作业(1).xlsx")
{'student_id': '', 'name': '张三'}
>>> student_from_filename("20230115_李四_roster.xlsx")
{'student_id': '20230115', 'name': '李四'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputFileError, SalesopsError
from ..labels import t
from ..parsing import is_blank
from ..reading import (
    FoundTable,
    answer_key,
    csv_rows,
    excel_column_letter,
    find_table,
    open_workbook,
    sheet_rows,
)

#: answers and cover labels are compared as the reading layer compares them
norm = answer_key

__all__ = ["COVER_FIELDS", "FoundTable", "Submission", "find_table", "read_sheets",
           "read_submission", "student_from_filename"]

#: the cover sheet's fields, in order: internal key -> catalogue key of the label
COVER_FIELDS = {"student_id": "hw.cover.student_id", "name": "hw.cover.name",
                "class_name": "hw.cover.class_name", "exercise": "hw.cover.exercise",
                "exercise_title": "hw.cover.exercise_title", "submitted": "hw.cover.submitted"}
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")


@dataclass
class Submission:
    """One handed-in file: its sheets' cells and who handed it in."""

    file: Path
    sheets: dict[str, list[list[object]]]
    student_id: str = ""
    name: str = ""
    class_name: str = ""
    exercise: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_sheets(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's rows (a CSV is one sheet named after the file); never writes."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputFileError(t("error.file_missing", file=str(path)))
    if suffix in (".csv", ".txt", ".tsv"):
        rows, _ = csv_rows(path)
        return {path.stem: rows}
    if suffix not in SUFFIXES:
        raise InputFileError(t("error.unsupported", file=path.name, suffix=suffix or "?"))
    wb = open_workbook(path)
    out = {}
    for name in wb.sheet_names:
        try:
            out[name] = sheet_rows(wb, name, path.name)
        except SalesopsError:  # said already, naming the file and the sheet
            raise
        except Exception as exc:  # a damaged sheet inside a readable workbook
            raise InputFileError(t("error.bad_xlsx", file=path.name, detail=exc)) from exc
    return out


def _cover(sheets: dict[str, list[list[object]]]) -> tuple[dict[str, str], dict[str, str]]:
    """Cover values by key and the cell each was read from: the cell right of its label, or
    the first filled one after it on that row up to a column that holds a hidden row key
    (``r1``, ``r2`` … of a salesops sheet: never a student's answer)."""
    labels = {norm(t(key, lang)): field_ for field_, key in COVER_FIELDS.items()
              for lang in ("zh", "en")}
    values: dict[str, str] = {}
    cells: dict[str, str] = {}
    covers = {norm(t("hw.sheet.cover", lang)) for lang in ("zh", "en")}
    cover = {name: rows for name, rows in sheets.items() if norm(name) in covers}
    # the cover sheet when there is one (a roster's 姓名 header is no student's name)
    for sheet, rows in (cover or sheets).items():
        for i, row in enumerate(rows[:40]):
            for j, cell in enumerate(row):
                key = labels.get(norm(cell))
                if key is None or key in values:
                    continue
                rest = []
                for k, v in enumerate(row[j + 1:], start=j + 1):
                    if _hidden_key(rows, i, k):
                        break  # the row keys salesops hides: an unfilled cover stays empty
                    if not is_blank(v):
                        rest.append((k, v))
                        break
                if rest:
                    k, value = rest[0]
                    if isinstance(value, float) and value.is_integer():
                        value = int(value)
                    values[key] = str(value).strip()
                    cells[key] = f"{sheet}!{excel_column_letter(k)}{i + 1}"
    return values, cells


def _hidden_key(rows: list[list[object]], i: int, k: int) -> bool:
    """Is column ``k`` the hidden row-key column of a salesops sheet (headed ``_key`` in a
    row above ``i``)?"""
    return any(k < len(rows[r]) and str(rows[r][k]).strip() == "_key" for r in range(i + 1))


def student_from_filename(filename: str) -> dict[str, str]:
    """Guess 学号 and 姓名 from a file name such as ``张三-排班作业(1).xlsx``."""
    stem = Path(filename).stem
    stem = re.sub(r"[(（]\s*\d+\s*[)）]$", "", stem)  # "(1)" added by downloads
    tokens = [tok for tok in re.split(r"[\s_\-—–·.,，、]+", stem) if tok]
    student_id = next((tok for tok in tokens if re.fullmatch(r"\d{4,}", tok)), "")
    words = ("作业", "排班", "客户", "分类", "提交", "自查", "漏斗", "脚本", "投诉", "练习",
             "表", "班")
    name = next((tok for tok in tokens if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", tok)
                 and not any(w in tok for w in words)), "")
    return {"student_id": student_id, "name": name}


def read_submission(path: str | Path, exercises: dict | None = None) -> Submission:
    """Read one handed-in file; the exercise comes from its cover (or its tables).

    Raises :class:`InputFileError` when the file cannot be read at all (the reason is the
    message); a file whose exercise cannot be recognised comes back with ``exercise=None``.
    """
    from .exercises import EXERCISES

    exercises = exercises or EXERCISES
    path = Path(path)
    try:
        sheets = read_sheets(path)
    except SalesopsError:
        raise
    except Exception as exc:  # anything a broken file makes a reader raise
        raise InputFileError(t("error.bad_xlsx", file=path.name, detail=exc)) from exc
    values, _ = _cover(sheets)
    sub = Submission(path, sheets, values.get("student_id", ""), values.get("name", ""),
                     values.get("class_name", ""))
    code = values.get("exercise", "").strip().lower()
    if code in exercises:
        sub.exercise = code
    else:
        title = norm(values.get("exercise_title") or values.get("exercise"))
        sub.exercise = next((ex for ex in exercises if title and title in {
            norm(exercises[ex].title("zh")), norm(exercises[ex].title("en"))}), None)
    if sub.exercise is None:
        from .checks import recognise

        sub.exercise = recognise(sheets)
    if not sub.student_id or not sub.name:  # an empty 学号 or 姓名: the file name, said
        guess = student_from_filename(path.name)
        sub.student_id = sub.student_id or guess["student_id"]
        sub.name = sub.name or guess["name"]
        sub.warnings.append(t("hw.warn.no_cover", file=path.name,
                              name=sub.name or "?", student_id=sub.student_id or "?"))
    return sub
