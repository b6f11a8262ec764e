"""KPIs and retention: keeping customers, their lifetime and value, and whether it is improving.

The course's numbers (seeds 001, 003, 004; COURSE.md §8–9):

* **retention** — of the customers who bought last period, the share who bought again (who
  bought in both); **churn** = 1 − retention (004: 保持客户率是否有所增加？);
* **expected lifetime = 1 ÷ churn**: the typical churn of **20%** gives **5 years**; at **10%**
  the customer stays **10 years** and the lifetime value **doubles** (001);
* **lifetime value** = annual revenue × margin × lifetime (undiscounted, the course's model);
* **winning vs keeping**: a new customer costs **6×** keeping one — US$118 against US$19
  (001, 美国管理学会; 003: 开发一个新顾客是维护一个老顾客成本的6倍); winning one back from a
  competitor costs 3–10× (004);
* **+5% retention → +25% profit** (001, a US survey), applied pro rata by
  :func:`profit_after_retention` — a rule of thumb, not a model (the same page reports +120%
  for credit-card firms);
* **service standards are SMART** and measured (004: greet in a store within half a minute;
  003: greet online within 10 s, acknowledge e-mail within 24 h);
* **period over period** (004): has the closing rate risen, what did it cost, is it improving?

Examples
--------
>>> expected_lifetime(0.2), expected_lifetime(0.1)
(5.0, 10.0)
>>> lifetime_value(10_000, 0.3, 0.1) / lifetime_value(10_000, 0.3, 0.2)
2.0
>>> round(CustomerCosts().ratio, 1)
6.2
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import parsing
from .errors import SalesopsError
from .labels import KPI_PERIOD_COLUMNS, KPI_PERIOD_SYNONYMS, language, t
from .logs import LogTable, already_read, read_log
from .reading import header_key, header_lookup
from .validation import number, share

__all__ = ["SERVICE_STANDARDS", "CustomerCosts", "KpiReport", "PeriodComparison",
           "RetentionResult", "RetentionRule", "compare_periods", "cost_comparison",
           "expected_lifetime", "kpi_report", "lifetime_table", "lifetime_value",
           "profit_after_retention", "read_periods", "rep_conversion", "retention",
           "service_standards"]


# ------------------------------------------------------------------------------------------
# lifetime and lifetime value (001)
# ------------------------------------------------------------------------------------------
def expected_lifetime(churn_rate: float) -> float:
    """Expected years a customer stays: 1 ÷ yearly churn (001: 20% → 5, 10% → 10 years).

    >>> expected_lifetime(0.25)
    4.0
    """
    return 1.0 / share("churn_rate", churn_rate)


def lifetime_value(annual_revenue: float, margin: float, churn_rate: float) -> float:
    """Lifetime value = annual revenue × margin × expected lifetime (undiscounted).

    >>> lifetime_value(10_000, 0.3, 0.2)   # 3,000 a year for 5 years
    15000.0
    """
    return (number("annual_revenue", annual_revenue) * share("margin", margin, zero=True)
            * expected_lifetime(churn_rate))


def lifetime_table(churn_rates=(0.2, 0.1), *, annual_revenue: float = 10_000,
                   margin: float = 0.3) -> pd.DataFrame:
    """Lifetime and lifetime value for each churn rate, against the first (001's 20% vs 10%).

    >>> lifetime_table()[["churn_rate", "lifetime_years", "versus_first"]].values.tolist()
    [[0.2, 5.0, 1.0], [0.1, 10.0, 2.0]]
    """
    rows = [{"churn_rate": float(c), "lifetime_years": expected_lifetime(c),
             "annual_revenue": float(annual_revenue), "margin": float(margin),
             "lifetime_value": lifetime_value(annual_revenue, margin, c)} for c in churn_rates]
    table = pd.DataFrame(rows, columns=["churn_rate", "lifetime_years", "annual_revenue",
                                        "margin", "lifetime_value"])
    first = table["lifetime_value"].iloc[0] if len(table) else np.nan
    table["versus_first"] = table["lifetime_value"] / first if first else np.nan
    return table


# ------------------------------------------------------------------------------------------
# winning vs keeping (001, 003, 004)
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CustomerCosts:
    """What it costs to keep a customer and to win a new one (001: US$19 and US$118).

    >>> CustomerCosts(keep_cost=100, win_cost=600).ratio
    6.0
    """

    keep_cost: float = 19.0
    win_cost: float = 118.0
    currency: str = "US$"

    def __post_init__(self) -> None:
        number("keep_cost", self.keep_cost, above=True)
        number("win_cost", self.win_cost)

    @property
    def ratio(self) -> float:
        """Winning ÷ keeping: 118 ÷ 19 = 6.2, the course's "6 times"."""
        return self.win_cost / self.keep_cost

    def money(self, value: float) -> str:
        return f"{self.currency}{value:,.0f}"


def cost_comparison(lost_customers: int, costs: CustomerCosts | None = None) -> dict:
    """Replacing lost customers with new ones against keeping them.

    >>> cost_comparison(50)["replace_cost"], cost_comparison(50)["keep_all_cost"]
    (5900.0, 950.0)
    """
    costs = costs or CustomerCosts()
    n = number("lost_customers", lost_customers)
    return {"keep_cost": costs.keep_cost, "win_cost": costs.win_cost, "ratio": costs.ratio,
            "currency": costs.currency, "lost_customers": int(n),
            "replace_cost": n * costs.win_cost, "keep_all_cost": n * costs.keep_cost}


# ------------------------------------------------------------------------------------------
# +5% retention → +25% profit (001)
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetentionRule:
    """The course's rule of thumb: ``retention_points`` more customers kept raise profit by
    ``profit_uplift`` (001: 5% → 25%), applied in proportion."""

    retention_points: float = 0.05
    profit_uplift: float = 0.25

    def __post_init__(self) -> None:
        share("retention_points", self.retention_points)
        number("profit_uplift", self.profit_uplift)


def profit_after_retention(profit: float, retention_increase: float = 0.05,
                           rule: RetentionRule | None = None) -> dict:
    """Profit after keeping ``retention_increase`` more customers (0.05 = 5 points).

    Rule (001, 美国的调查): +5% retention → +25% profit, i.e. profit rise = increase × 25% ÷ 5%.

    >>> r = profit_after_retention(1_000_000, 0.05)
    >>> r["uplift"], r["profit_after"]
    (0.25, 1250000.0)
    >>> profit_after_retention(1_000_000, 0.02)["uplift"]
    0.1
    """
    rule = rule or RetentionRule()
    increase = share("retention_increase", retention_increase, zero=True)
    uplift = round(increase / rule.retention_points * rule.profit_uplift, 12)
    profit = float(profit)
    return {"profit_before": profit, "retention_increase": increase, "uplift": uplift,
            "profit_after": profit * (1 + uplift)}


# ------------------------------------------------------------------------------------------
# retention from two periods (004)
# ------------------------------------------------------------------------------------------
@dataclass
class RetentionResult:
    """Who bought last period and again this period.

    ``kept``, ``lost`` and ``new`` are the customers (IDs or names) in each group;
    ``retention_rate`` = kept ÷ bought last period, ``churn_rate`` = 1 − retention,
    ``lifetime_years`` = 1 ÷ churn (``inf`` when nobody was lost).
    """

    kept: list
    lost: list
    new: list
    lang: str | None = None

    @property
    def before(self) -> int:
        return len(self.kept) + len(self.lost)

    @property
    def retention_rate(self) -> float:
        return len(self.kept) / self.before if self.before else float("nan")

    @property
    def churn_rate(self) -> float:
        return len(self.lost) / self.before if self.before else float("nan")

    @property
    def lifetime_years(self) -> float:
        churn = self.churn_rate
        return float("nan") if math.isnan(churn) else (float("inf") if churn == 0
                                                       else 1 / churn)

    def as_dict(self) -> dict:
        return {"customers_before": self.before, "kept": len(self.kept),
                "lost": len(self.lost), "new": len(self.new),
                "retention_rate": _finite(self.retention_rate),
                "churn_rate": _finite(self.churn_rate),
                "lifetime_years": _finite(self.lifetime_years)}

    def summary(self) -> str:
        return t("kpi.retention_line", self.lang, before=self.before, kept=len(self.kept),
                 retention=_pct(self.retention_rate), churn=_pct(self.churn_rate),
                 years=_num(self.lifetime_years), new=len(self.new))


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _pct(x: float) -> str:
    return "—" if not math.isfinite(x) else f"{x:.0%}"


def _num(x: float) -> str:
    if math.isinf(x):
        return "∞"
    return "—" if math.isnan(x) else f"{x:.1f}".removesuffix(".0")


def _buyers(table: pd.DataFrame | str | os.PathLike, which: str) -> list:
    from .customer_table import as_frame
    from .customers import read_customers

    table = as_frame(table)
    canonical = isinstance(table, pd.DataFrame) and {"customer_id", "name"} & set(table.columns)
    read = None if canonical else read_customers(table)  # headers mapped as for customers
    frame = table if read is None else read.data
    # IDs made from the names (the table had none) are names in disguise: match by name
    order = ("name", "customer_id") if read is not None and read.reading.generated_ids else (
        "customer_id", "name")
    present = [c for c in order if c in frame.columns]
    key = next((c for c in present if frame[c].notna().any()), present[0] if present else None)
    if key is None:
        raise SalesopsError(t("error.kpi_no_customer_column", which=which))
    bought = frame[key].notna()
    if "annual_sales" in frame.columns and frame["annual_sales"].notna().any():
        bought &= pd.to_numeric(frame["annual_sales"], errors="coerce").fillna(0) > 0
    return list(dict.fromkeys(str(v).strip() for v in frame.loc[bought, key]))


def retention(before: pd.DataFrame | str | os.PathLike,
              after: pd.DataFrame | str | os.PathLike, *,
              lang: str | None = None) -> RetentionResult:
    """Retention and churn from two periods' customer tables: who bought in both.

    A customer bought in a period when it is in that period's table (with ``annual_sales``
    above zero, when the table has sales). Customers are matched by ``customer_id``, or by
    name when there are no IDs.

    Examples
    --------
    >>> import pandas as pd
    >>> last = pd.DataFrame({"customer_id": ["C1", "C2", "C3", "C4", "C5"]})
    >>> this = pd.DataFrame({"customer_id": ["C1", "C2", "C3", "C4", "C9"]})
    >>> r = retention(last, this)
    >>> r.retention_rate, r.churn_rate, r.lifetime_years, r.new
    (0.8, 0.2, 5.0, ['C9'])
    """
    first, second = _buyers(before, "before"), _buyers(after, "after")
    now = set(second)
    earlier = set(first)
    return RetentionResult(kept=[c for c in first if c in now],
                           lost=[c for c in first if c not in now],
                           new=[c for c in second if c not in earlier], lang=lang)


# ------------------------------------------------------------------------------------------
# SMART service standards (003, 004)
# ------------------------------------------------------------------------------------------
#: code -> (target, unit): the course's examples of SMART service standards
SERVICE_STANDARDS: dict[str, tuple[float, str]] = {
    "store_greeting": (30, "seconds"),   # 004: 半分钟内咨询其是否需要帮助
    "online_reply": (10, "seconds"),     # 003: 十秒内必须先有问候
    "email_ack": (24, "hours"),          # 003: 24 小时内向发件人确认收到邮件
}


def service_standards(actuals: dict[str, float] | None = None, *,
                      lang: str | None = None) -> pd.DataFrame:
    """The SMART standards sheet: standard, measure, target, unit, actual, met?

    ``actuals`` maps a code of :data:`SERVICE_STANDARDS` to what was measured (e.g. the median
    first reply of :func:`salesops.service_summary`); met = actual ≤ target.

    >>> service_standards({"online_reply": 15.5})[["code", "target", "met"]].values.tolist()
    [['store_greeting', 30, None], ['online_reply', 10, False], ['email_ack', 24, None]]
    """
    actuals = actuals or {}
    with language(lang):
        rows = []
        for code, (target, unit) in SERVICE_STANDARDS.items():
            actual = actuals.get(code)
            actual = None if actual is None or parsing.is_blank(actual) else float(actual)
            rows.append({"code": code, "standard": t(f"kpi.standard.{code}"),
                         "measure": t(f"kpi.measure.{code}"), "target": target,
                         "unit": t(f"unit.{unit}"), "actual": actual,
                         "met": None if actual is None else actual <= target})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------
# period over period (004)
# ------------------------------------------------------------------------------------------
_PERIOD_LOOKUP = header_lookup(KPI_PERIOD_COLUMNS, KPI_PERIOD_SYNONYMS)
_PERIOD_PROBLEMS = {"bad_number": "error", "unknown_column": "warning"}
_NUMBERS = ("contacts", "orders", "cost", "customers_start", "customers_kept")


def read_periods(source: str | os.PathLike | pd.DataFrame | LogTable, sheet: str | None = None
                 ) -> LogTable:
    """Read a period table (期间, 接待/联系数, 成交单数, 费用[, 期初老顾客, 仍在购买]).

    Parameters
    ----------
    source
        A ``.xlsx``/``.csv`` path or a DataFrame, one row per period; Chinese or English
        headers with synonyms (月份, 咨询量, 成交 …). A :class:`~salesops.logs.LogTable` this
        function returned is returned as it is: it is read already.
    sheet
        Sheet of a workbook; by default the first with a recognisable header.

    Returns
    -------
    LogTable
        ``data``: ``period``, ``contacts``, ``orders``, ``cost``, ``customers_start``,
        ``customers_kept`` (numbers), then the user's other columns; index = Excel row.
        ``problems()``: numbers that cannot be read, with the file, row and header.

    Raises
    ------
    SalesopsError
        No column for the period, the contacts or the orders.

    Examples
    --------
    >>> import pandas as pd
    >>> periods = read_periods(pd.DataFrame({"月份": ["7月", "8月"], "咨询量": ["260", "很多"],
    ...                                      "成交": [78, 80], "费用": ["1,500元", 0]}))
    >>> periods.data[["contacts", "cost"]].values.tolist()
    [[260.0, 1500.0], [nan, 0.0]]
    >>> periods.problems()[["row", "column", "problem"]].values.tolist()
    [[3, '咨询量', 'bad_number']]
    """
    if already_read(source, "periods"):
        return source
    reading = read_log(source, sheet, lookup=_PERIOD_LOOKUP, severities=_PERIOD_PROBLEMS,
                       label_prefix="kpi.col", kind="periods", is_header=lambda cells: len(
                           {_PERIOD_LOOKUP.get(header_key(c)) for c in cells} - {None}) >= 3)
    missing = [k for k in ("period", "contacts", "orders") if k not in reading.by_key]
    if missing:
        raise SalesopsError(t("error.kpi_periods", columns=t("sep.list").join(
            t(f"kpi.col.{k}") for k in missing)))
    frame = pd.DataFrame({"period": [parsing.normalise_text(v)
                                     for v in reading.values("period")]},
                         index=reading.raw.index)
    for key in _NUMBERS:
        numbers = []
        for pos, value in enumerate(reading.values(key)):
            amount, note = parsing.parse_amount(value)
            if note == "bad_number":
                reading.add(pos, key, value, note)
            numbers.append(amount)
        frame[key] = pd.Series(numbers, index=frame.index, dtype="float64")
    return reading.finish(frame)


@dataclass
class PeriodComparison:
    """Each period against the one before (004's questions).

    ``table``: ``period``, ``contacts``, ``orders``, ``closing_rate`` (orders ÷ contacts),
    ``closing_rate_change`` (percentage points), ``cost``, ``cost_per_extra_order`` (extra
    cost ÷ extra orders against the previous period), ``retention`` (kept ÷ customers at the
    start, when given), ``retention_change``, ``improving`` (closing rate above the previous
    period's). ``streak``: how many periods in a row the closing rate has risen.
    """

    table: pd.DataFrame
    problems: pd.DataFrame
    lang: str | None = None

    @property
    def streak(self) -> int:
        n = 0
        for up in reversed(self.table["improving"].tolist()):
            if up is not True:
                break
            n += 1
        return n

    def summary(self) -> str:
        lines = []
        for r in self.table.itertuples():
            change = ("—" if pd.isna(r.closing_rate_change)
                      else t("kpi.points", self.lang, value=f"{r.closing_rate_change * 100:+.1f}"))
            per_order = (t("kpi.per_order", self.lang, value=f"{r.cost_per_extra_order:,.0f}")
                         if not pd.isna(r.cost_per_extra_order)
                         else t("kpi.no_extra_orders", self.lang))
            lines.append(t("kpi.period_line", self.lang, period=r.period,
                           rate=_pct(r.closing_rate), change=change,
                           cost="—" if pd.isna(r.cost) else f"{r.cost:,.0f}",
                           per_order=per_order))
        if len(self.table) > 1:
            lines.append(t("kpi.trend_up", self.lang, n=self.streak) if self.streak
                         else t("kpi.trend_not_up", self.lang))
        return "\n".join(lines)


def compare_periods(periods: LogTable | pd.DataFrame | str | os.PathLike, *,
                    lang: str | None = None) -> PeriodComparison:
    """Closing rate, its change and cost, and retention, period over period (004).

    ``periods`` is what :func:`read_periods` returned (a path or a plain DataFrame is read
    through it first; a table already read is not read again). The result's ``problems`` are
    its reading problems (in ``lang``).

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"period": ["7月", "8月"], "contacts": [200, 200],
    ...                   "orders": [40, 50], "cost": [1000, 3000]})
    >>> c = compare_periods(p)
    >>> c.table[["closing_rate", "cost_per_extra_order", "improving"]].values.tolist()[1]
    [0.25, 200.0, True]
    """
    periods = read_periods(periods)
    table = periods.data.reset_index(drop=True).copy()
    for key in _NUMBERS:
        if key not in table.columns:
            table[key] = np.nan
    contacts = table["contacts"].where(table["contacts"] > 0)
    table["closing_rate"] = table["orders"] / contacts
    table["closing_rate_change"] = table["closing_rate"].diff()
    extra_orders = table["orders"].diff()
    extra_cost = table["cost"].diff()
    table["cost_per_extra_order"] = (extra_cost / extra_orders).where(extra_orders > 0)
    start = table["customers_start"].where(table["customers_start"] > 0)
    table["retention"] = table["customers_kept"] / start
    table["retention_change"] = table["retention"].diff()
    table["improving"] = [None if pd.isna(ch) else bool(ch > 0)
                          for ch in table["closing_rate_change"]]
    return PeriodComparison(table=table, problems=periods.problems(lang=lang), lang=lang)


# ------------------------------------------------------------------------------------------
# conversion per rep: from the 跟单记录表 and the 电销日报 people filled in (002, 003)
# ------------------------------------------------------------------------------------------
#: stages of the funnel that count as a deal (决定/实施, 成交)
WON_STAGES = ("decided", "won")
REP_COLUMNS = ["owner", "dials", "connected", "orders", "connect_rate", "close_rate",
               "contacts", "customers", "won", "conversion"]


def rep_conversion(followups=None, call_report=None) -> pd.DataFrame:
    """Conversion per rep from what the team recorded (orders ÷ contacts, 003's lesson).

    Parameters
    ----------
    followups
        The 跟单记录表 as filled in: a workbook salesops wrote, or its
        :class:`~salesops.excel.TrackerChanges`. The contacts made are those of
        :func:`salesops.followup.contacts_made`; a customer is won when a contact moved them
        to 决定/实施 or 成交 (one already there when the sheet was written is not a new deal).
    call_report
        The 电销日报 as filled in (a workbook or its rows): its ``actual`` rows per rep —
        dials, connected, orders.

    Returns
    -------
    DataFrame
        One row per rep (``owner``): ``dials``, ``connected``, ``orders``, ``connect_rate``
        (connected ÷ dials) and ``close_rate`` (orders ÷ connected) from the call report;
        ``contacts``, ``customers`` (contacted), ``won`` and ``conversion`` (won ÷
        customers) from the follow-up sheet. A rate without a base is empty, not 0.

    Examples
    --------
    >>> report = pd.DataFrame({"owner": ["小李", "小李", "老陈"], "kind": ["actual"] * 3,
    ...                        "dials": [60, 40, 50], "connected": [25, 15, 25],
    ...                        "orders": [2, 2, 5]})
    >>> reps = rep_conversion(call_report=report).set_index("owner")
    >>> reps.loc["小李", ["connect_rate", "close_rate"]].tolist()
    [0.4, 0.1]
    >>> float(reps.loc["老陈", "close_rate"])
    0.2
    """
    from .excel import TrackerChanges, read_tracker
    from .followup import contacts_made

    frames = []
    report = (call_report if call_report is None or isinstance(call_report, pd.DataFrame)
              else read_tracker(call_report, "callreport").frame)
    if report is not None and len(report):
        actual = report[report["kind"].astype(str) == "actual"] if "kind" in report else report
        sums = actual.assign(owner=actual["owner"].fillna("").astype(str)).groupby("owner")[
            ["dials", "connected", "orders"]].sum(min_count=1)
        frames.append(sums)
    if followups is not None:
        log = followups if isinstance(followups, TrackerChanges) else read_tracker(
            followups, "followup")
        done = contacts_made(log)
        done["owner"] = done["owner"].fillna("").astype(str)
        won = done[done["stage"].isin(WON_STAGES) & ~done["stage_before"].isin(WON_STAGES)]
        frames.append(pd.DataFrame({
            "contacts": done.groupby("owner").size(),
            "customers": done.groupby("owner")["customer_id"].nunique(),
            "won": won.groupby("owner")["customer_id"].nunique()}))
    if not frames:
        return pd.DataFrame(columns=REP_COLUMNS)
    out = pd.concat(frames, axis=1).astype("float64")
    for column in REP_COLUMNS[1:]:
        if column not in out:
            out[column] = float("nan")
    if followups is not None:  # a rep in the call report with no follow-up made: 0, known
        out[["contacts", "customers", "won"]] = out[["contacts", "customers", "won"]].fillna(0)

    def rate(num: str, den: str) -> pd.Series:
        return (out[num] / out[den]).where(out[den] > 0)

    out["connect_rate"] = rate("connected", "dials")
    out["close_rate"] = rate("orders", "connected")
    out["conversion"] = rate("won", "customers")
    return out.rename_axis("owner").reset_index()[REP_COLUMNS].sort_values(
        "owner", ignore_index=True)


# ------------------------------------------------------------------------------------------
# everything together: the KPI sheet
# ------------------------------------------------------------------------------------------
@dataclass
class KpiReport:
    """The KPI and retention figures of one team, as :func:`kpi_report` computes them."""

    lifetime: pd.DataFrame
    costs: dict
    profit: dict
    standards: pd.DataFrame
    retention: RetentionResult | None = None
    periods: PeriodComparison | None = None
    lang: str | None = None
    reps: pd.DataFrame | None = None

    def summary(self) -> str:
        costs = CustomerCosts(self.costs["keep_cost"], self.costs["win_cost"],
                              self.costs["currency"])
        lines = [t("kpi.lifetime_line", self.lang, churn=_pct(r.churn_rate),
                   years=_num(r.lifetime_years), ltv=f"{r.lifetime_value:,.0f}")
                 for r in self.lifetime.itertuples()]
        lines.append(t("kpi.cost_line", self.lang, win=costs.money(costs.win_cost),
                       keep=costs.money(costs.keep_cost), ratio=costs.ratio))
        p = self.profit
        lines.append(t("kpi.profit_line", self.lang,
                       points=_num(p["retention_increase"] * 100), uplift=_pct(p["uplift"]),
                       before=f"{p['profit_before']:,.0f}", after=f"{p['profit_after']:,.0f}"))
        if self.retention is not None:
            lines.append(self.retention.summary())
        if self.periods is not None:
            lines.append(self.periods.summary())
        if self.reps is not None:
            lines += [t("kpi.rep_line", self.lang, owner=r.owner,
                        close=_pct(r.close_rate) if r.close_rate == r.close_rate else "—",
                        conversion=_pct(r.conversion) if r.conversion == r.conversion else "—")
                      for r in self.reps.itertuples()]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        """The ``salesops kpi --json`` payload."""
        def records(frame: pd.DataFrame) -> list[dict]:
            return [{k: _plain(v) for k, v in rec.items()} for rec in frame.to_dict("records")]

        periods = None
        if self.periods is not None:
            periods = records(self.periods.table)
        return {"lifetime": records(self.lifetime), "costs": self.costs,
                "profit": self.profit, "standards": records(self.standards),
                "retention": None if self.retention is None else self.retention.as_dict(),
                "periods": periods,
                "reps": None if self.reps is None else records(self.reps)}


def _plain(value: object) -> object:
    if isinstance(value, list | dict):
        return value
    if parsing.is_blank(value):
        return None
    value = value.item() if hasattr(value, "item") else value
    return None if isinstance(value, float) and not math.isfinite(value) else value


def kpi_report(*, churn_rates=(0.2, 0.1), annual_revenue: float = 10_000,
               margin: float = 0.3, costs: CustomerCosts | None = None,
               lost_customers: int | None = None, profit: float = 1_000_000,
               retention_increase: float = 0.05, rule: RetentionRule | None = None,
               before=None, after=None, periods=None, actuals: dict | None = None,
               followups=None, call_report=None, lang: str | None = None) -> KpiReport:
    """The KPI sheet's figures: lifetime and value per churn rate, winning vs keeping, the
    +5% calculator, the SMART standards, and — when given — retention from two customer
    tables (``before``, ``after``), the period comparison (``periods``) and the conversion
    per rep from the filled-in 跟单记录表 (``followups``) and 电销日报 (``call_report``).

    ``lost_customers`` defaults to those lost between ``before`` and ``after``, else 0.

    Examples
    --------
    >>> r = kpi_report()
    >>> r.lifetime["lifetime_years"].tolist(), r.costs["win_cost"], r.profit["uplift"]
    ([5.0, 10.0], 118.0, 0.25)
    """
    with language(lang):
        kept = retention(before, after, lang=lang) if before is not None and after is not None \
            else None
        if lost_customers is None:
            lost_customers = len(kept.lost) if kept is not None else 0
        return KpiReport(
            lifetime=lifetime_table(churn_rates, annual_revenue=annual_revenue, margin=margin),
            costs=cost_comparison(lost_customers, costs),
            profit=profit_after_retention(profit, retention_increase, rule),
            standards=service_standards(actuals, lang=lang), retention=kept,
            periods=compare_periods(periods, lang=lang) if periods is not None else None,
            lang=lang, reps=(rep_conversion(followups, call_report)
                             if followups is not None or call_report is not None else None))
