"""ABC classification of customers (COURSE.md §2: 80% of revenue comes from 20% of customers).

Rules, each tested:

* customers are ranked by value, largest first; **a customer is A when the cumulative share of
  the customers before it is below the A cut-off** (default 80%), B when it is below the B
  cut-off (default 95%), otherwise C. So the customer that crosses 80% is still A, and a lone
  customer is A;
* **tied values never split**: a run of equal values takes the class of its first member;
* **zero is C**; **missing values get no class** (``<NA>``) and are reported in a warning
  naming their rows — never silently C; **negative values are an error** unless
  ``allow_negative=True`` (then they are C and count nothing towards the total);
* all-equal values form one class (A);
* cut-offs are decided in **exact arithmetic**: amounts are scaled to whole numbers (cents, or
  the fewest decimals that represent every value) and compared with the cut-off as a fraction,
  so 80 of 100 sits exactly on 80% and is B, whatever float noise would say.

Modes (``basis``): ``"value"`` — cumulative share of value (default cut-offs 0.80, 0.95);
``"count"`` — cumulative share of customers (default 0.20, 0.50: top 20%, next 30%);
``"amount"`` — fixed amount thresholds (A ≥ first, B ≥ second). ``by=`` classifies within each
owner or region.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"name": list("abcde"), "annual_sales": [50, 30, 10, 6, 4]})
>>> classify_abc(df)[["name", "abc_cum_share", "abc_class"]].values.tolist()
[['a', 0.5, 'A'], ['b', 0.8, 'A'], ['c', 0.9, 'B'], ['d', 0.96, 'B'], ['e', 1.0, 'C']]
"""

from __future__ import annotations

import itertools
import warnings
from fractions import Fraction

import numpy as np
import pandas as pd

from .customer_table import CustomerTable, as_frame, distinct, reading_of
from .errors import SalesopsError
from .labels import t

__all__ = ["ABC_CLASSES", "ABCWarning", "abc_summary", "classify_abc", "with_classes"]

ABC_CLASSES = ("A", "B", "C")
_DEFAULT_CUTOFFS = {"value": (0.80, 0.95), "count": (0.20, 0.50)}
_INT_LIMIT = 2**62


class ABCWarning(UserWarning):
    """Some customers could not be classified (missing values)."""


def _exact_fraction(x: float) -> Fraction:
    """0.8 → 4/5 (the decimal the person typed, not the binary float)."""
    return Fraction(repr(float(x)))


def _as_integers(values: np.ndarray) -> np.ndarray:
    """Scale non-negative amounts to exact whole numbers (fewest decimals, at most 6).

    Values with more than 6 decimals are compared at micro-unit precision.
    """
    total = float(values.sum()) if len(values) else 0.0
    for decimals in range(7):
        factor = 10.0**decimals
        scaled = np.round(values * factor)
        if total * factor >= _INT_LIMIT:
            break
        if decimals == 6 or np.array_equal(scaled / factor, values):
            return scaled.astype(np.int64)
    # astronomically large totals: drop precision until the sum fits in int64
    factor = _INT_LIMIT / max(total, 1.0)
    return np.floor(values * factor).astype(np.int64)


