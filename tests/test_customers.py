import datetime as dt
import hashlib
import os
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import Workbook

from salesops import (
    CUSTOMER_SCHEMA,
    PROBLEM_CODES,
    InputFileError,
    SalesopsError,
    check_customers,
    classify_prospects,
    map_headers,
    read_customers,
    set_language,
)

TODAY = dt.date(2026, 11, 22)
ROWS = [["客户名称", "手机", "固定电话", "年销售额"],
        ["开平甲公司", "13812345678", "0750-2212345", "1000元"],
        ["江门乙公司", "13912345678", "07502212346", "12.5万"]]


def _csv_text(rows, title=None):
    lines = ([title] if title else []) + [",".join(r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
@pytest.mark.parametrize("title", [None, "开平客户名单（2026年）"])
def test_every_encoding_and_a_title_row(tmp_path, encoding, title):
    path = tmp_path / "c.csv"
    path.write_bytes(_csv_text(ROWS, title).encode(encoding))
    df = read_customers(path)
    assert df.data["name"].tolist() == ["开平甲公司", "江门乙公司"]
    assert df.data["landline"].tolist() == ["0750-2212345", "0750-2212346"]
    assert df.data["annual_sales"].tolist() == [1000.0, 125000.0]
    first = 3 if title else 2
    assert df.data.index.tolist() == [first, first + 1]


def test_gb18030_only_characters(tmp_path):
    # 𠀀 is in GB18030 but not GBK: the decoder must not fall over
    path = tmp_path / "c.csv"
    path.write_bytes("客户名称,备注\n开平𠀀公司,好\n".encode("gb18030"))
    assert read_customers(path).data["name"].tolist() == ["开平𠀀公司"]


def test_semicolon_and_tab_delimiters(tmp_path):
    for sep in (";", "\t"):
        path = tmp_path / f"c{ord(sep)}.csv"
        path.write_text("\n".join(sep.join(r) for r in ROWS), encoding="utf-8")
        assert read_customers(path).data["mobile"].tolist() == ["13812345678", "13912345678"]


def test_undecodable_file_says_what_to_do(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\xfd" * 3 + b"\n")
    with pytest.raises(InputFileError, match=r"bad.csv.*UTF-8"):
        read_customers(path)


def test_xlsx_header_below_title_and_sheet_choice(tmp_path):
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["A1"] = "2026 年客户作业"
    ws = wb.create_sheet("客户")
    ws.append(["开平电商企业客户信息"])
    ws.append([])
    ws.append(["公司名称", "手机号码", "座机", "统一信用代码", "最后联系日期"])
    ws.append(["开平甲公司", 13812345678, "07502212345", "91440783MA4UJ1EA7X",
               dt.datetime(2026, 11, 2)])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    df = read_customers(path)
    assert df.reading.sheet == "客户"
    assert df.data.index.tolist() == [4]
    row = df.data.loc[4]
    assert row["mobile"] == "13812345678"
    assert row["landline"] == "0750-2212345"
    assert row["credit_code"] == "91440783MA4UJ1EA7X"
    assert row["last_contact_date"] == pd.Timestamp("2026-11-02")
    with pytest.raises(InputFileError, match="没有名为「其他」"):
        read_customers(path, sheet="其他")


def test_broken_xls_gets_conversion_advice(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputFileError, match="另存为"):
        read_customers(path)
    set_language("en")
    with pytest.raises(InputFileError, match="Save As"):
        read_customers(path)


@pytest.mark.parametrize("content, match", [
    (b"", "empty|空"), (b"a,b\n1,2\n", "header|表头")])
def test_empty_or_headerless(tmp_path, content, match):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=match):
        read_customers(path)


def test_missing_file():
    with pytest.raises(InputFileError, match="找不到文件"):
        read_customers("/nonexistent/customers.csv")


def test_reading_never_changes_the_source(messy_path):
    before = hashlib.sha256(messy_path.read_bytes()).hexdigest()
    check_customers(read_customers(messy_path))
    assert hashlib.sha256(messy_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("header, canonical", [
    ("客户名称", "name"), ("公司名称", "name"), ("单位名称", "name"), ("Company", "name"),
    ("customer name", "name"), ("手机", "mobile"), ("手机号", "mobile"), ("联系电话", "mobile"),
    ("Mobile", "mobile"), ("座机", "landline"), ("固定电话", "landline"), ("微信号", "im"),
    ("旺旺", "im"), ("邮箱", "email"), ("E-mail", "email"), ("统一社会信用代码", "credit_code"),
    ("信用代码", "credit_code"), ("年采购额", "annual_sales"), ("Annual sales", "annual_sales"),
    ("跟进人", "owner"), ("下次跟进日期", "next_contact_date"), ("客户名称*", "name"),
    ("客户名称（必填）", "name"), ("ｃｏｍｐａｎｙ", "name"), ("customer_id", "customer_id"),
])
def test_header_synonyms(header, canonical):
    mapping, unknown, _ = map_headers([header])
    assert mapping == {header: canonical}
    assert unknown == []


def test_second_phone_column_is_the_landline_and_clashes_are_kept():
    mapping, unknown, clashes = map_headers(["客户名称", "手机", "电话", "公司名称", "星级"])
    assert mapping == {"客户名称": "name", "手机": "mobile", "电话": "landline"}
    assert unknown == ["星级"]
    assert clashes == [("公司名称", "客户名称", "name")]
    df = read_customers(pd.DataFrame({"客户名称": ["甲"], "公司名称": ["甲公司"], "星级": ["★"]}))
    row = df.data.loc[2]
    assert row["公司名称"] == "甲公司" and row["星级"] == "★"  # nothing dropped
    codes = check_customers(df)["problem"].tolist()
    assert codes == ["unknown_column", "duplicate_column"]


def test_canonical_columns_first_then_user_columns_in_order():
    df = read_customers(pd.DataFrame({"备用2": [1], "客户名称": ["甲"], "备用1": [2]}))
    assert list(df.data.columns) == [*CUSTOMER_SCHEMA, "备用2", "备用1"]


def test_input_frame_is_not_mutated():
    raw = pd.DataFrame({"客户名称": [" 甲 "], "手机": ["138 1234 5678"]})
    copy = raw.copy()
    read_customers(raw)
    pd.testing.assert_frame_equal(raw, copy)


def test_landline_in_the_only_phone_column_moves_with_a_warning():
    df = read_customers(pd.DataFrame({"客户名称": ["甲", "乙", "丙"],
                                      "联系电话": ["0750-2212345", "13812345678", "12345"]}))
    assert df.data["landline"].fillna("").tolist() == ["0750-2212345", "", ""]
    assert df.data["mobile"].fillna("").tolist() == ["", "13812345678", "12345"]
    problems = check_customers(df)
    assert problems[["row", "problem", "column"]].values.tolist() == [
        [2, "landline_in_mobile", "联系电话"], [4, "invalid_mobile", "联系电话"]]


def test_ids_and_phones_are_text_even_from_numbers():
    df = read_customers(pd.DataFrame({"客户编号": [1.0, 2.0], "客户名称": ["甲", "乙"],
                                      "手机": [13812345678, 13912345678.0]}))
    assert df.data["customer_id"].tolist() == ["1", "2"]
    assert df.data["mobile"].tolist() == ["13812345678", "13912345678"]
    assert str(df.data["mobile"].dtype) == "string"


# -- every problem code with its row ---------------------------------------------------------
def _problem_frame():
    return pd.DataFrame({
        "客户编号": ["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "K10", "K11", "K1"],
        "客户名称": ["甲", "", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "甲", "子"],
        "城市": ["开平"] * 12,
        "手机": ["13812345678", "", "1381234", "", "", "", "", "", "", "", "", ""],
        "固定电话": ["", "", "", "0750-123", "", "", "", "", "", "", "", ""],
        "邮箱": ["", "", "", "", "a@b", "", "", "", "", "", "", ""],
        "信用代码": ["", "", "", "", "", "91440783MA4UJ1EA70", "", "", "", "", "", ""],
        "年销售额": ["", "", "", "", "", "", "-1", "12.5万", "很多", "", "", ""],
        "最近联系日期": ["", "", "", "", "", "", "", "", "", "上周", "2027-01-01", "46300"],
        "纬度": ["", "", "", "", "", "", "", "", "", "", "", "40.7"],
        "经度": ["", "", "", "", "", "", "", "", "", "", "", "-74.0"],
        "客户类别": ["成熟", "", "", "", "", "", "", "", "", "", "", "VIP"],
        "星级": [""] * 12,
    })


EXPECTED = [
    (1, "unknown_column", "星级"),
    (3, "missing_name", "客户名称"),
    (4, "invalid_mobile", "手机"),
    (5, "invalid_landline", "固定电话"),
    (6, "invalid_email", "邮箱"),
    (7, "invalid_credit_code", "信用代码"),
    (8, "negative_sales", "年销售额"),
    (9, "amount_unit_guessed", "年销售额"),
    (10, "bad_number", "年销售额"),
    (11, "relative_date", "最近联系日期"),
    (12, "future_date", "最近联系日期"),
    (12, "duplicate_customer", "客户名称"),
    (13, "duplicate_id", "客户编号"),
    (13, "date_serial", "最近联系日期"),
    (13, "coordinates_outside_china", "纬度"),
    (13, "invalid_prospect_class", "客户类别"),
]


def test_every_problem_code_with_row_and_user_header():
    problems = check_customers(read_customers(_problem_frame()), today=TODAY)
    got = sorted(zip(problems["row"], problems["problem"], problems["column"], strict=True))
    assert got == sorted(EXPECTED)
    assert set(problems["severity"]) == {"error", "warning"}
    for rec in problems.to_dict("records"):
        assert rec["severity"] == PROBLEM_CODES[rec["problem"]]
        if rec["problem"] not in ("unknown_column",):
            assert f"第 {rec['row']} 行" in rec["message"]
    dup = problems[problems["problem"] == "duplicate_customer"].iloc[0]
    assert "第 2 行" in dup["message"]  # points at the first occurrence


def test_incomplete_coordinates_and_messages_in_english():
    df = read_customers(pd.DataFrame({"Company": ["A"], "Latitude": ["22.37"]}))
    problems = check_customers(df, lang="en")
    assert problems["problem"].tolist() == ["incomplete_coordinates"]
    assert problems["message"].iloc[0].startswith("row 2")


def test_rows_with_problems_stay(messy_path):
    df = read_customers(messy_path)
    problems = check_customers(df, today=TODAY)
    assert len(df) == 25  # the 25 records of the file, none dropped
    assert set(problems["row"]) <= set(df.data.index) | {2}
    located = problems[problems["problem"] != "unknown_column"]
    assert located["message"].str.contains("messy_customers.csv 第 ").all()


def test_messy_sample_problems_are_the_planted_ones(messy_path):
    problems = check_customers(read_customers(messy_path), today=TODAY)
    found = set(zip(problems["row"], problems["problem"], strict=True))
    assert found == {
        (2, "unknown_column"), (6, "invalid_mobile"), (7, "invalid_landline"),
        (8, "amount_unit_guessed"), (10, "negative_sales"), (14, "date_serial"),
        (15, "relative_date"), (16, "future_date"), (17, "invalid_credit_code"),
        (18, "invalid_email"), (19, "missing_name"), (25, "duplicate_customer"),
        (26, "duplicate_customer"),
    } | {(2, "unknown_column")}
    assert (problems["column"] == "序号").any() and (problems["column"] == "客户星级").any()
    msg = problems.loc[problems["problem"] == "relative_date", "message"].iloc[0]
    assert "messy_customers.csv 第 15 行" in msg and "最后联系日期" in msg and "上周三" in msg


def test_clean_sample_has_no_problems(customers_path):
    df = read_customers(customers_path)
    assert len(df) == 150
    assert check_customers(df, today=TODAY).empty


def test_check_accepts_a_raw_frame():
    problems = check_customers(pd.DataFrame({"公司名称": ["甲"], "手机": ["123"]}))
    assert problems["problem"].tolist() == ["invalid_mobile"]


def test_empty_table():
    df = read_customers(pd.DataFrame({"客户名称": []}))
    assert len(df) == 0
    assert check_customers(df).empty


# -- prospects ------------------------------------------------------------------------------
@pytest.mark.parametrize("desire, ability, expected", [
    (5, 5, "mature"), (3, 3, "mature"), (5, 2, "hopeful"), (2, 5, "hopeful"),
    (1, 1, "potential"), (2.99, 2.99, "potential"), ("高", "强", "mature"),
    ("high", "low", "hopeful"), ("中", "中", "potential"), ("大", "小", "hopeful"),
])
def test_classify_prospects(desire, ability, expected):
    df = pd.DataFrame({"purchase_desire": [desire], "purchasing_power": [ability]})
    assert classify_prospects(df)["prospect_class"].tolist() == [expected]


def test_classify_prospects_missing_and_bad():
    df = pd.DataFrame({"d": [None, "?"], "a": [5, 5]})
    assert classify_prospects(df.iloc[:1], "d", "a")["prospect_class"].isna().all()
    with pytest.raises(SalesopsError, match="「\\?」"):
        classify_prospects(df, "d", "a")
    with pytest.raises(SalesopsError, match="缺少必需的列"):
        classify_prospects(df, "x", "a")
    assert "prospect_class" not in df.columns  # caller's frame untouched


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (CI installs it)")
def test_old_xls_from_excel_97_is_read(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["公司名称", "手机", "最近联系日期"])
    ws.append(["开平甲公司", "13812345678", dt.datetime(2026, 11, 2)])
    source = tmp_path / "c.xlsx"
    wb.save(source)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", str(tmp_path),
                    str(source)], check=True, capture_output=True, timeout=180)
    df = read_customers(tmp_path / "c.xls")
    assert df.data.loc[2, "name"] == "开平甲公司"
    assert df.data.loc[2, "mobile"] == "13812345678"
    assert df.data.loc[2, "last_contact_date"] == pd.Timestamp("2026-11-02")


# ------------------------------------------------------------------------------------------
# issue 11: reading real files
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header, factor", [
    ("年销售额(万元)", 10_000), ("年销售额（万元）", 10_000), ("销售额（元）", 1),
    ("年采购额/万", 10_000), ("Annual sales (CNY)", 1), ("销售额(千元)", 1_000),
    ("金额", 1), ("年销售额【单位：万元】", 10_000)])
