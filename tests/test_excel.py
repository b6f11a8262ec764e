import datetime as dt
import io
import os
import shutil
import stat
import string
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from salesops import (
    Column,
    InputFileError,
    OverwriteError,
    SalesopsError,
    Tracker,
    datasets,
    read_tracker,
    write_trackers,
)
from salesops.excel import (
    BACKUPS_KEPT,
    backup_paths,
    escape_excel_text,
    is_formula_like,
    unescape_excel_text,
)
from salesops.labels import language
from salesops.trackers import customers_tracker

NOW = dt.datetime(2026, 11, 22, 9, 0)
FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "\tTAB",
                "\r\nCRLF"]


def _tracker(values, kind="text"):
    df = pd.DataFrame({"customer_id": [f"K{i}" for i in range(len(values))], "v": values})
    return Tracker("t", df, [Column("customer_id", kind="id"),
                             Column("v", header=("值", "Value"), kind=kind)], key="customer_id")


def test_formula_looking_text_stays_text(tmp_path):
    path = write_trackers(tmp_path / "f.xlsx", [_tracker(FORMULA_LIKE)], now=NOW)
    ws = load_workbook(path)["t"]
    for row, text in enumerate(FORMULA_LIKE, start=5):
        cell = ws.cell(row=row, column=2)
        assert cell.data_type == "s", text  # a string cell, not a formula
        assert unescape_excel_text(cell.value) == text  # Excel shows _x000D_ as CR
        assert cell.quotePrefix  # Excel keeps it text even after F2 + Enter
    assert read_tracker(path).frame["v"].tolist() == FORMULA_LIKE


def test_is_formula_like():
    assert all(is_formula_like(x) for x in FORMULA_LIKE)
    assert not any(is_formula_like(x) for x in ("开平", "1+1", "", None, 3))


def test_landlines_credit_codes_and_ids_stay_text(tmp_path):
    df = pd.DataFrame({"customer_id": ["007", "0100"], "landline": ["07502212345", "0750"],
                       "credit_code": ["91440783MA4UJ1EA7X", "914407830000000001"],
                       "mobile": ["13812345678", "13912345678"]})
    cols = [Column("customer_id", kind="id"), Column("landline", kind="id"),
            Column("credit_code", kind="id"), Column("mobile", kind="id")]
    path = write_trackers(tmp_path / "ids.xlsx", [Tracker("customers", df, cols,
                                                          key="customer_id")])
    ws = load_workbook(path).worksheets[0]
    for row in (5, 6):
        for col in range(1, 5):
            cell = ws.cell(row=row, column=col)
            assert cell.data_type == "s" and cell.number_format == "@"
    assert ws["B5"].value == "07502212345" and ws["C6"].value == "914407830000000001"
    back = read_tracker(path).frame
    assert back["credit_code"].tolist() == df["credit_code"].tolist()
    assert back["customer_id"].tolist() == ["007", "0100"]


