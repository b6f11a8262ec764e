"""The customer-information table (客户信息资料, COURSE.md §1).

Read a customer table from .xlsx/.csv or a DataFrame, map the user's headers (Chinese, English
and common synonyms) onto the canonical snake_case schema, normalise what people type (full-width
digits, phone formats, five date spellings, 万元 amounts), check it, and classify prospects as
成熟 / 希望 / 潜在 by purchase desire × purchasing power.

Nothing is dropped: rows with problems stay, unknown columns are kept after the canonical ones,
and the index is the Excel row number the person sees, so every problem can point at a row.

Examples
--------
>>> import pandas as pd
>>> raw = pd.DataFrame({"公司名称": ["开平甲公司", "江门乙公司"],
...                     "手机号": ["138 1234 5678", "1381234"],
...                     "年销售额": ["12.5万", "8,000元"]})
>>> customers = read_customers(raw)
>>> customers.data[["name", "mobile", "annual_sales"]].values.tolist()
[['开平甲公司', '13812345678', 125000.0], ['江门乙公司', '1381234', 8000.0]]
>>> check_customers(customers)["problem"].tolist()
['amount_unit_guessed', 'invalid_mobile']
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import re
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
import pandas as pd

from . import parsing
from .customer_table import CustomerTable, Reading, as_frame, reading_of
from .errors import SalesopsError
from .labels import CATALOGUE, COLUMN_SYNONYMS, CUSTOMER_COLUMNS, OPTIONAL_COLUMNS, language, t
from .progress import rows_progress
from .reading import HeaderMap, header_key, header_lookup, map_columns, match_header, read_source
from .reading.exports import with_exports

__all__ = [
    "CUSTOMER_SCHEMA",
    "PROBLEM_CODES",
    "CustomerTable",
    "Reading",
    "check_customers",
    "check_prospects",
    "classify_prospects",
    "empty_customers",
    "header_lookup",
    "map_headers",
    "read_customers",
]

#: canonical column -> kind of value
CUSTOMER_SCHEMA: dict[str, str] = {
    "customer_id": "id", "name": "text", "customer_type": "text", "industry": "text",
    "contact_person": "text", "title": "text", "mobile": "mobile", "landline": "landline",
    "im": "id", "email": "email", "province": "text", "city": "text", "district": "text",
    "address": "text", "latitude": "float", "longitude": "float", "credit_code": "credit_code",
    "source": "text", "owner": "text", "stage": "text", "prospect_class": "prospect",
    "annual_sales": "amount", "last_purchase_date": "date", "last_contact_date": "date",
    "next_contact_date": "date", "birthday": "date", "created_date": "date", "notes": "text",
}
assert list(CUSTOMER_SCHEMA) == list(CUSTOMER_COLUMNS)

#: problem code -> severity
PROBLEM_CODES: dict[str, str] = {
    "missing_name": "error", "invalid_mobile": "error", "invalid_landline": "error",
    "invalid_email": "error", "invalid_credit_code": "error", "duplicate_customer": "warning",
    "duplicate_id": "error", "negative_sales": "error", "bad_number": "error",
    "bad_date": "error", "future_date": "warning", "coordinates_outside_china": "error",
    "incomplete_coordinates": "warning", "unknown_column": "warning",
    "duplicate_column": "warning", "amount_unit_guessed": "warning", "date_serial": "warning",
    "invalid_prospect_class": "error", "landline_in_mobile": "warning",
    "header_guessed": "warning", "amount_unit_scaled": "warning", "excel_error": "error",
    "header_contained": "warning", "header_ambiguous": "warning",
    "date_year_assumed": "warning", "relative_date": "error",
    "implausible_date": "error",
}

PROSPECT_CLASSES = ("mature", "hopeful", "potential")
_PAST_DATES = ("last_purchase_date", "last_contact_date", "created_date", "birthday")
# mainland China with a margin, WGS84 (southern islands excluded on purpose: no customers there)
_CHINA_LAT, _CHINA_LON = (18.0, 53.6), (73.5, 135.1)


# ------------------------------------------------------------------------------------------
# headers
# ------------------------------------------------------------------------------------------
#: canonical columns read (and written) only when a file has them
OPTIONAL_SCHEMA: dict[str, str] = {
    "ship_date": "date", "delivery_date": "date", "purchase_desire": "text",
    "purchasing_power": "text", "products": "text", "shop_url": "text", "platform": "text",
}
assert list(OPTIONAL_SCHEMA) == list(OPTIONAL_COLUMNS)
_ALL_KINDS = CUSTOMER_SCHEMA | OPTIONAL_SCHEMA

_LOOKUP = header_lookup(CUSTOMER_COLUMNS | OPTIONAL_COLUMNS,
                        with_exports(COLUMN_SYNONYMS, "customers"))
# a second "phone" column in a file that already has a mobile column is the landline
_FALLBACK = {"mobile": "landline"}
_AMOUNTS = frozenset(k for k, kind in _ALL_KINDS.items() if kind == "amount")


def _map(headers: Iterable[object], lookup: dict[str, str] | None = None) -> HeaderMap:
    return map_columns(headers, _LOOKUP if lookup is None else lookup, amounts=_AMOUNTS,
                       fallback=_FALLBACK)


def map_headers(headers: Iterable[object], lookup: dict[str, str] | None = None
                ) -> tuple[dict[str, str], list[str], list[tuple[str, str, str]]]:
    """Map user headers onto canonical columns (the customer table's by default).

    ``lookup`` (from :func:`~salesops.reading.header_lookup`) maps another table's headers,
    e.g. the consultation log's. Returns ``(mapping, unknown, clashes)``: ``mapping`` is user
    header → canonical column, ``unknown`` the headers that match nothing (kept as extra
    columns), ``clashes`` the ``(header, earlier_header, canonical)`` triples where two headers
    mean the same column (the first wins, the second is kept as an extra column). How headers
    match is :mod:`salesops.reading.headers`' one rule for every reader.

    >>> map_headers(["公司名称", "手机", "电话", "微信号", "客户星级"])[0]
    {'公司名称': 'name', '手机': 'mobile', '电话': 'landline', '微信号': 'im'}
    >>> map_headers(["年销售额（万元）", "所在区县", "客户明称"])[0]
    {'年销售额（万元）': 'annual_sales', '所在区县': 'district', '客户明称': 'name'}
    """
    found = _map(headers, lookup)
    return found.mapping, found.unknown, found.clashes


def _looks_like_customer_header(cells: list[str]) -> int:
    """How many standard columns a row names, when it can be the header (else 0)."""
    found = [m for m in (match_header(c, _LOOKUP, amounts=_AMOUNTS) for c in cells)
             if m is not None and m.canonical is not None]
    mapped = {m.canonical for m in found}
    named = any(m.canonical == "name" and m.contained is None for m in found)
    return len(mapped) if named or len(mapped) >= 3 else 0


# ------------------------------------------------------------------------------------------
# reading and normalising
# ------------------------------------------------------------------------------------------
def empty_customers() -> pd.DataFrame:
    """An empty customer table with every canonical column and its dtype."""
    return _typed_frame({k: [] for k in CUSTOMER_SCHEMA}, pd.Index([], name="excel_row"))


def _typed_frame(columns: dict[str, list], index: pd.Index) -> pd.DataFrame:
    data = {}
    for key, values in columns.items():
        kind = _ALL_KINDS.get(key, "extra")
        if isinstance(values, pd.Series):  # typed already (_parse_column_fast)
            data[key] = pd.Series(values.to_numpy(), index=index, copy=False)
        elif isinstance(values, np.ndarray) and values.dtype == object and kind not in (
                "date", "amount", "float", "extra"):  # text or None (_parse_column_fast)
            data[key] = pd.Series(pd.arrays.StringArray(values), index=index, copy=False)
        elif kind == "date":
            data[key] = pd.to_datetime(pd.Series(values, index=index, dtype=object))
        elif kind in ("amount", "float"):
            data[key] = pd.Series(values, index=index, dtype="float64", copy=False)
        elif kind == "extra":
            data[key] = pd.Series(values, index=index, dtype=object)
        else:
            data[key] = pd.Series(values, index=index, dtype="string")
    return pd.DataFrame(data, index=index, copy=False)


def _parse_prospect(value: object) -> tuple[str | None, str | None]:
    text = parsing.normalise_text(value)
    if text is None:
        return None, None
    key = header_key(text)
    for code in PROSPECT_CLASSES:
        zh, en = t(f"prospect.{code}", "zh"), t(f"prospect.{code}", "en")
        if key in {code, header_key(zh), header_key(zh)[:2], header_key(en)}:
            return code, None
    return None, "invalid_prospect_class"


def _parse_text(value: object) -> tuple[str | None, None]:
    return parsing.normalise_text(value), None


_PARSERS = {
    "text": _parse_text,
    "id": lambda v: (parsing.normalise_text(v) and parsing.to_halfwidth(
        parsing.normalise_text(v)), None),
    "mobile": lambda v: (parsing.normalise_mobile(v), None),
    "landline": lambda v: (parsing.normalise_landline(v), None),
    "email": lambda v: (parsing.normalise_text(v) and parsing.to_halfwidth(
        parsing.normalise_text(v)).replace(" ", "").lower(), None),
    "credit_code": lambda v: (parsing.normalise_credit_code(v), None),
    "float": parsing.parse_float,
    "amount": parsing.parse_amount,
    "date": parsing.parse_date,
    "prospect": _parse_prospect,
}


def _parse_column(values: list, parser) -> tuple[list, list[tuple[int, str]]]:
    """Parse each value once per distinct value; return parsed values and (position, note)."""
    cache: dict = {}
    out, notes = [], []
    for pos, value in enumerate(values):
        try:
            key = (type(value), value)
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in cache:
            parsed, note = cache[key]
        else:
            parsed, note = parser(value)
            if key is not None:
                cache[key] = (parsed, note)
        out.append(parsed)
        if note:
            notes.append((pos, note))
    return out, notes


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
#: column kinds parsed a whole column at a time (text, then the rest per distinct value)
_FAST_KINDS = frozenset(_PARSERS)


def _objects(values: list) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _mask(values: Iterable, test, n: int) -> np.ndarray:
    return np.fromiter(map(test, values), dtype=bool, count=n)


def _halfwidth(texts: np.ndarray) -> np.ndarray:
    """:func:`parsing.to_halfwidth` of each text (only non-ASCII text can change)."""
    wide = ~_mask(texts, str.isascii, len(texts))
    if wide.any():
        texts = texts.copy()
        texts[wide] = [parsing.to_halfwidth(s) for s in texts[wide]]
    return texts


def _parse_column_fast(values: np.ndarray, kind: str, parser, factor: int | None = None):
    """:func:`_parse_column` for a column of text (a CSV's), vectorised; None otherwise.

    A column that repeats its values (a city, a stage, a date) is parsed once per distinct
    value by ``parser`` — the same parser as cell by cell — and mapped back. In a column of
    mostly distinct values (names, IDs, phone numbers) text, ID, e-mail and credit-code
    columns are normalised with string operations over the whole column and a phone number
    already written as digits is taken as it is; the rest again once per distinct value.
    Returns ``(parsed, notes)``: an object array (a float array for numbers, a datetime
    Series for dates) and ``(position, note)`` pairs in row order; values with an error note
    are already blank.
    """
    n = len(values)
    if n == 0 or kind not in _FAST_KINDS:
        return None
    texts = values
    if pd.api.types.infer_dtype(values, skipna=False) != "string":  # not text, or some None
        if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
            return None
        texts = np.where(pd.isna(values), "", values)
    sample = texts[:_SAMPLE].tolist()
    out, rows = None, slice(None)  # by default everything once per distinct value
    if not any(sample) and not (texts != "").any():  # an empty column: nothing to parse
        values = np.full(n, None, dtype=object)
    elif kind in ("text", "id", "email", "credit_code", "mobile") \
            and len(set(sample)) > len(sample) // 2:
        out, rest = _normalise_texts(texts, texts != "", kind)
        rows = np.flatnonzero(rest)
        values = values[rows]
    notes: list[tuple[int, str]] = []
    if out is not None and not len(values):
        return out, notes
    codes, uniques = pd.factorize(values)  # None: -1, parsed as blank below
    parsed, found = _parse_distinct(list(uniques), kind, parser, factor)
    positions = np.arange(n)[rows]
    for k, code in found.items():
        notes.extend((int(pos), code) for pos in positions[codes == k])
        if code in _ERROR_NOTES:
            parsed[k] = None
    parsed.append(None)  # code -1
    if kind == "date":
        days = pd.to_datetime(pd.Series(parsed, dtype=object)).to_numpy()
        if out is None:
            return pd.Series(days[codes], copy=False), sorted(notes)
    if kind in ("amount", "float"):
        numbers = np.array([np.nan if v is None else v for v in parsed], dtype="float64")
        return numbers[codes], sorted(notes)
    if out is None:
        return _objects(parsed)[codes], sorted(notes)
    out[rows] = _objects(parsed)[codes]
    return out, sorted(notes)


#: values looked at to tell a column of distinct values from one that repeats them
_SAMPLE = 2000


def _normalise_texts(texts: np.ndarray, given: np.ndarray, kind: str
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Text of ``kind`` normalised over the whole column: ``(values, rows left to parse)``.

    What :data:`_PARSERS` makes of each cell: stripped (blank → None), made half-width for
    IDs, e-mail and credit codes, e-mail without spaces in lower case, credit codes without
    spaces or dashes in upper case; a phone number stays as typed when it is digits only.
    """
    n = len(texts)
    stripped = np.full(n, "", dtype=object)
    rows = np.flatnonzero(given)
    stripped[rows] = list(map(str.strip, texts[rows], itertools.repeat(parsing.WHITE_SPACE)))
    blank = stripped == ""
    out = stripped
    rest = np.zeros(n, dtype=bool)
    if kind == "id":
        out = _halfwidth(stripped)
    elif kind == "email":
        out = _objects([s.replace(" ", "").lower() for s in _halfwidth(stripped)])
    elif kind == "credit_code":
        out = _halfwidth(stripped)
        plain = _mask(out, str.isalnum, n) & _mask(out, str.isascii, n)
        out = _objects(list(map(str.upper, out)))
        for i in np.flatnonzero(~plain):
            out[i] = re.sub(r"[\s\-]", "", out[i]).upper()
    elif kind == "mobile":  # 11 digits (or any digits but a +86 number's 13 and 15): as typed
        lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=n)
        digits = _mask(stripped, str.isdigit, n) & _mask(stripped, str.isascii, n)
        rest = ~blank & ~(digits & (lengths != 13) & (lengths != 15))
        out = stripped.copy()
    out[blank] = None
    return out, rest


#: reading notes after which the value is left empty
_ERROR_NOTES = ("bad_date", "bad_number", "invalid_prospect_class", "implausible_date",
                "relative_date")


def _parse_distinct(uniques: list[str], kind: str, parser, factor: int | None
                    ) -> tuple[list, dict[int, str]]:
    """Each distinct text parsed once: plain numbers and ISO dates directly, others by
    ``parser``. Returns the parsed values and ``{index: note}``."""
    parsed: list = []
    notes: dict[int, str] = {}
    for k, value in enumerate(uniques):
        if kind == "date" and _ISO_DAY.fullmatch(value) and value >= "1900":
            try:
                parsed.append(dt.date.fromisoformat(value))
                continue
            except ValueError:
                pass
        elif kind in ("amount", "float") and _PLAIN_NUMBER.fullmatch(value):
            # what parse_amount / parse_float make of it (Decimal and float agree here)
            number = float(value)
            parsed.append(number * factor if factor not in (None, 1) else number)
            continue
        result, note = parser(value)
        parsed.append(result)
        if note:
            notes[k] = note
    return parsed, notes


def read_customers(source: str | os.PathLike | pd.DataFrame, sheet: str | None = None, *,
                   progress=None, today: object = None) -> CustomerTable:
    """Read a customer table: the rows normalised onto the canonical schema, with the report
    of how they were read.

    Parameters
    ----------
    source
        A ``.xlsx`` or ``.csv`` path (UTF-8, UTF-8 with BOM, UTF-16, GBK/GB18030 are detected)
        or a DataFrame with any of the accepted headers. The file is opened read-only.
    sheet
        Sheet of a workbook; by default the first sheet with a recognisable header row.
    progress
        Called as ``progress(done, total)`` column by column (a notebook panel's bar); by
        default a table of more than 20,000 rows shows a bar in the terminal.
    today
        The file's reference day (a plan's first day; default: today). A date typed without
        a year (``8月30日``, ``11/3``, ``11.3``) is read as the latest such day not after it in
        the columns of days that have been (上次联系日期, 最近购买日期, 建档日期, 生日) and as
        the nearest such day in the others (下次联系日期), with a ``date_year_assumed`` warning
        naming the cell and the year. Relative words (上周五, 明天) are an error at their
        cell, never guessed.

    Returns
    -------
    CustomerTable
        ``data``: every canonical column (see :data:`CUSTOMER_SCHEMA`) in canonical order, then
        the user's other columns unchanged. The index is the Excel/CSV row number. Phone
        numbers, IDs and credit codes are text; dates are ``datetime64``; amounts are yuan
        floats. Values that could not be read are left empty and recorded in ``reading``
        (a :class:`Reading`) for :func:`check_customers`, which also reports unknown headers.

    Raises
    ------
    InputFileError
        The file is missing, not .xlsx/.csv, undecodable, or has no header row.

    Examples
    --------
    >>> import pandas as pd
    >>> df = read_customers(pd.DataFrame({"客户名称": ["开平甲公司"], "电话": ["0750-2212345"],
    ...                                   "最近联系日期": ["2026年11月2日"]}))
    >>> df.data.loc[2, ["mobile", "landline", "last_contact_date"]].tolist()
    [<NA>, '0750-2212345', Timestamp('2026-11-02 00:00:00')]
    >>> df.reading.header("last_contact_date")  # the person's own header, for messages
    '最近联系日期'

    """
    raw, meta = read_source(source, sheet, is_header=_looks_like_customer_header)
    return _normalise(raw, meta, progress, today=today)


#: the hidden row-key column of a salesops tracker: internal, never a customer column
TRACKER_KEY = "_key"


def _date_parser(reference: dt.date, past: bool, date1904: bool):
    """Dates as people type them, a year left out resolved against ``reference``."""
    def parse(value: object) -> tuple[dt.date | None, str | None]:
        return parsing.resolve_date(value, reference, past=past, date1904=date1904)

    return parse


def _normalise(raw: pd.DataFrame, meta: dict, progress=None, today: object = None
               ) -> CustomerTable:
    # re-cleaning a cleaned workbook (or a read_tracker frame): its row key is not data
    raw = raw.drop(columns=[c for c in raw.columns if str(c).strip() == TRACKER_KEY])
    found = _map(raw.columns)
    matches, unknown, clashes = found.matches, found.unknown, found.clashes
    mapping = found.mapping
    by_key = {canonical: header for header, canonical in mapping.items()}
    notes: list[dict] = []
    header_notes: list[dict] = found.notes()
    columns: dict[str, list] = {}
    parsers = dict(_PARSERS)
    reference = dt.date.today() if today is None else parsing.parse_date(today)[0]
    if reference is None:  # a --from people typed: said as a sentence, never a traceback
        raise SalesopsError(t("error.bad_date_value", value=today))
    optional = [k for k in OPTIONAL_SCHEMA if k in by_key]
    keys = [*CUSTOMER_SCHEMA, *optional]
    with rows_progress(progress, len(raw), t("progress.read", file=meta.get("file") or "")
                       ) as tick:
        for step, key in enumerate(keys):
            tick(step, len(keys))
            kind = _ALL_KINDS[key]
            header = by_key.get(key)
            if header is None:
                columns[key] = [None] * len(raw)
                continue
            match = matches[header]
            parser = parsers[kind] if kind != "date" else _date_parser(
                reference, key in _PAST_DATES, bool(meta.get("date1904")))
            if match.factor not in (None, 1):
                parser = _scaled(parser, match.factor)
            values = raw[header].to_numpy(dtype=object)
            fast = _parse_column_fast(values, kind, parser, match.factor)
            parsed, col_notes = fast if fast is not None else _parse_column(values.tolist(),
                                                                            parser)
            columns[key] = parsed
            for pos, code in col_notes:
                extra = {}
                if code == "amount_unit_guessed":
                    extra["amount"] = f"{parsed[pos]:,.2f}"
                elif code in ("date_serial", "date_year_assumed"):
                    day = parsed.iloc[pos].date() if fast is not None else parsed[pos]
                    extra["date"] = day.isoformat()
                    extra["year"] = day.year
                notes.append({"row": int(raw.index[pos]), "key": key, "header": header,
                              "value": values[pos], "code": code, **extra})
                if code in _ERROR_NOTES and fast is None:  # the fast path left them empty
                    parsed[pos] = None
        tick(len(keys), len(keys))
    for row, header, value in meta.get("error_cells", []):
        notes.append({"row": row, "key": mapping.get(header), "header": header,
                      "value": value, "code": "excel_error"})
    _move_landlines(columns, raw, by_key, notes)
    generated = _fill_ids(columns, raw.index)
    extras = [h for h in raw.columns if h not in mapping]
    for header in extras:
        columns[header] = raw[header].tolist()
    reading = Reading(file=meta.get("file"), sheet=meta.get("sheet"), path=meta.get("path"),
                      header_row=int(meta.get("header_row", 1)), encoding=meta.get("encoding"),
                      date1904=bool(meta.get("date1904")), headers=by_key,
                      unknown=tuple(unknown), extras=tuple(extras),
                      clashes=tuple(tuple(c) for c in clashes), notes=tuple(notes),
                      header_notes=tuple(header_notes))
    data = _typed_frame(columns, raw.index)
    return CustomerTable(data=data, reading=replace(reading, generated_ids=generated,
                                                    duplicates=tuple(duplicate_rows(data))))


def generated_id(name: object, row: int) -> str:
    """The customer ID made for a row without one: ``K`` and six hexadecimal digits of the
    customer's name as compared for duplicates (the same name gives the same ID in every run,
    whatever the row's position), ``R`` and the Excel row when there is no name.

    >>> generated_id("开平市恒通五金有限公司", 2) == generated_id(" 开平市恒通五金有限公司 ", 9)
    True
    >>> generated_id(None, 7)
    'R7'
    """
    import hashlib

    if parsing.is_blank(name) or not _dedupe_key(name):
        return f"R{row}"
    digest = hashlib.blake2b(_dedupe_key(name).encode("utf-8"), digest_size=3).hexdigest()
    return f"K{digest.upper()}"


def _fill_ids(columns: dict[str, list], index: pd.Index) -> int:
    """Give every row without a 客户编号 an ID of :func:`generated_id`; a second row with the
    same made ID gets ``-2``, ``-3`` … Returns how many IDs were made."""
    ids = list(columns["customer_id"])
    blank = [i for i, v in enumerate(ids) if parsing.is_blank(v)]
    if not blank:
        return 0
    taken = {v for v in ids if not parsing.is_blank(v)}
    names = columns["name"]
    for i in blank:
        made = base = generated_id(names[i], int(index[i]))
        k = 1
        while made in taken:
            k += 1
            made = f"{base}-{k}"
        taken.add(made)
        ids[i] = made
    columns["customer_id"] = _objects(ids)
    return len(blank)


def _scaled(parser, factor: int):
    """An amount parser for a column whose header gives a unit (万元: × 10,000).

    A value that carries its own unit (``12.5万``, ``8,000元``) is taken as written.
    """
    def parse(value: object) -> tuple[float | None, str | None]:
        number, note = parser(value)
        if number is None or note == "amount_unit_guessed":
            return number, note
        if isinstance(value, str) and re.search(r"[元万亿]", value):
            return number, note
        return number * factor, note

    return parse


_MOBILE_STARTS = tuple(f"1{d}" for d in range(3, 10))


def _not_mobiles(mobiles, landlines) -> list[int]:
    """Rows with a mobile that is no mobile number and no landline."""
    mobile = np.asarray(mobiles, dtype=object)
    rows = np.flatnonzero(~np.equal(mobile, None) & np.equal(np.asarray(
        landlines, dtype=object), None))
    values = mobile[rows].tolist()
    n = len(values)
    clearly = (np.fromiter(map(len, values), dtype=np.int64, count=n) == 11) \
        & _mask(values, str.isdigit, n) & _mask(values, str.isascii, n) \
        & _mask(values, lambda v: v.startswith(_MOBILE_STARTS), n)
    return [int(pos) for pos in rows[~clearly] if not parsing.is_valid_mobile(mobiles[pos])]


def _move_landlines(columns: dict[str, list], raw: pd.DataFrame, by_key: dict[str, str],
                    notes: list[dict]) -> None:
    """A landline typed into the only phone column (电话/联系电话) goes to ``landline``.

    Only when that row's landline is empty; recorded as a ``landline_in_mobile`` warning.
    """
    header = by_key.get("mobile")
    if header is None:
        return
    raw_values = raw[header].tolist()
    mobiles, landlines = columns["mobile"], columns["landline"]
    for pos in _not_mobiles(mobiles, landlines):
        as_landline = parsing.normalise_landline(raw_values[pos])
        if parsing.is_valid_landline(as_landline):
            mobiles[pos], landlines[pos] = None, as_landline
            notes.append({"row": int(raw.index[pos]), "key": "mobile", "header": header,
                          "value": raw_values[pos], "code": "landline_in_mobile"})


# ------------------------------------------------------------------------------------------
# checking
# ------------------------------------------------------------------------------------------
def _rows(df: pd.DataFrame) -> list[int]:
    if df.index.name == "excel_row":
        return [int(i) for i in df.index]
    return list(range(2, 2 + len(df)))


@functools.lru_cache(maxsize=1 << 16)
def _dedupe_key(name: object) -> str:
    return re.sub(r"[\s\W_]+", "", parsing.to_halfwidth(str(name)).casefold())


def check_customers(customers: CustomerTable | pd.DataFrame, *, today: dt.date | None = None,
                    lang: str | None = None, progress=None) -> pd.DataFrame:
    """Check a customer table and return one row per problem; the table is not changed.

    Columns: ``row`` (the row number the person sees in Excel or the CSV, header included),
    ``column`` (the person's own header), ``value`` (as typed), ``problem`` (a stable code from
    :data:`PROBLEM_CODES`), ``message`` (in ``lang``) and ``severity`` (``error``/``warning``).

    Rules: a name is required; mobile = 11 digits ``1[3-9]…``; landline = area code 0xx/0xxx +
    7–8 digits; credit code = 18 characters with the GB 32100-2015 check character; duplicates by
    normalised mobile, or by name + city (the later row is reported); sales must not be
    negative; purchase/contact/created dates and birthdays must not be after ``today``;
    coordinates must lie in mainland China. Reading notes (unreadable dates or amounts, 万元 and
    Excel serial dates interpreted, unknown or clashing headers) are included: pass what
    :func:`read_customers` returned (a DataFrame is read first, as if it were a file).
    ``progress(done, total)`` is called after each of the seven checks (default: a bar in the
    terminal for more than 20,000 rows).

    Examples
    --------
    >>> import pandas as pd
    >>> df = read_customers(pd.DataFrame({"客户名称": ["甲", "甲"], "城市": ["开平", "开平"]}))
    >>> check_customers(df)[["row", "problem"]].values.tolist()
    [[3, 'duplicate_customer']]
    """
    table = customers if isinstance(customers, CustomerTable) else read_customers(customers)
    df, reading = table.data, table.reading
    today = today or dt.date.today()
    rows = _rows(df)
    with language(lang):
        problems: list[dict] = []
        where, header_of = reading.where, reading.header

        def add(row: int, key: str | None, value: object, code: str, header: str | None = None,
                **extra: object) -> None:
            column = header or (header_of(key) if key else "")
            shown = "" if parsing.is_blank(value) else str(value)
            problems.append({
                "row": row, "column": column, "value": shown, "problem": code,
                "message": t(f"problem.{code}", where=where(row), header=column,
                             column=t("where.column", column=column), value=shown, **extra),
                "severity": PROBLEM_CODES[code]})

        header_row = reading.header_row
        for header in reading.unknown:
            add(header_row, None, "", "unknown_column", header=header)
        for header, earlier, canonical in reading.clashes:
            problems.append({
                "row": header_row, "column": header, "value": "", "problem": "duplicate_column",
                "message": t("problem.duplicate_column", header=earlier, other=header,
                             value=t(f"col.{canonical}")),
                "severity": PROBLEM_CODES["duplicate_column"]})
        for note in reading.header_notes:
            fields = {k: v for k, v in note.items()
                      if k not in ("header", "code", "key", "keys")}
            if "key" in note:  # translated now, in the language of the check
                fields["value"] = t(f"col.{note['key']}")
            if "keys" in note:  # a header that fits two columns
                fields["value"], fields["other"] = (t(f"col.{k}") for k in note["keys"][:2])
            problems.append({
                "row": header_row, "column": note["header"], "value": "",
                "problem": note["code"],
                "message": t(f"problem.{note['code']}", header=note["header"], **fields),
                "severity": PROBLEM_CODES[note["code"]]})
        for note in reading.notes:
            extra = {k: note[k] for k in ("amount", "date", "year") if k in note}
            add(note["row"], note["key"], note["value"], note["code"], header=note["header"],
                **extra)
        with rows_progress(progress, len(df), t("progress.check", file=reading.file or "")
                           ) as tick:
            _check_values(df, rows, add, header_of, today, tick, reading.duplicates)
    out = pd.DataFrame(problems, columns=["row", "column", "value", "problem", "message",
                                          "severity"])
    order = {h: i for i, h in enumerate([*reading.headers.values(), *reading.unknown])}
    out["_order"] = out["column"].map(order).fillna(len(order))
    out = out.sort_values(["row", "_order"], kind="stable").drop(columns="_order")
    return out.reset_index(drop=True).astype({"row": "int64"})


def _check_values(df, rows, add, header_of, today, tick, pairs=None) -> None:
    """The checks of the rows, in seven steps (``tick(done, 7)`` after each)."""
    n = len(df)
    names = df["name"].tolist()
    for i in range(n):
        if parsing.is_blank(names[i]):
            add(rows[i], "name", "", "missing_name")
    tick(1, 7)
    for step, (key, valid, code) in enumerate((
            ("mobile", parsing.is_valid_mobile, "invalid_mobile"),
            ("landline", parsing.is_valid_landline, "invalid_landline"),
            ("email", parsing.is_valid_email, "invalid_email"),
            ("credit_code", parsing.is_valid_credit_code, "invalid_credit_code")), start=2):
        values = df[key].tolist()
        bad = {}  # each distinct value checked once
        for i, value in enumerate(values):
            if value not in bad:
                bad[value] = not parsing.is_blank(value) and not valid(value)
            if bad[value]:
                add(rows[i], key, value, code)
        tick(step, 7)
    sales = df["annual_sales"].to_numpy(dtype="float64")
    for i in np.flatnonzero(sales < 0):
        add(rows[i], "annual_sales", _fmt_number(sales[i]), "negative_sales")
    today_ts = pd.Timestamp(today)
    for key in _PAST_DATES:
        column = df[key]
        for i in np.flatnonzero((column > today_ts).to_numpy()):
            add(rows[i], key, column.iloc[i].date().isoformat(), "future_date")
    lat = df["latitude"].to_numpy(dtype="float64")
    lon = df["longitude"].to_numpy(dtype="float64")
    has_lat, has_lon = ~np.isnan(lat), ~np.isnan(lon)
    for i in np.flatnonzero(has_lat ^ has_lon):
        add(rows[i], "latitude" if has_lat[i] else "longitude", "", "incomplete_coordinates")
    both_given = has_lat & has_lon
    outside = both_given & ~((lat >= _CHINA_LAT[0]) & (lat <= _CHINA_LAT[1])
                             & (lon >= _CHINA_LON[0]) & (lon <= _CHINA_LON[1]))
    for i in np.flatnonzero(outside):
        add(rows[i], "latitude", f"{lat[i]:g}, {lon[i]:g}", "coordinates_outside_china")
    tick(6, 7)
    _check_duplicates(df, rows, add, pairs)
    tick(7, 7)


def _fmt_number(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _check_duplicates(df, rows, add, pairs=None) -> None:
    ids = df["customer_id"].tolist()
    first_id: dict[str, int] = {}
    for i, value in enumerate(ids):
        if parsing.is_blank(value):
            continue
        if value in first_id:
            add(rows[i], "customer_id", value, "duplicate_id", other=rows[first_id[value]])
        else:
            first_id[value] = i
    names = df["name"].tolist()
    position = {row: i for i, row in enumerate(rows)}
    if pairs is None:
        pairs = duplicate_rows(df)
    for row, other, reason in pairs:
        if row in position and other in position:
            add(row, "name", names[position[row]], "duplicate_customer", other=other,
                reason=t(f"reason.{reason}"))


def duplicate_rows(df: pd.DataFrame) -> list[tuple[int, int, str]]:
    """The rows that repeat an earlier customer: ``(row, earlier row, reason)``.

    A row repeats an earlier one with the same valid mobile number (``same_mobile``), else
    with the same name and city compared without spaces, punctuation or case
    (``same_name_city``). Rows are the Excel rows of ``df``'s index (``excel_row``), else
    2, 3, …

    >>> df = pd.DataFrame({"name": ["甲公司", "乙", "甲 公司"], "mobile": ["13812345678", None,
    ...                    "13812345678"], "city": [None, None, None]})
    >>> duplicate_rows(df)
    [(4, 2, 'same_mobile')]
    """
    n = len(df)
    if n == 0:
        return []
    rows = np.asarray(_rows(df))
    positions = np.arange(n)
    mobiles = df["mobile"] if "mobile" in df else pd.Series([None] * n)
    valid = np.array([not parsing.is_blank(m) and parsing.is_valid_mobile(m)
                      for m in mobiles.tolist()], dtype=bool) if n else np.zeros(0, bool)
    first_mobile = np.full(n, -1)
    if valid.any():
        codes, _ = pd.factorize(mobiles.to_numpy(dtype=object)[valid])
        first = pd.Series(positions[valid]).groupby(codes).transform("min").to_numpy()
        first_mobile[valid] = first
    names = df["name"].tolist() if "name" in df else [None] * n
    cities = df["city"].tolist() if "city" in df else [None] * n
    named = np.array([not parsing.is_blank(v) for v in names], dtype=bool)
    first_name = np.full(n, -1)
    if named.any():
        keys = [(_dedupe_key(names[i]), "" if parsing.is_blank(cities[i])
                 else _dedupe_key(cities[i])) for i in np.flatnonzero(named)]
        codes, _ = pd.factorize(pd.Series(keys, dtype=object))
        first = pd.Series(positions[named]).groupby(codes).transform("min").to_numpy()
        first_name[named] = first
    out = []
    for i in np.flatnonzero(((first_mobile >= 0) & (first_mobile != positions))
                            | ((first_name >= 0) & (first_name != positions))):
        if first_mobile[i] >= 0 and first_mobile[i] != i:
            out.append((int(rows[i]), int(rows[first_mobile[i]]), "same_mobile"))
        else:
            out.append((int(rows[i]), int(rows[first_name[i]]), "same_name_city"))
    return out


# ------------------------------------------------------------------------------------------
# prospect classes (成熟 / 希望 / 潜在)
# ------------------------------------------------------------------------------------------
_HIGH_WORDS = {"高", "强", "大", "有", "是", "high", "strong", "yes", "y", "true", "h"}
_LOW_WORDS = {"低", "弱", "小", "无", "否", "中", "一般", "low", "weak", "no", "n", "false", "l",
              "medium", "mid"}


def _is_high(value: object, threshold: float) -> bool | None:
    """Whether a judgement counts as high; ``None`` when blank; ``ValueError`` when unreadable."""
    if parsing.is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    number, _ = parsing.parse_float(value)
    if number is not None:
        return number >= threshold
    word = parsing.to_halfwidth(str(value)).strip().lower()
    if word in _HIGH_WORDS or word in {w + "的" for w in _HIGH_WORDS}:
        return True
    if word in _LOW_WORDS:
        return False
    raise ValueError(value)


def _prospect_inputs(df: pd.DataFrame, desire: str, ability: str, reading: Reading
                     ) -> tuple[list[str], dict[str, str]]:
    """The table's columns holding desire and ability, each with the header the person wrote.
    A column is found by its name, else through the customer table's header mapping
    (购买欲望 / 购买意愿 / purchase desire …, :func:`map_headers`), so a table that was never
    read by :func:`read_customers` works too."""
    mapping = map_headers([c for c in df.columns if isinstance(c, str)])[0]
    columns, shown = [], {}
    for wanted in (desire, ability):
        column = wanted if wanted in df.columns else next(
            (h for h, canonical in mapping.items() if canonical == wanted), None)
        if column is None:
            where = (t("where.file_sheet", file=reading.file, sheet=reading.sheet)
                     if reading.sheet else reading.file or "")
            where = where + t("sep.clause") if where else ""
            raise SalesopsError(where + t("error.missing_columns", columns=t(
                "sep.list").join(t(f"col.{c}") if f"col.{c}" in CATALOGUE else c
                                 for c in (desire, ability))))
        columns.append(column)
        shown[column] = reading.headers.get(column) or column
    return columns, shown


def check_prospects(customers: CustomerTable | pd.DataFrame, desire: str = "purchase_desire",
                    ability: str = "purchasing_power", *, threshold: float = 3,
                    lang: str | None = None) -> pd.DataFrame:
    """The desire and ability cells that cannot be read as high or low (the problems table).

    One row per cell: ``row`` (Excel row), ``column`` (the person's own header), ``value``,
    ``problem`` (``bad_prospect_input``), ``severity`` (``error``) and ``message``, which names
    the file, sheet and row.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame({"公司名称": ["甲", "乙"], "购买意愿": ["高", "还行"], "购买力": [4, 2]})
    >>> check_prospects(raw)[["row", "column", "value"]].values.tolist()
    [[3, '购买意愿', '还行']]
    """
    df, reading = as_frame(customers), reading_of(customers)
    columns, shown = _prospect_inputs(df, desire, ability, reading)
    out = []
    with language(lang):
        for row, values in zip(_rows(df), df[columns].itertuples(index=False),
                               strict=True):
            for column, value in zip(columns, values, strict=True):
                try:
                    _is_high(value, threshold)
                except ValueError:
                    out.append({"row": row, "column": shown[column], "value": str(value),
                                "problem": "bad_prospect_input", "severity": "error",
                                "message": t("error.bad_prospect_input",
                                             where=reading.where(row),
                                             column=shown[column], value=value)})
    return pd.DataFrame(out, columns=["row", "column", "value", "problem", "severity",
                                      "message"])


def classify_prospects(customers: CustomerTable | pd.DataFrame, desire: str = "purchase_desire",
                       ability: str = "purchasing_power", *, threshold: float = 3,
                       column: str = "prospect_class", errors: str = "raise") -> pd.DataFrame:
    """Classify prospects by purchase desire × purchasing power (000 §任务三, 陌生拜访).

    Rule: both high → ``mature`` (成熟客户: ready to buy, close soon); exactly one high →
    ``hopeful`` (希望客户: either wants it but cannot yet pay, or could pay but is not yet
    convinced — cultivate); neither high → ``potential`` (潜在客户: keep in the pool).
    A score counts as high when it is ``>= threshold`` (default 3 on a 1–5 scale); words such
    as 高/强/大/high count as high, 中/低/弱/小/low as not high. A missing input leaves the
    class empty (``<NA>``) rather than guessing.

    Parameters
    ----------
    customers
        The customer table (not modified): read by :func:`read_customers`, or any table whose
        headers the customer table's mapping knows (购买欲望 / 购买意愿 / 需求程度,
        购买能力 / 购买力 / 支付能力, English too).
    desire, ability
        Column names holding the two judgements (scores or words).
    threshold
        Lowest score that counts as high.
    column
        Output column, by default the canonical ``prospect_class``.
    errors
        ``"raise"``: a cell that is neither a score nor a known word raises a
        :class:`SalesopsError` naming the file, sheet, Excel row and header;
        ``"coerce"``: its class is left empty (list them with :func:`check_prospects`).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"purchase_desire": [5, "高", 1, None],
    ...                    "purchasing_power": [4, "低", 2, 5]})
    >>> classify_prospects(df)["prospect_class"].tolist()
    ['mature', 'hopeful', 'potential', <NA>]
    >>> raw = pd.DataFrame({"公司名称": ["开平甲公司"], "购买意愿": ["强"], "购买力": ["弱"]})
    >>> classify_prospects(raw)["prospect_class"].tolist()
    ['hopeful']
    """
    if errors not in ("raise", "coerce"):
        raise SalesopsError(t("error.choice", name="errors", value=errors,
                              choices=t("sep.list").join(("raise", "coerce"))))
    df = as_frame(customers)
    (d_col, a_col), _shown = _prospect_inputs(df, desire, ability, reading_of(customers))
    if errors == "raise":
        problems = check_prospects(customers, d_col, a_col, threshold=threshold)
        if len(problems):
            raise SalesopsError(problems["message"].iloc[0])
    out = df.copy()
    classes = []
    for d, a in zip(df[d_col].tolist(), df[a_col].tolist(), strict=True):
        try:
            high_d, high_a = _is_high(d, threshold), _is_high(a, threshold)
        except ValueError:
            high_d = high_a = None
        if high_d is None or high_a is None:
            classes.append(None)
        else:
            classes.append(PROSPECT_CLASSES[2 - (high_d + high_a)])
    out[column] = pd.Series(classes, index=df.index, dtype="string")
    return out
