import json

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
    assert set(written) == {"customers", "messy_customers_cleaned", "followup", "pareto",
                            "funnel"}
    for path in (p for p in written.values() if p.endswith(".xlsx")):
        wb = load_workbook(path, read_only=True)
        assert "说明" in wb.sheetnames
    assert main(["demo", "--out", str(tmp_path)]) == 2  # would overwrite
    assert main(["demo", "--out", str(tmp_path), "--overwrite"]) == 0


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