def test_sales_headers_with_units_map_and_scale(header, factor):
    df = read_customers(pd.DataFrame({"客户名称": ["甲", "乙"], header: ["12.5", "3万"]}))
    assert df.data["annual_sales"].tolist() == [12.5 * factor, 30_000.0]  # 3万 says its own unit
    problems = check_customers(df, today=TODAY)
    scaled = problems[problems["problem"] == "amount_unit_scaled"]
    if factor == 1:
        assert scaled.empty
    else:
        assert scaled["column"].tolist() == [header] and header in scaled["message"].iloc[0]
        assert f"{factor:,}" in scaled["message"].iloc[0]
    assert not (problems["problem"] == "unknown_column").any()


@pytest.mark.parametrize("header, canonical", [
    ("所在区县", "district"), ("详细地址", "address"), ("客户 名称", "name"),
    ("客户-名称", "name"), ("手机（必填）", "mobile"), ("所在城市", "city"),
    ("发货日期", "ship_date"), ("到货日期", "delivery_date"), ("购买欲望", "purchase_desire"),
    ("购买能力", "purchasing_power"), ("主营产品", "products"), ("产品", "products"),
    ("网店地址", "shop_url"), ("店铺网址", "shop_url"), ("平台", "platform"),
    ("Shipping date", "ship_date"), ("Arrival date", "delivery_date"),
    ("Purchase desire", "purchase_desire"), ("Purchasing power", "purchasing_power"),
    ("Products", "products"), ("Shop URL", "shop_url"), ("Platform", "platform")])
