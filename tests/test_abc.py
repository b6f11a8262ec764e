import warnings
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesops import SalesopsError
from salesops.abc import ABCWarning, abc_summary, classify_abc


def classes(values, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ABCWarning)
        out = classify_abc(pd.DataFrame({"annual_sales": values}), **kw)
    return [None if pd.isna(c) else c for c in out["abc_class"]]


def brute_force(values, cutoffs=(Fraction(4, 5), Fraction(19, 20))):
    """Slow reference: exact fractions, the rule read literally from the docstring."""
    vals = [Fraction(str(v)) for v in values]
    order = sorted(range(len(vals)), key=lambda i: (-vals[i], i))
    total = sum(vals)
    result = [None] * len(vals)
    before = Fraction(0)
    first_class_of_value = {}
    for i in order:
        v = vals[i]
        if v == 0:
            c = "C"
        elif v in first_class_of_value:
            c = first_class_of_value[v]
        elif before < cutoffs[0] * total:
            c = "A"
        elif before < cutoffs[1] * total:
            c = "B"
        else:
            c = "C"
        first_class_of_value.setdefault(v, c)
        result[i] = c
        before += v
    return result


@pytest.mark.parametrize("values, expected", [
    ([], []),
    ([100], ["A"]),  # a lone customer is A
    ([0], ["C"]),  # zero is C
    ([0, 0, 0], ["C", "C", "C"]),
    ([5, 5, 5, 5], ["A", "A", "A", "A"]),  # all equal: one class
    ([80, 20], ["A", "B"]),  # 80% exactly: the second customer starts at 80% → B
    ([79, 16, 5], ["A", "A", "C"]),  # 79 < 80: the crossing customer is A; 95 exactly → C
    ([80, 15, 5], ["A", "B", "C"]),  # exactly 95% before the last → C
    ([0.7, 0.1, 0.1, 0.1], ["A", "A", "A", "A"]),  # ties straddling 80% stay together
    ([60, 10, 10, 10, 10], ["A", "A", "A", "A", "A"]),
    ([50, 30, 10, 6, 4], ["A", "A", "B", "B", "C"]),
    ([0.1, 0.2, 0.3, 0.4], ["B", "A", "A", "A"]),
    ([1e15, 1], ["A", "C"]),  # huge
])
def test_edge_cases(values, expected):
    assert classes(values) == expected
    assert classes(values) == brute_force(values)


def test_float_noise_does_not_decide_the_boundary():
    # 0.1 + 0.7 in binary floating point is 0.7999999999999999; in exact decimals it is 0.8
    values = [0.7, 0.1, 0.09, 0.06, 0.05]  # total 1.00; 0.7 + 0.1 before the third
    assert classes(values) == ["A", "A", "B", "B", "C"]  # exactly 80% before it → B
    assert 0.8 * sum(values) > 0.7 + 0.1  # a float implementation would have said A


def test_missing_is_reported_not_c():
    with pytest.warns(ABCWarning, match="第 3 行"):
        out = classify_abc(pd.DataFrame({"annual_sales": [10, None, 5]}))
    assert out["abc_class"].isna().tolist() == [False, True, False]
    assert out["abc_class"].iloc[0] == "A"
    assert pd.isna(out["abc_rank"].iloc[1])


def test_text_that_is_not_a_number_is_reported():
    with pytest.warns(ABCWarning, match="1 个不是数字"):
        out = classify_abc(pd.DataFrame({"annual_sales": [10, "很多"]}))
    assert pd.isna(out["abc_class"].iloc[1])


def test_negative_is_an_error_unless_allowed():
    with pytest.raises(SalesopsError, match=r"负数.*第 3 行"):
        classify_abc(pd.DataFrame({"annual_sales": [10, -5]}))
    assert classes([10, -5, 5], allow_negative=True) == ["A", "C", "A"]
    assert classes([10, -5, 3, 1], allow_negative=True) == ["A", "C", "A", "B"]  # of 14


