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
    assert df["name"].tolist() == ["开平甲公司", "江门乙公司"]
    assert df["landline"].tolist() == ["0750-2212345", "0750-2212346"]
    assert df["annual_sales"].tolist() == [1000.0, 125000.0]
    first = 3 if title else 2
    assert df.index.tolist() == [first, first + 1]


def test_gb18030_only_characters(tmp_path):
    # 𠀀 is in GB18030 but not GBK: the decoder must not fall over
    path = tmp_path / "c.csv"
    path.write_bytes("客户名称,备注\n开平𠀀公司,好\n".encode("gb18030"))
    assert read_customers(path)["name"].tolist() == ["开平𠀀公司"]


def test_semicolon_and_tab_delimiters(tmp_path):
    for sep in (";", "\t"):
        path = tmp_path / f"c{ord(sep)}.csv"
        path.write_text("\n".join(sep.join(r) for r in ROWS), encoding="utf-8")
        assert read_customers(path)["mobile"].tolist() == ["13812345678", "13912345678"]


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
    assert df.attrs["salesops"]["sheet"] == "客户"
    assert df.index.tolist() == [4]
    row = df.loc[4]
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
    assert df.loc[2, "公司名称"] == "甲公司" and df.loc[2, "星级"] == "★"  # nothing dropped
    codes = check_customers(df)["problem"].tolist()
    assert codes == ["unknown_column", "duplicate_column"]


def test_canonical_columns_first_then_user_columns_in_order():
    df = read_customers(pd.DataFrame({"备用2": [1], "客户名称": ["甲"], "备用1": [2]}))
    assert list(df.columns) == [*CUSTOMER_SCHEMA, "备用2", "备用1"]


def test_input_frame_is_not_mutated():
    raw = pd.DataFrame({"客户名称": [" 甲 "], "手机": ["138 1234 5678"]})
    copy = raw.copy()
    read_customers(raw)
    pd.testing.assert_frame_equal(raw, copy)


def test_landline_in_the_only_phone_column_moves_with_a_warning():
    df = read_customers(pd.DataFrame({"客户名称": ["甲", "乙", "丙"],
                                      "联系电话": ["0750-2212345", "13812345678", "12345"]}))
    assert df["landline"].fillna("").tolist() == ["0750-2212345", "", ""]
    assert df["mobile"].fillna("").tolist() == ["", "13812345678", "12345"]
    problems = check_customers(df)
    assert problems[["row", "problem", "column"]].values.tolist() == [
        [2, "landline_in_mobile", "联系电话"], [4, "invalid_mobile", "联系电话"]]


def test_ids_and_phones_are_text_even_from_numbers():
    df = read_customers(pd.DataFrame({"客户编号": [1.0, 2.0], "客户名称": ["甲", "乙"],
                                      "手机": [13812345678, 13912345678.0]}))
    assert df["customer_id"].tolist() == ["1", "2"]
    assert df["mobile"].tolist() == ["13812345678", "13912345678"]
    assert str(df["mobile"].dtype) == "string"


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
    (11, "bad_date", "最近联系日期"),
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
    assert set(problems["row"]) <= set(df.index) | {2}
    located = problems[problems["problem"] != "unknown_column"]
    assert located["message"].str.contains("messy_customers.csv 第 ").all()


def test_messy_sample_problems_are_the_planted_ones(messy_path):
    problems = check_customers(read_customers(messy_path), today=TODAY)
    found = set(zip(problems["row"], problems["problem"], strict=True))
    assert found == {
        (2, "unknown_column"), (6, "invalid_mobile"), (7, "invalid_landline"),
        (8, "amount_unit_guessed"), (10, "negative_sales"), (14, "date_serial"),
        (15, "bad_date"), (16, "future_date"), (17, "invalid_credit_code"),
        (18, "invalid_email"), (19, "missing_name"), (25, "duplicate_customer"),
        (26, "duplicate_customer"),
    } | {(2, "unknown_column")}
    assert (problems["column"] == "序号").any() and (problems["column"] == "客户星级").any()
    msg = problems.loc[problems["problem"] == "bad_date", "message"].iloc[0]
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
    assert df.loc[2, "name"] == "开平甲公司"
    assert df.loc[2, "mobile"] == "13812345678"
    assert df.loc[2, "last_contact_date"] == pd.Timestamp("2026-11-02")