def test_prefixes_separators_and_new_standard_columns(header, canonical):
    assert map_headers([header])[0] == {header: canonical}


def test_after_sale_dates_and_prospect_inputs_are_read_and_written(tmp_path):
    from salesops.workbooks import customer_workbook

    raw = pd.DataFrame({"客户名称": ["甲"], "发货日期": ["2026年11月2日"], "购买欲望": ["高"],
                        "购买能力": [2]})
    df = read_customers(raw)
    assert df.data.loc[2, "ship_date"] == pd.Timestamp("2026-11-02")
    assert classify_prospects(df)["prospect_class"].tolist() == ["hopeful"]
    result = customer_workbook(raw, tmp_path / "c.xlsx")
    header = [c.value for c in __import__("openpyxl").load_workbook(result.path)
              ["客户信息表"][4]]
    assert {"发货日期", "购买欲望", "购买能力"} <= set(header)


@pytest.mark.parametrize("typo, canonical", [("客户明称", "name"), ("年消售额", "annual_sales"),
                                             ("手机好码", "mobile"), ("adress", "address"),
                                             ("e-mial", "email")])
def test_close_misspellings_are_guessed_with_a_warning(typo, canonical):
    df = read_customers(pd.DataFrame({typo: ["x"], "备注": ["y"]}))
    assert map_headers([typo])[0] == {typo: canonical}
    guessed = check_customers(df, today=TODAY).query("problem == 'header_guessed'")
    assert guessed["column"].tolist() == [typo] and guessed["severity"].tolist() == ["warning"]
    english = check_customers(df, today=TODAY, lang="en").query("problem == 'header_guessed'")
    assert "was read as" in english["message"].iloc[0]


