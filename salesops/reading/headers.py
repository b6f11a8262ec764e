"""One way to match a header people wrote to a column salesops knows.

Every reader — the customer table, the consultation, complaint and KPI-period logs, trackers
read back, homework submissions — compares headers with :func:`header_key` and maps them with
:func:`match_header` / :func:`map_columns`, so a spelling that works in one file works in all:

- full-width characters made half-width, traditional characters simplified (OpenCC t2s), case,
  spaces and separators (``- _ / · : ：``) ignored, ``（必填）`` / ``(选填)`` marks dropped;
- a unit after an amount (``年销售额(万元)``, ``年采购额/万``, ``Annual sales (CNY)``): the
  column's numbers are scaled to yuan;
- a prefix people put before a standard name (``所在区县``, ``详细地址``, ``客户手机``);
- a header that **contains** a known name (``客服首次回复时间`` holds ``首次回复时间``): the
  known name the header ends with wins, else the longest one inside it; when two columns are
  equally good candidates the header is left unused and reported (never guessed silently);
- one typing slip (``客户明称``), measured with rapidfuzz.

Matches other than exact ones carry a note the readers turn into a warning.

Examples
--------
>>> lookup = header_lookup({"name": ("客户名称", "Customer name")}, {})
>>> spellings = ("客戶名稱", "客户名称（必填）", "客户_名称", "客户名称：", "Customer Name")
>>> [header_key(h) for h in spellings]
['客户名称', '客户名称', '客户名称', '客户名称', 'customername']
>>> match_header("客户名称（必填）", lookup).canonical
'name'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..parsing import is_blank, to_halfwidth

__all__ = ["HeaderMap", "HeaderMatch", "answer_key", "header_key", "header_lookup",
           "map_columns", "map_headers", "match_header", "simplified", "split_unit"]

_SEPARATORS = re.compile(r"[\s*:：_\-·•.。、/\\|]")
_REQUIRED_MARK = re.compile(r"[\(（\[【]\s*(必填|选填|必须|可选|required|optional)\s*[\)）\]】]")
#: a unit in a header: 年销售额(万元), 销售额（元）, 年采购额/万, Annual sales (CNY), 金额-千元
_UNIT = re.compile(r"(?:[\(（\[【]\s*(?:单位\s*[:：]?\s*)?(?P<a>[^\)）\]】]+?)\s*[\)）\]】]"
                   r"|[/／]\s*(?P<b>[^/／]+?)|[-—_\s](?P<c>万元|千元|百万元|元|cny|rmb|yuan))\s*$",
                   re.IGNORECASE)
_UNIT_FACTORS = {"万": 10_000, "万元": 10_000, "千": 1_000, "千元": 1_000, "k": 1_000,
                 "百万": 1_000_000, "百万元": 1_000_000, "元": 1, "人民币": 1, "cny": 1,
                 "rmb": 1, "yuan": 1, "¥": 1, "￥": 1, "人民币元": 1, "元人民币": 1}
#: prefixes people put before a standard header: 所在区县, 详细地址, 客户手机
_PREFIXES = ("所在", "详细", "客户")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff]")
#: the shortest known name a header may end with to count as that column (CJK, Latin); a
#: name inside the header, not at its end, must be twice as long
_CONTAINED_MIN = (2, 5)


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """Traditional characters made simplified (OpenCC t2s), so 客戶名稱 is 客户名称.

    >>> simplified("客戶名稱")
    '客户名称'
    """
    if not _CJK.search(text):
        return text
    return _t2s().convert(text)


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _plain_key(text: object) -> str:
    key = to_halfwidth(str(text)).strip().lower()
    key = _REQUIRED_MARK.sub("", key)
    return _SEPARATORS.sub("", key)


def header_key(text: object) -> str:
    """How a header is compared: half-width, lower case, simplified characters, no
    separators or ``（必填）`` marks.

    >>> header_key(" 客戶名稱（必填）"), header_key("First-Reply Time")
    ('客户名称', 'firstreplytime')
    """
    return _plain_key(simplified(to_halfwidth(str(text))))


def answer_key(value: object) -> str:
    """How an answer typed into a cell is compared: half-width, simplified, lower case,
    without spaces, colons or asterisks (dashes and dots stay: ``9-17`` is not ``917``).

    >>> answer_key(" A類 "), answer_key("9：00-17：00")
    ('a类', '900-1700')
    """
    if is_blank(value):
        return ""
    return re.sub(r"[\s:：*＊]+", "", simplified(to_halfwidth(str(value)))).lower()


def split_unit(header: str) -> tuple[str, str | None, int | None]:
    """``年销售额(万元)`` → ``("年销售额", "万元", 10000)``; no unit → ``(header, None, None)``.

    >>> split_unit("年销售额(万元)"), split_unit("年銷售額（萬元）")
    (('年销售额', '万元', 10000), ('年销售额', '万元', 10000))
    """
    text = _REQUIRED_MARK.sub("", simplified(to_halfwidth(str(header)))).strip()
    match = _UNIT.search(text)
    if not match:
        return header, None, None
    unit = next(g for g in match.group("a", "b", "c") if g).strip()
    factor = _UNIT_FACTORS.get(unit.lower().replace(" ", ""))
    if factor is None:
        return header, None, None
    return text[:match.start()].strip(), unit, factor


def header_lookup(columns: Mapping[str, tuple[str, str]],
                  synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Normalised header → canonical column, for any table's columns and synonyms.

    ``columns`` is canonical key → (zh, en) header and ``synonyms`` canonical key → accepted
    other headers. The key, both headers and every synonym are accepted; case, spaces,
    full-width characters, traditional characters and ``(必填)`` do not matter.

    >>> header_lookup({"agent": ("客服", "Agent")}, {"agent": ("客服人员",)})["客服人员"]
    'agent'
    """
    lookup: dict[str, str] = {}
    for canonical, (zh, en) in columns.items():
        for name in (canonical, zh, en, *synonyms.get(canonical, ())):
            lookup.setdefault(_plain_key(name), canonical)  # written in simplified already
    return lookup


