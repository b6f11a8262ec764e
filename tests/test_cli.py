import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesops.cli import main


def test_customers_check_json_and_exit_code(capsys, messy_path):
    code = main(["customers", "check", str(messy_path), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1  # the messy file has errors
    assert payload["rows"] == 25
    first = payload["problems"][0]
    assert set(first) == {"row", "column", "value", "problem", "severity", "message"}
    assert {"row": 15, "column": "最后联系日期", "value": "上周三", "problem": "bad_date",
            "severity": "error"}.items() <= next(
        p for p in payload["problems"] if p["problem"] == "bad_date").items()


def test_customers_check_clean_file_exits_zero(capsys, customers_path):
    assert main(["customers", "check", str(customers_path), "--lang", "en"]) == 0
    assert "150 rows, 0 errors" in capsys.readouterr().out


def test_customers_clean_writes_three_sheets(tmp_path, capsys, messy_path):
    out = tmp_path / "clean.xlsx"
    assert main(["customers", "clean", str(messy_path), "-o", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[:3] == ["客户信息表", "问题清单", "说明"]
    # a second run refuses to overwrite, with exit code 2 and the reason
    assert main(["customers", "clean", str(messy_path), "-o", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err


def test_bad_file_is_a_message_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"x")
    assert main(["customers", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "old.xls" in err and "Traceback" not in err


def test_demo_builds_every_tracker(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert set(written) == {"customers", "messy_customers_cleaned", "followup", "calls",
                            "roster", "roster_hotline", "roster_blank", "visits", "pareto",
                            "funnel", "staffing", "route", "service", "complaints", "kpi"}
    for path in (p for p in written.values() if p.endswith(".xlsx")):
        wb = load_workbook(path, read_only=True)
        assert "说明" in wb.sheetnames
    assert main(["demo", "--out", str(tmp_path)]) == 2  # would overwrite: refused


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as exc:
        main(["customers"])
    assert exc.value.code == 2


def test_abc_json(tmp_path, capsys, customers_path):
    out = tmp_path / "abc.xlsx"
    assert main(["abc", str(customers_path), "-o", str(out), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 150
    assert set(records[0]) == {"customer_id", "name", "value", "abc_rank", "abc_share",
                               "abc_cum_share", "abc_class"}
    first = min(records, key=lambda r: r["abc_rank"])
    assert first["abc_class"] == "A" and first["abc_rank"] == 1
    assert out.exists()


def test_abc_cutoffs_and_bad_cutoffs(tmp_path, capsys, customers_path):
    assert main(["abc", str(customers_path), "-o", str(tmp_path / "a.xlsx"),
                 "--cutoffs", "0.2,0.5", "--basis", "count"]) == 0
    assert "A: 30" in capsys.readouterr().out
    assert main(["abc", str(customers_path), "-o", str(tmp_path / "b.xlsx"),
                 "--cutoffs", "0.95,0.8"]) == 2
    assert "0.95" in capsys.readouterr().err


def test_followup_cli(tmp_path, capsys, customers_path):
    out = tmp_path / "f.xlsx"
    assert main(["followup", str(customers_path), "--from", "2026-11-23", "--weeks", "1",
                 "-o", str(out), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and {"date", "customer_id", "channel", "rule", "purpose"} <= set(records[0])
    assert min(r["date"] for r in records) >= "2026-11-23"
    assert max(r["date"] for r in records) <= "2026-11-29"


def test_calls_erlang_sizing_json(capsys):
    assert main(["calls", "erlang", "--calls", "1000", "--interval-minutes", "60",
                 "--aht-seconds", "120", "--target-sl", "0.8", "--target-seconds", "20",
                 "--max-occupancy", "0.85", "--shrinkage", "0.3", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert {k: r[k] for k in ("agents", "scheduled_agents", "binding")} == {
        "agents": 40, "scheduled_agents": 58, "binding": "occupancy"}
    assert round(r["service_level"], 4) == 0.9372 and round(r["asa_seconds"], 2) == 3.43
    assert set(r) >= {"agents", "scheduled_agents", "service_level", "p_wait", "asa_seconds",
                      "occupancy", "binding"}


def test_calls_erlang_evaluation_and_erlang_a(capsys):
    assert main(["calls", "erlang", "--calls", "100", "--interval-minutes", "30",
                 "--aht-seconds", "180", "--agents", "14", "--target-seconds", "20",
                 "--patience-seconds", "300", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert round(r["service_level"], 6) == 0.916792 and round(r["abandon_rate"], 6) == 0.013984


def test_calls_campaign_and_plan(tmp_path, capsys, customers_path):
    assert main(["calls", "campaign", "--records", "3000", "--days", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["agents_per_day"] == 5
    assert main(["calls", "campaign", "--target-successes", "60", "--contact-rate", "0.4",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 3000
    assert main(["calls", "campaign"]) == 2
    capsys.readouterr()
    out = tmp_path / "calls.xlsx"
    assert main(["calls", "plan", str(customers_path), "--date", "2026-11-23", "-o", str(out),
                 "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["calls"][0]["slot"] == "09:00" and payload["target"] == 200
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[:5] == ["今日电话清单", "电销日报", "每周自查", "外呼人力测算", "话务人力"]


def test_roster_build_json_and_impossible_exit_2(tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["roster", "build", "--agents", "A,B,C", "--open", "09:00-23:00", "--days", "7",
                 "--max-hours", "40", "--start", "2026-11-23", "--seconds", "8", "-o", str(out),
                 "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert set(r) == {"status", "shifts", "hours", "uncovered", "explanation"}
    assert r["uncovered"] == [] and max(r["hours"].values()) <= 40
    assert set(r["shifts"][0]) == {"agent", "day", "start", "end", "hours"}
    assert out.exists()
    assert main(["roster", "build", "--agents", "A,B", "--start", "2026-11-23", "--seconds",
                 "2", "--json"]) == 2
    r = json.loads(capsys.readouterr().out)
    assert "98" in r["explanation"] and r["uncovered"]


def test_roster_check_and_benchmark(tmp_path, capsys):
    from salesops.workbooks import blank_roster_workbook

    path = blank_roster_workbook(["甲"], tmp_path / "b.xlsx", start="2026-11-23")
    assert main(["roster", "check", str(path), "--json"]) == 1  # nobody on duty at all
    v = json.loads(capsys.readouterr().out)["violations"]
    assert {x["rule"] for x in v} == {"uncovered"}
    bench = Path(__file__).resolve().parent / "data" / "roster"
    assert main(["roster", "benchmark", str(bench / "Instance1.txt"), "--seconds", "30",
                 "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["objective"] == 607 and set(r) >= {"objective", "bound", "seconds"}