def test_never_overwrites_silently_and_keeps_a_backup(tmp_path):
    target = tmp_path / "x.xlsx"
    write_trackers(target, [_tracker(["first"])])
    first = target.read_bytes()
    with pytest.raises(OverwriteError, match="已存在"):
        write_trackers(target, [_tracker(["second"])])
    assert target.read_bytes() == first  # untouched
    write_trackers(target, [_tracker(["second"])], overwrite=True)
    assert read_tracker(target).frame["v"].tolist() == ["second"]
    assert read_tracker(tmp_path / "x.bak1.xlsx").frame["v"].tolist() == ["first"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.bak1.xlsx", "x.xlsx"]  # no temp


def test_backups_are_numbered_and_never_overwritten(tmp_path):
    # issue 11: the backup of --overwrite was itself overwritten by the next run
    target = tmp_path / "x.xlsx"
    for value in ("first", "second", "third"):
        write_trackers(target, [_tracker([value])], overwrite=True)
    assert [p.name for p in backup_paths(target)] == ["x.bak1.xlsx", "x.bak2.xlsx"]
    assert read_tracker(tmp_path / "x.bak1.xlsx").frame["v"].tolist() == ["first"]
    assert read_tracker(tmp_path / "x.bak2.xlsx").frame["v"].tolist() == ["second"]
    assert read_tracker(target).frame["v"].tolist() == ["third"]


def test_only_the_newest_backups_are_kept(tmp_path):
    target = tmp_path / "x.xlsx"
    for i in range(BACKUPS_KEPT + 3):
        write_trackers(target, [_tracker([f"v{i}"])], overwrite=True)
    kept = backup_paths(target)
    assert len(kept) == BACKUPS_KEPT
    assert [read_tracker(p).frame["v"].iloc[0] for p in kept] == [
        f"v{i}" for i in range(2, BACKUPS_KEPT + 2)]  # oldest pruned, numbers never reused


def test_input_that_is_a_backup_of_the_output_is_refused(tmp_path):
    target = tmp_path / "report.xlsx"
    for legacy in ("report.bak.xlsx", "report.bak3.xlsx", "REPORT.BAK12.XLSX"):
        with pytest.raises(OverwriteError, match="备份"):
            write_trackers(target, [_tracker(["a"])], overwrite=True,
                           protect=[tmp_path / legacy])
    assert not target.exists()


def test_output_folder_and_wrong_extension_are_refused(tmp_path):
    folder = tmp_path / "existing.xlsx"
    folder.mkdir()
    with pytest.raises(SalesopsError, match="文件夹"):
        write_trackers(folder, [_tracker(["a"])], overwrite=True)
    assert folder.is_dir() and not any(folder.iterdir())
    with pytest.raises(SalesopsError, match=r"\.xlsx"):
        write_trackers(tmp_path / "x.csv", [_tracker(["a"])])
    assert not (tmp_path / "x.csv").exists()


def test_temp_file_is_visible_and_removed_on_failure(tmp_path, monkeypatch):
    from openpyxl import Workbook

    seen = []
    save = Workbook.save

    def half_written(self, filename):
        save(self, io.BytesIO())  # let openpyxl finish its streams, then fail like a full disk
        seen.append(Path(filename).name)
        Path(filename).write_bytes(b"PK partial customer data")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_written)
    with pytest.raises(OSError):
        write_trackers(tmp_path / "y.xlsx", [_tracker(["a"])])
    assert seen and seen[0].startswith("~$y.xlsx.") and seen[0].endswith(".tmp")
    assert list(tmp_path.iterdir()) == []


def test_stale_temp_file_of_a_killed_write_is_removed(tmp_path):
    stale = tmp_path / "~$y.xlsx.abc123.tmp"
    stale.write_bytes(b"left by kill -9")
    os.utime(stale, (0, 0))
    fresh = tmp_path / "~$y.xlsx.def456.tmp"  # perhaps another write in progress: kept
    fresh.write_bytes(b"")
    write_trackers(tmp_path / "y.xlsx", [_tracker(["a"])])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["y.xlsx", "~$y.xlsx.def456.tmp"]


