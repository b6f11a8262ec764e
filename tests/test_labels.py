import string

import pytest

from salesops import PROBLEM_CODES
from salesops.labels import CATALOGUE, get_language, language, set_language, t


def test_every_label_has_both_languages_with_the_same_fields():
    for key, (zh, en) in CATALOGUE.items():
        assert zh and en, key
        fields = {f for _, f, _, _ in string.Formatter().parse(zh) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(en) if f}, key


def test_every_problem_code_has_a_message():
    for code in PROBLEM_CODES:
        assert f"problem.{code}" in CATALOGUE


def test_language_switch_and_aliases():
    assert get_language() == "zh"
    assert set_language("en-US") == "zh"
    assert t("sheet.customers") == "Customers"
    with language("zh_CN"):
        assert t("sheet.customers") == "客户信息表"
    assert get_language() == "en"
    with pytest.raises(ValueError, match="zh"):
        set_language("fr")

