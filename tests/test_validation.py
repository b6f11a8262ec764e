"""The one place that checks numbers people pass in: what passes, what is refused, and how."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesops import SalesopsError, set_language
from salesops.erlang import erlang_staffing
from salesops.kpi import expected_lifetime
from salesops.validation import number, share, whole


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_number_returns_only_finite_values_in_range(x):
    try:
        got = number("x", x, low=0, high=10)
    except SalesopsError as exc:
        assert "「x」" in str(exc)
        assert not (math.isfinite(x) and 0 <= x <= 10)
    else:
        assert got == x and 0 <= got <= 10


@pytest.mark.parametrize("value", [True, "5", None, float("nan"), float("inf")])
def test_not_a_number_is_refused_with_its_name(value):
    with pytest.raises(SalesopsError, match="calls_per_day"):
        number("calls_per_day", value)


def test_shares_and_whole_numbers():
    assert share("churn_rate", 1) == 1.0
    assert share("x", 0, zero=True) == 0.0
    with pytest.raises(SalesopsError, match="不含 0"):
        share("churn_rate", 0)
    with pytest.raises(SalesopsError, match="不含 0 和 1"):
        share("target_sl", 1, one=False)
    with pytest.raises(SalesopsError, match="整数"):
        whole("agents", 1.5)


def test_every_module_uses_the_same_message():
    """Erlang and the KPI sheet refuse with one message shape, in the chosen language."""
    with pytest.raises(SalesopsError, match="「aht_seconds」= 0 不可用：应为大于 0 的数"):
        erlang_staffing(100, 30, 0)
    set_language("en")
    try:
        with pytest.raises(SalesopsError, match="'churn_rate' = 0 is not usable: it must be "
                                                "between 0 and 1 \\(not 0 itself\\)"):
            expected_lifetime(0)
    finally:
        set_language("zh")
