"""The sales funnel (漏斗管理系统, COURSE.md §4).

Prospects move through the customer's decision stages: satisfied → discovers a problem →
problem clarified → takes action → evaluates suppliers → negotiates → decides/implements, and
then buy (成交客户). The funnel shows how many customers sit in each layer and warns when a layer
is thin ("layer 3 is fine, layer 4 is too small: move layer-3 customers down"); it is managed
weekly and monthly.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"stage": ["发现问题"] * 10 + ["明确问题"] * 6 + ["采取行动"] * 1})
>>> result = funnel(df)
>>> result.table.loc[result.table["stage"] == "taking_action", ["count", "thin"]].values.tolist()
[[1, True]]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import SalesopsError
from .labels import CATALOGUE, t
from .parsing import is_blank, to_halfwidth

__all__ = ["FUNNEL_STAGES", "FunnelResult", "funnel", "stage_code"]

#: decision stages in order (COURSE.md §4), then "won" (成交客户) for customers who buy
FUNNEL_STAGES = ("satisfied", "problem_found", "problem_clarified", "taking_action",
                 "evaluating", "negotiating", "decided", "won")
_SYNONYMS = {
    "satisfied": ("满意", "满意现状", "现状满意"),
    "problem_found": ("发现问题",),
    "problem_clarified": ("明确问题", "问题明确"),
    "taking_action": ("采取行动", "行动"),
    "evaluating": ("评估供应商", "评估", "比较供应商"),
    "negotiating": ("谈判", "商务谈判", "议价"),
    "decided": ("决定", "决定实施", "决定/实施", "实施", "签约"),
    "won": ("成交", "成交客户", "已成交", "老客户", "客户", "customer", "closed won"),
}


def _key(text: object) -> str:
    return to_halfwidth(str(text)).strip().lower().replace(" ", "").replace("_", "")


_LOOKUP: dict[str, str] = {}
for _code in FUNNEL_STAGES:
    zh, en = CATALOGUE[f"stage.{_code}"]
    for _name in (_code, zh, en, *_SYNONYMS.get(_code, ())):
        _LOOKUP.setdefault(_key(_name), _code)


def stage_code(value: object) -> str | None:
    """The stage code for a stage written in Chinese, English or as a code; ``None`` if blank.

    >>> stage_code("评估供应商"), stage_code("Negotiating"), stage_code("成交客户")
    ('evaluating', 'negotiating', 'won')
    """
    if is_blank(value):
        return None
    return _LOOKUP.get(_key(value))


@dataclass
class FunnelResult:
    """Counts per stage and what needs attention.

    ``table`` has one row per stage: ``stage``, ``label``, ``count``, ``share`` (of all
    customers in the funnel), ``conversion`` (count ÷ count of the stage above), ``thin``
    (below ``thin_share`` of the stage above), ``stale`` (customers with no contact for
    ``stale_days``), ``value`` and ``weighted_value`` (value × the stage's probability).
    ``stale`` lists those customers; ``unknown`` the rows whose stage is not a funnel stage.
    """

    table: pd.DataFrame
    stale: pd.DataFrame
    unknown: pd.DataFrame
    thin_share: float
    stale_days: int
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{row.label}: {row.count}" + (" ⚠" if row.thin else "")
                 for row in self.table.itertuples()]
        return "\n".join(lines + self.warnings)

    def _repr_html_(self) -> str:
        return self.table.to_html(index=False) + "".join(f"<p>⚠ {w}</p>"
                                                         for w in self.warnings)


def funnel(customers: pd.DataFrame, *, stage: str = "stage", thin_share: float = 0.5,
           stale_days: int = 30, probabilities: dict[str, float] | None = None,
           value: str | None = None, today: dt.date | None = None, include_won: bool = False,
           lang: str | None = None) -> FunnelResult:
    """Count customers per funnel stage and flag thin stages and stale customers.

    Parameters
    ----------
    customers
        Table with a ``stage`` column (Chinese, English or codes; see :data:`FUNNEL_STAGES`).
    thin_share
        A stage is *thin* when it holds fewer than ``thin_share`` × the customers of the
        stage above it (default 0.5).
    stale_days
        Customers whose ``last_contact_date`` is more than this many days before ``today``
        (or missing) are *stale* in their stage.
    probabilities
        Chance of closing per stage code, e.g. ``{"negotiating": 0.6}``; gives
        ``weighted_value`` (pipeline value).
    value
        Column with the expected deal value (default ``deal_value`` if present, else
        ``annual_sales``).
    include_won
        Also show the 成交客户 layer below the decision stages.
    """
    if stage not in customers.columns:
        raise SalesopsError(t("error.missing_columns", columns=stage))
    if not 0 < thin_share <= 1:
        raise SalesopsError(t("error.funnel_share", value=thin_share))
    today = today or dt.date.today()
    codes = customers[stage].map(stage_code)
    raw = customers[stage]
    unknown = customers[codes.isna() & raw.map(lambda v: not is_blank(v))]
    value = value or ("deal_value" if "deal_value" in customers.columns else "annual_sales")
    values = (pd.to_numeric(customers[value], errors="coerce").fillna(0.0)
              if value in customers.columns else pd.Series(0.0, index=customers.index))
    probabilities = probabilities or {}
    stages = [s for s in FUNNEL_STAGES if include_won or s != "won"]
    last = (pd.to_datetime(customers["last_contact_date"]) if "last_contact_date" in
            customers.columns else pd.Series(pd.NaT, index=customers.index))
    cutoff = pd.Timestamp(today) - pd.Timedelta(days=stale_days)
    is_stale = last.isna() | (last < cutoff)
    rows, warnings_ = [], []
    total = int(codes.isin(stages).sum())
    previous = None
    for code in stages:
        mask = codes == code
        count = int(mask.sum())
        conversion = count / previous if previous else np.nan
        thin = bool(previous) and count < thin_share * previous
        rows.append({"stage": code, "label": t(f"stage.{code}", lang), "count": count,
                     "share": count / total if total else 0.0, "conversion": conversion,
                     "thin": thin, "stale": int((mask & is_stale).sum()),
                     "value": float(values[mask].sum()),
                     "weighted_value": float(values[mask].sum() * probabilities.get(code, 0))})
        if thin:
            warnings_.append(t("warn.funnel_thin", lang, stage=t(f"stage.{code}", lang),
                               count=count, above=t(f"stage.{stages[stages.index(code) - 1]}",
                                                    lang), above_count=previous))
        previous = count
    in_funnel = codes.isin([s for s in stages if s != "won"])
    stale = customers[in_funnel & is_stale].assign(stage_code=codes[in_funnel & is_stale])
    return FunnelResult(table=pd.DataFrame(rows), stale=stale, unknown=unknown,
                        thin_share=thin_share, stale_days=stale_days, warnings=warnings_)
