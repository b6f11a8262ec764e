"""Online customer service (seed 003): the consultation log, per-agent figures, reasons."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import datasets
from salesops.cli import main
from salesops.errors import InputFileError, SalesopsError
from salesops.excel import read_tracker
from salesops.logs import LogTable
from salesops.service import (
    consultation_problems,
    parse_outcome,
    read_consultations,
    service_summary,
)
from salesops.workbooks import service_workbook


def _log(**columns) -> LogTable:
    return read_consultations(pd.DataFrame(columns))


# ------------------------------------------------------------------------------------------
# the course's example: 42 served, fewer orders than the veteran's 29 consultations
# ------------------------------------------------------------------------------------------
def test_sample_reproduces_42_vs_29():
    summary = service_summary(datasets.load_consultations())
    agents = summary.agents.set_index("agent")
    assert agents.loc["小李", "consultations"] == 42
    assert agents.loc["老陈", "consultations"] == 29
    assert agents.loc["小李", "orders"] < agents.loc["老陈", "orders"]
    assert agents.loc["小李", "conversion"] == pytest.approx(9 / 42)
    assert agents.loc["老陈", "conversion"] == pytest.approx(17 / 29)
    # and her ratings are lower too (003: 客户评价成绩也偏低)
    assert agents.loc["小李", "average_rating"] < agents.loc["老陈", "average_rating"]
    assert agents.loc["小李", "within_standard_share"] < agents.loc["老陈",
                                                                    "within_standard_share"]
    assert summary.lesson().startswith("小李 接待了 42 个顾客却只成交 9 单")
    assert len(summary.problems) == 0


def test_ratings_only_after_orders_in_the_sample():
    log = datasets.load_consultations().data
    assert log.loc[log["rating"].notna(), "converted"].all()
    assert datasets.manifest()["consultations"]["rows"] == len(log) == 71


# ------------------------------------------------------------------------------------------
# headers in Chinese, English and synonyms; the header mapping of the customer table
# ------------------------------------------------------------------------------------------
def test_english_headers_and_synonyms_map_the_same():
    zh = _log(**{"客服人员": ["A"], "买家": ["b1"], "成交": ["成交"], "客户评价": [5]})
    en = _log(**{"Agent": ["A"], "Customer": ["b1"], "Converted": ["yes"], "Rating": ["5分"]})
    for log in (zh.data, en.data):
        assert log.loc[2, ["agent", "customer", "converted", "rating"]].tolist() == [
            "A", "b1", True, 5.0]


def test_missing_required_column_names_it():
    with pytest.raises(SalesopsError, match="是否成交"):
        _log(**{"客服": ["A"]})


def test_no_header_in_a_file_says_what_a_log_needs(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="客服"):
        read_consultations(path)


# ------------------------------------------------------------------------------------------
# first response against the standard
# ------------------------------------------------------------------------------------------
def test_first_response_exactly_on_the_standard_is_within():
    log = _log(**{"客服": ["A", "A", "A"], "成交": ["成交", "未成交", "未成交"],
                  "顾客首条消息": ["2026-11-16 09:00:00"] * 3,
                  "首次回复": ["2026-11-16 09:00:10", "2026-11-16 09:00:11", None]})
    row = service_summary(log, standard_seconds=10).agents.iloc[0]
    assert log.data["first_response_seconds"].tolist()[:2] == [10.0, 11.0]
    assert row["within_standard_share"] == 0.5  # of the two measured
    assert row["median_first_response_seconds"] == 10.5


def test_time_alone_is_taken_on_the_start_day_and_start_stands_in_for_the_message():
    log = _log(**{"客服": ["A", "A"], "成交": ["成交", "成交"],
                  "接入时间": ["2026-11-16 09:00:00", "2026/11/16 21:30"],
                  "顾客首条消息": ["09:00:03", None], "首次回复": ["09:00:08", "21:30:04"]})
    assert log.data["first_response_seconds"].tolist() == [5.0, 4.0]


def test_a_time_without_a_day_to_put_it_on_is_said_as_that():
    """No 接入时间, or one that is a time alone: the times alone cannot be placed, and the
    message says why instead of asking for what was written (10:02:15)."""
    log = _log(**{"客服": ["A", "A"], "成交": ["成交", "成交"],
                  "接入时间": [None, "09:30:51"], "顾客首条消息": ["09:31:00", "09:31:05"],
                  "首次回复": ["09:31:24", "09:31:30"]})
    problems = consultation_problems(log)
    assert problems[["row", "column", "problem"]].values.tolist() == [
        [2, "顾客首条消息", "time_without_day"], [2, "首次回复", "time_without_day"],
        [3, "接入时间", "time_without_day"]]  # the times beside it follow from that one
    assert "没有日期" in problems["message"].iloc[0]
    assert log.data["first_response_seconds"].isna().all()  # never guessed


@pytest.mark.parametrize("standard", [0, -1, float("nan")])
def test_unusable_standard(standard):
    with pytest.raises(SalesopsError):
        service_summary(_log(**{"客服": ["A"], "成交": ["成交"]}), standard_seconds=standard)


# ------------------------------------------------------------------------------------------
# problems name the file, the Excel row and the user's header
# ------------------------------------------------------------------------------------------
def test_problems_name_file_row_and_header(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("客服,接入时间,首次回复,成交/未成交,评分\n"
                    "小李,2026-11-16 09:00:00,08:59:00,未成交,\n"
                    ",2026-11-16 10:00:00,10:00:05,成交,6\n"
                    "小李,昨天,10:00:05,也许,5\n", encoding="gbk")
    log = read_consultations(path)
    problems = consultation_problems(log)
    assert problems[["row", "column", "problem"]].values.tolist() == [
        [2, "首次回复", "reply_before_message"],
        [3, "客服", "missing_agent"], [3, "评分", "bad_rating"],
        [4, "接入时间", "bad_datetime"],  # its 10:00:05 beside it is fine: not said again
        [4, "成交/未成交", "bad_outcome"]]
    assert problems.loc[0, "message"].startswith("log.csv 第 2 行「首次回复」列「08:59:00」")
    # nothing dropped: every row is in the log, the nameless one outside the agent table
    assert len(log) == 3
    assert service_summary(log).agents["consultations"].tolist() == [2]


def test_excel_error_cells_and_doubled_headers_are_problems_of_the_log(tmp_path):
    # a #N/A left by a lookup formula and two headers for the agent: both said, at their
    # row and header, not read as an empty cell or dropped silently
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["客服", "接入时间", "首次回复", "成交/未成交", "客服人员"])
    wb.active.append(["小李", "2026-11-16 09:00:00", "#N/A", "成交", "小王"])
    path = tmp_path / "log.xlsx"
    wb.save(path)
    problems = consultation_problems(read_consultations(path))
    assert problems[["row", "column", "problem", "severity"]].values.tolist() == [
        [1, "客服人员", "duplicate_column", "warning"],
        [2, "首次回复", "excel_error", "error"]]
    assert problems["message"].tolist() == [
        "「客服」和「客服人员」都对应「客服」，只使用了第一个，另一个原样保留",
        "log.xlsx「Sheet」工作表第 2 行「首次回复」列是 Excel 错误值「#N/A」（公式出错），"
        "未读入；请修正公式或填入数值"]
    english = read_consultations(path).problems(lang="en")["message"]
    assert english.iloc[0].startswith("'客服' and '客服人员' both mean 'Agent'")


def test_untagged_conversation_counts_as_a_consultation_without_an_order():
    log = _log(**{"客服": ["A", "A"], "成交": ["成交", None]})
    assert consultation_problems(log)["problem"].tolist() == ["missing_outcome"]
    row = service_summary(log).agents.iloc[0]
    assert (row["consultations"], row["orders"], row["conversion"]) == (2, 1, 0.5)


@pytest.mark.parametrize("text,expected", [("成交", True), ("未成交", False), ("√", True),
                                           ("否", False), (1, True), ("", None)])
def test_outcomes(text, expected):
    assert parse_outcome(text)[0] is expected


# ------------------------------------------------------------------------------------------
# reasons for not buying (003: 价格还是产品的欠缺)
# ------------------------------------------------------------------------------------------
def test_reasons_count_only_customers_who_did_not_buy():
    log = _log(**{"客服": ["A"] * 5, "成交": ["未成交", "未成交", "未成交", "未成交", "成交"],
                  "未成交原因": ["太贵了", "价格", "产品", None, "价格"]})
    reasons = service_summary(log).reasons
    assert reasons[["reason", "label", "count"]].values.tolist() == [
        ["price", "价格", 2], ["product", "产品", 1], ["none", "未填写原因", 1]]
    assert reasons["share"].sum() == pytest.approx(1.0)


def test_own_reason_words_are_kept():
    log = _log(**{"客服": ["A"], "成交": ["未成交"], "原因": ["颜色不喜欢"]})
    assert service_summary(log).as_dict()["reasons"] == {"颜色不喜欢": 1}


# ------------------------------------------------------------------------------------------
# edge cases
# ------------------------------------------------------------------------------------------
def test_empty_log():
    summary = service_summary(_log(**{"客服": [], "成交": []}))
    assert summary.agents.empty and summary.reasons.empty
    assert summary.lesson() is None
    assert summary.as_dict() == {"agents": [], "reasons": {}}


def test_one_row_and_ties():
    one = service_summary(_log(**{"客服": ["A"], "成交": ["成交"]}))
    assert one.agents[["consultations", "orders", "conversion"]].values.tolist() == [[1, 1, 1]]
    tie = service_summary(_log(**{"客服": ["乙", "甲"], "成交": ["成交", "未成交"]}))
    assert tie.agents["agent"].tolist() == ["乙", "甲"]  # same volume: by name (Unicode order)
    assert tie.lesson() is None  # the busiest did not sell less than a quieter agent


def test_caller_frame_is_not_changed():
    raw = pd.DataFrame({"客服": ["A"], "成交": ["成交"]})
    before = raw.copy()
    service_summary(raw)
    pd.testing.assert_frame_equal(raw, before)


# ------------------------------------------------------------------------------------------
# workbook, round trip, CLI
# ------------------------------------------------------------------------------------------
def test_workbook_sheets_chart_formulas_and_round_trip(tmp_path):
    result = service_workbook(datasets.path("consultations"), tmp_path / "s.xlsx")
    wb = load_workbook(result.path)
    assert wb.sheetnames[:5] == ["客服业绩", "未成交原因", "咨询记录", "问题清单", "说明"]
    assert len(wb["客服业绩"]._charts) == 1 and len(wb["未成交原因"]._charts) == 1
    log_ws = wb["咨询记录"]
    headers = [c.value for c in log_ws[4]]
    col = headers.index("首次响应（秒）") + 1
    assert str(log_ws.cell(5, col).value).startswith("=IF(")
    assert log_ws.conditional_formatting  # a reply over 10 s is red
    back = read_tracker(result.path, "consultations")
    assert len(back.frame) == 71 and back.edited.empty and back.added.empty
    again = service_summary(back.frame)
    pd.testing.assert_frame_equal(again.agents, result.summary.agents)
    agents = read_tracker(result.path, "service_agents").frame
    assert agents["consultations"].tolist() == [42, 29]


def test_workbook_in_english(tmp_path):
    result = service_workbook(datasets.path("consultations"), tmp_path / "s.xlsx", lang="en")
    assert load_workbook(result.path).sheetnames[:3] == ["Agents", "Reasons not converted",
                                                        "Consultations"]


def test_cli_json_shape(capsys):
    assert main(["service", str(datasets.path("consultations")), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"agents", "reasons"}
    assert set(payload["agents"][0]) == {"agent", "consultations", "orders", "conversion",
                                         "median_first_response_seconds",
                                         "within_standard_share", "average_rating"}
    assert [(a["agent"], a["consultations"], a["orders"]) for a in payload["agents"]] == [
        ("小李", 42, 9), ("老陈", 29, 17)]
    assert payload["reasons"]["price"] == 21


def test_cli_exit_codes(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("客服,成交\n小李,也许\n", encoding="utf-8")
    assert main(["service", str(bad)]) == 1  # data error, reported
    assert "「也许」看不出是否成交" in capsys.readouterr().err  # the sentence, with the row
    out = tmp_path / "s.xlsx"
    assert main(["service", str(datasets.path("consultations")), "-o", str(out)]) == 0
    assert main(["service", str(datasets.path("consultations")), "-o", str(out)]) == 2
    assert main(["service", str(tmp_path / "missing.csv")]) == 2
    assert "Traceback" not in capsys.readouterr().err


# ------------------------------------------------------------------------------------------
# the log as read: one object, never read again
# ------------------------------------------------------------------------------------------
def test_a_log_read_is_passed_on_as_it_is(tmp_path, monkeypatch):
    import salesops.logs
    from salesops.errors import OverwriteError

    path = tmp_path / "咨询.xlsx"
    pd.DataFrame({"客服": ["小李", "老陈"], "成交": ["成交", "也许"]}).to_excel(path, index=False)
    log = read_consultations(path)
    assert isinstance(log, LogTable) and log.kind == "consultations"
    assert repr(log) == f"LogTable(2 rows from 咨询.xlsx / {log.reading.sheet})"
    assert log.reading.headers == {"agent": "客服", "converted": "成交"}

    def no_reading(*_args, **_kwargs):
        raise AssertionError("read again")

    monkeypatch.setattr(salesops.logs, "read_source", no_reading)
    assert read_consultations(log) is log
    summary = service_summary(log)
    pd.testing.assert_frame_equal(summary.problems, consultation_problems(log))
    assert summary.problems["problem"].tolist() == ["bad_outcome"]
    result = service_workbook(log, tmp_path / "s.xlsx")
    assert result.log is log
    exported = read_tracker(result.path, "problems").frame
    assert exported[["row", "column", "problem", "message"]].values.tolist() == summary.problems[
        ["row", "column", "problem", "message"]].values.tolist()
    with pytest.raises(OverwriteError):  # the file the log came from is never replaced
        service_workbook(log, path, overwrite=True)


def test_a_log_of_another_kind_is_read_from_its_rows():
    with pytest.raises(SalesopsError, match="客服"):  # a sentence, not a KeyError
        service_summary(datasets.load_complaints())


def test_problems_follow_the_language_asked_for():
    log = _log(**{"客服": ["A"], "成交": ["也许"]})
    zh, en = log.problems(), log.problems(lang="en")
    assert zh[["row", "problem"]].equals(en[["row", "problem"]])
    assert "看不出是否成交" in zh.loc[0, "message"] and "row 2" in en.loc[0, "message"]
    assert service_summary(log, lang="en").problems.equals(en)
