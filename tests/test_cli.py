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
    assert set(written) == {"customers", "messy_customers_cleaned"}
    for path in written.values():
        wb = load_workbook(path, read_only=True)
        assert "说明" in wb.sheetnames
    assert main(["demo", "--out", str(tmp_path)]) == 2  # would overwrite
    assert main(["demo", "--out", str(tmp_path), "--overwrite"]) == 0


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as exc:
        main(["customers"])
    assert exc.value.code == 2
