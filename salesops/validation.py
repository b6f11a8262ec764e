"""Checks of the numbers people pass in: counts, durations, rates and shares.

One place for "is this number usable here", so that Erlang, the call plan, campaigns, KPIs and
the benchmarks refuse a bad value with the same kind of message: the parameter's name, the value
and the range it must lie in — never a ``ZeroDivisionError`` or a silent ``nan``.

Examples
--------
>>> number("calls", 120)
120.0
>>> share("contact_rate", 0.25)
0.25
>>> number("aht_seconds", 0, above=True)
Traceback (most recent call last):
...
salesops.errors.SalesopsError: 「aht_seconds」= 0 不可用：应为大于 0 的数
"""

from __future__ import annotations

import math
import numbers

from .errors import SalesopsError
from .labels import t

__all__ = ["number", "share", "whole"]


def _fmt(value: float) -> str:
    return f"{value:g}"


def number(name: str, value: object, *, low: float = 0.0, above: bool = False,
           high: float | None = None, below: bool = False, optional: bool = False) -> float | None:
    """``value`` as a float when it is a finite number in the range, else a clear error.

    Parameters
    ----------
    name
        The parameter's name as the person passed it (``calls``, ``--churn``).
    value
        What was passed. ``bool`` and text are refused; ``None`` only when ``optional``.
    low, above
        The lower limit and whether the value must be strictly above it (default: at least
        ``low``, i.e. not negative).
    high, below
        An optional upper limit and whether the value must be strictly below it.
    optional
        ``None`` is allowed and returned as is.

    Examples
    --------
    >>> number("shrinkage", 0.3, high=1, below=True)
    0.3
    >>> number("max_asa_seconds", None, optional=True) is None
    True
    >>> number("days", -1)
    Traceback (most recent call last):
    ...
    salesops.errors.SalesopsError: 「days」= -1 不可用：应为不小于 0 的数
    """
    if value is None and optional:
        return None
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    x = float(value) if ok else math.nan
    ok = ok and math.isfinite(x) and (x > low if above else x >= low)
    if ok and high is not None:
        ok = x < high if below else x <= high
    if not ok:
        raise SalesopsError(t("error.value", name=name, value=value,
                              rule=_rule(low, above, high, below)))
    return x


def _rule(low: float, above: bool, high: float | None, below: bool) -> str:
    if high is None:
        return t("value.rule.above" if above else "value.rule.at_least", low=_fmt(low))
    ends = (t(f"value.ends.{int(above)}{int(below)}", low=_fmt(low), high=_fmt(high))
            if above or below else "")
    return t("value.rule.between", low=_fmt(low), high=_fmt(high), ends=ends)


def share(name: str, value: object, *, zero: bool = False, one: bool = True) -> float:
    """A share or rate between 0 and 1: above 0 unless ``zero``, at most 1 unless not ``one``.

    Examples
    --------
    >>> share("churn_rate", 0.2)
    0.2
    >>> share("success_rate", 0)
    Traceback (most recent call last):
    ...
    salesops.errors.SalesopsError: 「success_rate」= 0 不可用：应在 0 和 1 之间（不含 0）
    """
    return number(name, value, low=0, above=not zero, high=1, below=not one)


def whole(name: str, value: object, *, low: int = 0) -> int:
    """A whole number of at least ``low`` (agents, days, calls a day).

    Examples
    --------
    >>> whole("agents", 3)
    3
    >>> whole("agents", 2.5)
    Traceback (most recent call last):
    ...
    salesops.errors.SalesopsError: 「agents」= 2.5 不可用：应为不小于 0 的整数
    """
    x = number(name, value, low=low)
    if x != int(x):
        raise SalesopsError(t("error.value", name=name, value=value,
                              rule=t("value.rule.whole", low=_fmt(low))))
    return int(x)
