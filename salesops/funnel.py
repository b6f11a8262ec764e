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
import itertools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .customer_table import CustomerTable, as_frame
from .errors import SalesopsError
from .labels import CATALOGUE, t
from .parsing import is_blank
from .reading import header_key

__all__ = ["FUNNEL_STAGES", "FunnelMovement", "FunnelResult", "funnel", "funnel_movement",
           "stage_code"]

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


_LOOKUP: dict[str, str] = {}
for _code in FUNNEL_STAGES:
    zh, en = CATALOGUE[f"stage.{_code}"]
    for _name in (_code, zh, en, *_SYNONYMS.get(_code, ())):
        _LOOKUP.setdefault(header_key(_name), _code)


def stage_code(value: object) -> str | None:
    """The stage code for a stage written in Chinese, English or as a code; ``None`` if blank.

    >>> stage_code("评估供应商"), stage_code("Negotiating"), stage_code("成交客户")
    ('evaluating', 'negotiating', 'won')
    """
    if is_blank(value):
        return None
    return _LOOKUP.get(header_key(value))


@dataclass
class FunnelResult:
    """Counts per stage and what needs attention.

    ``table`` has one row per stage: ``stage``, ``label``, ``count``, ``share`` (of all
    customers in the funnel), ``ratio_to_previous`` (this stage's count ÷ the count of the
    stage above, today: not a conversion rate — it exceeds 100% when a lower layer holds more
    customers; who actually moved on is :func:`funnel_movement`'s, from weekly snapshots), ``thin``
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


def funnel(customers: CustomerTable | pd.DataFrame, *, stage: str = "stage",
           thin_share: float = 0.5,
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
    customers = as_frame(customers)
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
        ratio = count / previous if previous else np.nan
        thin = bool(previous) and count < thin_share * previous
        rows.append({"stage": code, "label": t(f"stage.{code}", lang), "count": count,
                     "share": count / total if total else 0.0, "ratio_to_previous": ratio,
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


# ------------------------------------------------------------------------------------------
# movement between weekly snapshots (管理漏斗: 每周、每个月 … 让客户从一个阶段流到下一个阶段)
# ------------------------------------------------------------------------------------------
#: what happened to a customer between two snapshots
MOVES = ("to_next", "further", "stayed", "back", "gone")


@dataclass
class FunnelMovement:
    """Who moved between stages from one snapshot to the next.

    ``transitions``: one row per customer and period — ``period_start``, ``period_end``,
    ``customer_id``, ``from_stage``, ``to_stage`` (``None`` when the customer is not in the
    later snapshot) and ``move`` (one of :data:`MOVES`: ``to_next`` = from stage i to i+1,
    ``further`` = past i+1 (``won`` included), ``stayed``, ``back`` = to an earlier stage,
    ``gone`` = not in the later snapshot). ``table``: one row per period and stage — the
    customers ``at_start`` of the period in that stage, how many made each move,
    ``next_rate`` (to_next ÷ at_start: the stage-to-stage conversion of the period) and
    ``moved_on_rate`` ((to_next + further) ÷ at_start); the rows with ``period_start`` NaT
    add up all periods.
    """

    transitions: pd.DataFrame
    table: pd.DataFrame

    def summary(self, lang: str | None = None) -> str:
        total = self.table[self.table["period_start"].isna()]
        return "\n".join(t("funnel.movement_line", lang, stage=row.label, start=row.at_start,
                             moved=row.to_next, rate=_pct(row.next_rate))
                          for row in total.itertuples() if row.at_start)


def _pct(x: float) -> str:
    return "—" if pd.isna(x) else f"{x:.0%}"


def funnel_movement(snapshots, *, stage: str = "stage", key: str = "customer_id",
                    lang: str | None = None) -> FunnelMovement:
    """Stage-to-stage movement from two or more snapshots of the customer table.

    The funnel table counts who sits in each layer *now*; dividing two counts is not a
    conversion (a big layer 3 over a small layer 2 gives 180%). Movement compares the same
    customers a week apart: of the customers in stage i in one snapshot, how many are in
    stage i+1 in the next. The course manages the funnel weekly and monthly and plans how
    long moving a customer from one stage to the next takes (seed 002).

    Parameters
    ----------
    snapshots
        ``{date: DataFrame}`` or ``[(date, DataFrame), …]`` — the customer table (or 跟单记录表)
        as it was on each date, at least two; each with ``key`` and ``stage`` columns (stages
        in Chinese, English or codes). They are taken in date order.
    stage, key
        The stage column and the column identifying a customer.

    Examples
    --------
    >>> import pandas as pd
    >>> week1 = pd.DataFrame({"customer_id": ["K1", "K2", "K3", "K4"],
    ...                       "stage": ["发现问题", "发现问题", "明确问题", "明确问题"]})
    >>> week2 = pd.DataFrame({"customer_id": ["K1", "K2", "K3", "K4"],
    ...                       "stage": ["明确问题", "发现问题", "采取行动", "明确问题"]})
    >>> m = funnel_movement({"2026-11-16": week1, "2026-11-23": week2})
    >>> total = m.table[m.table["period_start"].isna()].set_index("stage")
    >>> total.loc[["problem_found", "problem_clarified"], ["at_start", "to_next", "next_rate"]]
    ... # doctest: +NORMALIZE_WHITESPACE
                       at_start  to_next  next_rate
    stage
    problem_found             2        1        0.5
    problem_clarified         2        1        0.5
    """
    from .calendar import as_date

    items = list(snapshots.items()) if isinstance(snapshots, dict) else list(snapshots)
    if len(items) < 2:
        raise SalesopsError(t("error.funnel_snapshots", lang, count=len(items)))
    dated = []
    for date, frame in items:
        missing = [c for c in (key, stage) if c not in frame.columns]
        if missing:
            raise SalesopsError(t("error.funnel_snapshot_columns", lang, date=str(date),
                                  columns=t("sep.list", lang).join(missing)))
        ids = frame[key]
        if ids.duplicated().any() or ids.isna().any():
            raise SalesopsError(t("error.funnel_snapshot_key", lang, date=str(date), column=key,
                                  values=t("sep.list", lang).join(
                                      map(str, ids[ids.duplicated() | ids.isna()].unique()[:5]))))
        dated.append((as_date(date), dict(zip(ids, frame[stage].map(stage_code), strict=True))))
    dated.sort(key=lambda item: item[0])
    order = {s: k for k, s in enumerate(FUNNEL_STAGES)}
    rows = []
    for (start, before), (end, after) in itertools.pairwise(dated):
        for cid, code in before.items():
            if code is None or code == "won":
                continue  # not in the funnel, or already a customer
            new = after.get(cid)
            if cid not in after or new is None:
                move = "gone"
            elif order[new] == order[code] + 1:
                move = "to_next"
            elif order[new] > order[code]:
                move = "further"
            elif new == code:
                move = "stayed"
            else:
                move = "back"
            rows.append({"period_start": pd.Timestamp(start), "period_end": pd.Timestamp(end),
                         "customer_id": cid, "from_stage": code, "to_stage": new,
                         "move": move})
    transitions = pd.DataFrame(rows, columns=["period_start", "period_end", "customer_id",
                                              "from_stage", "to_stage", "move"])
    table = []
    periods = [(pd.Timestamp(a), pd.Timestamp(b)) for (a, _), (b, _) in
               itertools.pairwise(dated)]
    for start, end in [*periods, (pd.NaT, pd.NaT)]:
        part = transitions if pd.isna(start) else transitions[
            transitions["period_start"] == start]
        for code in FUNNEL_STAGES[:-1]:
            moves = part.loc[part["from_stage"] == code, "move"].value_counts()
            at_start = int(moves.sum())
            counts = {m: int(moves.get(m, 0)) for m in MOVES}
            table.append({"period_start": start, "period_end": end, "stage": code,
                          "label": t(f"stage.{code}", lang), "at_start": at_start, **counts,
                          "next_rate": counts["to_next"] / at_start if at_start else np.nan,
                          "moved_on_rate": (counts["to_next"] + counts["further"]) / at_start
                          if at_start else np.nan})
    return FunnelMovement(transitions=transitions, table=pd.DataFrame(table))
