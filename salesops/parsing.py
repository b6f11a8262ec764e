"""Cell-value parsers for what people type into spreadsheets.

Full-width digits and punctuation (what a Chinese IME produces), phone numbers with spaces and
dashes, dates written five different ways or stored as Excel serial numbers, amounts with
thousands separators, 元 or 万元. Every parser returns the parsed value (or ``None`` when it
cannot read the text, never a guess) and, where it had to interpret, a short note code.

Examples
--------
>>> parse_amount("12.5万元")
(125000.0, 'amount_unit_guessed')
>>> parse_date("2026年11月22日")
(datetime.date(2026, 11, 22), None)
>>> normalise_mobile("+86 138-1234-5678")
'13812345678'
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation

from .errors import SalesopsError
from .labels import t

__all__ = [
    "credit_code_check_char",
    "format_hhmm",
    "is_blank",
    "is_valid_credit_code",
    "is_valid_email",
    "is_valid_landline",
    "is_valid_mobile",
    "normalise_landline",
    "normalise_mobile",
    "normalise_text",
    "parse_amount",
    "parse_date",
    "parse_float",
    "parse_hhmm",
    "resolve_date",
    "to_halfwidth",
]

#: the white space around a value that makes no difference (incl. the ideographic space)
WHITE_SPACE = " \t\r\n\u3000\u00a0"
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's 1900 system, after its 1900-02-29 bug
_SERIAL_MIN, _SERIAL_MAX = 1, 2958465  # 1900-01-01 .. 9999-12-31


def is_blank(value: object) -> bool:
    """True for None, NaN/NaT and strings that are empty after stripping (incl. U+3000)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip(WHITE_SPACE) == ""
    if isinstance(value, int | float | dt.date):  # bool, float64, Timestamp: NaN/NaT only
        return value != value
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not isinstance(value, list | tuple | dict) else False
    except (TypeError, ValueError):
        return False


#: full-width ASCII (U+FF01–U+FF5E) and the ideographic space, to their half-width forms
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (Ａ１２，．－) to half-width and U+3000 to a space; nothing else changes.

    Unlike NFKC this leaves CJK text, circled numbers and units alone.

    >>> to_halfwidth("１３８ １２３４ ５６７８")
    '138 1234 5678'
    """
    return text if text.isascii() else text.translate(_HALFWIDTH)


def normalise_text(value: object) -> str | None:
    """Strip surrounding white space (incl. full-width and no-break spaces); blank → None.

    Numbers that came from Excel as floats but are whole (``13812345678.0``) become digit
    strings, because identifiers and phone numbers are text.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip(WHITE_SPACE)


def _digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


def normalise_mobile(value: object) -> str | None:
    """Mobile number as 11 digits: drops spaces, dashes, brackets and a +86/0086 prefix.

    Text that does not look like a phone number at all is returned stripped, unchanged, so
    that the checker can report it with the user's own spelling.
    """
    text = normalise_text(value)
    if text is None:
        return None
    half = to_halfwidth(text)
    if not re.fullmatch(r"[\d\s\-()+.]+", half):
        return text
    digits = _digits_only(half)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == 11 + len(prefix):
            digits = digits[len(prefix):]
    return digits


def is_valid_mobile(text: str | None) -> bool:
    """Mainland mobile numbers: 11 digits, ``1[3-9]`` then nine more."""
    return bool(text) and bool(_MOBILE_RE.match(text))


_LANDLINE_RE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))-(\d{7,8})(?:-(\d{1,6}))?$")
_THREE_DIGIT_AREAS = re.compile(r"^0(?:10|2\d)")