def test_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "shared.xlsx"
    write_trackers(target, [_tracker(["a"])])
    os.chmod(target, 0o664)
    write_trackers(target, [_tracker(["b"])], overwrite=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_new_file_gets_the_umask_default_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_trackers(tmp_path / "new.xlsx", [_tracker(["a"])])
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_cell_over_excel_limit_is_refused_naming_row_and_header(tmp_path):
    # issue 11: a 40,001-character note was written past Excel's 32,767 limit
    with pytest.raises(SalesopsError, match=r"第 6 行「值」.*40001"):
        write_trackers(tmp_path / "long.xlsx", [_tracker(["ok", "x" * 40_001])])
    assert not (tmp_path / "long.xlsx").exists()
    path = write_trackers(tmp_path / "edge.xlsx", [_tracker(["y" * 32_767])])
    assert read_tracker(path).frame["v"].str.len().tolist() == [32_767]


def test_too_many_columns_or_rows_is_refused_naming_them(tmp_path, monkeypatch):
    import salesops.excel as excel

    wide = pd.DataFrame([[1] * 16_384], columns=[f"c{j}" for j in range(16_384)])
    tracker = Tracker("wide", wide, [Column(c, header=(c, c)) for c in wide.columns])
    with pytest.raises(SalesopsError, match=r"16384.*c16383.*XFD"):
        write_trackers(tmp_path / "wide.xlsx", [tracker])
    monkeypatch.setattr(excel, "MAX_ROWS", 6)  # 4 title/header rows + 2 data rows
    write_trackers(tmp_path / "two.xlsx", [_tracker(["a", "b"])])
    with pytest.raises(SalesopsError, match="第 7 行"):
        write_trackers(tmp_path / "three.xlsx", [_tracker(["a", "b", "c"])])


def test_sheet_name_over_31_characters_is_refused(tmp_path):
    df = pd.DataFrame({"v": ["a"]})
    tracker = Tracker("t", df, [Column("v", header=("值", "Value"))],
                      sheet_title=("一" * 32, "x" * 32))
    with pytest.raises(SalesopsError, match="31"):
        write_trackers(tmp_path / "s.xlsx", [tracker])


def test_source_file_is_protected(tmp_path):
    source = tmp_path / "in.xlsx"
    write_trackers(source, [_tracker(["a"])])
    with pytest.raises(OverwriteError, match=r"never modifies|从不修改"):
        write_trackers(source, [_tracker(["b"])], overwrite=True, protect=[source])


def test_failed_write_leaves_no_file(tmp_path, monkeypatch):
    import salesops.excel as excel

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(excel, "_write_sheet", boom)
    with pytest.raises(RuntimeError):
        write_trackers(tmp_path / "y.xlsx", [_tracker(["a"])])
    assert list(tmp_path.iterdir()) == []


def test_workbook_structure(tmp_path, customers_path):
    customers = datasets.load_customers()
    path = write_trackers(tmp_path / "c.xlsx", [customers_tracker(customers)], now=NOW)
    wb = load_workbook(path)
    assert wb.sheetnames == ["客户信息表", "说明", "_salesops", "_snap1"]
    assert wb["_salesops"].sheet_state == "veryHidden"
    ws = wb["客户信息表"]
    assert ws["A1"].value == "客户信息表"
    assert ws["A2"].value.startswith("生成时间：2026-11-22 09:00")
    assert [c.value for c in ws[4]][:3] == ["客户编号", "客户名称", "客户类型"]
    assert ws.freeze_panes == "A5"
    table = ws.tables["tbl_customers"]
    assert table.ref == f"A4:AC{4 + len(customers)}"
    assert table.tableStyleInfo.showRowStripes
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.column_dimensions["AC"].hidden  # the row key
    validations = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"成熟客户,希望客户,潜在客户"' in validations
    rules = [r.formula[0] for rng in ws.conditional_formatting for r in rng.rules]
    assert any("TODAY()+7" in f for f in rules) and any("<TODAY()" in f for f in rules)
    readme = [row for row in wb["说明"].iter_rows(values_only=True)]
    assert ("客户信息表", "手机", "文本", "11 位手机号，文本保存") in readme


def test_english_workbook(tmp_path):
    customers = datasets.load_customers()
    path = write_trackers(tmp_path / "en.xlsx", [customers_tracker(customers)], lang="en")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames[:2] == ["Customers", "README"]
    header = next(wb["Customers"].iter_rows(min_row=4, max_row=4, values_only=True))
    assert header[:2] == ("Customer ID", "Customer name")
    back = read_tracker(path)
    assert back.edited.empty and back.added.empty and back.deleted.empty


def test_round_trip_edit_add_delete_loses_nothing(tmp_path):
    customers = datasets.load_customers().data
    path = write_trackers(tmp_path / "c.xlsx", [customers_tracker(customers)], now=NOW)
    # a person edits the workbook: changes two cells, deletes a row, adds one, adds a column
    wb = load_workbook(path)
    ws = wb["客户信息表"]
    assert ws["A5"].value == "C0001" and ws["A7"].value == "C0003"
    ws["B5"] = "开平市新名字有限公司"
    ws["Y5"] = dt.datetime(2026, 12, 1)  # 下次联系日期
    ws["U6"] = "希望客户"  # 客户类别 chosen from the dropdown
    sales = next(c.column for c in ws[4] if c.value and "销售额" in str(c.value))
    ws.cell(row=5, column=sales).value = None  # a number cleared
    deleted_name = ws["B7"].value
    ws.delete_rows(7)
    last = ws.max_row + 1
    ws.cell(row=last, column=2, value="新客户公司")
    ws.cell(row=last, column=7, value="13800000000")
    ws.cell(row=4, column=31, value="我的备注列")
    ws.cell(row=5, column=31, value="记得回电")
    wb.save(path)

    result = read_tracker(path)
    assert len(result.frame) == len(customers)  # -1 deleted +1 added
    assert result.added["name"].tolist() == ["新客户公司"]
    assert result.added["mobile"].tolist() == ["13800000000"]
    assert result.deleted["name"].tolist() == [deleted_name]
    edits = {(e["key"], e["column"]): (e["old"], e["new"]) for e in result.edited.to_dict(
        "records")}
    assert edits == {
        ("C0001", "name"): (customers.iloc[0]["name"], "开平市新名字有限公司"),
        ("C0001", "next_contact_date"): (customers.iloc[0]["next_contact_date"],
                                         pd.Timestamp("2026-12-01")),
        ("C0002", "prospect_class"): (None, "hopeful"),
        ("C0001", "annual_sales"): (customers.iloc[0]["annual_sales"], None),
    }
    # row by row, each row's columns in the sheet's order
    assert result.edited[["key", "column"]].values.tolist() == [
        ["C0001", "name"], ["C0001", "annual_sales"], ["C0001", "next_contact_date"],
        ["C0002", "prospect_class"]]
    assert result.extra_columns == ["我的备注列"]
    assert result.frame.loc[5, "我的备注列"] == "记得回电"
    # every untouched row comes back exactly as written
    kept = result.frame.set_index("customer_id")
    original = customers.set_index("customer_id")
    for cid in ("C0010", "C0100", "C0150"):
        for col in ("name", "mobile", "landline", "credit_code", "annual_sales",
                    "last_contact_date", "birthday", "latitude"):
            a, b = original.loc[cid, col], kept.loc[cid, col]
            assert (pd.isna(a) and pd.isna(b)) or a == b, (cid, col, a, b)
    assert "新增" in result.summary()


def test_renamed_header_is_an_error_naming_it(tmp_path):
    path = write_trackers(tmp_path / "h.xlsx", [_tracker(["a"])])
    wb = load_workbook(path)
    wb["t"]["B4"] = "改了"
    wb.save(path)
    with pytest.raises(InputFileError, match="第 4 行缺少列「值」"):
        read_tracker(path)


def test_not_a_tracker(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "plain.xlsx"
    Workbook().save(path)
    with pytest.raises(InputFileError, match="_salesops"):
        read_tracker(path)


def test_excel_escaping_round_trips():
    for text in ["a\x01b", "_x0041_", "plain", "_x005F_", "\x1f_x00"]:
        assert unescape_excel_text(escape_excel_text(text)) == text
    assert escape_excel_text("a\x01b") == "a_x0001_b"


def test_column_spec_validation():
    with pytest.raises(SalesopsError):
        Column("x", header=("x", "x"), kind="banana")
    with pytest.raises(SalesopsError):
        Column("no_such_label")
    with pytest.raises(SalesopsError, match="缺少必需的列"):
        Tracker("t", pd.DataFrame({"a": [1]}), [Column("name")])


def test_long_dropdown_goes_to_a_hidden_list_sheet(tmp_path):
    options = tuple(f"选项{i:03d}" for i in range(80))
    df = pd.DataFrame({"v": [options[3]]})
    path = write_trackers(tmp_path / "l.xlsx", [Tracker("t", df, [Column(
        "v", header=("值", "Value"), choices=options)])])
    wb = load_workbook(path)
    assert wb["_lists"].sheet_state == "hidden"
    assert wb["t"].data_validations.dataValidation[0].formula1 == "'_lists'!$A$1:$A$80"


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (CI installs it)")
def test_libreoffice_opens_and_converts_it(tmp_path):
    customers = datasets.load_customers()
    path = write_trackers(tmp_path / "c.xlsx", [customers_tracker(customers)])
    run = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                          str(tmp_path), str(path)], capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stderr
    pdf = tmp_path / "c.pdf"
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000


# -- property-based round trip --------------------------------------------------------------
texts = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
             min_size=1, max_size=60),
    st.sampled_from(["开平市水口镇", "😀🎉", "=SUM(A1:A3)", "+86", "-", "@", "0750", "a" * 3000,
                     "line1\nline2", " 前后空格 ", "_x0041_"]),
)
numbers = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False,
                                         min_value=-1e12, max_value=1e12),
                    st.integers(-10**9, 10**9))
