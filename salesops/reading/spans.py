"""Time spans and shift codes as people write them in a roster grid.

One parser for every grid read (a roster written by salesops and filled in by hand, a homework
roster, a team's own sheet): ``9-17``, ``09:00-17:00``, ``9:00～17:00``, ``9点-17点``,
``9:30至17:30``, full-width digits; a shift's name as written in the legend, also with 班
(``早班`` is ``早``); a day off as 休, 休息, off, rest, -, x.

Examples
--------
>>> span_minutes("9点-17点"), span_minutes("９：００～１７：００"), span_minutes("22-6")
((540, 1020), (540, 1020), (1320, 1800))
>>> shift_key("早班"), shift_key(" 晚 "), is_day_off("休息")
('早', '晚', True)
"""

from __future__ import annotations

import re

from ..parsing import is_blank, to_halfwidth

__all__ = ["OFF_CODES", "is_day_off", "shift_key", "span_minutes"]

#: what people write for a day off (compared after stripping; case does not matter)
OFF_CODES = {"休", "休息", "off", "rest", "-", "—", "x", "OFF", "R", "休假", "公休", "轮休"}
_OFF = {c.lower() for c in OFF_CODES}

_CLOCK = r"(\d{1,2})(?:\s*[:：点时]\s*(\d{1,2})?\s*(?:分)?)?"
_SPAN = re.compile(rf"^\s*{_CLOCK}\s*[-–—~～〜至到]+\s*{_CLOCK}\s*$")


def is_day_off(value: object) -> bool:
    """Blank, or a word for a day off (休, 休息, off, rest, -, x …)."""
    if is_blank(value):
        return True
    return to_halfwidth(str(value)).strip().lower() in _OFF


def span_minutes(text: object) -> tuple[int, int] | None:
    """Start and end minutes of a written time span; an end at or before the start is the
    next day. None when ``text`` is not a span (or names a time past 24:00)."""
    if is_blank(text):
        return None
    m = _SPAN.match(to_halfwidth(str(text)))
    if not m:
        return None
    h1, m1, h2, m2 = (int(g) if g else 0 for g in m.groups())
    a, b = h1 * 60 + m1, h2 * 60 + m2
    if m1 > 59 or m2 > 59 or a > 24 * 60 or b > 24 * 60:
        return None
    return a, (b if b > a else b + 24 * 60)


def shift_key(value: object) -> str:
    """A shift's name as the legend writes it: half-width, stripped, without a trailing 班
    (``早班`` → ``早``, ``中 班`` → ``中``)."""
    text = re.sub(r"\s+", "", to_halfwidth(str(value)))
    return text[:-1] if len(text) > 1 and text.endswith("班") else text
