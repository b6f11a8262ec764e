"""The one reading layer (issue 25): every reader maps the same spellings to the same column,
tables go on across blank rows, a student's own file is planned.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from salesops import check_customers, read_customers
from salesops.complaints import read_complaints
from salesops.reading import find_table, header_key, map_headers, match_header
from salesops.reading.exports import EXPORT_HEADERS, export_synonyms
from salesops.reading.spans import is_day_off, shift_key, span_minutes
from salesops.service import read_consultations, service_summary

SPELLINGS = ["客户名称", "客戶名稱", "客户名称（必填）", "客户_名称", "客户名称：", "Customer Name"]


# -- one header rule for every reader ----------------------------------------------------------
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_reader_maps_the_spelling_to_the_same_column(spelling, tmp_path):
    # the customer table
    customers = read_customers(pd.DataFrame({spelling: ["开平甲公司"], "手机": ["13812345678"]}))
    assert customers.reading.headers["name"] == spelling
    # a customer file on disk (the header row found by it)
    path = tmp_path / "c.csv"
    path.write_bytes(f"我的客户\n{spelling},手机\n开平甲公司,13812345678\n".encode("gbk"))
    assert read_customers(path).data["name"].tolist() == ["开平甲公司"]
    # the consultation log (its customer column) and the complaint log (its customer)
    log = read_consultations(pd.DataFrame({"客服": ["小李"], spelling: ["买家甲"],
                                           "成交": ["成交"]}))
    assert log.reading.headers["customer"] == spelling
    complaints = read_complaints(pd.DataFrame({spelling: ["开平甲公司"], "投诉内容": ["慢"],
                                               "受理日期": ["2026-11-20"]}))
    assert complaints.reading.headers["name"] == spelling
    # a homework submission's table (found anywhere in the sheets)
    found = find_table({"表": [["客户信息"], [spelling, "联系人"], ["开平甲公司", "张三"]]},
                       {"name": ("客户名称", "Customer name"),
                        "contact_person": ("联系人", "Contact person")},
                       required=("name", "contact_person"))
    assert found.frame["name"].tolist() == ["开平甲公司"] and found.headers["name"] == spelling


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_tracker_read_back_with_its_header_respelt(spelling, tmp_path):
    from openpyxl import load_workbook

    from salesops.excel import read_tracker
    from salesops.workbooks import customer_workbook

    out = tmp_path / "customers.xlsx"
    customer_workbook(pd.DataFrame({"客户名称": ["开平甲公司"], "手机": ["13812345678"]}), out)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(max_row=10):
        for cell in row:
            if cell.value == "客户名称":
                cell.value = spelling
    book.save(out)
    changes = read_tracker(out)
    assert changes.frame["name"].tolist() == ["开平甲公司"]


def test_a_header_that_contains_one_known_name_counts_as_that_column():
    lookup = {"首次回复时间": "first_reply_time", "客服": "agent", "开始时间": "start_time"}
    assert match_header("客服首次回复时间", lookup).canonical == "first_reply_time"
    assert match_header("咨询开始时间", lookup).canonical == "start_time"
    # two columns as good as each other: reported, never guessed
    both = match_header("开始时间首次回复时间x", {"开始时间": "a", "回复时间": "b"})
    assert both is None or both.canonical is None
    ambiguous = match_header("联系时间电话号", {"联系时间": "a", "时间电话": "b"})
    assert ambiguous.canonical is None and ambiguous.candidates == ("a", "b")
    # a title row that merely holds a short name is not a header
    assert match_header("2026 年客户作业", {"客户": "name"}) is None


def test_header_key_folds_width_script_marks_and_separators():
    assert {header_key(s) for s in SPELLINGS[:5]} == {"客户名称"}
    assert header_key("ＣＵＳＴＯＭＥＲ－Name") == "customername"


# -- exports of real tools: the headers they write, each with its source -------------------------
def test_every_export_header_has_a_source_and_is_read():
    for rows in EXPORT_HEADERS.values():
        for header, _canonical, source in rows:
            assert source.strip(), header
    hubspot = ["Record ID", "Company name", "Phone Number", "Street Address", "City",
               "State/Region", "Annual Revenue", "Last Activity Date", "Next Activity Date",
               "Company owner", "Create Date"]
    mapping, unknown, _ = map_headers(hubspot, _customer_lookup())
    assert not unknown and mapping["Last Activity Date"] == "last_contact_date"
    salesforce = ["Account Name", "Account Phone", "Billing City", "Billing State/Province",
                  "Annual Revenue", "Last Activity", "Account Owner", "Account ID"]
    mapping, unknown, _ = map_headers(salesforce, _customer_lookup())
    assert not unknown and mapping["Account Name"] == "name"
    xiaoshouyi = ["客户名称", "客户所有人", "省份", "市", "区", "详细地址", "电话", "销售额",
                  "最新活动记录时间", "创建日期"]
    mapping, unknown, _ = map_headers(xiaoshouyi, _customer_lookup())
    assert not unknown and mapping["最新活动记录时间"] == "last_contact_date"
    assert mapping["销售额"] == "annual_sales" and mapping["客户所有人"] == "owner"
    fxiaoke = ["客户名称", "电话", "省", "市", "区", "最后跟进时间", "下次跟进时间", "客户编号"]
    mapping, unknown, _ = map_headers(fxiaoke, _customer_lookup())
    assert not unknown and mapping["下次跟进时间"] == "next_contact_date"
    assert "客服昵称" in export_synonyms("consultations")["agent"]


def _customer_lookup():
    from salesops.customers import _LOOKUP

    return _LOOKUP


def test_a_crm_export_is_read_as_a_customer_table():
    """A HubSpot companies export, as its Export writes it (labels as headers)."""
    raw = pd.DataFrame({"Record ID": ["1001", "1002"],
                        "Company name": ["Kaiping Hengtong Hardware", "Jiangmen Huada"],
                        "Phone Number": ["13812345678", "0750-6612345"],
                        "City": ["Kaiping", "Jiangmen"], "Annual Revenue": ["1200000", "950000"],
                        "Last Activity Date": ["2026-08-30", "2026-11-03"]})
    table = read_customers(raw)
    assert table.data["customer_id"].tolist() == ["1001", "1002"]
    assert table.data["last_contact_date"].dt.date.tolist() == [dt.date(2026, 8, 30),
                                                                dt.date(2026, 11, 3)]
    assert table.data["annual_sales"].tolist() == [1200000.0, 950000.0]


# -- a chat log as shops export it ---------------------------------------------------------------
def test_a_chat_log_with_its_own_time_headers_gives_first_response_figures():
    log = pd.DataFrame({
        "客服": ["小李", "小李", "老陈", "老陈"],
        "顾客": ["甲", "乙", "丙", "丁"],
        "咨询开始时间": ["2026-11-20 10:00:00"] * 4,
        "顾客首条消息时间": ["2026-11-20 10:00:02"] * 4,
        "客服首次回复时间": ["2026-11-20 10:00:08", "2026-11-20 10:00:40",
                             "2026-11-20 10:00:05", "2026-11-20 10:00:09"],
        "成交": ["成交", "未成交", "成交", "成交"]})
    read = read_consultations(log)
    assert read.reading.headers["first_reply_time"] == "客服首次回复时间"
    assert read.reading.headers["start_time"] == "咨询开始时间"
    problems = read.problems()
    assert set(problems["problem"]) == {"header_contained"}  # said, as a warning
    agents = service_summary(read).agents.set_index("agent")
    assert agents.loc["小李", "median_first_response_seconds"] == pytest.approx(22)
    assert agents.loc["老陈", "median_first_response_seconds"] == pytest.approx(5)


# -- time spans and shift codes ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["9-17", "09:00-17:00", "9:00～17:00", "9点-17点",
                                  "９：００－１７：００", "9:00至17:00"])
def test_one_span_parser_reads_every_spelling(text):
    assert span_minutes(text) == (540, 1020)


def test_shift_names_with_ban_and_days_off():
    assert [shift_key(c) for c in ("早班", "中班", "晚班", "早")] == ["早", "中", "晚", "早"]
    assert all(is_day_off(c) for c in ("休", "休息", "off", "-", None, ""))
    assert not is_day_off("早")


# -- blank rows and totals -------------------------------------------------------------------------
def test_a_table_goes_on_across_blank_rows_and_knows_its_total():
    rows = [["每周自查"], ["星期", "计划", "实际"], [None, None, None], ["周一", 200, 180],
            [None, None, None], ["周二", 200, 190], [None], ["合 计", 400, 370]]
    found = find_table({"自查": rows}, {"weekday": ("星期", "Day"), "target": ("计划", "Target"),
                                       "made": ("实际", "Made")}, required=("weekday", "made"))
    assert found.body["weekday"].tolist() == ["周一", "周二"]
    assert found.totals == [8] and found.frame.loc[8, "made"] == 370


def test_a_second_table_below_ends_the_first():
    rows = [["客户名称", "ABC类别"], ["甲", "A"], [None, None], ["客户名称", "ABC类别"],
            ["乙", "B"]]
    found = find_table({"s": rows}, {"name": ("客户名称", "Name"),
                                     "abc_class": ("ABC类别", "ABC class")}, required=("name",))
    assert found.frame["name"].tolist() == ["甲"]


# -- a student's own file, all the way through ---------------------------------------------
def _student_file(tmp_path):
    rows = [
        "客户名称（必填）,联系人,联系电话,地址,年销售额(万元),上次联系日期",
        "开平市恒通五金有限公司,张伟,13812345678,开平市水口镇东埠路88号,120,8月30日",
        "江门市新会区华达贸易,李娜,13700001111,江门市新会区江侨路186号,95,2026/8/20",
        "开平市赤坎旅游商店,王芳,13922223333,开平市赤坎镇堤西路12号,60,2026/9/8",
        ",,,,,",
        "开平市三埠建材行,陈强,13733334444,开平市三埠街道港口路5号,30,10月20日",
        "开平市月山百货,赵敏,13655556666,开平市月山镇月山大道1号,12,11月3日",
        "开平市苍城农资,刘洋,13544445555,开平市苍城镇苍城路3号,8,2026/10/1",
        "开平市长沙服装,黄磊,13466667777,开平市长沙街道长沙路8号,5,11月20日",
        "开平市恒通五金有限公司,张伟,138-1234-5678,开平市水口镇东埠路88号,120,8月30日",
        "开平市沙冈食品,周杰,13377778888,开平市沙冈街道沙冈路9号,3,9月15日",
        "开平市百合茶庄,吴静,13288889999,开平市百合镇百合路2号,2,11月25日",
    ]
    path = tmp_path / "我的客户.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return path


def test_typed_dates_are_read_with_a_warning_naming_the_year(tmp_path):
    table = read_customers(_student_file(tmp_path), today="2026-12-07")
    last = table.data["last_contact_date"].dt.date
    assert last.loc[2] == dt.date(2026, 8, 30) and last.loc[7] == dt.date(2026, 11, 3)
    assert last.notna().all()
    problems = check_customers(table, today=dt.date(2026, 12, 7))
    assumed = problems[problems["problem"] == "date_year_assumed"]
    assert len(assumed) == 7 and assumed["message"].str.contains("2026 年").all()
    assert not (problems["severity"] == "error").any()
    # a day later in the year than the reference day is last year's
    late = read_customers(pd.DataFrame({"客户名称": ["甲"], "上次联系日期": ["12月20日"]}),
                          today="2026-12-07")
    assert late.data["last_contact_date"].dt.date.tolist() == [dt.date(2025, 12, 20)]


def test_relative_words_are_an_error_at_their_cell_never_a_guess():
    table = read_customers(pd.DataFrame({"客户名称": ["甲"], "上次联系日期": ["上周五"]}),
                           today="2026-12-07")
    problems = check_customers(table, today=dt.date(2026, 12, 7))
    row = problems[problems["problem"] == "relative_date"].iloc[0]
    assert row["severity"] == "error" and "上周五" in row["message"]
    assert table.data["last_contact_date"].isna().all()


def test_ids_are_made_from_the_name_stable_and_said_once(tmp_path):
    path = _student_file(tmp_path)
    first, again = read_customers(path), read_customers(path)
    assert first.data["customer_id"].tolist() == again.data["customer_id"].tolist()
    assert first.data["customer_id"].is_unique and first.data["customer_id"].notna().all()
    assert first.reading.generated_ids == len(first)  # said once, in the reading report
    assert "customer_id" not in set(check_customers(first)["column"])


def test_the_students_week_plans_every_long_uncontacted_a_customer_and_counts_a_duplicate_once(
        tmp_path):
    from salesops.abc import classify_abc
    from salesops.followup import follow_up_schedule
    from salesops.plan import week_plan

    table = read_customers(_student_file(tmp_path), today="2026-12-07")
    assert table.reading.duplicates == ((10, 2, "same_mobile"),)
    classes = classify_abc(table)
    assert classes["name"].tolist().count("开平市恒通五金有限公司") == 1
    a_customers = classes[classes["abc_class"] == "A"]
    stale = a_customers[a_customers["last_contact_date"] < pd.Timestamp("2026-09-07")]
    assert len(stale) >= 2
    week = week_plan(table, "2026-12-07", route_seconds=1)
    contacted = set(week.calls["customer_id"]) | set(
        week.schedule.loc[week.schedule["channel"].isin(["phone", "visit"]), "customer_id"])
    assert set(stale["customer_id"]) <= contacted
    # first in the week: on one of its first three working days
    first_calls = week.schedule[week.schedule["rule"] == "policy_overdue"]
    assert (first_calls["date"] <= pd.Timestamp("2026-12-09")).all()
    # the duplicate once among the plan and the cards
    december = follow_up_schedule(table, start="2026-12-01", end="2026-12-31")
    cards = december[december["rule"] == "new_year_card"]
    assert cards["name"].tolist().count("开平市恒通五金有限公司") == 1
    assert cards["customer_id"].is_unique and len(cards) == len(classes)
    calls = week.calls[week.calls["name"] == "开平市恒通五金有限公司"]
    assert len(calls) == 1


@pytest.mark.filterwarnings("ignore::salesops.calendar.CalendarWarning")
def test_the_call_list_names_the_customers_it_fills_toward_the_target(tmp_path):
    from salesops.calls import daily_call_plan

    table = read_customers(_student_file(tmp_path), today="2026-12-07")
    plan = daily_call_plan(table, "2026-12-07", calls_per_day=200)
    assert len(plan.suggestions) and set(plan.suggestions["customer_id"]) <= set(
        plan.calls["customer_id"])
    assert "久未联系" in plan.summary("zh")


# -- blank rows in a roster grid, a self-check table and an ABC table lose nothing ---------------
def _insert_blank_rows(path, sheet_title_key, positions):
    """Insert blank rows in the sheet whose title is ``t(sheet_title_key)``: ``positions``
    are (Excel row before which to insert), applied from the bottom up."""
    from openpyxl import load_workbook

    from salesops.labels import t

    book = load_workbook(path)
    sheet = book[t(sheet_title_key)]
    for row in sorted(positions, reverse=True):
        sheet.insert_rows(row)
    book.save(path)


def _header_row(path, sheet_title_key, first_header):
    from openpyxl import load_workbook

    from salesops.labels import t

    sheet = load_workbook(path)[t(sheet_title_key)]
    for row in sheet.iter_rows():
        if any(c.value == first_header for c in row):
            return row[0].row
    raise AssertionError(first_header)


@pytest.mark.parametrize("exercise,sheet,first_header,where", [
    ("roster", "sheet.roster", "姓名", ("under_header", "between", "before_total")),
    ("selfcheck", "sheet.selfcheck", "星期", ("under_header", "between", "before_total")),
    ("abc", "hw.sheet.abc", "客户名称", ("under_header", "between", "before_total")),
])
def test_blank_rows_lose_nothing(tmp_path, exercise, sheet, first_header, where):
    from salesops.homework import grade_submission
    from salesops.homework.sample import fill_submission
    from salesops.labels import language

    with language("zh"):
        plain = fill_submission(tmp_path / "plain.xlsx", exercise, student_id="1", name="甲")
        spaced = fill_submission(tmp_path / "spaced.xlsx", exercise, student_id="1",
                                 name="甲")
        header = _header_row(spaced, sheet, first_header)
        rows = {"under_header": header + 1, "between": header + 3, "before_total": None}
        from openpyxl import load_workbook

        from salesops.labels import t
        last = load_workbook(spaced)[t(sheet)].max_row
        rows["before_total"] = last  # before the last row (合计 where the table has one)
        _insert_blank_rows(spaced, sheet, [rows[w] for w in where])
        a, b = grade_submission(plain), grade_submission(spaced)
    assert a.score == b.score == a.max_score, [c.message for c in b.criteria if not c.passed]


def test_without_a_customer_id_column_the_visits_are_planned_not_dropped():
    from salesops import datasets
    from salesops.plan import week_plan

    raw = pd.read_csv(datasets.path("customers"), dtype=str).drop(columns=["客户编号"])
    table = read_customers(raw)
    assert table.reading.generated_ids == len(table) == 150
    week = week_plan(table, "2026-12-07", route_seconds=1)
    due = week.schedule[week.schedule["channel"] == "visit"]
    assert len(due) > 0
    planned = set(week.visits.itinerary["customer_id"])
    assert set(due["customer_id"]) <= planned | set(week.visits.unplanned["customer_id"])
    assert planned


@pytest.mark.parametrize("spelling", ["客戶名稱", "客户名称（必填）", "客户_名称"])
def test_a_submission_with_the_header_respelt_scores_as_written(tmp_path, spelling):
    from openpyxl import load_workbook

    from salesops.homework import grade_submission
    from salesops.homework.sample import fill_submission
    from salesops.labels import language

    with language("zh"):
        plain = fill_submission(tmp_path / "plain.xlsx", "customers", student_id="1",
                                name="甲")
        respelt = fill_submission(tmp_path / "respelt.xlsx", "customers", student_id="1",
                                  name="甲")
        book = load_workbook(respelt)
        changed = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value == "客户名称":
                        cell.value, changed = spelling, changed + 1
        book.save(respelt)
        assert changed
        a, b = grade_submission(plain), grade_submission(respelt)
    assert b.exercise == "customers" and a.score == b.score == a.max_score


# -- found by a review as a new user would try it --------------------------------------------
def test_a_customer_contacted_during_the_plans_week_is_not_overdue():
    from salesops.followup import follow_up_schedule

    table = read_customers(pd.DataFrame({
        "客户名称": ["甲", "乙", "丙", "丁"], "年销售额": [100, 90, 80, 1],
        "上次联系日期": ["2026-12-07", "12月8日", "2026-08-30", "2026-12-01"]}),
        today="2026-12-13")
    assert table.data["last_contact_date"].dt.date.tolist()[1] == dt.date(2026, 12, 8)
    plan = follow_up_schedule(table, start="2026-12-07", end="2026-12-13")
    overdue = plan[plan["rule"] == "policy_overdue"]
    assert overdue["name"].tolist() == ["丙"]  # contacted in August: called on Monday
    assert overdue["date"].tolist() == [pd.Timestamp("2026-12-07")]


def test_a_four_week_plan_still_calls_the_overdue_customer_in_its_first_week():
    from salesops.followup import follow_up_schedule

    table = read_customers(pd.DataFrame({"客户名称": ["甲", "乙"], "年销售额": [100, 1],
                                         "上次联系日期": ["2026-09-08", "2026-09-08"]}))
    plan = follow_up_schedule(table, start="2026-12-07", end="2027-01-03")
    first_week = plan[(plan["date"] <= pd.Timestamp("2026-12-13"))
                      & plan["channel"].isin(["phone", "visit"])]
    assert "甲" in set(first_week["name"])


def test_a_traditional_unit_header_scales_the_amounts():
    table = read_customers(pd.DataFrame({"客戶名稱": ["甲"], "年銷售額(萬元)": ["120"]}))
    assert table.data["annual_sales"].tolist() == [1_200_000.0]


@pytest.mark.parametrize("argv", [
    ["week", "{file}", "--from", "2026-13-07"], ["week", "{file}", "--from", "下周一"],
    ["calls", "plan", "{file}", "--date", "12月7日", "-o", "{out}"],
    ["followup", "{file}", "--from", "2026-13-07", "-o", "{out}"]])
def test_a_bad_plan_date_is_one_sentence_and_exit_2(tmp_path, capsys, argv):
    from salesops.cli import main

    path = _student_file(tmp_path)
    args = [a.format(file=path, out=tmp_path / "out.xlsx") for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "不是日期" in err


@pytest.mark.filterwarnings("ignore::salesops.calendar.CalendarWarning")
def test_planning_commands_say_the_files_errors_and_exit_1(tmp_path, capsys):
    from salesops.cli import main

    path = tmp_path / "c.csv"
    path.write_bytes("客户名称,年销售额,上次联系日期\n甲,100,上周五\n乙,50,8月30日\n".encode("gbk"))
    assert main(["week", str(path), "--from", "2026-12-07", "--seconds", "1"]) == 1
    err = capsys.readouterr().err
    assert "上周五" in err and "customers check" in err  # the error, and the warnings' line
    assert main(["abc", str(path), "-o", str(tmp_path / "a.xlsx")]) == 1
    assert main(["calls", "plan", str(path), "--date", "2026-12-07",
                 "-o", str(tmp_path / "c.xlsx")]) == 1


# -- one file never stops the class: a far-away cell, a grader slip ----------------------------
def _far_cell(path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"], sheet["A2"], sheet["XFD1048576"] = "客户名称", "甲", "x"
    book.save(path)
    return path


def test_a_sheet_used_far_away_is_refused_before_it_is_read(tmp_path, capsys):
    from salesops.cli import main
    from salesops.errors import InputFileError

    path = _far_cell(tmp_path / "远.xlsx")  # 5 KB on disk, 17 billion cells in its range
    with pytest.raises(InputFileError, match="XFD1048576"):
        read_customers(path)
    assert main(["customers", "check", str(path)]) == 2
    assert "XFD1048576" in capsys.readouterr().err


def test_a_far_cell_and_a_grader_slip_stop_one_file_not_the_class(tmp_path, monkeypatch):
    from salesops.homework import grade_class
    from salesops.homework import grading as grading_module
    from salesops.homework.sample import fill_submission

    folder = tmp_path / "交作业"
    folder.mkdir()
    fill_submission(folder / "甲.xlsx", "selfcheck", student_id="1", name="甲")
    fill_submission(folder / "乙.xlsx", "roster", student_id="2", name="乙")
    _far_cell(folder / "丙.xlsx")
    checks = dict(grading_module.CHECKS)

    def slip(*args):
        raise KeyError("made")

    monkeypatch.setitem(grading_module.CHECKS, "roster", slip)
    result = grade_class(folder)
    assert [g.name for g in result.grades] == ["甲"]
    reasons = dict(result.unreadable)
    assert "XFD1048576" in reasons["丙.xlsx"] and "KeyError" in reasons["乙.xlsx"]
    assert checks["roster"] is not slip


# -- an ABC answer read as a teacher reads it; an answer that is not there never scores ------------
def _abc_answers(path, edit):
    from openpyxl import load_workbook

    from salesops.labels import t

    book = load_workbook(path)
    sheet = book[t("hw.sheet.abc")]
    header = next(r[0].row for r in sheet.iter_rows() if any(c.value == "客户名称" for c in r))
    columns = {c.value: c.column for c in sheet[header] if c.value}
    edit(sheet, header, columns)
    book.save(path)


def test_abc_classes_written_a_lei_are_right_and_deleted_customers_do_not_score(tmp_path):
    from salesops.homework import grade_submission
    from salesops.homework.sample import fill_submission
    from salesops.labels import language

    def spelled(sheet, header, columns):
        col = next(c for h, c in columns.items() if "类" in str(h) or "级" in str(h))
        for row in range(header + 1, sheet.max_row + 1):
            value = sheet.cell(row=row, column=col).value
            if value in ("A", "B", "C"):
                sheet.cell(row=row, column=col).value = {"A": "A类", "B": "b类",
                                                         "C": "C类客户"}[value]

    def deleted(sheet, header, columns):
        sheet.delete_rows(header + 1, sheet.max_row - header)

    with language("zh"):
        right = fill_submission(tmp_path / "right.xlsx", "abc", student_id="1", name="甲")
        words = fill_submission(tmp_path / "words.xlsx", "abc", student_id="2", name="乙")
        empty = fill_submission(tmp_path / "empty.xlsx", "abc", student_id="3", name="丙")
        _abc_answers(words, spelled)
        _abc_answers(empty, deleted)
        full, written, none = (grade_submission(p) for p in (right, words, empty))
    a, b, c = (next(r for r in g.criteria if r.id == "classes") for g in (full, written, none))
    assert a.points == b.points == a.max_points
    assert c.points == 0 and none.score < full.score
    assert "没有给" in c.message


def test_an_unfilled_cover_never_reads_the_hidden_row_keys(tmp_path):
    from salesops.homework import new_assignment, read_submission
    from salesops.labels import language

    with language("zh"):
        path = new_assignment("roster", tmp_path / "20260101_王小明_排班.xlsx")
        sub = read_submission(path)
    assert (sub.student_id, sub.name) == ("20260101", "王小明")  # from the file name, said
    assert sub.warnings and "王小明" in sub.warnings[0]
    assert not sub.student_id.startswith("r")


def test_policy_answers_with_units_and_ranges_score_as_numbers(tmp_path):
    from openpyxl import load_workbook

    from salesops.homework import grade_submission
    from salesops.homework.sample import fill_submission
    from salesops.labels import language, t

    with language("zh"):
        path = fill_submission(tmp_path / "p.xlsx", "abc", student_id="1", name="甲")
        book = load_workbook(path)
        sheet = book[t("hw.sheet.policy")]
        sheet["B5"], sheet["D5"], sheet["B6"], sheet["C6"] = "每月1-2次", "2次", "1次", "2封"
        book.save(path)
        grade = grade_submission(path)
    policy = {c.id: c for c in grade.criteria if c.id.startswith("policy")}
    assert all(c.points == c.max_points for c in policy.values()), [
        c.message for c in policy.values()]


# -- an answer that is not there never scores, and check says so (exit 1) -------------------------
def _edited(tmp_path, exercise, name, edit):
    from openpyxl import load_workbook

    from salesops.homework.sample import fill_submission

    path = fill_submission(tmp_path / f"{name}.xlsx", exercise, student_id="1", name="甲")
    book = load_workbook(path)
    edit(book)
    book.save(path)
    return path


def _roster_sheet(book):
    from salesops.labels import t

    return book[t("sheet.roster")]


def _header_at(sheet, text):
    return next(r[0].row for r in sheet.iter_rows() if any(c.value == text for c in r))


def _no_six_days(book):
    sheet = _roster_sheet(book)
    sheet.delete_cols(3, 6)  # 周二 … 周日 gone: one day left


def _fourth_agent(book):
    sheet = _roster_sheet(book)
    row = _header_at(sheet, "姓名") + 4
    sheet.insert_rows(row)
    for col, value in enumerate(["丁", "早", "早", "早", "早", "早", "休", "休"], start=1):
        sheet.cell(row=row, column=col, value=value)


def _one_firm_thrice(book):
    from salesops.labels import t

    sheet = book[t("hw.sheet.customers")]
    header = _header_at(sheet, "客户名称")
    for col in range(1, sheet.max_column + 1):
        value = sheet.cell(row=header + 1, column=col).value
        for row in (header + 2, header + 3):
            sheet.cell(row=row, column=col, value=value)


def _dots(sheet_key):
    def edit(book):
        from salesops.labels import t

        sheet = book[t(sheet_key)]
        header = next(r[0].row for r in sheet.iter_rows()
                      if sum(1 for c in r if c.value) >= 2)
        for row in range(header + 1, sheet.max_row + 1):
            if sheet.cell(row=row, column=2).value:
                sheet.cell(row=row, column=2, value=".")
    return edit


@pytest.mark.parametrize("exercise,edit,criterion", [
    ("roster", _no_six_days, "coverage"),
    ("roster", _fourth_agent, "coverage"),
    ("customers", _one_firm_thrice, "three_firms"),
    ("complaint", _dots("hw.sheet.complaint"), None),
    ("script", _dots("hw.sheet.script"), None),
])
def test_an_answer_that_is_not_there_scores_below_full_and_check_exits_1(
        tmp_path, exercise, edit, criterion):
    from salesops.cli import main
    from salesops.homework import grade_submission
    from salesops.labels import language

    with language("zh"):
        path = _edited(tmp_path, exercise, "s", edit)
        grade = grade_submission(path)
        assert main(["homework", "check", str(path)]) == 1
    assert grade.score < grade.max_score
    if criterion:
        result = next(c for c in grade.criteria if c.id == criterion)
        assert result.points < result.max_points
    automatic = sum(c.max_points for c in grade.criteria if not c.teacher)
    assert grade.score < automatic


def test_a_salesforce_export_with_us_dates_is_read():
    raw = pd.DataFrame({"Account Name": ["Kaiping Hengtong", "Jiangmen Huada", "Taishan Jinyuan"],
                        "Last Activity": ["8/30/2026", "11/3/2026", "3/4/2026"],
                        "Annual Revenue": ["1200000", "950000", "10"]})
    table = read_customers(raw)
    days = table.data["last_contact_date"]
    assert days.iloc[0].date() == dt.date(2026, 8, 30)  # the month must come first
    assert days.iloc[1:].isna().all()  # 11/3, 3/4: which is the month? not guessed, said
    problems = check_customers(table)
    assert problems.loc[problems["problem"] == "bad_date", "value"].tolist() == [
        "11/3/2026", "3/4/2026"]
