"""A synthetic class: filled-in submissions, right ones and ones with planted errors.

For the teacher notebook's demo, the tests and the grading benchmark. Each submission is an
assignment workbook filled in cell by cell with openpyxl, as a student would in Excel; a
planted error is a named change with the criterion and the cell it must be found at.

Examples
--------
>>> sorted(PLANTED["roster"])
['hours_41', 'late_gap', 'no_rest_day']
"""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

from ..labels import language, t
from ..parsing import credit_code_check_char

__all__ = ["PLANTED", "answers", "fill_submission", "sample_class"]

START = dt.date(2026, 11, 23)  # the Monday of the sample class's roster week


def _code(body17: str) -> str:
    return body17 + credit_code_check_char(body17)


_ROSTER = {"甲": ["16-23", "9-16", "16-23", "9-16", "16-23", "休", "休"],
           "乙": ["9-16", "16-23", "9-16", "休", "休", "9-16", "16-23"],
           "丙": ["休", "休", "休", "16-23", "9-16", "16-23", "9-16"]}


def answers(exercise: str, lang: str | None = None, variant: int = 0, who: str = ""
            ) -> dict[str, dict[str, object]]:
    """The right answers as ``{sheet title: {cell: value}}`` (sheets in ``lang``).

    ``variant`` > 0 gives another right answer (other rows of the roster, other firms, other
    counts), as different students would hand in.
    """
    from .checks import _expected_funnel, expected_abc_classes
    from .exercises import ABC_GIVEN, COMPLAINT_STEPS, SCRIPT_STEPS

    with language(lang):
        if exercise == "roster":
            rows = list(_ROSTER.values())
            rows = rows[variant % 3:] + rows[:variant % 3]  # who works which pattern
            if variant % 6 >= 3:
                rows = [rows[1], rows[0], rows[2]]
            spell = {"9-16": "09:00-16:00", "16-23": "16:00-23:00"} if variant % 12 >= 6 else {}
            return {t("sheet.roster"): {f"{'BCDEFGH'[d]}{5 + i}": spell.get(code, code)
                                        for i, codes in enumerate(rows)
                                        for d, code in enumerate(codes)}}
        if exercise == "customers":
            firms = [("开平市碉乡电子商务有限公司", "陈志明", "经理", f"138{variant:04d}0001", "",
                      "开平市长沙街道港口路 8 号", "电子商务", "碉楼文创",
                      _code(f"91440783MA4W{variant:04d}1")),
                     ("开平市侨乡优品网络科技有限公司", "李丽", "总监", "", "0750-2212345",
                      "开平市三埠街道新昌路 21 号", "电子商务", "家居用品",
                      _code(f"91440783MA4W{variant:04d}2")),
                     ("开平市赤坎云商贸易有限公司", "黄伟", "店长", f"139{variant:04d}3333", "",
                      "开平市赤坎镇中华路 3 号", "网络零售", "农产品",
                      _code(f"91440783MA4W{variant:04d}3"))]
            # columns: name contact title mobile landline address industry products credit
            cells = {}
            for r, firm in enumerate(firms, start=5):
                for letter, value in zip("ABCDEFGHI", firm, strict=True):
                    cells[f"{letter}{r}"] = value
                cells[f"J{r}"] = t("hw.source_sample")
            return {t("hw.sheet.customers"): cells}
        if exercise == "abc":
            classes = expected_abc_classes()
            policy = {"B5": 24, "C5": 0, "D5": 2, "B6": 1, "C6": 2, "D6": 0, "B7": 0,
                      "C7": 0, "D7": 0}
            return {t("hw.sheet.abc"): {f"D{5 + i}": classes[cid]
                                        for i, (cid, _, _) in enumerate(ABC_GIVEN)},
                    t("hw.sheet.policy"): policy}
        if exercise == "selfcheck":
            rng = random.Random(variant)
            made = [rng.randint(150, 240) for _ in range(5)]
            cells = {f"C{5 + i}": m for i, m in enumerate(made)}
            cells.update({f"D{5 + i}": m - 200 for i, m in enumerate(made)})
            cells.update({"B10": 1000, "C10": sum(made), "D10": sum(made) - 1000})
            return {t("sheet.selfcheck"): cells}
        if exercise == "funnel":
            thin, source = _expected_funnel()
            return {t("hw.sheet.answers"): {"B5": t(f"stage.{thin}"),
                                            "B6": t(f"stage.{source}")}}
        if exercise == "conversion":
            return {t("hw.sheet.conversion"): {"D5": round(12 / 42, 4), "D6": "69.0%"},
                    t("hw.sheet.answers"): {"B5": t("hw.agent.veteran")}}
        if exercise in ("script", "complaint"):
            steps, marked, answer = {
                "script": (SCRIPT_STEPS, ("greeting", "close"), {"B5": "22", "B6": "264元"}),
                "complaint": (COMPLAINT_STEPS, ("empathise", "own"), {"B5": "2026-12-07"}),
            }[exercise]
            texts = {s: t(f"hw.sample.{exercise}.{s}") for s in steps}
            for step in marked if who else ():  # another student's own wording
                texts[step] += who
            return {t(f"hw.sheet.{exercise}"): {f"B{5 + i}": texts[s]
                                                for i, s in enumerate(steps)},
                    t("hw.sheet.answers"): answer}
    raise KeyError(exercise)