@dataclass(frozen=True)
class HeaderMatch:
    """What a header was taken for: the ``canonical`` column (None when ``candidates`` holds
    two equally good columns), the standard name it was close to (``guess``) or that it
    contains (``contained``), and the unit of an amount with its ``factor`` to yuan."""

    canonical: str | None
    guess: str | None = None
    unit: str | None = None
    factor: int | None = None
    contained: str | None = None
    candidates: tuple[str, ...] = ()


def match_header(header: object, lookup: Mapping[str, str], *,
                 amounts: Iterable[str] = (), fuzzy: bool = True) -> HeaderMatch | None:
    """The column a header means: exactly, after its unit or a prefix, by a known name it
    contains, or by one typing slip (unless not ``fuzzy``). ``amounts`` are the columns whose
    unit scales them.

    >>> lookup = header_lookup({"agent": ("客服", "Agent"),
    ...                         "first_reply_time": ("首次回复时间", "First reply")}, {})
    >>> m = match_header("客服首次回复时间", lookup)
    >>> m.canonical, m.contained
    ('first_reply_time', '首次回复时间')
    """
    whole = lookup.get(header_key(header))
    if whole is not None:  # a standard header that itself names a unit, e.g. 投入费用（元）
        return HeaderMatch(whole)
    base, unit, factor = split_unit(str(header))
    key = header_key(base)
    if not key:
        return None
    canonical = lookup.get(key)
    if canonical is None:
        for prefix in _PREFIXES:
            if key.startswith(prefix) and lookup.get(key[len(prefix):]):
                canonical = lookup[key[len(prefix):]]
                break
    guess = contained = None
    if canonical is None:
        found = _contained(key, lookup)
        if isinstance(found, tuple):
            return HeaderMatch(None, candidates=found)
        if found is not None:
            canonical, contained = lookup[found], found
    if canonical is None and fuzzy and len(key) >= 3:
        guess = _fuzzy(key, lookup)
        canonical = lookup.get(guess) if guess else None
    if canonical is None:
        return None
    if canonical not in set(amounts):
        unit = factor = None
    return HeaderMatch(canonical, guess, unit, factor, contained)


def _contained(key: str, lookup: Mapping[str, str]) -> str | tuple[str, ...] | None:
    """The known name inside ``key``: the longest it ends with, else the longest inside it.

    Returns the name, None, or the two columns as close as each other (a tuple).
    """
    inside = [name for name in lookup if name != key and name in key
              and len(name) >= _CONTAINED_MIN[0 if _CJK.search(name) else 1]]
    if not inside:
        return None
    ends = [n for n in inside if key.endswith(n)]
    middle = [n for n in inside if len(n) >= 2 * _CONTAINED_MIN[0 if _CJK.search(n) else 1]]
    for pool in (ends, middle):
        if not pool:
            continue
        longest = max(map(len, pool))
        best = {lookup[n]: n for n in pool if len(n) == longest}
        if len(best) > 1:
            return tuple(sorted(best))
        return next(iter(best.values()))
    return None


def _fuzzy(key: str, lookup: Mapping[str, str]) -> str | None:
    """The one standard header ``key`` is a close misspelling of (None when unsure).

    Close means one typing slip (a character wrong, missing, extra or two swapped: the
    optimal-string-alignment distance of rapidfuzz), two in a Latin header of 8 letters or
    more. ``客户明称`` is 客户名称; ``客户星级`` (two characters differ) is not 客户级别, and
    ``备注2`` is a second notes column, not a slip.
    """
    from rapidfuzz.distance import OSA

    allowed = 1 if _CJK.search(key) or len(key) < 8 else 2
    best: list[str] = []
    best_distance = allowed + 1
    for name in lookup:
        if len(name) < 3 or abs(len(name) - len(key)) > allowed:
            continue
        distance = OSA.distance(key, name, score_cutoff=allowed)
        if distance > allowed or (key.startswith(name) and key[len(name):].isdigit()):
            continue
        if distance < best_distance:
            best, best_distance = [name], distance
        elif distance == best_distance:
            best.append(name)
    if not best or len({lookup[name] for name in best}) > 1:  # two columns as close
        return None
    return best[0]


