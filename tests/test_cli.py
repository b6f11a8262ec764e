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
    assert {"row": 15, "column": "最后联系日期", "value": "上周三", "problem": "relative_date",
            "severity": "error"}.items() <= next(
        p for p in payload["problems"] if p["problem"] == "relative_date").items()


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
    assert wb.sheetnames[:7] == ["今日电话清单", "电销日报", "每周自查", "外呼人力测算", "话务人力",
                                 "电话脚本", "陌生电话步骤"]


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


def test_cli_input_guard_refuses_input_backup_folder_and_extension(tmp_path, capsys,
                                                                  customers_path):
    # issue 11: `clean report.bak.xlsx -o report.xlsx --overwrite` overwrote its own input,
    # `routes plan X -o X --overwrite` replaced the customers, `-o folder` renamed the folder
    report = tmp_path / "report.xlsx"
    assert main(["customers", "clean", str(customers_path), "-o", str(report)]) == 0
    backup = tmp_path / "report.bak1.xlsx"
    backup.write_bytes(report.read_bytes())
    before = backup.read_bytes()
    capsys.readouterr()
    assert main(["customers", "clean", str(backup), "-o", str(report), "--overwrite"]) == 2
    assert "report.bak1.xlsx" in capsys.readouterr().err
    assert backup.read_bytes() == before
    kept = report.read_bytes()
    assert main(["routes", "plan", str(report), "--from", "2026-12-01", "-o", str(report),
                 "--overwrite"]) == 2
    assert report.read_bytes() == kept
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["customers", "clean", str(customers_path), "-o", str(folder),
                 "--overwrite"]) == 2
    assert folder.is_dir()
    assert main(["customers", "clean", str(customers_path), "-o", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert ".xlsx" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()


def _zip_bomb(path, customers_path, tmp_path):
    """A real workbook plus one part of 20 MiB of zeros (20 KB packed)."""
    import zipfile

    good = tmp_path / "good.xlsx"
    assert main(["customers", "clean", str(customers_path), "-o", str(good)]) == 0
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/pad.bin", b"\0" * (20 << 20))


def _damaged_sheet(path, customers_path, tmp_path):
    import zipfile

    good = tmp_path / "good.xlsx"
    assert main(["customers", "clean", str(customers_path), "-o", str(good)]) == 0
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[:len(data) // 2] + b"&broken"
            dst.writestr(item.filename, data)


def _fail_save(monkeypatch, error):
    import io

    from openpyxl import Workbook

    real_save = Workbook.save

    def save(self, filename):
        real_save(self, io.BytesIO())  # openpyxl finishes its streams; then the disk is full
        raise error

    monkeypatch.setattr(Workbook, "save", save)


ERROR_CASES = {
    # case: (how to prepare, command, words the one sentence must contain)
    "unwritable_folder": ("no_permission", ["customers", "clean", "{customers}", "-o",
                                            "{tmp}/locked/x.xlsx"], "权限"),
    "full_disk": ("full_disk", ["customers", "clean", "{customers}", "-o", "{tmp}/x.xlsx"],
                  "磁盘已满"),
    "name_too_long": (None, ["customers", "clean", "{customers}", "-o",
                             "{tmp}/" + "名" * 86 + ".xlsx"], "文件名太长"),
    "folder_as_input": ("folder", ["customers", "check", "{tmp}/x.csv"], "文件夹"),
    "damaged_sheet_xml": ("damaged", ["customers", "check", "{tmp}/damaged.xlsx"], "已损坏"),
    "zip_bomb": ("bomb", ["customers", "check", "{tmp}/bomb.xlsx"], "解压后"),
    "columns_19000": ("wide", ["customers", "clean", "{tmp}/wide.csv", "-o", "{tmp}/w.xlsx"],
                      "16384"),
}


@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_error_contract_exit_2_one_sentence_no_traceback(case, tmp_path, capsys, monkeypatch,
                                                         customers_path):
    import errno

    import salesops.reading.files as tables

    prepare, argv, words = ERROR_CASES[case]
    if prepare == "no_permission":  # tests run as root: simulate what a locked folder does
        import tempfile

        def mkstemp(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "locked"))

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    elif prepare == "full_disk":
        _fail_save(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
    elif prepare == "folder":
        (tmp_path / "x.csv").mkdir()
    elif prepare == "damaged":
        _damaged_sheet(tmp_path / "damaged.xlsx", customers_path, tmp_path)
    elif prepare == "bomb":
        monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 10 << 20)
        _zip_bomb(tmp_path / "bomb.xlsx", customers_path, tmp_path)
    elif prepare == "wide":
        header = ",".join(["客户名称", *(f"c{j}" for j in range(19_000))])
        (tmp_path / "wide.csv").write_text(header + "\n" + ",".join(["甲"] + ["1"] * 19_000))
    capsys.readouterr()
    argv = [a.format(customers=customers_path, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert not list(tmp_path.glob("~$*"))  # no temporary file left behind


def test_bom_followed_by_gbk_and_huge_csv_field_are_read(tmp_path, capsys):
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + "客户名称,手机\n开平甲公司,13800000000\n".encode("gbk"))
    assert main(["customers", "check", str(bom), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["rows"] == 1 and "GB18030" in captured.err
    big = tmp_path / "big.csv"
    big.write_text("客户名称,备注\n开平甲公司," + "长" * 140_000 + "\n", encoding="utf-8")
    assert main(["customers", "check", str(big), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 1


def test_calls_erlang_json_is_strict_json(capsys):
    # issue 11: five agents for ten erlangs wait forever: asa was printed as Infinity
    assert main(["calls", "erlang", "--calls", "100", "--aht-seconds", "180", "--agents", "5",
                 "--json"]) == 0
    out = capsys.readouterr().out
    payload = json.loads(out, parse_constant=lambda c: pytest.fail(f"not JSON: {c}"))
    assert payload["asa_seconds"] is None and payload["agents"] == 5


@pytest.mark.parametrize("day", ["2026-10-01", "2026-11-29"])
def test_calls_plan_on_a_holiday_or_sunday_says_so_and_plans_0(day, tmp_path, capsys,
                                                               customers_path):
    out = tmp_path / "calls.xlsx"
    assert main(["calls", "plan", str(customers_path), "--date", day, "-o", str(out),
                 "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["calls"] == [] and payload["target"] == 0 and payload["day_off"]
    assert main(["calls", "plan", str(customers_path), "--date", day, "-o", str(out),
                 "--overwrite"]) == 0
    assert "不安排电话" in capsys.readouterr().out


def test_followup_2027_make_up_workdays_and_the_readme_note(tmp_path, capsys, customers_path):
    out = tmp_path / "f.xlsx"
    # issue 11: 2027 follow-ups landed on 1 January and on the Spring Festival
    assert main(["followup", str(customers_path), "--from", "2026-12-28", "--weeks", "7",
                 "--workdays", "2027-02-20", "-o", str(out), "--json"]) == 0
    dates = {r["date"] for r in json.loads(capsys.readouterr().out)}
    spring = {f"2027-02-{d:02d}" for d in range(5, 11)}
    assert dates and not dates & ({"2027-01-01"} | spring)
    assert not dates & {"2027-02-21", "2027-02-14"}  # Sundays
    readme = load_workbook(out)["说明"]
    texts = [c.value for c in readme["A"] if c.value]
    assert any("2027" in x and "workdays=" in x for x in texts)


def test_every_option_has_help_in_both_languages():
    """`salesops … --help` explains every option, in the chosen language, with its default."""
    import argparse

    from salesops.cli import build_parser
    from salesops.labels import language

    def helps(parser, path=()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield from helps(child, (*path, name))
            else:
                yield " ".join(path), action.dest, action.help

    for lang in ("zh", "en"):
        with language(lang):
            found = list(helps(build_parser()))
        assert len(found) > 100
        missing = [(cmd, dest) for cmd, dest, text in found if not text]
        assert not missing
        texts = [text for _, _, text in found]
        assert not [x for x in texts if "%(" in x or "{" in x]
        cjk = [x for x in texts if any("\u4e00" <= ch <= "\u9fff" for ch in x)]
        assert (len(cjk) == len(texts)) if lang == "zh" else not cjk
    with language("en"):
        days = {cmd: text for cmd, dest, text in helps(build_parser()) if dest == "calls_per_day"}
    assert days["calls plan"] == "calls a day (default 200, the course's standard)"


def test_abc_beyond_a_sheet_writes_csv_or_says_so(tmp_path, monkeypatch, capsys, customers_path):
    """A table longer than an Excel sheet: `-o x.xlsx` says to write .csv or .parquet (exit 2,
    nothing written); `-o x.csv` writes the classes with Chinese headers, readable by Excel."""
    import pandas as pd

    from salesops import excel

    monkeypatch.setattr(excel, "MAX_ROWS", 100)  # the sample's 150 rows are "too many"
    assert main(["abc", str(customers_path), "-o", str(tmp_path / "abc.xlsx")]) == 2
    assert "abc.csv" not in str(list(tmp_path.iterdir()))
    assert ".csv" in capsys.readouterr().err and not (tmp_path / "abc.xlsx").exists()
    assert main(["abc", str(customers_path), "-o", str(tmp_path / "abc.csv")]) == 0
    table = pd.read_csv(tmp_path / "abc.csv", encoding="utf-8-sig", dtype=str)
    assert len(table) == 150 and list(table.columns)[-1] == "类别"
    assert table["类别"].value_counts().to_dict() == {"C": 100, "B": 30, "A": 20}
    assert main(["abc", str(customers_path), "-o", str(tmp_path / "abc.csv")]) == 2  # exists