def _classes_for_sorted(values: np.ndarray, cutoffs: tuple[float, float], basis: str
                        ) -> np.ndarray:
    """Class index (0=A, 1=B, 2=C) for values sorted descending, all finite and ≥ 0."""
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=np.int8)
    if basis == "amount":
        a_min, b_min = cutoffs
        cls = np.where(values >= a_min, 0, np.where(values >= b_min, 1, 2)).astype(np.int8)
        cls[values == 0] = 2
        return cls
    if basis == "count":
        before = np.arange(n, dtype=np.int64)  # customers before each one
        total = n
    else:
        ints = _as_integers(values)
        before = np.concatenate(([0], np.cumsum(ints[:-1])))
        total = int(ints.sum())
    cls = np.full(n, 2, dtype=np.int8)
    if total > 0:
        for k, cut in enumerate(cutoffs):
            f = _exact_fraction(cut)
            # before * den < num * total  ⇔  before < ceil(num * total / den)
            threshold = -(-(f.numerator * total) // f.denominator)
            m = int(np.searchsorted(before, threshold, side="left"))
            cls[:m] = np.minimum(cls[:m], k)
    # ties never split: a run of equal values takes the class of its first member
    starts = np.concatenate(([True], values[1:] != values[:-1]))
    cls = cls[np.flatnonzero(starts)[np.cumsum(starts) - 1]]
    cls[values == 0] = 2
    return cls


def _check_cutoffs(cutoffs: tuple[float, float], basis: str) -> tuple[float, float]:
    if len(cutoffs) != 2:
        raise SalesopsError(t("error.abc_cutoffs", cutoffs=cutoffs))
    a, b = (float(c) for c in cutoffs)
    if basis == "amount":
        if not (a >= b >= 0):
            raise SalesopsError(t("error.abc_cutoffs", cutoffs=cutoffs))
    elif not (0 < a <= b <= 1):
        raise SalesopsError(t("error.abc_cutoffs", cutoffs=cutoffs))
    return a, b


def classify_abc(customers: CustomerTable | pd.DataFrame, value: str = "annual_sales",
                 cutoffs: tuple[float, float] | None = None, basis: str = "value",
                 by: str | list[str] | None = None, *, allow_negative: bool = False
                 ) -> pd.DataFrame:
    """Add ``abc_rank``, ``abc_share``, ``abc_cum_share`` and ``abc_class`` to a copy of the
    table's rows.

    Parameters
    ----------
    customers
        The customer table (not modified; a :class:`~salesops.CustomerTable` or a DataFrame);
        rows keep their order and index. Messages name the person's own header of ``value``.
        A customer entered twice (the reading report's duplicates) is one row, counted once
        (:func:`~salesops.customer_table.distinct`).
    value
        Column to classify by, e.g. ``annual_sales`` (purchase volume, COURSE.md §2).
    cutoffs
        ``(A, B)``: cumulative shares for ``basis="value"`` (default ``(0.80, 0.95)``) and
        ``"count"`` (default ``(0.20, 0.50)``), or minimum amounts for ``"amount"``.
    basis
        ``"value"``, ``"count"`` or ``"amount"`` (see the module docstring for the rules).
    by
        Column(s) to classify within, e.g. ``"owner"`` or ``"district"``.
    allow_negative
        Treat negative values (returns, credit notes) as C instead of raising.

    Returns
    -------
    DataFrame
        ``abc_rank`` (1 = largest; ties share the smallest rank), ``abc_share`` (value ÷ total
        of its group), ``abc_cum_share`` (share of this customer and all ranked before it; for
        ``basis="count"`` the share of customers), ``abc_class`` (``A``/``B``/``C``, ``<NA>``
        when the value is missing).

    Raises
    ------
    SalesopsError
        Unknown column or basis, bad cut-offs, or negative values without ``allow_negative``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"annual_sales": [80, 20]})
    >>> classify_abc(df)["abc_class"].tolist()  # 80 of 100 is exactly 80%: the second is B
    ['A', 'B']
    >>> classify_abc(pd.DataFrame({"annual_sales": [5, 5, 5]}))["abc_class"].tolist()
    ['A', 'A', 'A']
    """
    if basis not in ("value", "count", "amount"):
        raise SalesopsError(t("error.abc_basis", basis=basis))
    customers = distinct(customers)
    df, header = as_frame(customers), reading_of(customers).header
    if value not in df.columns:
        raise SalesopsError(t("error.missing_columns", columns=value))
    if cutoffs is None:
        if basis == "amount":
            raise SalesopsError(t("error.abc_cutoffs", cutoffs=None))
        cutoffs = _DEFAULT_CUTOFFS[basis]
    cutoffs = _check_cutoffs(cutoffs, basis)
    values = pd.to_numeric(df[value], errors="coerce").to_numpy(dtype="float64", copy=True)
    bad = ~np.isfinite(values) & df[value].notna().to_numpy()
    missing = np.isnan(values)
    if len(values) and missing.all():  # no column of sales in the file, or all of it empty
        raise SalesopsError(t("error.abc_no_values", column=header(value),
                              rows=len(values)))
    negative = values < 0
    rows = _row_labels(df)
    if negative.any() and not allow_negative:
        shown = t("sep.list").join(str(r) for r in rows[negative][:10])
        raise SalesopsError(t("error.abc_negative", column=header(value), rows=shown,
                              count=int(negative.sum())))
    if missing.any():
        shown = t("sep.list").join(str(r) for r in rows[missing][:10])
        warnings.warn(t("warn.abc_missing", column=header(value), rows=shown,
                        count=int(missing.sum()), bad=int(bad.sum())), ABCWarning,
                      stacklevel=2)
    groups = _group_codes(df, by)
    n = len(df)
    rank = np.zeros(n, dtype=np.int64)
    share = np.full(n, np.nan)
    cum_share = np.full(n, np.nan)
    cls = np.full(n, -1, dtype=np.int8)
    usable = ~missing
    positive_part = np.where(negative, 0.0, values)
    # one stable sort over (group, -value) handles every group at once
    order = np.lexsort((np.arange(n), -positive_part, groups))
    order = order[usable[order]]
    g_sorted = groups[order]
    bounds = np.flatnonzero(np.concatenate(([True], g_sorted[1:] != g_sorted[:-1], [True])))
    for lo, hi in itertools.pairwise(bounds):
        idx = order[lo:hi]
        v = positive_part[idx]
        neg = negative[idx]
        c = _classes_for_sorted(v, cutoffs, basis)
        c[neg] = 2
        cls[idx] = c
        total = v.sum()
        size = len(v)
        share[idx] = v / total if total > 0 else 0.0
        if basis == "count":
            cum_share[idx] = np.arange(1, size + 1) / size
        else:
            cum_share[idx] = np.cumsum(v) / total if total > 0 else 0.0
        starts = np.concatenate(([True], v[1:] != v[:-1]))
        first = np.flatnonzero(starts)[np.cumsum(starts) - 1]
        rank[idx] = first + 1
    out = df.copy()
    out["abc_rank"] = pd.array(np.where(usable, rank, 0), dtype="Int64")
    out.loc[~usable, "abc_rank"] = pd.NA
    out["abc_share"] = share
    out["abc_cum_share"] = cum_share
    labels = np.array((*ABC_CLASSES, ""), dtype=object)[np.where(cls < 0, 3, cls)]
    out["abc_class"] = pd.array(np.where(cls < 0, None, labels), dtype="string")
    return out


def with_classes(customers: CustomerTable | pd.DataFrame) -> pd.DataFrame:
    """The table's rows with ABC classes: classes a person set (other cut-offs, by owner) are
    kept; otherwise the course's 80/95 split by ``annual_sales`` (:func:`classify_abc`).

    >>> import pandas as pd
    >>> with_classes(pd.DataFrame({"annual_sales": [80, 20]}))["abc_class"].tolist()
    ['A', 'B']
    """
    df = as_frame(distinct(customers))
    return df if "abc_class" in df.columns else classify_abc(customers)


def _row_labels(df: pd.DataFrame) -> np.ndarray:
    if df.index.name == "excel_row":
        return df.index.to_numpy()
    return np.arange(2, 2 + len(df))


def _group_codes(df: pd.DataFrame, by: str | list[str] | None) -> np.ndarray:
    if by is None:
        return np.zeros(len(df), dtype=np.int64)
    cols = [by] if isinstance(by, str) else list(by)
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SalesopsError(t("error.missing_columns", columns=t("sep.list").join(missing)))
    return df.groupby(cols, dropna=False, sort=True).ngroup().to_numpy()


def abc_summary(classified: pd.DataFrame, value: str = "annual_sales") -> pd.DataFrame:
    """Customers and value per class: ``abc_class``, ``customers``, ``customer_share``,
    ``value``, ``value_share`` (rows A, B, C).

    Examples
    --------
    >>> import pandas as pd
    >>> df = classify_abc(pd.DataFrame({"annual_sales": [50, 30, 10, 6, 4]}))
    >>> abc_summary(df)[["abc_class", "customers", "value_share"]].values.tolist()
    [['A', 2, 0.8], ['B', 2, 0.16], ['C', 1, 0.04]]
    """
    values = pd.to_numeric(classified[value], errors="coerce").clip(lower=0)
    frame = pd.DataFrame({"abc_class": classified["abc_class"], "v": values}).dropna(
        subset=["abc_class"])
    grouped = frame.groupby("abc_class")["v"].agg(["size", "sum"]).reindex(list(ABC_CLASSES),
                                                                          fill_value=0)
    total_n, total_v = grouped["size"].sum(), grouped["sum"].sum()
    return pd.DataFrame({
        "abc_class": list(ABC_CLASSES),
        "customers": grouped["size"].astype(int).to_numpy(),
        "customer_share": (grouped["size"] / total_n if total_n else grouped["size"] * 0.0
                           ).round(6).to_numpy(),
        "value": grouped["sum"].to_numpy(),
        "value_share": (grouped["sum"] / total_v if total_v else grouped["sum"] * 0.0
                        ).round(6).to_numpy(),
    })
