"""KPIs and retention (seeds 001, 003, 004): the course's numbers and the KPI sheet."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import datasets
from salesops.cli import main
from salesops.customers import read_customers
from salesops.errors import SalesopsError
from salesops.excel import read_tracker
from salesops.kpi import (
    CustomerCosts,
    RetentionRule,
    compare_periods,
    cost_comparison,
    expected_lifetime,
    kpi_report,
    lifetime_table,
    lifetime_value,
    profit_after_retention,
    read_periods,
    retention,
    service_standards,
)
from salesops.service import service_summary
from salesops.workbooks import kpi_workbook


# ------------------------------------------------------------------------------------------
# the course's numbers
# ------------------------------------------------------------------------------------------
def test_churn_20_percent_is_a_five_year_customer():
    assert expected_lifetime(0.2) == 5.0


def test_churn_10_percent_is_ten_years_and_twice_the_lifetime_value():
    assert expected_lifetime(0.1) == 10.0
    assert lifetime_value(8_000, 0.25, 0.1) == 2 * lifetime_value(8_000, 0.25, 0.2)
    table = lifetime_table((0.2, 0.1))
    assert table["versus_first"].tolist() == [1.0, 2.0]


def test_a_new_customer_costs_six_times_keeping_one():
    costs = CustomerCosts()
    assert (costs.keep_cost, costs.win_cost, costs.currency) == (19.0, 118.0, "US$")
    assert round(costs.ratio) == 6
    assert cost_comparison(10) == {**cost_comparison(10), "replace_cost": 1180.0,
                                   "keep_all_cost": 190.0}


def test_five_points_more_retention_is_25_percent_more_profit():
    r = profit_after_retention(2_000_000, 0.05)
    assert (r["uplift"], r["profit_after"]) == (0.25, 2_500_000.0)
    assert profit_after_retention(100, 0.0)["uplift"] == 0.0
    assert profit_after_retention(100, 0.01)["uplift"] == 0.05
    # the same page's credit-card firms: 5% less churn, 120% more profit
    cards = RetentionRule(retention_points=0.05, profit_uplift=1.2)
    assert profit_after_retention(100, 0.05, cards)["profit_after"] == pytest.approx(220)


def test_42_vs_29_in_the_online_standard_and_conversion():
    log = datasets.load_consultations()
    agents = service_summary(log).agents.set_index("agent")
    assert agents.loc["小李", "consultations"] == 42 and agents.loc["老陈", "consultations"] == 29
    standards = service_standards(
        {"online_reply": agents.loc["小李", "median_first_response_seconds"]}).set_index("code")
    assert standards.loc["online_reply", "target"] == 10
    assert standards.loc["online_reply", "met"] is False or not standards.loc["online_reply",
                                                                              "met"]
    veteran = service_standards({"online_reply": agents.loc["老陈",
                                                            "median_first_response_seconds"]})
    assert bool(veteran.set_index("code").loc["online_reply", "met"]) is True


def test_the_smart_examples_of_the_course():
    table = service_standards(lang="en").set_index("code")
    assert table[["target", "unit"]].to_dict("index") == {
        "store_greeting": {"target": 30, "unit": "s"},
        "online_reply": {"target": 10, "unit": "s"},
        "email_ack": {"target": 24, "unit": "h"}}
    assert table["met"].isna().all()  # nothing measured yet
    exactly = service_standards({"email_ack": 24}).set_index("code")
    assert bool(exactly.loc["email_ack", "met"]) is True  # on the target is met


# ------------------------------------------------------------------------------------------
# retention from two periods
# ------------------------------------------------------------------------------------------
def test_retention_who_bought_in_both():
    last = pd.DataFrame({"customer_id": [f"C{i}" for i in range(10)],
                         "annual_sales": [100] * 9 + [0]})  # C9 did not buy last period
    this = pd.DataFrame({"customer_id": ["C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7",
                                         "C9", "C10"], "annual_sales": [50] * 10})
    r = retention(last, this)
    assert r.before == 9 and len(r.kept) == 8 and r.lost == ["C8"]
    assert r.new == ["C9", "C10"]
    assert r.retention_rate == pytest.approx(8 / 9)
    assert r.lifetime_years == pytest.approx(9.0)


def test_retention_by_name_without_ids_and_edge_cases():
    r = retention(pd.DataFrame({"客户名称": ["甲", "乙"]}), pd.DataFrame({"公司名称": ["甲"]}))
    assert (r.kept, r.lost) == (["甲"], ["乙"])
    nobody_lost = retention(pd.DataFrame({"customer_id": ["A"]}),
                            pd.DataFrame({"customer_id": ["A"]}))
    assert nobody_lost.churn_rate == 0 and math.isinf(nobody_lost.lifetime_years)
    assert nobody_lost.as_dict()["lifetime_years"] is None
    empty = retention(pd.DataFrame({"customer_id": []}), pd.DataFrame({"customer_id": ["A"]}))
    assert math.isnan(empty.retention_rate) and empty.summary()


@pytest.mark.parametrize("churn", [0, -0.1, 1.5, float("nan")])
def test_unusable_churn(churn):
    with pytest.raises(SalesopsError):
        expected_lifetime(churn)


def test_unusable_costs():
    with pytest.raises(SalesopsError):
        CustomerCosts(keep_cost=0)
    with pytest.raises(SalesopsError):
        CustomerCosts(win_cost=-1)


# ------------------------------------------------------------------------------------------
# period over period (004)
# ------------------------------------------------------------------------------------------
def test_sample_periods_improving_and_cost_per_extra_order():
    c = compare_periods(datasets.load_kpi_periods())
    table = c.table
    assert table["closing_rate"].round(4).tolist() == [0.3, 0.3286, 0.35, 0.3903]
    assert table["cost_per_extra_order"].round(2).tolist()[1:] == [107.14, 76.92, 31.25]
    assert table["retention"].iloc[0] == 0.8
    assert c.streak == 3 and "连续 3 期上升" in c.summary()


def test_falling_rate_is_not_improving():
    c = compare_periods(pd.DataFrame({"期间": ["Q1", "Q2"], "咨询量": [100, 100],
                                      "成交单数": [30, 20], "费用": [0, 500]}))
    assert c.table["improving"].tolist() == [None, False]
    assert pd.isna(c.table["cost_per_extra_order"].iloc[1])  # more cost, fewer orders
    assert c.streak == 0 and "没有上升" in c.summary()


def test_period_problems_and_missing_columns(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("期间,咨询量,成交单数,费用\n7月,很多,3,0\n", encoding="utf-8")
    periods = read_periods(path)
    assert periods.problems()[["row", "column", "problem"]].values.tolist() == [
        [2, "咨询量", "bad_number"]]
    assert compare_periods(periods).problems.equals(periods.problems())
    with pytest.raises(SalesopsError, match="成交单数"):
        read_periods(pd.DataFrame({"期间": ["7月"], "咨询量": [1], "费用": [0]}))


# ------------------------------------------------------------------------------------------
# the KPI sheet and the CLI
# ------------------------------------------------------------------------------------------
def test_kpi_workbook_formulas_and_round_trip(tmp_path):
    last = pd.DataFrame({"customer_id": list("ABCDE")})
    now = pd.DataFrame({"customer_id": list("ABCDF")})
    result = kpi_workbook(tmp_path / "k.xlsx", before=last, after=now,
                          periods=datasets.path("kpi_periods"))
    wb = load_workbook(result.path)
    assert wb.sheetnames[:8] == ["客户保留", "顾客终生价值", "开发与维护成本", "保留率与利润",
                                 "服务标准", "期间对比", "问题清单", "说明"]
    ws = wb["顾客终生价值"]
    assert ws["B5"].value == '=IF(N(A5)>0,1/A5,"")'  # lifetime = 1 / churn
    assert ws["E5"].value.startswith('=IF(B5="","",C5*D5*B5)')
    assert ws["F6"].value.endswith("E6/E$5)")
    assert len(ws._charts) == 1 and len(wb["期间对比"]._charts) == 1
    for name in ("kpi_retention", "kpi_lifetime", "kpi_costs", "kpi_profit", "kpi_standards",
                 "kpi_periods"):
        back = read_tracker(result.path, name)
        assert back.edited.empty and back.added.empty and back.deleted.empty, name
    assert read_tracker(result.path, "kpi_lifetime").frame["churn_rate"].tolist() == [0.2, 0.1]
    assert result.report.costs["lost_customers"] == 1


def test_kpi_report_summary():
    text = kpi_report().summary()
    assert "流失率 20% → 顾客生命周期 5 年" in text and "流失率 10% → 顾客生命周期 10 年" in text
    assert "6.2 倍" in text and "利润增长 25%" in text


def test_cli_json(capsys):
    assert main(["kpi", "--json", "--periods", str(datasets.path("kpi_periods")),
                 "--consultations", str(datasets.path("consultations"))]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"lifetime", "costs", "profit", "standards", "retention", "periods",
                            "reps"}
    assert [r["lifetime_years"] for r in payload["lifetime"]] == [5.0, 10.0]
    assert [r["versus_first"] for r in payload["lifetime"]] == [1.0, 2.0]
    assert payload["costs"]["win_cost"] / payload["costs"]["keep_cost"] > 6
    assert payload["profit"]["uplift"] == 0.25
    online = next(s for s in payload["standards"] if s["code"] == "online_reply")
    log = datasets.load_consultations().data
    assert online["actual"] == log["first_response_seconds"].median()
    assert payload["retention"] is None and len(payload["periods"]) == 4
    assert payload["reps"] is None  # no follow-up sheet or call report given


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["kpi", "--churn", "0"]) == 2
    assert main(["kpi", "--before", str(datasets.path("customers"))]) == 2
    out = tmp_path / "k.xlsx"
    assert main(["kpi", "-o", str(out)]) == 0 and out.exists()
    assert main(["kpi", "-o", str(out)]) == 2  # would overwrite
    bad = tmp_path / "p.csv"
    bad.write_text("期间,咨询量,成交单数,费用\n7月,很多,3,0\n", encoding="utf-8")
    assert main(["kpi", "--periods", str(bad)]) == 1
    assert "「很多」不是数字" in capsys.readouterr().err  # the sentence, with the row


def test_conversion_per_rep_from_the_filled_in_sheets(tmp_path):
    """003's lesson per rep: orders ÷ connected calls from the 电销日报, customers won ÷
    customers followed up from the 跟单记录表 — only the deals the contacts made count."""
    from openpyxl import load_workbook

    from salesops.kpi import rep_conversion
    from salesops.workbooks import calls_workbook, followup_workbook, kpi_workbook

    followup = followup_workbook(datasets.load_customers(), tmp_path / "followup.xlsx",
                                 start="2026-11-23", weeks=1)
    calls_workbook(followup.classified, tmp_path / "calls.xlsx", date="2026-11-23")
    wb = load_workbook(tmp_path / "followup.xlsx")
    ws = wb["跟单记录表"]
    headers = [c.value for c in ws[4]]
    col = {h: headers.index(h) + 1 for h in ("反馈", "阶段", "跟进人", "客户编号")}
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, col["跟进人"]).value == "李志强"]
    open_rows = [r for r in rows if ws.cell(r, col["阶段"]).value not in ("成交客户", "决定实施")]
    won_before = [r for r in rows if ws.cell(r, col["阶段"]).value == "成交客户"]
    for r in open_rows[:4]:
        ws.cell(r, col["反馈"], "已联系")
    ws.cell(open_rows[0], col["阶段"], "成交")  # typed, not picked: still the funnel's 成交
    ws.cell(won_before[0], col["反馈"], "老客户回访")  # already a customer: not a new deal
    wb.save(tmp_path / "followup.xlsx")
    wb = load_workbook(tmp_path / "calls.xlsx")
    ws = wb["电销日报"]
    assert [ws.cell(6, c).value for c in (2, 3)] == ["李志强", "实际"]
    ws["D6"], ws["E6"], ws["K6"] = 200, 80, 8
    wb.save(tmp_path / "calls.xlsx")

    reps = rep_conversion(tmp_path / "followup.xlsx", tmp_path / "calls.xlsx").set_index("owner")
    li = reps.loc["李志强"]
    assert (li.dials, li.connected, li.orders) == (200, 80, 8)
    assert (li.connect_rate, li.close_rate) == (0.4, 0.1)
    assert (li.contacts, li.customers, li.won) == (5, 5, 1)
    assert li.conversion == 0.2
    other = reps.loc["陈晓敏"]
    assert other.contacts == 0 and pd.isna(other.conversion) and pd.isna(other.close_rate)

    book = kpi_workbook(tmp_path / "kpi.xlsx", followups=tmp_path / "followup.xlsx",
                        call_report=tmp_path / "calls.xlsx")
    assert "业务员成交率" in load_workbook(book.path).sheetnames
    back = read_tracker(book.path, "kpi_reps").frame.set_index("owner")
    assert back.loc["李志强", "won"] == 1


def test_kpi_workbook_takes_tables_as_read_and_keeps_their_files(tmp_path):
    from salesops.errors import OverwriteError
    from salesops.logs import LogTable

    periods = datasets.load_kpi_periods()
    assert isinstance(periods, LogTable) and read_periods(periods) is periods
    customers = datasets.load_customers()
    result = kpi_workbook(tmp_path / "k.xlsx", before=customers, after=customers,
                          periods=periods)
    assert result.report.retention.retention_rate == 1.0
    assert result.report.periods.table["period"].tolist() == periods.data["period"].tolist()
    source = tmp_path / "periods.xlsx"
    periods.data.to_excel(source, index=False)
    with pytest.raises(OverwriteError):  # the file the periods were read from is kept
        kpi_workbook(source, overwrite=True, periods=read_periods(source))
    mine = tmp_path / "customers.xlsx"
    customers.data.to_excel(mine, index=False)
    with pytest.raises(OverwriteError):  # and so is a customer table's
        kpi_workbook(mine, overwrite=True, before=read_customers(mine), after=customers)


def test_cli_says_what_it_could_not_read_in_the_consultation_log(tmp_path, capsys):
    """A bad time in the --consultations log is printed with its file and row (exit 1),
    not dropped."""
    lines = datasets.path("consultations").read_text(encoding="utf-8").splitlines()
    head, first = lines[0].split(","), lines[1].split(",")
    column = next(k for k, h in enumerate(head) if "时间" in h)
    first[column] = "昨天下午"
    bad = tmp_path / "咨询.csv"
    bad.write_text("\n".join([lines[0], ",".join(first), *lines[2:]]), encoding="utf-8")
    assert main(["kpi", "--json", "--consultations", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "咨询.csv" in err and "昨天下午" in err
    # said once: the times alone beside it (09:29:01) are not called unreadable
    assert err.count("不是时间") == 1
    # and with -o the KPI workbook lists it on its 问题清单, row and header included
    out = tmp_path / "kpi.xlsx"
    assert main(["kpi", "--consultations", str(bad), "-o", str(out)]) == 1
    capsys.readouterr()
    listed = pd.read_excel(out, sheet_name="问题清单", header=3, dtype=str, engine="calamine")
    assert listed[["行号", "列", "值"]].values.tolist() == [["2", "接入时间", "昨天下午"]]