def test_count_basis_top_20_next_30():
    values = list(range(10, 0, -1))
    assert classes(values, basis="count") == ["A", "A", "B", "B", "B", "C", "C", "C", "C", "C"]


def test_amount_basis():
    assert classes([200_000, 100_000, 99_999, 20_000, 0], basis="amount",
                   cutoffs=(100_000, 20_000)) == ["A", "A", "B", "B", "C"]
    with pytest.raises(SalesopsError):
        classes([1], basis="amount")


def test_by_owner():
    df = pd.DataFrame({"annual_sales": [90, 10, 5, 5], "owner": ["甲", "甲", "乙", "乙"]})
    out = classify_abc(df, by="owner")
    assert out["abc_class"].tolist() == ["A", "B", "A", "A"]
    assert out["abc_share"].tolist() == [0.9, 0.1, 0.5, 0.5]


def test_rank_share_and_input_untouched():
    df = pd.DataFrame({"annual_sales": [10, 30, 30, 30]}, index=[5, 6, 7, 8])
    out = classify_abc(df)
    assert out["abc_rank"].tolist() == [4, 1, 1, 1]
    assert out.index.tolist() == [5, 6, 7, 8]
    assert out["abc_cum_share"].iloc[0] == 1.0
    assert "abc_class" not in df.columns


@pytest.mark.parametrize("kw", [{"cutoffs": (0.95, 0.8)}, {"cutoffs": (0, 0.5)},
                                {"cutoffs": (0.8,)}, {"basis": "profit"}, {"value": "nope"},
                                {"by": "nope"}])
def test_bad_arguments(kw):
    with pytest.raises(SalesopsError):
        classify_abc(pd.DataFrame({"annual_sales": [1, 2]}), **kw)


def test_million_rows_match_the_simple_rule():
    rng = np.random.default_rng(1)
    values = np.round(rng.lognormal(10, 1.5, 1_000_000), 2)
    out = classify_abc(pd.DataFrame({"annual_sales": values}))
    order = np.argsort(-values, kind="stable")
    before = np.concatenate(([0], np.cumsum(values[order])[:-1])) / values.sum()
    expected = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
    got = out["abc_class"].to_numpy()[order]
    # ties and float noise may move a handful of boundary customers, nothing else
    assert (got != expected).sum() <= 2
    share_a = values[out["abc_class"].to_numpy() == "A"].sum() / values.sum()
    assert 0.8 <= share_a < 0.8 + values.max() / values.sum()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 1000), st.sampled_from([0.1, 0.2, 0.3, 0.7, 2.5])),
                max_size=40),
       st.sampled_from([(0.8, 0.95), (0.5, 0.5), (0.7, 0.9), (1.0, 1.0)]))
def test_equals_brute_force(values, cutoffs):
    fractions = tuple(Fraction(str(c)) for c in cutoffs)
    assert classes(values, cutoffs=cutoffs) == brute_force(values, fractions)


def test_summary_of_the_sample_is_near_80_20():
    from salesops import datasets

    out = classify_abc(datasets.load_customers())
    summary = abc_summary(out)
    assert summary["abc_class"].tolist() == ["A", "B", "C"]
    assert summary["customers"].sum() == 150
    a = summary.iloc[0]
    assert 0.8 <= a["value_share"] < 0.86
    assert 0.1 < a["customer_share"] < 0.2


def test_a_table_without_sales_is_refused_not_classified(tmp_path, capsys):
    """A student's file without a sales column: exit 2 and a sentence, not "A: 0 (0%)"."""
    from salesops.cli import main

    path = tmp_path / "no_sales.csv"
    path.write_text("客户名称,手机号码\n开平甲公司,13800138000\n开平乙公司,13900139000\n",
                    encoding="gbk")
    assert main(["abc", str(path), "-o", str(tmp_path / "abc.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "没有任何数值" in err and "2 个客户" in err
    assert not (tmp_path / "abc.xlsx").exists()