dates = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(texts, numbers, dates), min_size=0, max_size=12))
def test_random_tables_round_trip(tmp_path, rows):
    df = pd.DataFrame(rows, columns=["name", "annual_sales", "birthday"])
    df["birthday"] = pd.to_datetime(df["birthday"])
    tracker = Tracker("customers", df, [Column("name"), Column("annual_sales", kind="money"),
                                        Column("birthday", kind="date")])
    path = write_trackers(tmp_path / "r.xlsx", [tracker], overwrite=True)
    result = read_tracker(path)
    assert result.added.empty and result.deleted.empty and result.edited.empty
    back = result.frame.reset_index(drop=True)
    assert len(back) == len(df)  # even an all-empty row keeps its place (it has a row key)
    expected = df
    for i in range(len(expected)):
        for col in ("name", "annual_sales", "birthday"):
            a, b = expected.loc[i, col], back.loc[i, col]
            if pd.isna(a):
                assert pd.isna(b)
            elif col == "annual_sales":
                assert float(a) == pytest.approx(float(b), rel=1e-15)
            else:
                assert a == b, (col, repr(a), repr(b))


def test_string_helpers_cover_printable():
    assert all(not is_formula_like(c) for c in string.ascii_letters)


def test_formula_columns_stay_live_and_are_not_edits(tmp_path):
    df = pd.DataFrame({"dials": [100, 0], "connected": [40, 0], "rate": [None, None]})
    cols = [Column("dials", header=("拨打", "Dials"), kind="integer"),
            Column("connected", header=("接通", "Connected"), kind="integer"),
            Column("rate", header=("接通率", "Connect rate"), kind="percent",
                   formula='=IF({dials}=0,"",{connected}/{dials})')]
    path = write_trackers(tmp_path / "f.xlsx", [Tracker("t", df, cols)])
    ws = load_workbook(path)["t"]
    assert ws["C5"].data_type == "f" and ws["C5"].value == '=IF(A5=0,"",B5/A5)'
    assert ws["C6"].value == '=IF(A6=0,"",B6/A6)'
    result = read_tracker(path)
    assert result.edited.empty  # no cached value in a fresh file is not an edit
    with pytest.raises(SalesopsError, match="不存在的列"):
        write_trackers(tmp_path / "g.xlsx", [Tracker("t", df, [Column(
            "rate", header=("r", "r"), formula="={nope}")])])
    with language("en"), pytest.raises(SalesopsError, match="unknown column"):
        Tracker("t", df, [Column("rate", header=("r", "r"), formula="={nope}")])