#: planted errors: exercise -> name -> (sheet key, {cell: new value}, criterion, cell found at)
PLANTED: dict[str, dict[str, tuple[str, dict, str, str]]] = {
    "roster": {"hours_41": ("sheet.roster", {"B6": "9-17", "G5": "9-15"}, "max_hours", "B5:H5"),
               "late_gap": ("sheet.roster", {"H6": "16-22"}, "coverage", "H4"),
               "no_rest_day": ("sheet.roster", {"B7": "9-11", "C7": "9-11", "D7": "9-11"},
                               "rest_day", "B7:H7")},
    "customers": {"missing_phone": ("hw.sheet.customers", {"D7": None}, "required", "D7"),
                  "bad_credit_code": ("hw.sheet.customers", {"I6": "91440783MA4W000020"},
                                      "credit_code", "I6")},
    "abc": {"wrong_class": ("hw.sheet.abc", {"D7": "B"}, "classes", "D7")},
    "selfcheck": {"wrong_total": ("sheet.selfcheck", {"C10": 1000}, "total", "C10")},
    "funnel": {"wrong_thin": ("hw.sheet.answers", {"B5": "评估供应商"}, "thin_stage", "B5")},
    "conversion": {"wrong_rate": ("hw.sheet.conversion", {"D6": 0.2}, "rates", "D6")},
    "script": {"wrong_saving": ("hw.sheet.answers", {"B6": "240"}, "saving", "B6")},
    "complaint": {"same_day": ("hw.sheet.answers", {"B5": "2026-12-04"}, "follow_up", "B5")},
}


def fill_submission(path: str | os.PathLike, exercise: str, *, student_id: str = "",
                    name: str = "", class_name: str = "", error: str | None = None,
                    changes: dict | None = None, variant: int = 0, lang: str | None = None
                    ) -> Path:
    """Write an assignment and fill it in: right answers, with ``error`` planted if given."""
    from openpyxl import load_workbook

    from .assignment import new_assignment

    path = Path(path)
    new_assignment(exercise, path, student_id=student_id, name=name, class_name=class_name,
                   start=START, lang=lang, overwrite=True)
    cells = answers(exercise, lang, variant, name if variant else "")
    with language(lang):
        if error is not None:
            key, change, _, _ = PLANTED[exercise][error]
            cells.setdefault(t(key), {}).update(change)
        for sheet, extra in (changes or {}).items():
            cells.setdefault(sheet, {}).update(extra)
        wb = load_workbook(path)
        wb[t("hw.sheet.cover")]["B10"] = START.isoformat()
    for sheet, values in cells.items():
        for ref, value in values.items():
            wb[sheet][ref] = value
    wb.save(path)
    return path


def sample_class(folder: str | os.PathLike, n: int = 40, *, exercises=None, seed: int = 0,
                 lang: str | None = None) -> list[Path]:
    """``n`` filled-in submissions named as students name them; a third with an error."""
    from .exercises import EXERCISES

    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    family, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林", "伟芳娜敏静丽强磊军洋勇艳杰涛明超"
    exercises = list(exercises or EXERCISES)
    paths = []
    for k in range(n):
        exercise = exercises[k % len(exercises)]
        who = family[k % len(family)] + given[(k * 7) % len(given)] + (
            given[k % len(given)] if k % 3 else "")
        errors = sorted(PLANTED[exercise])
        error = errors[k % len(errors)] if k % 3 == 1 else None
        style = rng.choice(["{name}-{ex}作业.xlsx", "{sid}_{name}.xlsx", "{name}{sid}(1).xlsx",
                            "作业-{name}.xlsx"])
        sid = f"2026{k + 1:04d}"
        target = folder / style.format(name=who, ex=EXERCISES[exercise].title("zh")[:4],
                                       sid=sid)
        paths.append(fill_submission(target, exercise, student_id=sid, name=who,
                                     class_name="电商2601", error=error,
                                     variant=0 if error else k // len(exercises) + 1,
                                     lang=lang))
    return paths
