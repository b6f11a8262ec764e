import ast
import re
import string
from pathlib import Path

import pytest

from salesops import PROBLEM_CODES
from salesops.labels import CATALOGUE, get_language, language, set_language, t


def test_every_label_has_both_languages_with_the_same_fields():
    for key, (zh, en) in CATALOGUE.items():
        assert zh and en, key
        fields = {f for _, f, _, _ in string.Formatter().parse(zh) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(en) if f}, key


def test_every_problem_code_has_a_message():
    for code in PROBLEM_CODES:
        assert f"problem.{code}" in CATALOGUE


def test_language_switch_and_aliases():
    assert get_language() == "zh"
    assert set_language("en-US") == "zh"
    assert t("sheet.customers") == "Customers"
    with language("zh_CN"):
        assert t("sheet.customers") == "客户信息表"
    assert get_language() == "en"
    with pytest.raises(ValueError, match="zh"):
        set_language("fr")



# ---------------------------------------------------------------------------------------------
# No user-facing string outside labels.py (DESIGN.md, Language; issue 10 item 5)
# ---------------------------------------------------------------------------------------------
PACKAGE = Path(__file__).resolve().parents[1] / "salesops"
#: CJK ideographs and CJK / full-width punctuation (、；：「」（）…)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
#: two English words in a row: a sentence, not a code or a column key
SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,;:'’-]+[A-Za-z]{2,}")
#: a catalogue key or its prefix (``"hw.col."`` + name): what code should pass to t()
KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]*)+")
#: keywords whose value a person reads (argparse, Column, Chart, Tracker, ipywidgets)
TEXT_KEYWORDS = {"help", "header", "title", "description", "label", "placeholder", "tooltip",
                 "xlabel", "ylabel", "epilog", "notes", "sheet_title"}
#: calls whose arguments a person reads (besides exceptions and ``raise``)
TEXT_CALLS = {"print", "warn", "set_title", "set_xlabel", "set_ylabel", "suptitle"}
REGEX_FUNCTIONS = {"compile", "sub", "subn", "match", "search", "fullmatch", "split",
                   "findall", "finditer"}

#: Modules that are data, not interface: the synthetic class of the homework sample (its
#: students' names, companies and typed answers are what a class would hand in).
#: modules of data, not messages: the sample class; the headers export tools write, each with
#: the citation of where it was found (accepted input and sources, never shown as text)
DATA_MODULES = {"homework/sample.py", "reading/exports.py"}

#: (module, scope) -> the exact strings allowed there, and why. A scope is the enclosing
#: def/class path ("Class.method") or a module-level assignment's name.
ALLOWED = {
    # accepted input: synonyms, units and full-width punctuation a person may type
    ("cli.py", "_calendar.dates"): {"，"},
    ("cli.py", "_cutoffs"): {"，"},
    ("cli.py", "_rates"): {"，"},
    ("customers.py", "_HIGH_WORDS"): {"高", "强", "大", "有", "是"},
    ("customers.py", "_LOW_WORDS"): {"低", "弱", "小", "无", "否", "中", "一般"},
    ("reading/headers.py", "_PREFIXES"): {"所在", "详细", "客户"},
    ("reading/headers.py", "_UNIT_FACTORS"): {"万", "万元", "千", "千元", "百万", "百万元", "元",
                                              "人民币", "￥", "人民币元", "元人民币"},
    ("reading/blocks.py", "TOTAL_LABELS"): {"合计", "总计", "小计", "总和", "汇总", "共计"},
    ("reading/spans.py", "OFF_CODES"): {"休", "休息", "休假", "公休", "轮休"},
    ("reading/spans.py", "_CLOCK"): {r"(\d{1,2})(?:\s*[:：点时]\s*(\d{1,2})?\s*(?:分)?)?"},
    ("reading/spans.py", "shift_key"): {"班"},
    ("customers.py", "_is_high"): {"的"},
    ("funnel.py", "_SYNONYMS"): {
        "满意", "满意现状", "现状满意", "发现问题", "明确问题", "问题明确", "采取行动", "行动",
        "评估供应商", "评估", "比较供应商", "谈判", "商务谈判", "议价", "决定", "决定实施",
        "决定/实施", "实施", "签约", "成交", "成交客户", "已成交", "老客户", "客户"},
    ("parsing.py", "parse_amount"): {"元", "万", "亿"},
    ("parsing.py", "parse_hhmm"): {"："},
    ("service.py", "_parse_rating"): {"分"},
    ("widgets/roster.py", "RosterPanel.export_blank"): {"，"},
    ("widgets/weekly.py", "WeeklyPanel.build"): {"，"},
    # whitespace characters (the ideographic space), not text
    ("parsing.py", "WHITE_SPACE"): {" \t\r\n\u3000\xa0"},
    # the roster's day-off code, which grids are written and read back in (a code, not text)
    ("roster.py", "Roster.grid"): {"休"},
    ("shifts.py", "DEFAULT_LEGEND"): {"早", "中", "晚"},
    # what students write in their homework: totals rows, agent headers, weekdays, file names
    ("homework/checks.py", "find_roster_grid"): {"座席", "客服"},
    ("homework/checks.py", "class_answer"): {"类客户", "类", "级客户", "级", "等", "客户"},
    ("homework/checks.py", "_PER_YEAR"): {"年", "半年", "季", "季度", "月", "周"},
    ("homework/checks.py", "yearly_count"): {"年"},
    ("reading/grids.py", "weekday_of"): {"星期", "一二三四五六日"},
    ("homework/submission.py", "student_from_filename"): {
        "作业", "排班", "客户", "分类", "提交", "自查", "漏斗", "脚本", "投诉", "练习", "表", "班"},
    # the course's given figures: the exercise's agents and the ABC exercise's companies
    ("homework/exercises.py", "ROSTER_AGENTS"): {"甲", "乙", "丙"},
    ("homework/exercises.py", "ABC_GIVEN"): {
        "开平市海湾五金有限公司", "开平市丰华陶瓷有限公司", "开平市利达包装有限公司",
        "开平市永兴水暖器材厂", "开平市新宇电子商务有限公司", "开平市金源食品有限公司",
        "开平市合众物流有限公司", "开平市美家家具有限公司", "开平市天成印刷有限公司",
        "开平市绿源农产品有限公司"},
    ("homework/exercises.py", "read_rubric"): {"是"},
    # weekdays as people write them when they say which day an agent is away
    ("roster.py", "_day_index"): {"一二三四五六日", "天", "周", "星期"},
    # sample data: the course exercise's three agents
    ("demo.py", "_rosters"): {"甲", "乙", "丙"},
    ("widgets/roster.py", "RosterPanel.__init__"): {"甲,乙,丙"},
    ("widgets/weekly.py", "WeeklyPanel.__init__"): {"甲,乙,丙"},
    # a language's name is written in that language on the toggle (中文 / English)
    ("widgets/common.py", "language_toggle"): {"中文"},
    # Python's own protocol message for a missing module attribute
    ("__init__.py", "__getattr__"): {"module 'salesops' has no attribute "},
}


