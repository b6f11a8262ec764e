import datetime as dt

import pytest

from salesops import parsing


@pytest.mark.parametrize("raw, expected", [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("0086-13812345678", "13812345678"),
    (13812345678, "13812345678"),
    (13812345678.0, "13812345678"),
    ("  13812345678\u3000", "13812345678"),
    ("无", "无"),  # not a number: kept for the checker to report
    (None, None),
    ("", None),
])
def test_normalise_mobile(raw, expected):
    assert parsing.normalise_mobile(raw) == expected


@pytest.mark.parametrize("text, valid", [
    ("13812345678", True), ("19912345678", True), ("12812345678", False),
    ("1381234567", False), ("138123456789", False), ("23812345678", False), ("", False),
])
def test_is_valid_mobile(text, valid):
    assert parsing.is_valid_mobile(text) is valid


@pytest.mark.parametrize("raw, expected, valid", [
    ("0750-2212345", "0750-2212345", True),
    ("07502212345", "0750-2212345", True),
    ("(0750)2212345", "0750-2212345", True),
    ("０７５０－２２１２３４５", "0750-2212345", True),
    ("0750-2212345-8", "0750-2212345-8", True),
    ("0750-2212345转808", "0750-2212345-808", True),
    ("020 8888 6666", "020-88886666", True),
    ("010-12345678", "010-12345678", True),
    ("+86 750 2212345", "0750-2212345", True),
    ("2212345", "2212345", False),  # no area code
    ("0750-22123", "0750-22123", False),
])
def test_landline(raw, expected, valid):
    got = parsing.normalise_landline(raw)
    assert got == expected
    assert parsing.is_valid_landline(got) is valid


def test_credit_code_check_character_matches_gb32100():
    # weights 3^(i-1) mod 31 and the 31-character alphabet (no I, O, Z, S, V)
    assert parsing._CREDIT_WEIGHTS == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
                                       30, 28]
    assert len(parsing.CREDIT_CODE_ALPHABET) == 31
    assert not set("IOZSV") & set(parsing.CREDIT_CODE_ALPHABET)
    # hand computation: 91440783MA4UJ1EA7 -> sum 623, 623 mod 31 = 3, 31-3 = 28 -> 'X'
    body = "91440783MA4UJ1EA7"
    total = sum(parsing.CREDIT_CODE_ALPHABET.index(c) * w
                for c, w in zip(body, parsing._CREDIT_WEIGHTS, strict=True))
    assert parsing.CREDIT_CODE_ALPHABET[(31 - total % 31) % 31] == "X"
    assert parsing.is_valid_credit_code(body + "X")
    assert not parsing.is_valid_credit_code(body + "0")
    assert not parsing.is_valid_credit_code(body + "XX")
    assert not parsing.is_valid_credit_code("91440783MA4UJ1EAIX")  # I is not in the alphabet


def test_credit_code_check_char_zero_when_remainder_zero():
    # find a body whose weighted sum is a multiple of 31: check character is '0', not 31
    body = "0" * 16
    for c in parsing.CREDIT_CODE_ALPHABET:
        total = sum(parsing.CREDIT_CODE_ALPHABET.index(x) * w
                    for x, w in zip(body + c, parsing._CREDIT_WEIGHTS, strict=True))
        if total % 31 == 0:
            assert parsing.credit_code_check_char(body + c) == "0"
            return
    pytest.fail("no body found")


@pytest.mark.parametrize("raw, expected, note", [
    ("2026-11-22", dt.date(2026, 11, 22), None),
    ("2026/11/22", dt.date(2026, 11, 22), None),
    ("2026.11.22", dt.date(2026, 11, 22), None),
    ("2026年11月22日", dt.date(2026, 11, 22), None),
    ("2026年1月2日", dt.date(2026, 1, 2), None),
    ("２０２６年１１月２２日", dt.date(2026, 11, 22), None),
    ("2026-11-22 14:00", dt.date(2026, 11, 22), None),
    ("20261122", dt.date(2026, 11, 22), None),
    (20261122, dt.date(2026, 11, 22), None),
    (46348, dt.date(2026, 11, 22), "date_serial"),
    ("46348", dt.date(2026, 11, 22), "date_serial"),
    (dt.datetime(2026, 11, 22, 9, 30), dt.date(2026, 11, 22), None),
    ("2026-02-30", None, "bad_date"),
    ("下周三", None, "bad_date"),
    (1.5, None, "bad_date"),
    (None, None, None),
    ("  ", None, None),
])
def test_parse_date(raw, expected, note):
    assert parsing.parse_date(raw) == (expected, note)


@pytest.mark.parametrize("raw, expected, note", [
    ("1,234.5", 1234.5, None),
    ("1234元", 1234.0, None),
    ("¥1,234", 1234.0, None),
    ("￥１，２３４", 1234.0, None),
    ("12.5万", 125000.0, "amount_unit_guessed"),
    ("12.5万元", 125000.0, "amount_unit_guessed"),
    ("1.2亿", 120000000.0, "amount_unit_guessed"),
    ("(1,000)", -1000.0, None),
    ("-500", -500.0, None),
    (0, 0.0, None),
    ("abc", None, "bad_number"),
    ("nan", None, "bad_number"),
    (float("inf"), None, "bad_number"),
    (None, None, None),
])
def test_parse_amount(raw, expected, note):
    assert parsing.parse_amount(raw) == (expected, note)


def test_halfwidth_leaves_cjk_alone():
    assert parsing.to_halfwidth("开平ＡＢＣ１２３，。") == "开平ABC123,。"
