"""Panels 07–09 (online service, complaints, KPIs): press the buttons, check what they show."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("ipywidgets")


def test_service_panel_standard_slider_and_export(tmp_path):
    from salesops.widgets import ServicePanel

    panel = ServicePanel(out_dir=tmp_path)
    panel.run_button.click()
    agents = panel.summary.agents.set_index("agent")
    assert agents.loc["小李", "consultations"] == 42 and agents.loc["老陈", "consultations"] == 29
    strict = agents.loc["小李", "within_standard_share"]
    panel.standard.value = 30
    panel.run_button.click()
    assert panel.summary.agents.set_index("agent").loc["小李", "within_standard_share"] > strict
    panel.export_button.click()
    assert panel.last_export == tmp_path / "service.xlsx" and panel.last_export.exists()
    assert "data:application" in panel.link.value


def test_complaints_panel_today_moves_what_is_overdue(tmp_path):
    from salesops.widgets import ComplaintsPanel

    panel = ComplaintsPanel(out_dir=tmp_path)
    panel.run_button.click()
    assert len(panel.result.overdue) == 7
    panel.today.value = dt.date(2026, 11, 25)  # the call of TS2611-03 was due on the 23rd
    panel.run_button.click()
    assert "step_follow_up_call" in panel.result.overdue["step"].tolist()
    panel.export_button.click()
    assert (tmp_path / "complaints.xlsx").exists()


def test_kpi_panel_calculator_is_live_and_in_english(tmp_path):
    import salesops
    from salesops.widgets import KpiPanel

    panel = KpiPanel(out_dir=tmp_path)
    assert "流失率 20% → 顾客生命周期 5 年" in panel.calculator.value
    panel.churn.value = 0.25
    assert panel.report.lifetime["lifetime_years"].tolist() == [4.0, 10.0]
    panel.language.value = "en"
    try:
        assert "lifetime 10 years" in panel.calculator.value
        assert panel.run_button.description == "Compute"
    finally:
        salesops.set_language("zh")
    panel.run_button.click()
    assert panel.report.periods.streak == 3
    panel.export_button.click()
    assert (tmp_path / "kpi.xlsx").exists()


def test_a_bad_period_table_is_a_sentence_not_a_traceback(tmp_path):
    import pandas as pd

    from salesops.widgets import KpiPanel

    panel = KpiPanel(out_dir=tmp_path, periods=pd.DataFrame({"期间": ["7月"], "费用": [0]}))
    panel.run_button.click()
    assert "C00000" in panel.status.value and "成交单数" in panel.status.value


# ------------------------------------------------------------------------------------------
# a log read once: the problems a panel shows are the problems its workbook exports
# ------------------------------------------------------------------------------------------
#: panel -> (its log argument, the reader, a log with problems, (row, column, problem) expected)
BAD_LOGS = {
    "ServicePanel": ("log", "salesops.service:read_consultations",
                     "客服,成交,评分\n小李,也许,5\n,成交,6\n",
                     [[2, "成交", "bad_outcome"], [3, "客服", "missing_agent"],
                      [3, "评分", "bad_rating"]]),
    "ComplaintsPanel": ("log", "salesops.complaints:read_complaints",
                        "投诉日期,投诉内容,1,2,3,解决日期\n2026-11-20,漏发,✓,可能,,2026-11-19\n"
                        ",色差,✓,✓,✓,\n",
                        [[2, "2", "bad_tick"], [2, "解决日期", "solved_before_received"],
                         [3, "投诉日期", "missing_received"]]),
    "KpiPanel": ("periods", "salesops.kpi:read_periods",
                 "期间,咨询量,成交单数,费用,备注\n7月,很多,3,0,\n8月,100,5,0,\n",
                 [[1, "备注", "unknown_column"], [2, "咨询量", "bad_number"]]),
}


@pytest.fixture
def opened(monkeypatch):
    """Every file or DataFrame the log readers open, in order."""
    import salesops.logs

    calls = []
    real = salesops.logs.read_source

    def counting(source, *args, **kwargs):
        calls.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(salesops.logs, "read_source", counting)
    return calls


@pytest.fixture
def shown(monkeypatch):
    """The HTML every panel displays (outside a kernel the Output widget keeps nothing)."""
    import IPython.display

    items: list[str] = []
    monkeypatch.setattr(IPython.display, "display",
                        lambda obj, *a, **k: items.append(str(getattr(obj, "data", obj))))
    return items


def _panel_problems(panel):
    return {"ServicePanel": lambda: panel.summary.problems,
            "ComplaintsPanel": lambda: panel.result.problems,
            "KpiPanel": lambda: panel.report.periods.problems}[type(panel).__name__]()


def _same_problems(panel, shown):
    import html

    from salesops.excel import read_tracker

    problems = _panel_problems(panel)
    exported = read_tracker(panel.last_export, "problems").frame.reset_index(drop=True)
    keys = ["row", "column", "problem", "severity", "message"]
    assert exported[keys].astype(str).values.tolist() == problems[keys].astype(str).values.tolist()
    page = "".join(shown)
    assert all(html.escape(m, quote=False) in page for m in problems["message"])
    return problems


@pytest.mark.parametrize("name", list(BAD_LOGS))
def test_a_log_read_once_shows_and_exports_the_same_problems(name, tmp_path, opened, shown):
    import importlib

    import salesops
    import salesops.widgets

    argument, reader, text, expected = BAD_LOGS[name]
    module, function = reader.split(":")
    source = tmp_path / "log.csv"
    source.write_text(text, encoding="utf-8")
    log = getattr(importlib.import_module(module), function)(source)
    assert opened == [source]
    opened.clear()
    panel = getattr(salesops.widgets, name)(out_dir=tmp_path / "out", **{argument: log})
    panel.run_button.click()
    panel.export_button.click()
    assert opened == []  # the table handed over is never read again
    assert getattr(panel, argument) is log and panel.last_export.exists()
    problems = _same_problems(panel, shown)
    assert problems[["row", "column", "problem"]].values.tolist() == expected
    assert problems.equals(log.problems())
    # in English, shown and exported alike: the messages follow the language, not the reading
    panel.language.value = "en"
    try:
        shown.clear()
        panel.run_button.click()
        panel.export_button.click()
        english = _same_problems(panel, shown)
        assert english["message"].tolist() != problems["message"].tolist()
        assert english["message"].str.contains("row 2").any()
    finally:
        salesops.set_language("zh")
    assert opened == []


@pytest.mark.parametrize("name", list(BAD_LOGS))
def test_a_panel_given_a_file_reads_it_once(name, tmp_path, opened, shown):
    import salesops.widgets

    argument, _reader, text, expected = BAD_LOGS[name]
    source = tmp_path / "log.csv"
    source.write_text(text, encoding="utf-8")
    panel = getattr(salesops.widgets, name)(out_dir=tmp_path / "out", **{argument: source})
    panel.export_button.click()  # before any run: read here, kept for the run
    panel.run_button.click()
    panel.run_button.click()
    assert opened == [source]
    assert _same_problems(panel, shown)[["row", "column", "problem"]].values.tolist() == expected


def test_panels_show_no_problem_table_for_a_clean_log(tmp_path, shown):
    from salesops.widgets import ServicePanel

    panel = ServicePanel(out_dir=tmp_path)
    panel.run_button.click()
    assert panel.summary.problems.empty
    assert not any("问题清单" in item for item in shown)