@pytest.mark.parametrize("header", ["客户星级", "备注2", "联系人2", "客户评级", "区号"])
def test_different_words_are_not_guessed(header):
    assert map_headers([header])[0] == {}


def test_a_guess_never_displaces_an_exact_header():
    assert map_headers(["客户名称", "客户明称"]) == ({"客户名称": "name"}, ["客户明称"], [])


def test_rapidfuzz_charset_normalizer_opencc_declared_in_both_files():
    import tomllib
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    deps = tomllib.loads((repo / "pyproject.toml").read_text())["project"]["dependencies"]
    env = (repo / "environment.yml").read_text()
    for name in ("rapidfuzz", "charset-normalizer", "opencc"):
        assert any(d.startswith(name) for d in deps) and name in env


def test_merged_group_header_row_is_skipped(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["开平客户名单"])
    ws.append(["客户", None, "联系方式", None, "业绩"])
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:D2")
    ws.append(["客户名称", "行业", "手机", "电子邮箱", "年销售额"])
    ws.append(["开平甲公司", "五金", "13812345678", "a@b.cn", 1000])
    path = tmp_path / "group.xlsx"
    wb.save(path)
    df = read_customers(path)
    assert df.reading.header_row == 3
    assert df.data.loc[4, ["name", "mobile", "annual_sales"]].tolist() == [
        "开平甲公司", "13812345678", 1000.0]