def _dated_tracker(tmp_path, dates=("2026-12-01",) * 4):
    df = pd.DataFrame({"customer_id": [f"K{i}" for i in range(len(dates))],
                       "d": pd.to_datetime(list(dates)),
                       "v": [f"v{i}" for i in range(len(dates))]})
    tracker = Tracker("t", df, [Column("customer_id", kind="id"),
                                Column("d", header=("日期", "Date"), kind="date"),
                                Column("v", header=("值", "Value"))], key="customer_id")
    return write_trackers(tmp_path / "dated.xlsx", [tracker], now=NOW)


def _edit(path, cells: dict, sheet="t"):
    wb = load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)
    return read_tracker(path)


def test_readback_dates_typed_without_a_year_take_the_plans_year(tmp_path):
    # issue 11: 12/5 became 0001-12-05 and read back as 00:00 with "0 changes"
    path = _dated_tracker(tmp_path, ["2026-12-28"] * 5)
    back = _edit(path, {"B5": "12/5", "B6": "1月3日", "B7": "11.25", "B8": "2026.12.5",
                        "B9": 12.05})
    assert back.frame["d"].tolist() == [pd.Timestamp(d) for d in (
        "2026-12-05", "2027-01-03", "2026-11-25", "2026-12-05", "2026-12-05")]
    assumed = back.problems[back.problems["problem"] == "date_year_assumed"]
    assert assumed["row"].tolist() == [5, 6, 7, 9]  # 2026.12.5 has its year: no guess
    assert "2027-01-03" in assumed["message"].iloc[1] and "日期" in assumed["message"].iloc[1]
    assert set(back.edited["new"]) >= {pd.Timestamp("2026-12-05"), pd.Timestamp("2027-01-03")}