def _call_name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _user_facing_literals(source: str):
    """(scope, line, text) of every string constant a person would read, docstrings and
    regular expressions (the accepted spellings) aside."""
    tree = ast.parse(source)
    scope: dict[ast.AST, str] = {}
    skip: set[ast.AST] = set()
    kind: dict[ast.AST, str] = {}

    def docstring(body):
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(body[0].value)

    def visit(node, names):
        for child in ast.iter_child_nodes(node):
            inner = names
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = [*names, child.name]
                docstring(child.body)
            elif isinstance(child, ast.Assign | ast.AnnAssign) and not names:
                target = child.targets[0] if isinstance(child, ast.Assign) else child.target
                inner = [getattr(target, "id", "?")]
            scope[child] = ".".join(inner)
            visit(child, inner)

    docstring(tree.body)
    visit(tree, [])
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node.func)
            if (name in REGEX_FUNCTIONS and isinstance(node.func, ast.Attribute)
                    and getattr(node.func.value, "id", "") == "re" and node.args):
                skip.update(ast.walk(node.args[0]))
            if name.endswith(("Error", "Exception", "Warning")) or name in TEXT_CALLS:
                for arg in node.args:
                    for c in ast.walk(arg):
                        kind.setdefault(c, "message")
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS:
                    for c in ast.walk(keyword.value):
                        kind[c] = "label"
        if isinstance(node, ast.Raise) and node.exc is not None:
            for c in ast.walk(node.exc):
                kind.setdefault(c, "message")
    for node in ast.walk(tree):
        if (not isinstance(node, ast.Constant) or not isinstance(node.value, str)
                or node in skip or KEY.fullmatch(node.value)):
            continue
        text, what = node.value, kind.get(node)
        bad = bool(CJK.search(text))
        if what == "message":  # an English sentence raised, printed or warned
            bad = bad or bool(SENTENCE.search(text))
        elif what == "label":  # header=("日期", "Date"), help="first day", title=…
            bad = bad or bool(re.search(r"[A-Z]|[A-Za-z]{2,}\s", text))
        if bad:
            yield scope.get(node, ""), node.lineno, text


def literal_offenders(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        module = path.relative_to(package).as_posix()
        if module == "labels.py" or any(module == m or (m.endswith("/") and module.startswith(m))
                                        for m in DATA_MODULES):
            continue
        for where, line, text in _user_facing_literals(path.read_text(encoding="utf-8")):
            if text not in ALLOWED.get((module, where), ()):
                found.append(f"salesops/{module}:{line} ({where or 'module'}): {text!r}")
    return found


def test_no_user_facing_string_outside_labels():
    offenders = literal_offenders()
    assert not offenders, ("user-facing text belongs in salesops/labels.py (t(key)):\n"
                           + "\n".join(offenders))


def test_the_literal_check_catches_what_it_should():
    source = '''
"""Docstrings are fine: 客户信息表."""
import re
PATTERN = re.compile(r"[，、]")
def f(x):
    raise SalesopsError(f"unknown column kind {x!r}")
def g():
    print("Wrote the file")
    return Column("date", header=("日期", "Date"))
def h():
    return t("col.name"), "、".join(["a"]), help_("x"), Column("k", help=t("cli.help_out"))
'''
    found = [(scope, text) for scope, _, text in _user_facing_literals(source)]
    assert ("f", "unknown column kind ") in found
    assert ("g", "Wrote the file") in found
    assert ("g", "日期") in found and ("g", "Date") in found
    assert ("h", "、") in found
    assert not any("客户信息表" in text or "[，、]" in text for _, text in found)
    assert len(found) == 5
