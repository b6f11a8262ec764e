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