def normalise_landline(value: object) -> str | None:
    """Landline as ``AREA-NUMBER[-EXT]``, e.g. ``(0750)2212345转8`` → ``0750-2212345-8``.

    Area codes are 010 and 02x (three digits) or 0xxx (four digits), per China's numbering
    plan; Kaiping and the rest of Jiangmen are 0750.
    """
    text = normalise_text(value)
    if text is None:
        return None
    half = to_halfwidth(text)
    half = re.sub(r"\s*(转|分机|ext\.?|x)\s*", "#", half, flags=re.IGNORECASE)
    if not re.fullmatch(r"[\d\s\-()+.#]+", half):
        return text
    main, _, ext = half.partition("#")
    digits = _digits_only(main)
    if digits.startswith("0086"):
        digits = "0" + digits[4:]
    elif digits.startswith("86") and len(digits) >= 11:
        digits = "0" + digits[2:]
    dashed = [g.strip() for g in main.split("-")]
    if not ext and len(dashed) == 3 and re.fullmatch(r"0\d{2,3}", dashed[0]) and re.fullmatch(
            r"\d{7,8}", dashed[1]) and dashed[2].isdigit():
        # "0750-2212345-8": area, number and extension written with dashes
        digits, ext = dashed[0] + dashed[1], dashed[2]
    elif not ext and len(digits) > 12:
        # a trailing group that makes the number too long is an extension
        groups = [g for g in re.split(r"[\s\-()+.]+", main) if g]
        if len(groups) >= 2 and len(digits) - len(groups[-1]) <= 12:
            digits, ext = digits[:-len(groups[-1])], groups[-1]
    if digits.startswith("0"):
        area_len = 3 if _THREE_DIGIT_AREAS.match(digits) else 4
        digits = f"{digits[:area_len]}-{digits[area_len:]}"
    ext_digits = _digits_only(ext)
    return f"{digits}-{ext_digits}" if ext_digits else digits


def is_valid_landline(text: str | None) -> bool:
    """True for ``0AREA-NNNNNNN[N][-EXT]`` as produced by :func:`normalise_landline`."""
    return bool(text) and bool(_LANDLINE_RE.match(text))


_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def is_valid_email(text: str | None) -> bool:
    """A pragmatic e-mail check: local@domain.tld, ASCII, no spaces."""
    return bool(text) and bool(_EMAIL_RE.match(text))


CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, Z, S, V
_CREDIT_WEIGHTS = [pow(3, i, 31) for i in range(17)]  # 3^(i-1) mod 31 for positions 1..17


