"""The ABC / follow-up workbook: what a person opens, edits and hands back."""

import datetime as dt
import os
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import datasets, read_tracker
from salesops.abc import classify_abc
from salesops.followup import apply_follow_up_log
from salesops.workbooks import abc_workbook, followup_workbook

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def followup_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("wb") / "followup.xlsx"
    result = followup_workbook(datasets.load_customers(), out, start=MONDAY, weeks=1,
                               today=dt.date(2026, 11, 22))
    return result


def test_followup_workbook_structure(followup_file):
    wb = load_workbook(followup_file.path)
    assert wb.sheetnames[:5] == ["跟单记录表", "ABC分类", "ABC汇总", "销售漏斗", "说明"]
    ws = wb["跟单记录表"]
    header = [c.value for c in ws[4]][:14]
    assert header == ["日期", "客户编号", "客户", "联系人", "电话", "等级", "方式", "内容", "反馈",
                      "意向程度", "阶段", "下次跟进日期", "下一步", "跟进人"]
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"电话,拜访,微信,信函,邮件,贺卡"' in formulas  # 方式
    assert '"高,中,低,无"' in formulas  # 意向程度
    assert any("谈判" in f for f in formulas)  # 阶段
    rules = {r.formula[0] for rng in ws.conditional_formatting for r in rng.rules}
    assert "AND(ISNUMBER(L5),L5<TODAY())" in rules  # overdue red
    assert "AND(ISNUMBER(L5),L5>=TODAY(),L5<TODAY()+7)" in rules  # due this week yellow
    assert len(ws["A5"].value.isoformat()) == 19 and ws["A5"].number_format == "yyyy-mm-dd"
    abc = wb["ABC分类"]
    assert len(abc._charts) == 1  # the native Pareto chart
    chart = abc._charts[0]
    assert chart.tagname == "barChart" and len(chart._charts) == 2  # bars + line
    assert [c.value for c in abc[4]][:8] == ["排名", "客户编号", "客户", "销售额", "占比",
                                            "累计占比", "类别", "服务策略"]
    assert abc["A5"].value == 1 and abc["G5"].value == "A"
    assert "每月拜访 2 次" in abc["H5"].value
    assert len(wb["销售漏斗"]._charts) == 1 and len(wb["ABC汇总"]._charts) == 1
    summary = list(wb["ABC汇总"].iter_rows(min_row=5, max_row=7, values_only=True))
    assert [r[0] for r in summary] == ["A", "B", "C"] and sum(r[1] for r in summary) == 150


def test_schedule_prefilled_into_the_log(followup_file):
    schedule = followup_file.schedule
    log = read_tracker(followup_file.path, "followup").frame
    assert len(log) == len(schedule)
    assert (log["content"].tolist() == schedule["purpose"].tolist())
    assert set(log["channel"]) <= {"phone", "visit", "letter", "card"}


def _log_copy(followup_file, path):
    """A copy of the written 跟单记录表 to fill in: (workbook, its sheet)."""
    shutil.copy(followup_file.path, path)
    wb = load_workbook(path)
    return wb, wb["跟单记录表"]


def test_filled_log_updates_the_customer_table_and_reports_conflicts(followup_file, tmp_path):
    customers = followup_file.classified
    path = tmp_path / "log.xlsx"
    wb, ws = _log_copy(followup_file, path)
    rows = {ws.cell(row=r, column=2).value: r for r in range(5, ws.max_row + 1)}
    ids = [cid for cid in rows if cid][:3]
    first, second, third = (rows[c] for c in ids)
    # a call made: feedback, intent, a new stage and the next date
    ws.cell(row=first, column=9, value="有兴趣，要报价")
    ws.cell(row=first, column=10, value="高")
    ws.cell(row=first, column=11, value="谈判")
    ws.cell(row=first, column=12, value=dt.datetime(2026, 12, 3))
    # a second customer: next date changed in the log ...
    ws.cell(row=second, column=9, value="下周再联系")
    ws.cell(row=second, column=12, value=dt.datetime(2026, 12, 10))
    # ... a third only has feedback
    ws.cell(row=third, column=9, value="不在，已留言")
    # a contact the rep added by hand (no ID): matched by name
    new = ws.max_row + 1
    name = customers.loc[customers["customer_id"] == ids[0], "name"].iloc[0]
    ws.cell(row=new, column=1, value=dt.datetime(2026, 11, 27))
    ws.cell(row=new, column=3, value=name)
    ws.cell(row=new, column=9, value="上门送样")
    ws.cell(row=new + 1, column=3, value="不存在的公司")
    ws.cell(row=new + 1, column=9, value="?")
    wb.save(path)

    # meanwhile someone changed the second customer's next date in the customer table
    table = customers.copy()
    table.loc[table["customer_id"] == ids[1], "next_contact_date"] = pd.Timestamp("2026-12-20")
    update = apply_follow_up_log(table, read_tracker(path, "followup"))
    after = update.customers.set_index("customer_id")
    assert after.loc[ids[0], "stage"] == "谈判"
    assert after.loc[ids[0], "next_contact_date"] == pd.Timestamp("2026-12-03")
    assert after.loc[ids[0], "last_contact_date"] == pd.Timestamp("2026-11-27")  # latest
    assert after.loc[ids[2], "last_contact_date"] >= pd.Timestamp("2026-11-23")
    conflicts = update.conflicts
    assert conflicts[["customer_id", "column"]].values.tolist() == [[ids[1],
                                                                    "next_contact_date"]]
    assert after.loc[ids[1], "next_contact_date"] == pd.Timestamp("2026-12-20")  # kept
    assert update.unmatched["name"].tolist() == ["不存在的公司"]
    assert "冲突" in update.summary()
    # the caller's table is untouched
    assert table.set_index("customer_id").loc[ids[0], "stage"] != "谈判"