def test_big5_is_told_from_gb18030_with_a_warning(tmp_path):
    text = ("客戶名稱,手機,地址\n開平甲貿易有限公司,13812345678,廣東省江門市開平市長沙街道\n"
            "臺山乙電器商行,13912345678,廣東省臺山市台城\n")
    path = tmp_path / "big5.csv"
    path.write_bytes(text.encode("big5"))
    with pytest.warns(UserWarning, match="Big5"):
        df = read_customers(path)
    assert df.data["name"].tolist() == ["開平甲貿易有限公司", "臺山乙電器商行"]
    assert df.reading.encoding == "big5"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.encode("big5").decode("big5").replace("客戶名稱", "客户名称")
                    .encode("gb18030"))
    assert read_customers(gbk).reading.encoding == "gb18030"


def test_excel_error_cells_are_reported_not_read_as_empty(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "年销售额", "备注"])
    ws.append(["甲", "#DIV/0!", "ok"])
    ws.append(["乙", 100, "#N/A"])
    path = tmp_path / "errors.xlsx"
    wb.save(path)
    problems = check_customers(read_customers(path), today=TODAY)
    errors = problems[problems["problem"] == "excel_error"]
    assert errors[["row", "column", "value"]].values.tolist() == [
        [2, "年销售额", "#DIV/0!"], [3, "备注", "#N/A"]]
    assert (errors["severity"] == "error").all() and "errors.xlsx" in errors["message"].iloc[0]