@dataclass(frozen=True)
class HeaderMap:
    """How a row of headers maps onto columns.

    ``matches``: header → :class:`HeaderMatch` for the headers used; ``unknown``: headers that
    mean nothing here (kept as the person's own columns); ``clashes``: ``(header, earlier
    header, column)`` where two headers mean the same column (the first wins); ``ambiguous``:
    ``(header, columns)`` for a header that could be either of two columns (not used).
    """

    matches: dict[str, HeaderMatch] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    clashes: list[tuple[str, str, str]] = field(default_factory=list)
    ambiguous: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def mapping(self) -> dict[str, str]:
        """Header → canonical column."""
        return {h: m.canonical for h, m in self.matches.items()}

    def notes(self) -> list[dict]:
        """Notes on whole columns for a reading report: a header taken for a close standard
        name (``header_guessed``), for a name it contains (``header_contained``), an amount
        scaled by its unit (``amount_unit_scaled``), a header left unused because it fits two
        columns (``header_ambiguous``)."""
        out: list[dict] = []
        for header, m in self.matches.items():
            if m.guess is not None:
                out.append({"header": header, "code": "header_guessed", "guess": m.guess,
                            "key": m.canonical})
            if m.contained is not None:
                out.append({"header": header, "code": "header_contained",
                            "guess": m.contained, "key": m.canonical})
            if m.factor not in (None, 1):
                out.append({"header": header, "code": "amount_unit_scaled", "unit": m.unit,
                            "factor": f"{m.factor:,}"})
        for header, candidates in self.ambiguous:
            out.append({"header": header, "code": "header_ambiguous",
                        "keys": candidates})
        return out


def map_columns(headers: Iterable[object], lookup: Mapping[str, str], *,
                amounts: Iterable[str] = (), fallback: Mapping[str, str] | None = None
                ) -> HeaderMap:
    """Map a row of headers onto columns (see :func:`match_header`).

    A guessed or contained match never displaces a header that names the column exactly;
    ``fallback`` gives a second column for a column named twice (a second phone column is the
    landline: ``{"mobile": "landline"}``).

    >>> lookup = header_lookup({"agent": ("客服", "Agent"),
    ...                         "start_time": ("开始时间", "Start")}, {})
    >>> found = map_columns(["客服", "咨询开始时间", "备注"], lookup)
    >>> found.mapping, found.unknown
    ({'客服': 'agent', '咨询开始时间': 'start_time'}, ['备注'])
    """
    amounts = frozenset(amounts)
    fallback = fallback or {}
    out = HeaderMap()
    taken: dict[str, str] = {}
    matches = [(str(h), match_header(str(h), lookup, amounts=amounts)) for h in headers]
    exact = {m.canonical for _h, m in matches
             if m is not None and m.guess is None and m.contained is None}
    for header, match in matches:
        if match is not None and match.canonical is None:
            out.ambiguous.append((header, match.candidates))
            out.unknown.append(header)
            continue
        if match is None or ((match.guess is not None or match.contained is not None)
                             and match.canonical in exact):
            out.unknown.append(header)  # a guess never displaces a header that says it exactly
            continue
        canonical = match.canonical
        if canonical in taken and fallback.get(canonical) not in (None, *taken):
            canonical = fallback[canonical]
            match = HeaderMatch(canonical, match.guess, match.unit, match.factor,
                                match.contained)
        if canonical in taken:
            out.clashes.append((header, taken[canonical], canonical))
            continue
        taken[canonical] = header
        out.matches[header] = match
    return out


def map_headers(headers: Iterable[object], lookup: Mapping[str, str], *,
                amounts: Iterable[str] = (), fallback: Mapping[str, str] | None = None
                ) -> tuple[dict[str, str], list[str], list[tuple[str, str, str]]]:
    """:func:`map_columns` as ``(mapping, unknown, clashes)``: header → column, the headers
    that mean nothing here, and ``(header, earlier header, column)`` for a column named twice.

    >>> lookup = header_lookup({"name": ("客户名称", "Customer name")}, {"name": ("公司名称",)})
    >>> map_headers(["公司名称", "客户明称", "备注"], lookup)
    ({'公司名称': 'name'}, ['客户明称', '备注'], [])
    """
    found = map_columns(headers, lookup, amounts=amounts, fallback=fallback)
    return found.mapping, found.unknown, found.clashes