def test_abc_workbook_english_and_count_basis(tmp_path):
    result = abc_workbook(datasets.path("customers"), tmp_path / "abc.xlsx", basis="count",
                          lang="en")
    wb = load_workbook(result.path, read_only=True)
    assert wb.sheetnames[:4] == ["ABC", "ABC summary", "Funnel", "README"]
    assert result.summary["customers"].tolist()[0] == 30  # top 20% of 150


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (CI installs it)")
def test_libreoffice_converts_the_followup_workbook(followup_file, tmp_path):
    run = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                          str(tmp_path), str(followup_file.path)], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    pdf = tmp_path / "followup.pdf"
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"


def test_classify_then_workbook_keeps_the_users_classes(tmp_path):
    customers = classify_abc(datasets.load_customers(), cutoffs=(0.7, 0.9))
    result = followup_workbook(customers, tmp_path / "f.xlsx", start=MONDAY, weeks=1)
    # the workbook classifies with the course's 80/95 only when no classes are given
    pd.testing.assert_series_equal(result.classified["abc_class"], customers["abc_class"])
    default = classify_abc(datasets.load_customers())
    assert (default["abc_class"] == "A").sum() > (customers["abc_class"] == "A").sum()


def test_calls_workbook_formulas_and_staffing(tmp_path):
    from salesops.workbooks import calls_workbook

    result = calls_workbook(datasets.load_customers(), tmp_path / "calls.xlsx", date=MONDAY)
    wb = load_workbook(result.path)
    report = wb["电销日报"]
    header = [c.value for c in report[4]][:13]
    assert header[:6] == ["日期", "业务员", "类型", "拨打", "接通", "接通率"]
    assert report["F5"].data_type == "f" and "E5/D5" in report["F5"].value
    assert report["C5"].value == "计划" and report["C6"].value == "实际"
    check = wb["每周自查"]
    assert check["E5"].value == "=D5-C5" and check["A10"].value == "合计"
    campaign = list(wb["外呼人力测算"].iter_rows(min_row=5, max_row=6, values_only=True))
    assert campaign[0][0] == "直接预测法" and campaign[0][7] == 5
    assert campaign[1][0] == "目标导向推算法" and campaign[1][2] == 3000
    staffing = wb["话务人力"]
    assert len(staffing._charts) == 1
    assert result.staffing["required_agents"].max() > 0
    assert (result.staffing["occupancy"] <= 0.85 + 1e-9).all()
    calllist = wb["今日电话清单"]
    assert calllist["A5"].value == "09:00"
    assert any('"接通,无人接听' in dv.formula1 for dv in calllist.data_validations.dataValidation)


def test_table_read_from_a_file_protects_that_file(tmp_path, customers_path):
    # a panel passes the DataFrame, not the path: the guard still knows the source file
    from salesops import OverwriteError, read_customers
    from salesops.workbooks import customer_workbook

    source = tmp_path / "mine.xlsx"
    customer_workbook(customers_path, source)
    before = source.read_bytes()
    with pytest.raises(OverwriteError):
        customer_workbook(read_customers(source), source, overwrite=True)
    assert source.read_bytes() == before


def test_follow_up_log_dates_as_people_type_them_never_crash(followup_file, tmp_path):
    # issue 11: 12月5日, 11.25 or 明天 in 日期 crashed apply_follow_up_log; 12/5 in 下次跟进日期
    # became 0001-12-05 with "0 changes"
    customers = followup_file.classified
    path = tmp_path / "typed.xlsx"
    wb, ws = _log_copy(followup_file, path)
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=2).value][:3]
    ids = [ws.cell(row=r, column=2).value for r in rows]
    for r, day, next_day in zip(rows, ("11月27日", "11.26", "明天"), ("12/5", "2026.12.9", "下周"),
                                strict=True):
        ws.cell(row=r, column=1, value=day)
        ws.cell(row=r, column=9, value="已联系")
        ws.cell(row=r, column=12, value=next_day)
    wb.save(path)
    log = read_tracker(path, "followup")
    update = apply_follow_up_log(customers, log)
    after = update.customers.set_index("customer_id")
    assert after.loc[ids[0], "last_contact_date"] == pd.Timestamp("2026-11-27")
    assert after.loc[ids[0], "next_contact_date"] == pd.Timestamp("2026-12-05")
    assert after.loc[ids[1], "last_contact_date"] == pd.Timestamp("2026-11-26")
    assert after.loc[ids[1], "next_contact_date"] == pd.Timestamp("2026-12-09")
    before = customers.set_index("customer_id")
    assert after.loc[ids[2], "next_contact_date"] == before.loc[ids[2], "next_contact_date"] \
        or pd.isna(after.loc[ids[2], "next_contact_date"])  # 下周 is not guessed
    problems = update.problems.set_index(["row", "column"])["problem"]
    assert problems[(rows[2], "日期")] == "relative_date"
    assert problems[(rows[2], "下次跟进日期")] == "relative_date"
    assert problems[(rows[0], "下次跟进日期")] == "date_year_assumed"
