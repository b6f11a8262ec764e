"""The complaint log (客户投诉登记表, seed 001): ten steps, overdue steps, the call and letter."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import datasets
from salesops.cli import main
from salesops.complaints import (
    COMPLAINT_STEPS,
    STEP_COLUMNS,
    ComplaintRules,
    check_complaints,
    complaint_contacts,
    complaint_problems,
    parse_tick,
    read_complaints,
)
from salesops.errors import SalesopsError
from salesops.excel import read_tracker
from salesops.followup import COLUMNS as SCHEDULE_COLUMNS
from salesops.workbooks import complaints_workbook

TODAY = dt.date(2026, 11, 22)  # the sample data's "today" (a Sunday)


def _one(steps_done: int, received: str = "2026-11-19", solved: str | None = None,
         **extra) -> pd.DataFrame:
    ticks = {str(i + 1): ["✓" if i < steps_done else None] for i in range(10)}
    return pd.DataFrame({"投诉编号": ["T1"], "受理日期": [received], "客户": ["开平甲公司"],
                         "投诉内容": ["漏发一件"], "处理人": ["李志强"], **ticks,
                         "解决日期": [solved], **extra})


def test_the_ten_steps_in_the_course_order():
    assert COMPLAINT_STEPS == ("empathise", "listen", "agree", "record", "own", "fix_now",
                               "solution", "follow_up_call", "letter", "lessons")
    assert len(STEP_COLUMNS) == 10


def test_sample_log_statuses_and_overdue_steps():
    status = check_complaints(datasets.load_complaints(), today=TODAY)
    table = status.complaints.set_index("complaint_id")
    assert table["status"].to_dict() == {
        "TS2611-01": "closed", "TS2611-02": "solved", "TS2611-03": "solved",
        "TS2611-04": "open", "TS2611-05": "open", "TS2611-06": "open"}
    assert table.loc["TS2611-02", "overdue_steps"] == ["step_letter", "step_lessons"]
    assert table.loc["TS2611-04", "overdue_steps"] == ["step_fix_now", "step_solution"]
    assert len(status.overdue) == 7
    assert status.summary().startswith(
        "6 件投诉：处理中 3 件，已解决 2 件，已结案 1 件；7 个步骤逾期")


def test_call_is_the_next_working_day_after_it_is_solved():
    # solved on Friday 20 November → the call on Monday 23rd, the letter on Tuesday 24th
    contacts = complaint_contacts(_one(7, solved="2026-11-20"), today=TODAY)
    assert contacts[["date", "rule", "channel"]].astype(str).values.tolist() == [
        ["2026-11-23", "complaint_call", "phone"], ["2026-11-24", "complaint_letter", "letter"]]


def test_call_after_a_holiday_follows_chinas_calendar():
    # solved on 30 September 2026: National Day holiday until 7 October
    contacts = complaint_contacts(_one(7, received="2026-09-29", solved="2026-09-30"),
                                  today=dt.date(2026, 9, 30))
    assert contacts["date"].dt.date.astype(str).tolist() == ["2026-10-08", "2026-10-09"]


def test_contacts_have_the_follow_up_schedule_shape():
    status = check_complaints(datasets.load_complaints(), today=TODAY)
    contacts = status.contacts
    assert list(contacts.columns) == SCHEDULE_COLUMNS
    assert contacts["rule"].tolist() == ["complaint_call", "complaint_letter",
                                         "complaint_letter"]
    # the overdue letter goes on the first working day from today, not into the past
    assert contacts["date"].dt.date.astype(str).tolist() == ["2026-11-23", "2026-11-23",
                                                             "2026-11-24"]
    assert contacts["mobile"].notna().all()
    assert contacts["purpose"].iloc[0] == "投诉解决后电话回访（第⑧步）"


def test_ticked_call_is_not_planned_again():
    contacts = complaint_contacts(_one(8, solved="2026-11-20"), today=TODAY)
    assert contacts["rule"].tolist() == ["complaint_letter"]
    assert complaint_contacts(_one(7), today=TODAY).empty  # not solved: nothing to plan yet


def test_step_due_today_is_not_overdue_yet():
    log = _one(0, received="2026-11-20")
    assert check_complaints(log, today=dt.date(2026, 11, 20)).overdue.empty
    late = check_complaints(log, today=dt.date(2026, 11, 21)).overdue
    assert late["step"].tolist() == list(STEP_COLUMNS[:5])  # the first conversation's
    assert late["days_overdue"].tolist() == [1] * 5


def test_rules_change_the_due_dates():
    rules = ComplaintRules(solve_within_working_days=0, call_after_working_days=2,
                           letter_after_working_days=5)
    status = check_complaints(_one(5, received="2026-11-20", solved="2026-11-20"),
                              today=TODAY, rules=rules)
    row = status.complaints.iloc[0]
    assert [row[c].date().isoformat() for c in ("solve_due", "call_due", "letter_due")] == [
        "2026-11-20", "2026-11-24", "2026-11-27"]
    assert status.complaints.iloc[0]["overdue_steps"] == ["step_fix_now", "step_solution"]


@pytest.mark.parametrize("bad", [-1, 31, 1.5, True])
def test_unusable_rules(bad):
    with pytest.raises(SalesopsError):
        ComplaintRules(call_after_working_days=bad)


@pytest.mark.parametrize("cell,done", [("✓", True), ("√", True), ("是", True),
                                       ("2026-11-20", True), ("", False), (None, False),
                                       ("否", False), ("×", False)])
def test_ticks(cell, done):
    assert parse_tick(cell) == (done, None)


def test_problems_name_file_row_and_header(tmp_path):
    path = tmp_path / "投诉.csv"
    path.write_text("投诉日期,投诉内容,1,2,3,解决日期\n"
                    "2026-11-20,漏发,✓,可能,,2026-11-19\n"
                    ",色差,✓,✓,✓,\n", encoding="utf-8")
    problems = complaint_problems(read_complaints(path))
    assert problems[["row", "column", "problem"]].values.tolist() == [
        [2, "2", "bad_tick"], [2, "解决日期", "solved_before_received"],
        [3, "投诉日期", "missing_received"]]
    assert problems.loc[0, "message"] == (
        "投诉.csv 第 2 行「2」列「可能」看不出是否完成（打 ✓ 或留空）")


def test_english_headers():
    log = read_complaints(pd.DataFrame({"Received": ["2026-11-20"], "Complaint": ["late"],
                                        "1 Empathise": ["yes"], "step 2": ["done"],
                                        "Solved": [None]}))
    assert log.data.loc[2, ["step_empathise", "step_listen", "step_agree"]].tolist() == [
        True, True, False]


def test_empty_log():
    status = check_complaints(read_complaints(pd.DataFrame(
        {"受理日期": [], "投诉内容": [], **{str(i): [] for i in range(1, 11)}})), today=TODAY)
    assert status.complaints.empty and status.overdue.empty and status.contacts.empty
    assert status.summary().startswith("0 件投诉")


def test_caller_frame_is_not_changed():
    raw = _one(3)
    before = raw.copy()
    check_complaints(raw, today=TODAY)
    pd.testing.assert_frame_equal(raw, before)


def test_workbook_highlights_overdue_steps_and_round_trips(tmp_path):
    result = complaints_workbook(datasets.path("complaints"), tmp_path / "c.xlsx", today=TODAY)
    wb = load_workbook(result.path)
    assert wb.sheetnames[:5] == ["客户投诉登记表", "逾期步骤", "回访与寄信计划", "问题清单", "说明"]
    ws = wb["客户投诉登记表"]
    headers = [c.value for c in ws[4]]
    assert headers[9:19] == ["①理解感受", "②听完经过", "③尽量赞同", "④记录", "⑤不推卸",
                             "⑥立即处理", "⑦给出选择", "⑧电话回访", "⑨写信", "⑩总结教训"]
    rules = [r.formula[0] for rng in ws.conditional_formatting for r in rng.rules]
    assert any("TODAY()" in f and "J5" in f for f in rules)  # ① red when unticked and late
    status_col = headers.index("状态") + 1
    assert str(ws.cell(5, status_col).value).startswith('=IF(')
    back = read_tracker(result.path, "complaints")
    assert len(back.frame) == 6 and back.edited.empty and back.added.empty
    again = check_complaints(back.frame, today=TODAY)
    assert again.complaints["status"].tolist() == result.status.complaints["status"].tolist()
    assert len(again.overdue) == 7
    # the workbook itself reads back as a complaint log too
    assert len(read_complaints(result.path)) == 6
    contacts = read_tracker(result.path, "complaint_contacts").frame
    assert contacts["channel"].tolist() == ["phone", "letter", "letter"]


def test_an_edited_tick_changes_the_status(tmp_path):
    result = complaints_workbook(_one(9, solved="2026-11-17"), tmp_path / "c.xlsx",
                                 today=TODAY)
    wb = load_workbook(result.path)
    ws = wb["客户投诉登记表"]
    col = [c.value for c in ws[4]].index("⑩总结教训") + 1
    ws.cell(5, col).value = "√"
    wb.save(result.path)
    back = read_tracker(result.path, "complaints")
    assert back.edited[["column", "new"]].values.tolist() == [["step_lessons", "√"]]
    assert check_complaints(back.frame, today=TODAY).complaints["status"].tolist() == [
        "closed"]


def test_cli(tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    assert main(["complaints", str(datasets.path("complaints")), "-o", str(out),
                 "--today", "2026-11-22", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"complaints", "overdue", "contacts", "output"}
    assert [c["status"] for c in payload["complaints"]].count("open") == 3
    assert payload["contacts"][0] == {**payload["contacts"][0], "date": "2026-11-23",
                                      "rule": "complaint_call", "channel": "phone"}
    assert main(["complaints", str(datasets.path("complaints")), "-o", str(out)]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("投诉日期,投诉内容,1,2,3\n明天,漏发,✓,,\n", encoding="utf-8")
    assert main(["complaints", str(bad), "-o", str(tmp_path / "b.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "明天" in err and "bad_date" not in err  # the sentence, not the code


def test_summary_of_a_log_without_ids_or_names():
    # no 投诉编号 / 客户 column: each overdue line names the complaint by its row in the log
    status = check_complaints(pd.DataFrame({"受理日期": ["2026-11-19"], "投诉内容": ["漏发一件"]}),
                              today=TODAY)
    assert len(status.overdue) == 7
    assert status.summary().splitlines()[1] == (
        "第 2 行：①理解感受 告诉他们，你很了解他们的感受（应在 2026-11-19 前完成）")
    assert status.summary().splitlines()[1] == status.summary().splitlines()[1].strip()


# ------------------------------------------------------------------------------------------
# the log as read: one object, never read again
# ------------------------------------------------------------------------------------------
def test_a_log_read_is_passed_on_as_it_is(tmp_path):
    from salesops.errors import OverwriteError
    from salesops.logs import LogTable

    path = tmp_path / "投诉.xlsx"
    _one(3).to_excel(path, index=False)
    log = read_complaints(path)
    assert isinstance(log, LogTable) and read_complaints(log) is log
    assert log.path == path.resolve() and log.reading.sheet and len(log) == 1
    status = check_complaints(log, today=TODAY)
    assert status.complaints.index.tolist() == [2]
    pd.testing.assert_frame_equal(status.problems, complaint_problems(log))
    with pytest.raises(OverwriteError):  # the file the table came from is never replaced
        complaints_workbook(log, path, today=TODAY, overwrite=True)
    # its rows alone are a plain DataFrame: read again, as any DataFrame is
    assert complaint_problems(log.data).empty and len(read_complaints(log.data)) == 1
