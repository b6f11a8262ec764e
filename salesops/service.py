"""Online customer service: consultations, orders, first response and ratings (seed 003).

《电子商务客户服务》项目四 (COURSE.md §8–9): 小李, a new agent in a Taobao flagship store, served
**42** customers, yet closed far fewer orders than a veteran with only **29** consultations, and
her ratings were lower. What counts is the **conversion** — orders ÷ consultations — not the
number of customers served. The course's service rules measured here:

* greet within **10 seconds** of the customer's first message (欢迎语: "在十秒内必须先有问候");
* tag every customer 成交顾客 / 未成交顾客 and note why not — price, product … (未成交的原因);
* the customer rates the agent after each trade (评价).

:func:`read_consultations` reads a consultation log — one row per conversation: agent,
customer, start time, the customer's first message, the first reply, converted (成交/未成交),
the reason not converted, the rating — with Chinese or English headers and their synonyms
(the same header mapping as the customer table). :func:`service_summary` gives, per agent,
consultations, orders, conversion, the median first response, the share of replies within the
standard and the average rating, and counts the reasons for not buying.

Examples
--------
>>> from salesops import datasets
>>> summary = service_summary(datasets.load_consultations())
>>> summary.agents[["agent", "consultations", "orders"]].values.tolist()
[['小李', 42, 9], ['老陈', 29, 17]]
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import parsing
from .errors import SalesopsError
from .labels import (
    CATALOGUE,
    CONSULTATION_COLUMNS,
    CONSULTATION_SYNONYMS,
    LOST_REASON_SYNONYMS,
    OUTCOME_SYNONYMS,
    language,
    t,
)
from .logs import LogTable, already_read, log_problems, read_log
from .reading import header_key, header_lookup
from .reading.exports import with_exports

__all__ = ["CONSULTATION_SCHEMA", "LOST_REASONS", "SERVICE_PROBLEMS", "ServiceSummary",
           "consultation_problems", "parse_lost_reason", "parse_outcome",
           "read_consultations", "service_summary"]

#: canonical column of the consultation log -> kind of value
CONSULTATION_SCHEMA: dict[str, str] = {
    "agent": "text", "customer": "text", "start_time": "datetime",
    "first_message_time": "datetime", "first_reply_time": "datetime", "converted": "outcome",
    "reason": "reason", "rating": "rating", "notes": "text",
}
assert list(CONSULTATION_SCHEMA) == list(CONSULTATION_COLUMNS)
REQUIRED = ("agent", "converted")
#: reason codes for not buying, in the order they are listed
LOST_REASONS = ("price", "product", "service", "shipping", "trust", "thinking", "other")
#: problem code -> severity
SERVICE_PROBLEMS: dict[str, str] = {
    "missing_agent": "error", "bad_datetime": "error", "time_without_day": "error",
    "bad_outcome": "error",
    "missing_outcome": "warning", "bad_rating": "error", "reply_before_message": "error",
    "unknown_column": "warning",
}
_ANY_DAY = dt.date(2000, 1, 1)  # to tell a time alone from text that is no time at all
_LOOKUP = header_lookup(CONSULTATION_COLUMNS, with_exports(CONSULTATION_SYNONYMS, "consultations"))
# columns the 咨询记录 tracker computes (and its row key): recomputed on reading, never kept
_DERIVED = {h for key in ("first_response_seconds", "within_standard")
            for h in (key, *CATALOGUE[f"service.col.{key}"])} | {"_key"}


def _word_table(pairs) -> dict[str, object]:
    table: dict[str, object] = {}
    for value, words in pairs:
        for word in words:
            table.setdefault(header_key(word), value)
    return table


_OUTCOMES = _word_table([(True, (*CATALOGUE["outcome.converted"], *OUTCOME_SYNONYMS[True])),
                         (False, (*CATALOGUE["outcome.not_converted"],
                                  *OUTCOME_SYNONYMS[False]))])
_REASONS = _word_table([(code, (code, *CATALOGUE[f"lost_reason.{code}"],
                                *LOST_REASON_SYNONYMS.get(code, ())))
                        for code in LOST_REASONS])


def parse_outcome(value: object) -> tuple[bool | None, str | None]:
    """成交 → True, 未成交 → False (and their synonyms); ``(None, "bad_outcome")`` otherwise.

    >>> parse_outcome("成交"), parse_outcome("未成交顾客"), parse_outcome("No")
    ((True, None), (False, None), (False, None))
    >>> parse_outcome("也许")
    (None, 'bad_outcome')
    """
    if parsing.is_blank(value):
        return None, None
    if isinstance(value, bool | np.bool_):
        return bool(value), None
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value), None
    found = _OUTCOMES.get(header_key(value))
    return (found, None) if found is not None else (None, "bad_outcome")


def parse_lost_reason(value: object) -> str | None:
    """The reason code for what a person wrote (价格 → ``price``); other text is kept as typed.

    >>> [parse_lost_reason(x) for x in ("太贵", "我要考虑一下", "颜色不喜欢")]
    ['price', 'thinking', '颜色不喜欢']
    """
    text = parsing.normalise_text(value)
    if text is None:
        return None
    return _REASONS.get(header_key(text), text)


def _parse_rating(value: object) -> tuple[float | None, str | None]:
    if parsing.is_blank(value):
        return None, None
    text = str(value).strip()
    if text and set(text) <= {"★", "☆"}:  # ★★★★☆
        return float(text.count("★")), None
    number, _ = parsing.parse_float(text.removesuffix("分") if isinstance(value, str) else value)
    if number is None or not 1 <= number <= 5:
        return None, "bad_rating"
    return number, None


def _looks_like_log_header(cells: list[str]) -> bool:
    mapped = {_LOOKUP.get(header_key(c)) for c in cells} - {None}
    return {"agent", "converted"} <= mapped or len(mapped) >= 3


def read_consultations(source: str | os.PathLike | pd.DataFrame | LogTable,
                       sheet: str | None = None) -> LogTable:
    """Read a consultation log (one row per conversation) onto canonical columns.

    Parameters
    ----------
    source
        A ``.xlsx``/``.csv`` path (any encoding :func:`salesops.read_customers` reads) or a
        DataFrame. Headers in Chinese or English with synonyms: 客服/客服人员/agent,
        顾客/买家/顾客旺旺, 接入时间/开始时间, 顾客首条消息, 首次回复/首次响应时间,
        是否成交/成交/未成交, 未成交原因/原因, 评分/客户评价 (see ``salesops.labels``).
        A :class:`~salesops.logs.LogTable` this function returned is returned as it is: it is
        read already.
    sheet
        Sheet of a workbook; by default the first with a recognisable header.

    Returns
    -------
    LogTable
        ``data``: ``agent``, ``customer``, ``start_time``, ``first_message_time``,
        ``first_reply_time`` (datetimes; a time alone such as ``10:02:15`` is taken on the
        start time's day), ``converted`` (boolean), ``reason`` (a code of
        :data:`LOST_REASONS`, or the person's own words), ``rating`` (1–5), ``notes``,
        ``first_response_seconds`` (first reply − first message, or − start time when the
        first message is not recorded), then the user's other columns; the index is the Excel
        row. Unreadable values are left empty and noted in ``reading``: ``problems()`` (also
        :func:`consultation_problems`) lists them with the file, row and the user's header.

    Raises
    ------
    SalesopsError
        No column for the agent or for converted / not converted.

    Examples
    --------
    >>> import pandas as pd
    >>> log = read_consultations(pd.DataFrame({
    ...     "客服": ["小李"], "接入时间": ["2026-11-16 09:12:00"], "首次回复": ["09:12:07"],
    ...     "成交/未成交": ["未成交"], "原因": ["太贵了"]}))
    >>> log.data.loc[2, "first_response_seconds"], log.data.loc[2, "reason"]
    (np.float64(7.0), 'price')
    >>> read_consultations(log) is log, log.problems().empty
    (True, True)
    """
    if already_read(source, "consultations"):
        return source
    reading = read_log(source, sheet, lookup=_LOOKUP, severities=SERVICE_PROBLEMS,
                       label_prefix="service.col", kind="consultations", derived=_DERIVED,
                       is_header=_looks_like_log_header, no_header="error.no_log_header")
    missing = [k for k in REQUIRED if k not in reading.by_key]
    if missing:
        raise SalesopsError(t("error.log_columns", file=reading.report.file or "DataFrame",
                              columns=t("sep.list").join(t(f"service.col.{k}") for k in missing),
                              examples=t("sep.list").join(f"{CONSULTATION_COLUMNS[k][0]}/"
                                                f"{CONSULTATION_COLUMNS[k][1]}"
                                                for k in missing)))
    add = reading.add
    out: dict[str, list] = {k: [] for k in CONSULTATION_SCHEMA}
    out["first_response_seconds"] = []
    for pos, (agent, customer, start, message, reply, outcome, reason, rating, notes) in \
            enumerate(zip(*(reading.values(k) for k in CONSULTATION_SCHEMA), strict=True)):
        agent = parsing.normalise_text(agent)
        if agent is None:
            add(pos, "agent", "", "missing_agent")
        moments = {}
        day, start_bad = None, False
        for key, value in (("start_time", start), ("first_message_time", message),
                           ("first_reply_time", reply)):
            moment, note = parsing.parse_datetime(value, day)
            if note and parsing.parse_datetime(value, _ANY_DAY)[0] is not None:
                # a time alone with no day to put it on: said at 接入时间 when that is what
                # is wrong, else here, as what it is
                note = None if start_bad else "time_without_day"
            if note:
                add(pos, key, value, note)
                start_bad = start_bad or key == "start_time"
            moments[key] = moment
            if key == "start_time" and moment is not None:
                day = moment.date()
        first = moments["first_message_time"] or moments["start_time"]
        seconds = None
        if first is not None and moments["first_reply_time"] is not None:
            seconds = (moments["first_reply_time"] - first).total_seconds()
            if seconds < 0:
                add(pos, "first_reply_time", reply, "reply_before_message")
                seconds = None
        converted, note = parse_outcome(outcome)
        if note:
            add(pos, "converted", outcome, note)
        elif converted is None:
            add(pos, "converted", "", "missing_outcome")
        score, note = _parse_rating(rating)
        if note:
            add(pos, "rating", rating, note)
        for key, value in (("agent", agent), ("customer", parsing.normalise_text(customer)),
                           *moments.items(), ("converted", converted),
                           ("reason", parse_lost_reason(reason)), ("rating", score),
                           ("notes", parsing.normalise_text(notes)),
                           ("first_response_seconds", seconds)):
            out[key].append(value)
    index = reading.raw.index
    frame = pd.DataFrame({
        "agent": pd.Series(out["agent"], index=index, dtype="string"),
        "customer": pd.Series(out["customer"], index=index, dtype="string"),
        **{k: pd.to_datetime(pd.Series(out[k], index=index, dtype=object)).astype(
            "datetime64[ns]") for k in ("start_time", "first_message_time", "first_reply_time")},
        "converted": pd.Series(out["converted"], index=index, dtype="boolean"),
        "reason": pd.Series(out["reason"], index=index, dtype="string"),
        "rating": pd.Series(out["rating"], index=index, dtype="float64"),
        "notes": pd.Series(out["notes"], index=index, dtype="string"),
        "first_response_seconds": pd.Series(out["first_response_seconds"], index=index,
                                            dtype="float64"),
    }, index=index)
    return reading.finish(frame)


def consultation_problems(log: LogTable | str | os.PathLike | pd.DataFrame, *,
                          lang: str | None = None) -> pd.DataFrame:
    """The reading problems of a consultation log, one row per problem.

    Columns as for the customer table: ``row`` (Excel row), ``column`` (the user's header),
    ``value``, ``problem`` (a code of :data:`SERVICE_PROBLEMS`), ``message`` (in ``lang``),
    ``severity``. ``log`` is what :func:`read_consultations` returned; a path or a plain
    DataFrame is read first.

    >>> import pandas as pd
    >>> problems = consultation_problems(pd.DataFrame({"客服": ["小李"], "成交": ["也许"]}))
    >>> problems[["row", "column", "problem"]].values.tolist()
    [[2, '成交', 'bad_outcome']]
    """
    return log_problems(read_consultations(log), lang=lang)


@dataclass
class ServiceSummary:
    """Per agent and per reason: what a consultation log says about the service.

    ``agents``: ``agent``, ``consultations``, ``orders``, ``conversion`` (orders ÷
    consultations), ``median_first_response_seconds``, ``within_standard_share`` (of the
    conversations with a measured first response), ``average_rating``, ``ratings`` (how many
    rated); busiest agent first. ``reasons``: ``reason`` (code or the person's words),
    ``label``, ``count``, ``share`` of the not-converted customers. ``problems``: see
    :func:`consultation_problems`.
    """

    agents: pd.DataFrame
    reasons: pd.DataFrame
    problems: pd.DataFrame
    standard_seconds: float
    lang: str | None = None
    warnings: list[str] = field(default_factory=list)

    def lesson(self) -> str | None:
        """The course's point, when the log shows it: the agent who served the most customers
        closed fewer orders than one who served fewer."""
        if len(self.agents) < 2:
            return None
        busy = self.agents.iloc[0]
        better = self.agents[(self.agents["consultations"] < busy["consultations"])
                             & (self.agents["orders"] > busy["orders"])]
        if not len(better):
            return None
        other = better.sort_values("orders", ascending=False, kind="stable").iloc[0]
        return t("service.lesson", self.lang, busy=busy["agent"],
                 busy_n=int(busy["consultations"]), busy_orders=int(busy["orders"]),
                 other=other["agent"], other_n=int(other["consultations"]),
                 other_orders=int(other["orders"]))

    def summary(self) -> str:
        lines = [t("service.agent_line", self.lang, agent=r.agent,
                   consultations=r.consultations, orders=r.orders,
                   conversion=_pct(r.conversion), median=_num(r.median_first_response_seconds),
                   seconds=_num(self.standard_seconds), within=_pct(r.within_standard_share),
                   rating=_num(r.average_rating, 2))
                 for r in self.agents.itertuples()]
        if len(self.reasons):
            lines.append(t("service.reasons_line", self.lang, reasons=t("sep.list", self.lang).join(
                f"{r.label} {r.count}" for r in self.reasons.itertuples())))
        lesson = self.lesson()
        return "\n".join(lines + ([lesson] if lesson else []))

    def _repr_html_(self) -> str:
        return self.agents.to_html(index=False) + self.reasons.to_html(index=False)

    def as_dict(self) -> dict:
        """The ``salesops service --json`` payload."""
        keys = ["agent", "consultations", "orders", "conversion",
                "median_first_response_seconds", "within_standard_share", "average_rating"]
        agents = [{k: _plain(rec[k]) for k in keys}
                  for rec in self.agents.to_dict("records")]
        return {"agents": agents,
                "reasons": {str(r.reason): int(r.count) for r in self.reasons.itertuples()}}


def _plain(value: object) -> object:
    if parsing.is_blank(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _pct(x: float) -> str:
    return "—" if pd.isna(x) else f"{x:.0%}"


def _num(x: float, digits: int = 1) -> str:
    return "—" if pd.isna(x) else f"{x:.{digits}f}".rstrip("0").rstrip(".")


def service_summary(log: LogTable | str | os.PathLike | pd.DataFrame,
                    standard_seconds: float = 10, *, lang: str | None = None
                    ) -> ServiceSummary:
    """Consultations, orders, conversion, first response and ratings per agent; reasons.

    Parameters
    ----------
    log
        From :func:`read_consultations` (a path or a plain DataFrame is read through it
        first; a log already read is not read again).
    standard_seconds
        The first-reply standard: 003 asks for a greeting within 10 s of the customer's first
        message. A reply exactly on the standard is within it.
    lang
        Language of the reason labels and the summary.

    Returns
    -------
    ServiceSummary
        Conversations without an agent are left out of the per-agent table (they are in
        ``problems``); a conversation not tagged 成交/未成交 counts as a consultation without
        an order; a reason counts only for customers who did not buy (blank → 未填写原因).

    Examples
    --------
    >>> import pandas as pd
    >>> log = pd.DataFrame({"客服": ["甲", "甲", "乙"], "成交": ["成交", "未成交", "成交"],
    ...                     "首次响应时间": [None] * 3, "评分": [5, None, 4]})
    >>> s = service_summary(log)
    >>> s.agents[["agent", "consultations", "orders", "conversion"]].values.tolist()
    [['甲', 2, 1, 0.5], ['乙', 1, 1, 1.0]]
    """
    if not np.isfinite(standard_seconds) or standard_seconds <= 0:
        raise SalesopsError(t("error.service_standard", lang, value=standard_seconds))
    table = read_consultations(log)
    log = table.data
    with language(lang):
        named = log[log["agent"].notna()]
        seconds = named["first_response_seconds"]
        frame = pd.DataFrame({
            "agent": named["agent"].astype(str),
            "order": named["converted"].fillna(False).astype(bool),
            "seconds": seconds,
            "within": (seconds <= standard_seconds).where(seconds.notna()),
            "rating": named["rating"]})
        grouped = frame.groupby("agent", sort=False)
        agents = pd.DataFrame({
            "consultations": grouped.size(),
            "orders": grouped["order"].sum().astype(int),
            "median_first_response_seconds": grouped["seconds"].median(),
            "within_standard_share": grouped["within"].mean(),
            "average_rating": grouped["rating"].mean(),
            "ratings": grouped["rating"].count().astype(int),
        }).reset_index()
        agents.insert(3, "conversion", agents["orders"] / agents["consultations"])
        agents = agents.sort_values(["consultations", "agent"], ascending=[False, True],
                                    kind="stable").reset_index(drop=True)
        lost = log.loc[log["converted"].eq(False).fillna(False), "reason"]
        counts = lost.fillna("none").astype(str).value_counts(sort=False)
        order = {code: i for i, code in enumerate((*LOST_REASONS, "none"))}
        reasons = pd.DataFrame({"reason": counts.index.astype(str),
                                "count": counts.to_numpy(dtype=int)})
        reasons["label"] = [t(f"lost_reason.{r}") if r in order else r
                            for r in reasons["reason"]]
        reasons["share"] = reasons["count"] / max(len(lost), 1)
        reasons["_order"] = reasons["reason"].map(order).fillna(len(order))
        reasons = reasons.sort_values(["count", "_order"], ascending=[False, True],
                                      kind="stable").drop(columns="_order")
        reasons = reasons[["reason", "label", "count", "share"]].reset_index(drop=True)
    return ServiceSummary(agents=agents, reasons=reasons, problems=table.problems(lang=lang),
                          standard_seconds=float(standard_seconds), lang=lang)

