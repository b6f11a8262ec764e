"""Checking a submission against its exercise's rubric, with the package's own rules.

One function per exercise turns a :class:`~salesops.homework.submission.Submission` into
criterion results: points, whether it passed, one sentence in the student's language and the
Excel cells it is about. Grading is a pure function of the file's cells and the rubric.

Examples
--------
>>> from salesops.homework.checks import expected_abc_classes
>>> classes = expected_abc_classes()
>>> [cid for cid, cls in classes.items() if cls == "A"], list(classes.values()).count("C")
(['K02', 'K04', 'K07'], 4)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from ..labels import CUSTOMER_COLUMNS, both, t
from ..parsing import is_blank, parse_amount, parse_date, to_halfwidth
from ..reading import header_key
from ..reading.grids import find_roster_grid as read_grid
from .exercises import (
    ABC_GIVEN,
    COMPLAINT_SOLVED,
    COMPLAINT_STEPS,
    CONVERSION_GIVEN,
    FUNNEL_GIVEN,
    POLICY_EXPECTED,
    ROSTER_AGENTS,
    ROSTER_MAX_HOURS,
    ROSTER_OPEN,
    SCRIPT_GIVEN,
    SCRIPT_STEPS,
    SELFCHECK_TARGET,
    Exercise,
    selfcheck_headers,
)
from .submission import FoundTable, Submission, find_table, norm

__all__ = ["CHECKS", "CriterionResult", "expected_abc_classes", "recognise"]



@dataclass
class CriterionResult:
    """How one criterion went: ``points`` of ``max_points``, a sentence and the cells."""

    id: str
    title: str
    points: float
    max_points: float
    passed: bool
    message: str
    cells: list[str] = field(default_factory=list)
    teacher: bool = False

    def as_dict(self) -> dict:
        return {"id": self.id, "points": self.points, "max_points": self.max_points,
                "passed": self.passed, "message": self.message, "cells": self.cells}



class _Scorer:
    """Collects results for the enabled criteria of one exercise."""

    def __init__(self, exercise: Exercise, lang: str | None) -> None:
        self.exercise, self.lang, self.results = exercise, lang, []

    def add(self, cid: str, share: float, problems: list[tuple[str, str]], ok_key: str = "",
            **fields) -> None:
        crit = self.exercise.criterion(cid)
        if not crit.enabled:
            return
        share = min(max(share, 0.0), 1.0)
        points = round(crit.points * share, 1)
        if problems:
            message = t("sep.clause", self.lang).join(p for _, p in problems)
        else:
            message = t(ok_key or "hw.ok", self.lang, **fields)
        cells = [c for c, _ in problems if c]
        self.results.append(CriterionResult(cid, crit.title(self.exercise.id, self.lang),
                                            points, crit.points, not problems, message,
                                            cells))

    def teacher(self, cid: str) -> None:
        crit = self.exercise.criterion(cid)
        if crit.enabled:
            self.results.append(CriterionResult(
                cid, crit.title(self.exercise.id, self.lang), 0.0, crit.points, False,
                t("hw.teacher_reads", self.lang), [], teacher=True))

    def missing(self, what: str, key: str = "hw.missing_table") -> list[CriterionResult]:
        """Every criterion 0: the sheet is not there (or, with ``hw.blank``, not filled in)."""
        for crit in self.exercise.criteria:
            if crit.enabled:
                self.results.append(CriterionResult(
                    crit.id, crit.title(self.exercise.id, self.lang), 0.0, crit.points, False,
                    t(key, self.lang, what=what), [], teacher=crit.teacher))
        return self.results


def _number(value: object) -> float | None:
    if isinstance(value, bool) or is_blank(value):
        return None
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    text = to_halfwidth(str(value)).strip()
    percent = text.endswith("%")
    number, _ = parse_amount(text.rstrip("%").strip())
    if number is None:
        return None
    return number / 100 if percent else number


def _text(value: object) -> str:
    return "" if is_blank(value) else str(value).strip()


#: how many of a period fit in a year (每月 = 12 a year)
_PER_YEAR = {"年": 1, "半年": 2, "季": 4, "季度": 4, "月": 12, "周": 52}
_PERIOD = "|".join(sorted(_PER_YEAR, key=len, reverse=True))
_COUNT = re.compile(rf"^(?:每(?P<p1>{_PERIOD}))?(?P<a>\d+(?:\.\d+)?)"
                    rf"(?:[-–—~～至到](?P<b>\d+(?:\.\d+)?))?(?:次|封|回|趟|个)?"
                    rf"(?:[/每](?P<p2>{_PERIOD}))?$")


def yearly_count(value: object) -> tuple[float, float] | None:
    """A count a year as students write it: ``12``, ``12次``, ``2封``, ``12-24``, ``12～24次``,
    ``每月1-2次`` (× 12), ``每半年1次`` (× 2). Returns ``(low, high)``; None when unreadable.

    >>> [yearly_count(v) for v in (2, "12次", "2封", "12～24", "每月1-2次", "每半年1封", "多次")]
    [(2.0, 2.0), (12.0, 12.0), (2.0, 2.0), (12.0, 24.0), (12.0, 24.0), (2.0, 2.0), None]
    """
    if isinstance(value, bool) or is_blank(value):
        return None
    if isinstance(value, int | float):
        return None if math.isnan(value) else (float(value), float(value))
    m = _COUNT.match(re.sub(r"\s+", "", to_halfwidth(str(value))))
    if not m:
        return None
    factor = _PER_YEAR[m.group("p1") or m.group("p2") or "年"]
    low, high = float(m.group("a")) * factor, float(m.group("b") or m.group("a")) * factor
    return (min(low, high), max(low, high))


# ---------------------------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------------------------
def find_roster_grid(sheets):
    """The roster grid of a submission (the reading layer's one grid reader), or None."""
    return read_grid(sheets, agent_headers={*both("hw.col.agent_name"), "座席", "客服",
                                            "agent"})


def _this_week(weekday: int = 0) -> dt.date:
    """This week's day of ``weekday``: the start of a grid headed by weekdays only."""
    today = dt.date.today()
    return today - dt.timedelta(days=today.weekday() - weekday)


def check_roster_homework(sub: Submission, ex: Exercise, lang: str | None):
    from ..roster_check import check_roster
    from ..shifts import RosterRules, demand_from_hours

    score = _Scorer(ex, lang)
    found = find_roster_grid(sub.sheets)
    if found is None:
        return score.missing(t("sheet.roster", lang)), []
    table, cells = found.table, found.cells
    start = found.start or _this_week()
    # the exercise's grid: three agents over seven days; more agents are not graded, missing
    # days are days nobody covers
    agents_given = len(table.index)
    extra = [("", t("hw.msg.roster_agents", lang, n=agents_given,
                    want=len(ROSTER_AGENTS)))] if agents_given > len(ROSTER_AGENTS) else []
    table = table.iloc[:len(ROSTER_AGENTS)]
    short_days = max(0, 7 - table.shape[1])
    if all(is_blank(v) for v in table.to_numpy().ravel()):
        return score.missing(t("sheet.roster", lang), "hw.blank"), []
    rules = RosterRules(max_hours_per_week=ROSTER_MAX_HOURS, min_rest_days_per_week=1,
                        min_rest_hours=11, max_consecutive_days=7, fairness=False)
    found_violations = check_roster(table, ROSTER_OPEN, rules, start=start, cells=cells,
                                    lang=lang)
    by_rule = {rule: list(zip(g["cell"], g["message"], strict=True))
               for rule, g in found_violations.groupby("rule")}
    days = table.shape[1]
    uncovered_days = {int(d) for d in found_violations.loc[
        found_violations["rule"] == "uncovered", "day"]}
    coverage = by_rule.get("uncovered", [])
    need_hours = float(demand_from_hours(ROSTER_OPEN, days, start=start)["required"].sum()) / 2
    agents = len(table.index)
    if coverage and agents * ROSTER_MAX_HOURS < need_hours:
        coverage = [*coverage, ("", t("hw.msg.roster_capacity", lang, need=f"{need_hours:g}",
                                      agents=agents, max=ROSTER_MAX_HOURS,
                                      have=f"{agents * ROSTER_MAX_HOURS:g}"))]
    if short_days:
        coverage = [*coverage, ("", t("hw.msg.roster_days", lang, n=days))]
    # another question answered (more agents than three) keeps three of every n of the points
    share = max(0.0, 1 - (len(uncovered_days) + short_days) / 7) * min(
        1.0, len(ROSTER_AGENTS) / max(agents_given, 1))
    score.add("coverage", share, [*extra, *coverage], "hw.ok.coverage", open=ROSTER_OPEN)
    over = by_rule.get("over_max_hours", [])
    score.add("max_hours", 1 - len(over) / max(agents, 1), over, "hw.ok.max_hours",
              max=ROSTER_MAX_HOURS)
    unknown = by_rule.get("unknown_shift", [])
    score.add("codes", 1 - len(unknown) / max(table.size, 1), unknown)
    rest = by_rule.get("rest_too_short", [])
    score.add("rest_hours", 1 - len(rest) / max(agents * (days - 1), 1), rest)
    off = by_rule.get("no_rest_day", [])
    score.add("rest_day", 1 - len(off) / max(agents, 1), off)
    return score.results, roster_answers(table)


def roster_answers(table: pd.DataFrame) -> list[str]:
    """A roster grid as two students' grids are compared: each cell as its time span (``早``,
    ``早班``, ``9-17`` and ``09:00-17:00`` are one answer), a day off as ``off``, an empty
    cell as ``""``; the agents' rows in a fixed order, so rows swapped or renamed are the same
    grid.

    >>> a = pd.DataFrame([["早", "休"], ["晚", "早"]], index=["甲", "乙"])
    >>> b = pd.DataFrame([["15:00-23:00", "9-17"], ["9点-17点", "休息"]], index=["乙", "甲"])
    >>> roster_answers(a) == roster_answers(b)
    True
    """
    from ..roster_check import default_legend, parse_shift_code

    legend = default_legend()

    def cell(value: object) -> str:
        if is_blank(value):
            return ""
        shift = parse_shift_code(value, legend)
        if shift is None:
            return "off"
        return f"{shift.start}-{shift.end}" if not isinstance(shift, str) else norm(shift)

    rows = sorted([cell(v) for v in row] for row in table.to_numpy())
    return [c for row in rows for c in row]


# ---------------------------------------------------------------------------------------------
# customer table (表1-4)
# ---------------------------------------------------------------------------------------------
def _customer_spec() -> dict[str, tuple[str, str]]:
    from .assignment import HOMEWORK_CUSTOMER_COLUMNS

    return {k: CUSTOMER_COLUMNS.get(k) or both(f"hw.col.{k}") for k in HOMEWORK_CUSTOMER_COLUMNS}


def check_customers_homework(sub: Submission, ex: Exercise, lang: str | None):
    from ..customers import check_customers, read_customers

    score = _Scorer(ex, lang)
    spec = _customer_spec()
    table = find_table(sub.sheets, spec, required=("name", "contact_person"),
                       file=sub.file.name)
    if table is None:
        return score.missing(t("hw.sheet.customers", lang)), []
    frame = table.frame.loc[table.frame["name"].map(lambda v: not is_blank(v))]
    n = len(frame)
    if n == 0:
        return score.missing(t("hw.sheet.customers", lang), "hw.blank"), []
    header = {k: spec[k][1] if lang == "en" else spec[k][0] for k in spec}
    # three *different* firms: one typed three times is one (compared as duplicates are)
    distinct = len({header_key(v) for v in frame["name"]})
    firms = [] if distinct >= 3 else [(table.cell("name", table.header_row + 1),
                                       t("hw.msg.three_firms", lang, n=distinct))]
    score.add("three_firms", min(distinct, 3) / 3, firms, "hw.ok.three_firms", n=distinct)
    missing = []
    needed = ("name", "contact_person", "address", "industry", "products")
    for row, rec in frame.iterrows():
        for key in needed:
            if key in table.letters and is_blank(rec[key]):
                missing.append((table.cell(key, row), t("hw.msg.missing_field", lang,
                                                         cell=table.cell(key, row),
                                                         header=header[key])))
        if is_blank(rec["mobile"]) and is_blank(rec["landline"]):
            ref = table.cell("mobile", row) if "mobile" in table.letters else ""
            missing.append((ref, t("hw.msg.missing_phone", lang, cell=ref, row=row)))
    total = max(n * (len(needed) + 1), 1)
    score.add("required", 1 - len(missing) / total, missing)
    user = pd.DataFrame({header[k]: frame[k] for k in spec if k in table.letters},
                        index=frame.index)
    problems = check_customers(read_customers(user), lang=lang)
    letter_of = {header[k]: table.letters[k] for k in table.letters}

    def located(codes) -> list[tuple[str, str]]:
        rows = problems[problems["problem"].isin(codes)]
        cells = [f"{letter_of.get(r.column, '')}{r.row}" for r in rows.itertuples()]
        return [(cell, t("hw.at_cell", lang, cell=cell, message=r.message))
                for cell, r in zip(cells, rows.itertuples(), strict=True)]

    phones = located(("invalid_mobile", "invalid_landline"))
    score.add("phones", 1 - len({c for c, _ in phones}) / max(n, 1), phones)
    codes = located(("invalid_credit_code",))
    for row, rec in frame.iterrows():
        if "credit_code" in table.letters and is_blank(rec["credit_code"]):
            ref = table.cell("credit_code", row)
            codes.append((ref, t("hw.msg.missing_field", lang, cell=ref,
                                 header=header["credit_code"])))
    score.add("credit_code", 1 - len(codes) / max(n, 1), codes)
    local = [(table.cell("address", row), t("hw.msg.not_local", lang,
                                             cell=table.cell("address", row)))
             for row, rec in frame.iterrows() if "address" in table.letters
             and not re.search(r"开平|kaiping", _text(rec["address"]), re.I)]
    score.add("local", 1 - len(local) / max(n, 1), local)
    answers = [norm(v) for k in ("name", "mobile", "landline", "credit_code")
               for v in frame[k]]
    return score.results, answers


# ---------------------------------------------------------------------------------------------
# ABC + service policy
# ---------------------------------------------------------------------------------------------
def expected_abc_classes() -> dict[str, str]:
    """The classes of the exercise's ten customers by the course's rule (80% / 95%)."""
    from ..abc import classify_abc

    given = pd.DataFrame(ABC_GIVEN, columns=["customer_id", "name", "annual_sales"])
    out = classify_abc(given).sort_values("abc_rank")
    return dict(zip(out["customer_id"], out["abc_class"], strict=True))


def class_answer(value: object) -> str:
    """An ABC class as students write it: ``A``, ``a``, ``A类``, ``A类客户``, ``A 级``, ``Ａ``
    are all ``A``; anything else comes back as written (upper case).

    >>> [class_answer(v) for v in ("A类", "a类", "A类客户", " b ", "Ｃ级", "AB")]
    ['A', 'A', 'A', 'B', 'C', 'AB']
    """
    key = norm(value).upper()
    for suffix in ("类客户", "类", "级客户", "级", "等", "CLASS", "客户"):
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[:-len(suffix)]
            break
    return key


def check_abc_homework(sub: Submission, ex: Exercise, lang: str | None):
    score = _Scorer(ex, lang)
    spec = {"customer_id": CUSTOMER_COLUMNS["customer_id"], "name": CUSTOMER_COLUMNS["name"],
            "annual_sales": CUSTOMER_COLUMNS["annual_sales"], "abc_class": both("hw.col.abc_class")}
    table = find_table(sub.sheets, spec, required=("name", "abc_class"), file=sub.file.name)
    if table is None:
        return score.missing(t("hw.sheet.abc", lang)), []
    expected = expected_abc_classes()
    id_of = {name: cid for cid, name, _ in ABC_GIVEN}
    wrong, answered = [], set()
    for row, rec in table.body.iterrows():
        cid = _text(rec["customer_id"]) if _text(rec["customer_id"]) in expected else \
            id_of.get(_text(rec["name"]))
        if cid is None or cid in answered:
            continue  # not a given customer, or the same one again: the first answer counts
        answered.add(cid)
        got = class_answer(rec["abc_class"])
        if got != expected[cid]:
            ref = table.cell("abc_class", row)
            wrong.append((ref, t("hw.msg.abc_wrong", lang, cell=ref, name=_text(rec["name"]),
                                 value=_text(rec["abc_class"]) or "∅")))
    # an answer must be there to score: every given customer classified
    wrong += [("", t("hw.msg.abc_missing", lang, name=name))
              for cid, name, _ in ABC_GIVEN if cid not in answered]
    score.add("classes", 1 - len(wrong) / len(expected), wrong, "hw.ok.classes")
    pspec = {"abc_class": both("hw.col.abc_class"), "visits": both("hw.col.visits_per_year"),
             "letters": both("hw.col.letters_per_year"),
             "management": both("hw.col.management_per_year")}
    policy = find_table(sub.sheets, pspec, required=("abc_class", "visits"), file=sub.file.name)
    for cls, cid in (("A", "policy_a"), ("B", "policy_b")):
        problems = []
        rows = [] if policy is None else [
            (row, rec) for row, rec in policy.frame.iterrows()
            if class_answer(rec["abc_class"]) == cls]
        if not rows:
            problems.append(("", t("hw.missing_table", lang, what=t("hw.sheet.policy", lang))))
        for row, rec in rows[:1]:
            for key, (low, high) in POLICY_EXPECTED[cls].items():
                value = yearly_count(rec.get(key))
                if value is None or not low <= value[0] <= value[1] <= high:
                    ref = policy.cell(key, row) if key in policy.letters else ""
                    problems.append((ref, t(f"hw.msg.policy_{key}", lang, cell=ref,
                                            cls=cls, value=_text(rec.get(key)) or "∅")))
        score.add(cid, 1 - len(problems) / len(POLICY_EXPECTED[cls]), problems)
    return score.results, []


# ---------------------------------------------------------------------------------------------
# weekly call self-check
# ---------------------------------------------------------------------------------------------
def check_selfcheck_homework(sub: Submission, ex: Exercise, lang: str | None):
    score = _Scorer(ex, lang)
    spec = selfcheck_headers()
    table = find_table(sub.sheets, spec, required=("weekday", "made"), file=sub.file.name)
    if table is None:
        return score.missing(t("sheet.selfcheck", lang)), []
    totals = {norm(t("hw.total", x)) for x in ("zh", "en")}
    frame = table.frame
    is_total = frame.index.isin(table.totals) | frame["weekday"].map(
        lambda v: norm(v) in totals).to_numpy(dtype=bool)
    days, total = frame[~is_total].head(5), frame[is_total].head(1)
    bad_days = []
    for row, rec in days.iterrows():
        made = _number(rec["made"])
        if made is None or made < 0 or not float(made).is_integer():
            ref = table.cell("made", row)
            bad_days.append((ref, t("hw.msg.made_missing", lang, cell=ref,
                                    value=_text(rec["made"]) or "∅")))
    bad_days += [("", t("hw.msg.five_days", lang, n=len(days)))] if len(days) < 5 else []
    score.add("days", 1 - len(bad_days) / 5, bad_days)
    made_sum = sum(_number(v) or 0 for v in days["made"])
    target_sum = sum(_number(v) or 0 for v in days["target"]) or SELFCHECK_TARGET * 5
    problems = []
    if total.empty:
        problems.append(("", t("hw.msg.no_total", lang)))
    else:
        row, rec = next(total.iterrows())
        for key, want in (("made", made_sum), ("target", target_sum)):
            got = _number(rec[key])
            if got is None or abs(got - want) > 1e-6:
                ref = table.cell(key, row)
                problems.append((ref, t("hw.msg.total_wrong", lang, cell=ref,
                                        value=_text(rec[key]) or "∅")))
    score.add("total", 1 - len(problems) / 2, problems)
    gaps = []
    for row, rec in pd.concat([days, total]).iterrows():
        made, target, gap = (_number(rec[k]) for k in ("made", "target", "gap"))
        if made is None or target is None or gap is None or abs(gap - (made - target)) > 1e-6:
            ref = table.cell("gap", row)
            gaps.append((ref, t("hw.msg.gap_wrong", lang, cell=ref,
                                value=_text(rec["gap"]) or "∅")))
    score.add("gaps", 1 - len(gaps) / 6, gaps)
    return score.results, [norm(v) for v in days["made"]]


# ---------------------------------------------------------------------------------------------
# questions answered in the 答题 sheet
# ---------------------------------------------------------------------------------------------
def _answers(sub: Submission, exercise: str) -> tuple[FoundTable | None, dict]:
    from .assignment import QUESTIONS

    spec = {"question": both("hw.col.question"), "answer": both("hw.col.answer")}
    table = find_table(sub.sheets, spec, required=("question", "answer"), file=sub.file.name)
    if table is None:
        return None, {}
    ids = QUESTIONS[exercise]
    by_text = {norm(t(f"hw.q.{exercise}.{q}", x)): q for q in ids for x in ("zh", "en")}
    out = {}
    for pos, (row, rec) in enumerate(table.frame.iterrows()):
        q = by_text.get(norm(rec["question"])) or (ids[pos] if pos < len(ids) else None)
        if q is not None and q not in out:
            out[q] = (row, rec["answer"])
    return table, out


def _expected_funnel() -> tuple[str, str]:
    from ..funnel import funnel

    stages = pd.DataFrame({"stage": [c for c, n in FUNNEL_GIVEN for _ in range(n)]})
    result = funnel(stages, today=dt.date(2026, 1, 1))
    table = result.table.reset_index(drop=True)
    thin = table.index[table["thin"]][0]
    return table.loc[thin, "stage"], table.loc[thin - 1, "stage"]


def check_funnel_homework(sub: Submission, ex: Exercise, lang: str | None):
    from ..funnel import stage_code

    score = _Scorer(ex, lang)
    table, answers = _answers(sub, "funnel")
    if table is None:
        return score.missing(t("hw.sheet.answers", lang)), []
    for cid, want in zip(("thin_stage", "source_stage"), _expected_funnel(), strict=True):
        row, value = answers.get(cid, (None, None))
        got = stage_code(value) if not is_blank(value) else None
        problems = []
        if got != want:
            ref = table.cell("answer", row) if row else ""
            problems.append((ref, t(f"hw.msg.{cid}_wrong", lang, cell=ref,
                                    value=_text(value) or "∅")))
        score.add(cid, 0 if problems else 1, problems)
    return score.results, []


def check_conversion_homework(sub: Submission, ex: Exercise, lang: str | None):
    score = _Scorer(ex, lang)
    spec = {"agent": both("hw.col.agent"), "consultations": both("hw.col.consultations"),
            "orders": both("hw.col.orders"), "conversion": both("hw.col.conversion")}
    table = find_table(sub.sheets, spec, required=("agent", "conversion"), file=sub.file.name)
    if table is None:
        return score.missing(t("hw.sheet.conversion", lang)), []
    names = {norm(t(f"hw.agent.{c}", x)): c for c, *_ in CONVERSION_GIVEN for x in ("zh", "en")}
    rates = {c: m / n for c, n, m in CONVERSION_GIVEN}
    wrong = []
    seen = set()
    for row, rec in table.frame.iterrows():
        code = names.get(norm(rec["agent"]))
        if code is None:
            continue
        seen.add(code)
        got = _number(rec["conversion"])
        if got is not None and got > 1:  # typed 28.6 meaning 28.6 %
            got /= 100
        if got is None or abs(got - rates[code]) > 0.005:
            ref = table.cell("conversion", row)
            wrong.append((ref, t("hw.msg.rate_wrong", lang, cell=ref,
                                 agent=_text(rec["agent"]), value=_text(rec["conversion"])
                                 or "∅")))
    wrong += [("", t("hw.missing_table", lang, what=t(f"hw.agent.{c}", lang)))
              for c in rates if c not in seen]
    score.add("rates", 1 - len(wrong) / len(rates), wrong)
    qtable, answers = _answers(sub, "conversion")
    row, value = answers.get("better", (None, None))
    best = max(rates, key=rates.get)
    got = names.get(norm(value)) or (norm(value) if norm(value) in rates else None)
    problems = [] if got == best else [(qtable.cell("answer", row) if qtable and row else "",
                                        t("hw.msg.better_wrong", lang,
                                          value=_text(value) or "∅"))]
    score.add("better", 0 if problems else 1, problems)
    return score.results, []


def _steps(sub: Submission, exercise: str, steps) -> FoundTable | None:
    spec = {"step": both("hw.col.step"), "text": both(f"hw.col.text_{exercise}")}
    return find_table(sub.sheets, spec, required=("step", "text"), file=sub.file.name)


def _empty_steps(table: FoundTable, exercise: str, steps, lang) -> tuple[list, dict]:
    labels = {norm(t(f"hw.step.{exercise}.{s}", x)): s for s in steps for x in ("zh", "en")}
    texts = {}
    for pos, (row, rec) in enumerate(table.frame.iterrows()):
        code = labels.get(norm(rec["step"])) or (steps[pos] if pos < len(steps) else None)
        if code is not None and code not in texts:
            texts[code] = (row, _text(rec["text"]))
    empty = [(table.cell("text", texts[s][0]) if s in texts else "",
              t("hw.msg.step_empty", lang, step=t(f"hw.step.{exercise}.{s}", lang),
                cell=table.cell("text", texts[s][0]) if s in texts else "?"))
             for s in steps if not worded(texts.get(s, (0, ""))[1])]
    return empty, texts


def worded(text: str, least: int = 2) -> bool:
    """Is ``text`` an answer in words: at least ``least`` letters or Chinese characters (a
    ``.``, ``-`` or ``？`` is not)?

    >>> worded("."), worded("无"), worded("您好，我是移动公司的小王")
    (False, False, True)
    """
    return sum(ch.isalpha() for ch in str(text)) >= least


def _written_steps(sub: Submission, ex: Exercise, lang, steps, criterion: str):
    """The opening of a written exercise (script, complaint): its steps table found, every
    step written scored under ``criterion``, the 答题 answers read. ``None`` for ``table``
    when the sheet is missing (``score.results`` then says so)."""
    score = _Scorer(ex, lang)
    table = _steps(sub, ex.id, steps)
    if table is None:
        score.missing(t(f"hw.sheet.{ex.id}", lang))
        return score, None, {}, None, {}
    empty, texts = _empty_steps(table, ex.id, steps, lang)
    score.add(criterion, 1 - len(empty) / len(steps), empty)
    qtable, answers = _answers(sub, ex.id)
    return score, table, texts, qtable, answers


def check_script_homework(sub: Submission, ex: Exercise, lang: str | None):
    score, table, texts, qtable, answers = _written_steps(sub, ex, lang, SCRIPT_STEPS, "parts")
    if table is None:
        return score.results, []
    from ..telesales import plan_saving

    saving = plan_saving(SCRIPT_GIVEN["old_monthly"], SCRIPT_GIVEN["new_monthly"])
    problems = []
    for q, want in (("saving_month", saving.monthly), ("saving_year", saving.yearly)):
        row, value = answers.get(q, (None, None))
        got = _number(re.sub(r"[元/月年￥¥\s]", "", _text(value)) or None)
        if got is None or abs(got - want) > 1e-6:
            ref = qtable.cell("answer", row) if qtable and row else ""
            problems.append((ref, t(f"hw.msg.{q}_wrong", lang, cell=ref,
                                    value=_text(value) or "∅")))
    score.add("saving", 1 - len(problems) / 2, problems)
    row, text = texts.get("two_choice", (None, ""))
    two = re.search(r"还是|或者|或是|\bor\b", text, re.I) and len(
        re.findall(r"\d{1,2}\s*[:：点]\s*\d{0,2}|上午|下午|\d+\s*号", text)) >= 2
    ref = table.cell("text", row) if row else ""
    score.add("two_choice", 1 if two else 0,
              [] if two else [(ref, t("hw.msg.two_choice", lang, cell=ref or "?"))])
    score.teacher("wording")
    return score.results, [norm(texts.get(s, (0, ""))[1]) for s in SCRIPT_STEPS]


def check_complaint_homework(sub: Submission, ex: Exercise, lang: str | None):
    from ..calendar import WorkCalendar

    score, table, texts, qtable, answers = _written_steps(sub, ex, lang, COMPLAINT_STEPS,
                                                         "steps")
    if table is None:
        return score.results, []
    want = WorkCalendar().add_working_days(COMPLAINT_SOLVED, 1)
    row, value = answers.get("follow_up_date", (None, None))
    got, _ = parse_date(value) if not is_blank(value) else (None, None)
    if isinstance(got, dt.datetime):
        got = got.date()
    ref = qtable.cell("answer", row) if qtable and row else ""
    score.add("follow_up", 1 if got == want else 0, [] if got == want else [
        (ref, t("hw.msg.follow_up_wrong", lang, cell=ref or "?", value=_text(value) or "∅"))])
    score.teacher("wording")
    return score.results, [norm(texts.get(s, (0, ""))[1]) for s in COMPLAINT_STEPS]


#: exercise id -> checker(submission, exercise, lang) -> (results, answers for similarity)
CHECKS = {"roster": check_roster_homework, "customers": check_customers_homework,
          "abc": check_abc_homework, "selfcheck": check_selfcheck_homework,
          "funnel": check_funnel_homework, "conversion": check_conversion_homework,
          "script": check_script_homework, "complaint": check_complaint_homework}


def recognise(sheets) -> str | None:
    """The exercise a file without a cover belongs to, from the tables it holds."""
    from .submission import Submission

    probe = Submission(file=__import__("pathlib").Path("?"), sheets=sheets)
    if find_roster_grid(sheets) is not None:
        return "roster"
    finders = (
        ("customers", lambda: find_table(sheets, _customer_spec(),
                                         required=("name", "contact_person"))),
        ("abc", lambda: find_table(sheets, {"name": CUSTOMER_COLUMNS["name"],
                                            "abc_class": both("hw.col.abc_class")},
                                   required=("name", "abc_class"))),
        ("selfcheck", lambda: find_table(sheets, selfcheck_headers(),
                                         required=("target", "made"))),
        ("conversion", lambda: find_table(sheets, {"c": both("hw.col.consultations"),
                                                   "r": both("hw.col.conversion")},
                                          required=("c", "r"))),
        ("funnel", lambda: find_table(sheets, {"s": both("hw.col.stage"),
                                               "n": both("hw.col.count")}, required=("s", "n"))),
        ("script", lambda: _steps(probe, "script", SCRIPT_STEPS)),
        ("complaint", lambda: _steps(probe, "complaint", COMPLAINT_STEPS)),
    )
    return next((ex for ex, finder in finders if finder() is not None), None)