def test_readback_relative_words_and_bad_dates_are_reported_never_guessed(tmp_path):
    path = _dated_tracker(tmp_path)
    back = _edit(path, {"B5": "明天", "B6": "下周三", "B7": dt.datetime(1190, 5, 1),
                        "B8": "tomorrow"})
    codes = back.problems.set_index("row")["problem"].to_dict()
    assert codes[5] == codes[6] == codes[8] == "relative_date"
    assert codes[7] in ("implausible_date", "bad_date")
    assert back.frame["d"].tolist()[:2] == ["明天", "下周三"]  # kept as typed
    assert (back.problems["severity"] == "error").all()
    assert "dated.xlsx「t」工作表第 5 行" in back.problems["message"].iloc[0]


def test_person_added_phone_and_key_columns_never_collide(tmp_path):
    # issue 11: a column headed `phone` replaced 电话 (176 false edits); `_key` made every row
    # added + deleted
    df = pd.DataFrame({"customer_id": ["K1", "K2"], "phone": ["13812345678", "13912345678"]})
    tracker = Tracker("t", df, [Column("customer_id", kind="id"),
                                Column("phone", header=("电话", "Phone"), kind="id")],
                      key="customer_id")
    path = write_trackers(tmp_path / "p.xlsx", [tracker])
    wb = load_workbook(path)
    ws = wb["t"]
    ws.insert_cols(1)  # a person's own `_key` column in front of everything
    ws["A4"], ws["A5"], ws["A6"] = "_key", "mine-1", "mine-2"
    ws["E4"], ws["E5"], ws["E6"] = "phone", "家里", "公司"  # and a `phone` one after the table
    wb.save(path)
    back = read_tracker(path)
    assert back.edited.empty and back.added.empty and back.deleted.empty
    assert back.frame["phone"].tolist() == ["13812345678", "13912345678"]
    assert back.extra_columns == ["_key (A)", "phone (E)"]
    assert back.frame["phone (E)"].tolist() == ["家里", "公司"]
    assert back.frame["_key (A)"].tolist() == ["mine-1", "mine-2"]