def credit_code_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a credit code.

    C18 = 31 − (Σ Ci·Wi mod 31), Wi = 3^(i−1) mod 31, with 31 written as 0.

    >>> credit_code_check_char("91440783MA4UJ1EA7")
    'X'
    """
    if len(first17) != 17 or any(c not in CREDIT_CODE_ALPHABET for c in first17):
        raise ValueError(t("error.credit_code_first17", alphabet=repr(CREDIT_CODE_ALPHABET),
                           value=repr(first17)))
    total = sum(CREDIT_CODE_ALPHABET.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS,
                                                                   strict=True))
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def is_valid_credit_code(text: str | None) -> bool:
    """18 characters of the 31-character alphabet with the right check character."""
    if not text or len(text) != 18 or any(c not in CREDIT_CODE_ALPHABET for c in text):
        return False
    return credit_code_check_char(text[:17]) == text[17]


def normalise_credit_code(value: object) -> str | None:
    """Upper-case, half-width, no spaces or dashes: ``9144 0783-ma4u...`` → ``91440783MA4U...``."""
    text = normalise_text(value)
    if text is None:
        return None
    return re.sub(r"[\s\-]", "", to_halfwidth(text)).upper()


_DATE_PATTERNS = [
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}[:：]\d{2}([:：]\d{2}(\.\d+)?)?$")


_EXCEL_EPOCH_1904 = dt.date(1904, 1, 1)  # Excel for Mac before 2011, "1904 date system"
#: a date before this is a typing slip (1190-05-01), and Excel cannot hold it
FIRST_PLAUSIBLE_YEAR = 1900


def _serial_to_date(serial: float, date1904: bool = False) -> dt.date:
    epoch = _EXCEL_EPOCH_1904 if date1904 else _EXCEL_EPOCH
    return epoch + dt.timedelta(days=int(serial))


def parse_date(value: object, *, date1904: bool = False) -> tuple[dt.date | None, str | None]:
    """Read a date typed by a person or stored by Excel.

    Accepts ``date``/``datetime``/``Timestamp``, ``2026-11-22``, ``2026/11/22``, ``2026.11.22``,
    ``2026年11月22日``, ``20261122``, the year last when the order is certain (``8/30/2026``
    as US exports write it, ``30/8/2026``; ``8/9/2026`` could be either and is not read)
    (full-width digits too, a trailing time is ignored) and
    Excel serial numbers (``46348`` → 2026-11-22, note ``"date_serial"``; with
    ``date1904=True`` counted from 1904-01-01, as in workbooks set to the 1904 date system).

    Returns ``(date, note)``; ``(None, None)`` for blank, ``(None, "bad_date")`` for text
    that is not a date and ``(None, "implausible_date")`` for a year before 1900.

    >>> parse_date(46348)
    (datetime.date(2026, 11, 22), 'date_serial')
    >>> parse_date(46348 - 1462, date1904=True)
    (datetime.date(2026, 11, 22), 'date_serial')
    >>> parse_date("下周三"), parse_date("1190-05-01")
    ((None, 'bad_date'), (None, 'implausible_date'))
    >>> parse_date("8/30/2026")[0], parse_date("30.8.2026")[0], parse_date("8/9/2026")
    (datetime.date(2026, 8, 30), datetime.date(2026, 8, 30), (None, 'bad_date'))
    """
    parsed, note = _parse_date(value, date1904)
    if parsed is not None and parsed.year < FIRST_PLAUSIBLE_YEAR:
        return None, "implausible_date"
    return parsed, note


def _parse_date(value: object, date1904: bool) -> tuple[dt.date | None, str | None]:
    if is_blank(value):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date(), None
    if isinstance(value, bool):
        return None, "bad_date"
    if isinstance(value, int | float):
        if not float(value).is_integer():
            return None, "bad_date"
        number = int(value)
        if 19000101 <= number <= 29991231:
            found = _match_date(str(number))
            return (found, None) if found else (None, "bad_date")
        if _SERIAL_MIN <= number <= _SERIAL_MAX:
            return _serial_to_date(number, date1904), "date_serial"
        return None, "bad_date"
    text = to_halfwidth(str(value)).strip()
    text = _TIME_SUFFIX.sub("", text).strip()
    found = _match_date(text)
    if found:
        return found, None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _serial_to_date(float(text), date1904), "date_serial"
    return None, "bad_date"


_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_RELATIVE_DATE = re.compile(
    r"(今天|今日|明天|明日|后天|昨天|前天|下周|下星期|下礼拜|本周|这周|上周|周[一二三四五六日天末]|"
    r"星期[一二三四五六日天]|礼拜[一二三四五六日天]|下个?月|月底|月初|年底|年初|过几天|改天|"
    r"\b(today|tomorrow|yesterday|next|this|last|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)", re.IGNORECASE)


def resolve_date(value: object, near: dt.date, *, past: bool = False, date1904: bool = False
                 ) -> tuple[dt.date | None, str | None]:
    """Read a date typed into a plan, where the year may be left out.

    Everything :func:`parse_date` reads, plus month and day alone — ``12/5``, ``12-5``,
    ``12月5日``, ``11.25`` — resolved to the year that puts the date nearest to ``near`` (the
    plan's dates, so ``1/3`` in a December–January plan is next January). Such a date carries
    the note ``"date_year_assumed"``. Relative words (``明天``, ``下周三``, ``tomorrow``) are
    never guessed: ``(None, "relative_date")``. A number like ``11.2`` (11.2 or 11.20?) is
    ``(None, "bad_date")``. With ``past=True`` (a last contact, a purchase: days that have
    been) the year is the latest that puts the date on or before ``near`` (``11月3日`` read on
    2026-12-07 is 2026-11-03; ``12月20日`` is 2025-12-20).

    Examples
    --------
    >>> near = dt.date(2026, 11, 30)
    >>> resolve_date("12/5", near)
    (datetime.date(2026, 12, 5), 'date_year_assumed')
    >>> resolve_date("1月3日", near)
    (datetime.date(2027, 1, 3), 'date_year_assumed')
    >>> resolve_date("明天", near), resolve_date(11.25, near)[0]
    ((None, 'relative_date'), datetime.date(2026, 11, 25))
    >>> resolve_date("12月20日", dt.date(2026, 12, 7), past=True)
    (datetime.date(2025, 12, 20), 'date_year_assumed')
    """
    parsed, note = parse_date(value, date1904=date1904)
    if parsed is not None or note != "bad_date":
        return parsed, note
    if isinstance(value, float):
        text = repr(value)
        if not re.fullmatch(r"\d{1,2}\.\d{2}", text):  # 11.2 was 11.2 or 11.20: not known
            return None, "bad_date"
    else:
        text = to_halfwidth(str(value)).strip()
    match = _MONTH_DAY.match(text)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        best = None
        for year in (near.year - 1, near.year, near.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if past:
                if candidate <= near and (best is None or candidate > best):
                    best = candidate
            elif best is None or abs((candidate - near).days) < abs((best - near).days):
                best = candidate
        return (best, "date_year_assumed") if best else (None, "bad_date")
    if _RELATIVE_DATE.search(text):
        return None, "relative_date"
    return None, "bad_date"


#: the year last, as US-made exports (Salesforce, HubSpot) and some European files write it
_YEAR_LAST = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")


def _match_date(text: str) -> dt.date | None:
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    m = _YEAR_LAST.match(text)
    if m:  # 8/30/2026 is month first, 30/8/2026 day first; 8/9/2026 could be either: not read
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if (a > 12) == (b > 12):
            return None
        month, day = (b, a) if a > 12 else (a, b)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


_CLOCK = re.compile(r"(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?")


def parse_datetime(value: object, day: dt.date | None = None
                   ) -> tuple[dt.datetime | None, str | None]:
    """Read a moment: a date with a clock time, or a clock time alone on ``day``.

    Accepts ``datetime``/``Timestamp``, ``2026-11-20 10:02:15`` (any date spelling of
    :func:`parse_date`, ``T`` or a space before the time), Excel serials with a fraction
    (``46346.5`` → noon) and, when ``day`` is given, a time alone (``10:02:15``, ``10：02``,
    a ``datetime.time`` or Excel's fraction of a day ``0.42``). A date without a time is
    midnight. Returns ``(None, "bad_datetime")`` for anything else, never a guess.

    >>> parse_datetime("2026/11/20 10:02:15")
    (datetime.datetime(2026, 11, 20, 10, 2, 15), None)
    >>> parse_datetime("10:02:21", day=dt.date(2026, 11, 20))
    (datetime.datetime(2026, 11, 20, 10, 2, 21), None)
    >>> parse_datetime("10:02:21")
    (None, 'bad_datetime')
    """
    if is_blank(value):
        return None, None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None), None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().replace(tzinfo=None), None
    if isinstance(value, dt.time):
        return (dt.datetime.combine(day, value), None) if day else (None, "bad_datetime")
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()), None
    if isinstance(value, bool):
        return None, "bad_datetime"
    if isinstance(value, int | float):
        if not math.isfinite(value) or value < 0:
            return None, "bad_datetime"
        if value < 1:  # a time of day as Excel stores it
            if day is None:
                return None, "bad_datetime"
            return dt.datetime.combine(day, dt.time()) + dt.timedelta(
                seconds=round(value * 86400)), None
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return (dt.datetime.combine(_serial_to_date(value), dt.time())
                    + dt.timedelta(seconds=round((value % 1) * 86400))), None
        return None, "bad_datetime"
    text = to_halfwidth(str(value)).strip()
    clock = _CLOCK.search(text)
    rest = text[:clock.start()].strip(" T") if clock else text
    if rest:
        found = _match_date(rest)
        if found is None:
            return None, "bad_datetime"
    elif day is not None and clock:
        found = day
    else:
        return None, "bad_datetime"
    if clock is None:
        return dt.datetime.combine(found, dt.time()), None
    if text[clock.end():].strip():
        return None, "bad_datetime"
    hour, minute, second = (int(g) if g else 0 for g in clock.groups())
    if hour > 23 or minute > 59 or second > 59:
        return None, "bad_datetime"
    return dt.datetime(found.year, found.month, found.day, hour, minute, second), None


_AMOUNT_CLEAN = re.compile(r"[,\s¥￥$]|RMB|CNY|人民币", re.IGNORECASE)


def parse_amount(value: object) -> tuple[float | None, str | None]:
    """Read an amount in yuan: ``1,234.5``, ``1234元``, ``¥1,234``, ``12.5万`` / ``12.5万元``.

    万 multiplies by 10,000 (note ``"amount_unit_guessed"`` so the reader can show it);
    ``(1,234)`` is negative as in accounting. Returns ``(None, "bad_number")`` for text.

    >>> parse_amount("1,234元")
    (1234.0, None)
    """
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return None, "bad_number"
    if isinstance(value, int | float):
        return (float(value), None) if math.isfinite(value) else (None, "bad_number")
    text = to_halfwidth(str(value)).strip().replace("−", "-")
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    factor, note = 1, None
    text = _AMOUNT_CLEAN.sub("", text)
    if text.endswith("元"):
        text = text[:-1]
    if text.endswith("万"):
        text, factor, note = text[:-1], 10_000, "amount_unit_guessed"
    elif text.endswith("亿"):
        text, factor, note = text[:-1], 100_000_000, "amount_unit_guessed"
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None, "bad_number"
    if not number.is_finite():
        return None, "bad_number"
    number *= factor
    return float(-number if negative else number), note


def parse_float(value: object) -> tuple[float | None, str | None]:
    """A plain number (coordinates, scores); full-width digits accepted."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return None, "bad_number"
    if isinstance(value, int | float):
        return (float(value), None) if math.isfinite(value) else (None, "bad_number")
    try:
        number = float(to_halfwidth(str(value)).strip().replace(",", ""))
    except ValueError:
        return None, "bad_number"
    return (number, None) if math.isfinite(number) else (None, "bad_number")


def parse_hhmm(value: object) -> int:
    """Minutes after midnight of a clock time: ``09:00``, ``9:30``, ``０９：００``, ``0900``.

    ``24:00`` is allowed (the end of a day); anything else raises :class:`SalesopsError`.

    >>> parse_hhmm("09:30"), parse_hhmm("２３：００"), parse_hhmm("24:00")
    (570, 1380, 1440)
    """
    text = to_halfwidth(str(value)).strip().replace("：", ":")
    m = re.fullmatch(r"(\d{1,2}):?(\d{2})", text)
    if not m or int(m.group(2)) > 59 or int(m.group(1)) * 60 + int(m.group(2)) > 24 * 60:
        raise SalesopsError(t("error.roster_time", value=value))
    return int(m.group(1)) * 60 + int(m.group(2))


def format_hhmm(minutes: float) -> str:
    """``HH:MM`` of minutes after midnight (rounded; past midnight wraps to the next day).

    >>> format_hhmm(570), format_hhmm(1500.4)
    ('09:30', '01:00')
    """
    m = round(minutes) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"
