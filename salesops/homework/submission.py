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

import pandas as pd

from ..errors import InputFileError, SalesopsError
from ..labels import t
from ..parsing import is_blank, to_halfwidth
from ..tables import _calamine, _rows_from_csv, excel_column_letter, sheet_rows

__all__ = ["COVER_FIELDS", "FoundTable", "Submission", "find_table", "read_sheets",
           "read_submission", "student_from_filename"]

#: the cover sheet's fields, in order: internal key -> catalogue key of the label
COVER_FIELDS = {"student_id": "hw.cover.student_id", "name": "hw.cover.name",
                "class_name": "hw.cover.class_name", "exercise": "hw.cover.exercise",
                "exercise_title": "hw.cover.exercise_title", "submitted": "hw.cover.submitted"}
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")


def norm(text: object) -> str:
    """A header or answer as compared: half-width, no spaces or colons, lower case."""
    if is_blank(text):
        return ""
    return re.sub(r"[\s:：*＊]+", "", to_halfwidth(str(text))).lower()


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


@dataclass
class FoundTable:
    """A table found by its headers: canonical columns, Excel rows as the index."""

    sheet: str
    header_row: int  # 1-based
    frame: pd.DataFrame
    letters: dict[str, str]

    def cell(self, key: str, row: int) -> str:
        return f"{self.letters[key]}{row}"


def read_sheets(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's rows (a CSV is one sheet named after the file); never writes."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputFileError(t("error.file_missing", file=str(path)))
    if suffix in (".csv", ".txt", ".tsv"):
        rows, _ = _rows_from_csv(path)
        return {path.stem: rows}
    if suffix not in SUFFIXES:
        raise InputFileError(t("error.unsupported", file=path.name, suffix=suffix or "?"))
    wb = _calamine(path)
    out = {}
    for name in wb.sheet_names:
        try:
            out[name] = sheet_rows(wb, name)
        except Exception as exc:  # a damaged sheet inside a readable workbook
            raise InputFileError(t("error.bad_xlsx", file=path.name, detail=exc)) from exc
    return out


def find_table(sheets: dict[str, list[list[object]]], spec: dict[str, tuple[str, str]], *,
               required: tuple[str, ...], file: str = "", stop_at_blank: bool = True
               ) -> FoundTable | None:
    """The first table whose header row holds the ``required`` headers (zh or en).

    ``spec`` maps canonical keys to ``(zh, en)`` headers; the returned frame has those keys as
    columns (missing optional ones as empty) and the Excel row numbers as index. Reading stops
    at the first blank row after the table when ``stop_at_blank``.
    """
    wanted = {key: {norm(h) for h in headers} for key, headers in spec.items()}
    for sheet, rows in sheets.items():
        for i, row in enumerate(rows[:40]):
            cells = [norm(c) for c in row]
            where = {}
            for key, names in wanted.items():
                hit = next((j for j, c in enumerate(cells) if c in names), None)
                if hit is not None:
                    where[key] = hit
            if not all(k in where for k in required):
                continue
            records, index = [], []
            for r in range(i + 1, len(rows)):
                values = {k: (rows[r][j] if j < len(rows[r]) else None) for k, j in where.items()}
                if all(is_blank(v) for v in values.values()):
                    if stop_at_blank:
                        break
                    continue
                records.append(values)
                index.append(r + 1)
            frame = pd.DataFrame(records, columns=list(spec), index=pd.Index(
                index, name="excel_row"), dtype=object)
            return FoundTable(sheet, i + 1, frame,
                              {k: excel_column_letter(j) for k, j in where.items()})
    return None


def _cover(sheets: dict[str, list[list[object]]]) -> tuple[dict[str, str], dict[str, str]]:
    """Cover values by key and the cell each was read from (label left, value right)."""
    labels = {norm(t(key, lang)): field_ for field_, key in COVER_FIELDS.items()
              for lang in ("zh", "en")}
    values: dict[str, str] = {}
    cells: dict[str, str] = {}
    for sheet, rows in sheets.items():
        for i, row in enumerate(rows[:40]):
            for j, cell in enumerate(row):
                key = labels.get(norm(cell))
                if key is None or key in values:
                    continue
                rest = [(k, v) for k, v in enumerate(row[j + 1:], start=j + 1)
                        if not is_blank(v)]
                if rest:
                    k, value = rest[0]
                    if isinstance(value, float) and value.is_integer():
                        value = int(value)
                    values[key] = str(value).strip()
                    cells[key] = f"{sheet}!{excel_column_letter(k)}{i + 1}"
    return values, cells


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
    if not sub.student_id and not sub.name:
        guess = student_from_filename(path.name)
        sub.student_id, sub.name = guess["student_id"], guess["name"]
        sub.warnings.append(t("hw.warn.no_cover", file=path.name,
                              name=sub.name or "?", student_id=sub.student_id or "?"))
    return sub