def test_text_typed_outside_the_table_columns_is_reported(tmp_path):
    path = _dated_tracker(tmp_path)
    back = _edit(path, {"F6": "记得回电"})  # column F has no header
    problem = back.problems[back.problems["problem"] == "outside_table"]
    assert problem[["row", "value"]].values.tolist() == [[6, "记得回电"]]
    assert "F6" in problem["message"].iloc[0]
    assert back.frame.loc[6, "未命名列F"] == "记得回电"  # kept, not dropped


def test_value_typed_over_a_live_formula_is_reported(tmp_path):
    df = pd.DataFrame({"dials": [10, 20], "connected": [5, 5], "rate": [None, None]})
    tracker = Tracker("t", df, [
        Column("dials", header=("拨打", "Dials"), kind="integer"),
        Column("connected", header=("接通", "Connected"), kind="integer"),
        Column("rate", header=("接通率", "Rate"), kind="percent",
               formula='=IF({dials}=0,"",{connected}/{dials})')])
    path = write_trackers(tmp_path / "f.xlsx", [tracker])
    back = _edit(path, {"C6": 0.9})
    problem = back.problems[back.problems["problem"] == "typed_over_formula"]
    assert problem[["row", "column"]].values.tolist() == [[6, "接通率"]]
    assert back.edited.empty  # still not an edit of what was written


def test_recleaning_a_cleaned_tracker_has_one_key_column(tmp_path, customers_path):
    from salesops.workbooks import customer_workbook

    first = customer_workbook(customers_path, tmp_path / "c1.xlsx")
    second = customer_workbook(first.path, tmp_path / "c2.xlsx")
    assert "_key" not in second.customers.columns
    assert not (second.problems["problem"] == "unknown_column").any()
    back = read_tracker(second.path)
    assert len(back.frame) == 150 and back.edited.empty and back.added.empty


def test_whitespace_only_text_is_kept(tmp_path):
    values = ["\r", "\n", "\t", " ", "a"]
    path = write_trackers(tmp_path / "ws.xlsx", [_tracker(values)])
    back = read_tracker(path)
    assert back.frame["v"].tolist() == values
    assert back.edited.empty


def test_a_245_byte_file_name_is_written_and_replaced(tmp_path):
    # issue 11: the temporary name (and the backup) made a long name fail with ENAMETOOLONG
    target = tmp_path / ("客" * 80 + "x.xlsx")  # 80 × 3 + 6 = 246 bytes
    assert len(target.name.encode()) > 240
    write_trackers(target, [_tracker(["a"])])
    write_trackers(target, [_tracker(["b"])], overwrite=True)
    assert read_tracker(target).frame["v"].tolist() == ["b"]
    assert [p.name for p in backup_paths(target)] == ["客" * 80 + "x.bak1.xlsx"]
    assert not list(tmp_path.glob("~$*"))


# -- the fast body writer writes what openpyxl's own cell writer writes ------------------------
def _openpyxl_tails(encoded, make_cell):
    """Reference for excel._tails: every distinct value through openpyxl's lxml cell writer."""
    from lxml.etree import xmlfile
    from openpyxl.cell._writer import lxml_write_cell

    out = []
    for value in encoded.uniques:
        cell = make_cell(value) if value is not None else None
        if cell is None:
            out.append(None)
            continue
        buffer = io.BytesIO()
        with xmlfile(buffer, encoding="utf-8") as xf:
            lxml_write_cell(xf, cell.parent, cell, cell.has_style)
        xml = buffer.getvalue().decode("utf-8")
        assert xml.startswith('<c r="A1"')
        out.append(xml[len('<c r="A1"'):])
    return out


def _sheet_parts(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name.startswith("xl/worksheets/") or name == "xl/styles.xml"}