def test_implausible_dates_before_1900_are_reported():
    df = read_customers(pd.DataFrame({"客户名称": ["甲"], "生日": ["1190-05-01"]}))
    assert pd.isna(df.data.loc[2, "birthday"])
    problems = check_customers(df, today=TODAY)
    assert problems[["problem", "value"]].values.tolist() == [["implausible_date",
                                                                "1190-05-01"]]


def test_1904_date_system_workbook_serials(tmp_path):
    wb = Workbook()
    wb.epoch = dt.datetime(1904, 1, 1)
    ws = wb.active
    ws.append(["客户名称", "最近联系日期", "建档日期"])
    ws.append(["甲", dt.date(2026, 11, 2), 46000 - 1462])  # a date cell and a bare serial
    ws["B2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    df = read_customers(path)
    assert df.data.loc[2, "last_contact_date"] == pd.Timestamp("2026-11-02")
    assert df.data.loc[2, "created_date"] == pd.Timestamp(dt.date(1899, 12, 30)
                                                     + dt.timedelta(days=46000))


def test_semicolons_inside_a_comma_csv_are_text(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("客户名称,手机,备注\n开平甲公司,13812345678,周一;周三;周五回电;要报价\n"
                    "江门乙公司,13912345678,a;b;c;d;e\n", encoding="utf-8")
    df = read_customers(path)
    assert df.data["notes"].tolist() == ["周一;周三;周五回电;要报价", "a;b;c;d;e"]


def test_both_company_and_customer_name_clean_like_check(tmp_path, capsys):
    from salesops.cli import main

    path = tmp_path / "both.csv"
    path.write_text("公司名称,客户名称,手机\n开平甲公司,甲,13812345678\n", encoding="utf-8")
    assert main(["customers", "check", str(path)]) == 0
    assert main(["customers", "clean", str(path), "-o", str(tmp_path / "o.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "duplicate headers" not in err
    ws = __import__("openpyxl").load_workbook(tmp_path / "o.xlsx")["客户信息表"]
    header = [c.value for c in ws[4]]
    assert header.count("客户名称") == 1 and "客户名称（原表另一列）" in header
    assert ws.cell(row=5, column=header.index("客户名称（原表另一列）") + 1).value == "甲"


# -- the column-at-a-time reader reads what the cell-by-cell reader read (issue 14) ---------
def _generated(tmp_path):
    import importlib.util
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "customers"
    spec = importlib.util.spec_from_file_location("generate", folder / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "generated.csv"
    path.write_bytes(module.generated_customers_csv())
    return path, folder


def _cell_by_cell(path, monkeypatch):
    """The reader before issue 14: the csv module, and every column parsed cell by cell."""
    from salesops import customers
    from salesops.reading import files as tables

    with monkeypatch.context() as patch:
        patch.setattr(tables, "_csv_grid", lambda *args: None)
        patch.setattr(customers, "_parse_column_fast", lambda *args: None)
        return read_customers(path)


@pytest.mark.parametrize("which", ["messy", "generated"])
def test_problems_are_the_ones_the_cell_by_cell_reader_found(tmp_path, monkeypatch,
                                                              messy_path, which):
    import gzip

    from salesops.labels import language

    if which == "messy":
        path, expected = messy_path, None
    else:
        path, folder = _generated(tmp_path)
        expected = gzip.decompress((folder / "expected_problems.csv.gz").read_bytes())
    if expected is None:
        from pathlib import Path

        expected = (Path(__file__).parent / "data" / "customers"
                    / "messy_expected_problems.csv").read_bytes()
    with language("zh"):
        customers = read_customers(path)
        problems = check_customers(customers, today=dt.date(2026, 12, 1))
        reference = _cell_by_cell(path, monkeypatch)
    assert problems.to_csv(index=False).encode("utf-8") == expected
    pd.testing.assert_frame_equal(customers.data, reference.data)
    assert customers.reading == reference.reading