def test_fast_cells_are_the_cells_openpyxl_writes(tmp_path, monkeypatch):
    from salesops import excel

    texts = ["开平", "a&b<c>d", "=1+1", "+86", " 前后 ", "\x01ctl", "_x0041_", "line\nbreak",
             "tab\tin", "", " ", None, "\r\nCRLF", "x" * 300]
    n = len(texts)
    df = pd.DataFrame({
        "name": texts,
        "annual_sales": [0.0, -0.0, 1.5, float("nan"), 10**15, -3, 0.1, 1e-7, 2.5e20, None,
                         12345678.125, 7, 1 / 3, float("inf")],
        "birthday": pd.to_datetime([dt.date(1900, 1, 15), dt.date(1900, 3, 1), None,
                                    dt.date(2026, 11, 22)] * 3 + [None, None]),
        "mixed": [1, True, 1.0, "1", dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 9, 30),
                  dt.time(8, 15), None, False, 0, -0.0, "=x", 2**60, 3.25],
        "stage": ["a", "b", None, "a", "c", "b", "a", None, "c", "a", "b", "c", "a", "b"],
        "dials": list(range(n)),
        "rate": [None] * n,
    })
    columns = [Column("name"), Column("annual_sales", kind="money"),
               Column("birthday", kind="date"), Column("mixed", header=("混合", "Mixed")),
               Column("stage", header=("阶段", "Stage"),
                      choices={"a": ("甲", "A"), "b": ("乙", "B"), "c": ("丙", "C")}),
               Column("dials", header=("拨打", "Dials"), kind="integer"),
               Column("rate", header=("比率", "Rate"), kind="percent",
                      formula='=IF({dials}=0,"",{annual_sales}/{dials})')]
    trackers = [Tracker("customers", df, columns, key=None)]
    fast = write_trackers(tmp_path / "fast.xlsx", trackers, now=NOW)
    monkeypatch.setattr(excel, "_tails", _openpyxl_tails)
    reference = write_trackers(tmp_path / "reference.xlsx", trackers, now=NOW)
    assert _sheet_parts(fast) == _sheet_parts(reference)  # the snapshot sheet too


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (CI installs it)")
def test_libreoffice_resave_keeps_the_round_trip(tmp_path):
    """A tracker re-saved by LibreOffice (shared strings, its own styles) reads back the same:
    no edits where none were made, and an edit made before saving is found."""
    from openpyxl import load_workbook as load

    df = pd.DataFrame({
        "customer_id": ["C001", "C002", "C003"],
        "name": ["=1+1", "开平 甲公司", "_x0041_ 乙\n二行"],
        "mobile": ["13812345678", "013800", None],
        "annual_sales": [125000.0, -0.5, None],
        "next_contact_date": pd.to_datetime(["2026-12-05", None, "2027-01-03"]),
        "stage": ["a", "b", None],
    })
    columns = [Column("customer_id", kind="id"), Column("name"), Column("mobile", kind="id"),
               Column("annual_sales", kind="money"),
               Column("next_contact_date", kind="date", highlight="due_this_week"),
               Column("stage", header=("阶段", "Stage"), choices={"a": ("甲", "A"),
                                                                  "b": ("乙", "B")})]
    path = write_trackers(tmp_path / "t.xlsx", [Tracker("customers", df, columns,
                                                        key="customer_id")], now=NOW)
    edited = tmp_path / "edited.xlsx"
    wb = load(path)
    wb.worksheets[0]["B6"].value = "开平丙公司"
    wb.save(edited)
    out = tmp_path / "resaved"
    run = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                          str(path), str(edited)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    same = read_tracker(out / "t.xlsx")
    assert same.added.empty and same.deleted.empty and same.edited.empty, same.edited
    assert same.frame["name"].tolist() == df["name"].tolist()
    assert same.frame["stage"].tolist() == ["a", "b", None]
    changed = read_tracker(out / "edited.xlsx")
    assert changed.edited[["key", "column", "new"]].values.tolist() == [
        ["C002", "name", "开平丙公司"]]
