"""Excel trackers: the one place that writes and reads salesops .xlsx files (openpyxl).

A *tracker* is a DataFrame plus a column spec (:class:`Column`: header per language, kind,
width, dropdown choices, conditional highlight). :func:`write_trackers` writes one or more
trackers into one workbook, each as a real Excel table (autofilter, banded rows) under a title
and a generated-at line, with a frozen header, column widths, dropdown validations, conditional
formats, print set-up (landscape, fit to width, header repeated) and a 说明/README sheet that
explains every column. Styles and title text come from ``templates/tracker.xlsx``, which a
teacher can restyle in Excel or WPS.

openpyxl writes the workbook's structure (styles, tables, validations, conditional formats,
charts, page set-up, the title and header rows). The rows below a sheet's header — the bulk of
a 100,000-customer workbook — are made as XML text: each distinct value of a column becomes the
cell openpyxl would write for it once, and the rows are joined from those pieces
(:class:`_Body`), which is several times faster than XlsxWriter writing the same rows
(``benchmarks/customers.py``).

Safety rules (DESIGN.md, "Nothing lost"):

* text that Excel would take as a formula (``= + - @``, tab, CR, LF at the start) is written as
  text with Excel's quote prefix, so it stays text even when the cell is edited;
* IDs, phone numbers and credit codes are text cells in text-formatted columns;
* characters XML cannot hold are escaped the way Excel does (``_x0001_``) and restored on reading;
* the workbook is written to a temporary file in the target folder and renamed into place; an
  existing file is replaced only with ``overwrite=True``, and then the old one is kept as the
  next numbered backup ``name.bak1.xlsx``, ``name.bak2.xlsx`` … (the newest five kept; a
  backup is never itself overwritten); the caller's input files, and backups of the output,
  are never the output (:func:`guard_output`).

:func:`read_tracker` reads a tracker back after a person edited it, returning the table in
canonical columns and the rows added, edited and deleted since it was written (a hidden, very
hidden sheet keeps what was written).

Examples
--------
>>> import pandas as pd, tempfile, pathlib
>>> df = pd.DataFrame({"name": ["开平甲公司"], "mobile": ["13812345678"]})
>>> tracker = Tracker("customers", df, [Column("name"), Column("mobile", kind="id")])
>>> path = write_trackers(pathlib.Path(tempfile.mkdtemp()) / "t.xlsx", [tracker])
>>> read_tracker(path).frame[["name", "mobile"]].values.tolist()
[['开平甲公司', '13812345678']]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import math
import os
import re
import stat
import string
import tempfile
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from . import parsing
from .errors import InputFileError, OverwriteError, SalesopsError
from .labels import CATALOGUE, get_language, language, normalise_language, t
from .reading import (
    excel_column_letter,
    find_header_row,
    header_key,
    input_file,
    open_workbook,
    sheet_rows,
)

__all__ = [
    "BACKUPS_KEPT",
    "KINDS",
    "Chart",
    "Column",
    "Tracker",
    "TrackerChanges",
    "backup_paths",
    "guard_output",
    "is_formula_like",
    "read_tracker",
    "replace_file",
    "write_trackers",
]

#: column kind -> (Excel number format, label key of the format)
KINDS: dict[str, tuple[str, str]] = {
    "text": ("@", "format.text"),
    "id": ("@", "format.text"),
    "integer": ("0", "format.integer"),
    "number": ("0.00", "format.number"),
    "money": ("#,##0.00", "format.money"),
    "percent": ("0.0%", "format.percent"),
    "date": ("yyyy-mm-dd", "format.date"),
    "datetime": ("yyyy-mm-dd hh:mm", "format.datetime"),
    "timestamp": ("yyyy-mm-dd hh:mm:ss", "format.datetime"),
    "time": ("hh:mm", "format.time"),
}
HIGHLIGHTS = ("overdue", "due_this_week", "negative", "positive", "shift", "scale")

META_SHEET = "_salesops"
LISTS_SHEET = "_lists"
HEADER_ROW = 4  # title, generated-at line, blank line, header
KEY_HEADER = "_key"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]")  # CR: XML folds CRLF
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def is_formula_like(text: object) -> bool:
    """True when Excel would read ``text`` as a formula if it were typed into a cell."""
    return isinstance(text, str) and text.startswith(_FORMULA_START)


def write_csv(frame: pd.DataFrame, target: str | os.PathLike, *, text_columns=(),
              overwrite: bool = False) -> Path:
    """A CSV Excel and WPS open as UTF-8 (with a byte-order mark), written atomically through
    :func:`replace_file`; text in ``text_columns`` (IDs, names) that Excel would run as a
    formula is written with a leading ``'``.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = write_csv(pd.DataFrame({"姓名": ["=1+1", "张三"]}), out, text_columns=["姓名"])
    >>> out.read_text(encoding="utf-8-sig").splitlines()
    ['姓名', "'=1+1", '张三']
    """
    frame = frame.copy()
    for column in text_columns:  # IDs and names: text a spreadsheet must not run
        text = frame[column].astype("string")
        frame[column] = text.where(~text.map(is_formula_like, na_action="ignore")
                                   .fillna(False).astype(bool), "'" + text)
    return replace_file(target, lambda tmp: frame.to_csv(tmp, index=False,
                                                         encoding="utf-8-sig"),
                        overwrite=overwrite)


def escape_excel_text(text: str) -> str:
    """Excel's own escaping (ST_Xstring) for characters XML 1.0 cannot hold.

    ``"\x01"`` becomes ``"_x0001_"``; a literal ``"_x0041_"`` is protected as
    ``"_x005F_x0041_"`` so that it reads back unchanged.
    """
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: "_x005F_" + m.group(0)[1:], text)
    return _ILLEGAL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def unescape_excel_text(text: str) -> str:
    """Undo :func:`escape_excel_text` (and Excel's ``_x000D_`` in files Excel wrote)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


@dataclass(frozen=True)
class Column:
    """How one DataFrame column appears in a tracker.

    Parameters
    ----------
    key
        Column name in the DataFrame (canonical snake_case).
    header
        ``(zh, en)`` headers; by default the catalogue entry ``col.<key>``.
    kind
        One of :data:`KINDS`; decides the cell format and how the value is read back.
    width
        Column width in Excel characters; by default from the header and kind.
    choices
        Allowed values, shown as a dropdown. A mapping ``{value: (zh, en)}`` shows labels in
        the workbook and reads them back as the values.
    highlight
        ``"overdue"`` (date before today: red), ``"due_this_week"`` (today … +6 days: yellow;
        implies overdue red too), ``"negative"`` / ``"positive"`` (below / above zero: red),
        ``"shift"`` (roster codes: a day off — 休, off, rest … — grey, early green, late
        purple) or ``"scale"`` (a red–white–green heat map around 0).
    formula
        An Excel formula written in every row instead of the frame's values, with ``{key}``
        standing for the same row's cell of column ``key``, e.g.
        ``'=IF({dials}=0,"",{connected}/{dials})'``. It keeps working after people edit the
        inputs; on reading back the column is taken as computed, never as an edit.
    help
        ``(zh, en)`` explanation for the 说明 sheet.
    alert
        An Excel condition with ``{key}`` standing for the same row's cell of column ``key``;
        where it holds, the cell is filled red, e.g. an unticked step past its due date:
        ``'AND({step}="",ISNUMBER({due}),{due}<TODAY())'``.
    """

    key: str
    header: tuple[str, str] | None = None
    kind: str = "text"
    width: float | None = None
    choices: tuple[str, ...] | dict[str, tuple[str, str]] | None = None
    highlight: str | None = None
    help: tuple[str, str] | None = None
    formula: str | None = None
    alert: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise SalesopsError(t("error.column_kind", kind=repr(self.kind), kinds=list(KINDS)))
        if self.highlight is not None and self.highlight not in HIGHLIGHTS:
            raise SalesopsError(t("error.column_highlight", highlight=repr(self.highlight),
                                  highlights=HIGHLIGHTS))
        if self.header is None and f"col.{self.key}" not in CATALOGUE:
            raise SalesopsError(t("error.column_header", column=repr(self.key)))
        if isinstance(self.choices, list):
            object.__setattr__(self, "choices", tuple(self.choices))

    def title(self, lang: str) -> str:
        zh, en = self.header or CATALOGUE[f"col.{self.key}"]
        return en if lang == "en" else zh

    def choice_labels(self, lang: str) -> dict[object, str]:
        """value -> label shown in the workbook."""
        if self.choices is None:
            return {}
        if isinstance(self.choices, dict):
            return {k: (v[1] if lang == "en" else v[0]) for k, v in self.choices.items()}
        return {c: str(c) for c in self.choices}


@dataclass(frozen=True)
class Chart:
    """A native Excel chart over a tracker's own columns, placed beside the table.

    ``kind``: ``"bar"`` (vertical bars), ``"barh"`` (horizontal bars, e.g. a funnel; the first
    row at the top) or ``"pareto"`` (bars for ``values`` plus ``line`` as a cumulative-share
    line on a secondary axis, 0–100%). ``categories`` labels the bars.
    """

    kind: str
    categories: str
    values: tuple[str, ...]
    title: tuple[str, str]
    line: str | None = None
    max_rows: int = 60

    def __post_init__(self) -> None:
        if self.kind not in ("bar", "barh", "pareto"):
            raise SalesopsError(t("error.chart_kind", kind=repr(self.kind)))
        if self.kind == "pareto" and not self.line:
            raise SalesopsError(t("error.chart_line"))


@dataclass
class Tracker:
    """A DataFrame with its column spec, written as one sheet.

    ``name`` identifies the tracker (``sheet.<name>`` in the catalogue gives the sheet title
    unless ``sheet_title`` is given); ``key`` is a column whose value identifies a row (e.g.
    ``customer_id``) — without one, rows are identified by their position when written.
    """

    name: str
    frame: pd.DataFrame
    columns: Sequence[Column]
    title: tuple[str, str] | None = None
    key: str | None = None
    sheet_title: tuple[str, str] | None = None
    notes: tuple[str, str] | None = None
    charts: Sequence[Chart] = ()
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = [c.key for c in self.columns if c.key not in self.frame.columns]
        keys = {c.key for c in self.columns}
        for col in self.columns:
            for text in (col.formula, col.alert):
                if text is None:
                    continue
                used = {f for _, f, _, _ in string.Formatter().parse(text) if f}
                if used - keys:
                    raise SalesopsError(t("error.formula_column", formula=repr(text),
                                          columns=sorted(used - keys)))
        for chart in self.charts:
            used = [chart.categories, *chart.values] + ([chart.line] if chart.line else [])
            if any(k not in keys for k in used):
                raise SalesopsError(t("error.chart_columns",
                                      chart=chart.title[get_language() == "en"]))
        if missing:
            raise SalesopsError(t("error.missing_columns", columns=t("sep.list").join(missing)))
        if self.key is not None and self.key not in {c.key for c in self.columns}:
            raise SalesopsError(t("error.key_column", column=repr(self.key)))

    def sheet_name(self, lang: str) -> str:
        if self.sheet_title:
            zh, en = self.sheet_title
        elif f"sheet.{self.name}" in CATALOGUE:
            zh, en = CATALOGUE[f"sheet.{self.name}"]
        else:
            zh = en = self.name
        return _safe_sheet_name(en if lang == "en" else zh)

    def title_text(self, lang: str) -> str:
        if self.title:
            return self.title[1] if lang == "en" else self.title[0]
        return self.sheet_name(lang)


def _safe_sheet_name(name: str) -> str:
    """``name`` with the characters Excel forbids replaced; longer than 31 is refused."""
    safe = re.sub(r"[\[\]:*?/\\]", "_", name)
    if len(safe) > MAX_SHEET_NAME:
        raise SalesopsError(t("error.sheet_name_too_long", sheet=name, length=len(safe),
                              limit=MAX_SHEET_NAME))
    return safe


# ------------------------------------------------------------------------------------------
# template
# ------------------------------------------------------------------------------------------
@dataclass
class _Style:
    title_pattern: str = "{title}"
    cells: dict = field(default_factory=dict)  # role -> openpyxl style parts
    table_style: str = "TableStyleMedium2"
    overdue_fill: str = "FFC7CE"
    soon_fill: str = "FFEB9C"


TEMPLATE_ROLES = ("title", "subtitle", "header", "body")


def default_template() -> Path:
    """Path of the shipped ``tracker.xlsx`` template."""
    return Path(str(resources.files("salesops._templates").joinpath("tracker.xlsx")))


def _load_style(template: str | os.PathLike | None) -> _Style:
    """Read styles and title text from the template's style sheet (first sheet).

    Cells: B3 title (text with ``{title}``), B4 generated-at line, B5 header, B6 body,
    B7 table style name, B8 overdue fill, B9 due-soon fill.
    """
    from copy import copy

    from openpyxl import load_workbook

    path = Path(template) if template is not None else default_template()
    try:
        wb = load_workbook(path)
    except Exception as exc:
        raise InputFileError(t("error.bad_xlsx", file=path.name, detail=exc)) from exc
    ws = wb.worksheets[0]
    style = _Style()
    for role, ref in zip(TEMPLATE_ROLES, ("B3", "B4", "B5", "B6"), strict=True):
        cell = ws[ref]
        style.cells[role] = {"font": copy(cell.font), "fill": copy(cell.fill),
                             "alignment": copy(cell.alignment), "border": copy(cell.border)}
    if isinstance(ws["B3"].value, str) and "{title}" in ws["B3"].value:
        style.title_pattern = ws["B3"].value
    if isinstance(ws["B7"].value, str) and ws["B7"].value.strip():
        style.table_style = ws["B7"].value.strip()
    for attr, ref in (("overdue_fill", "B8"), ("soon_fill", "B9")):
        color = ws[ref].fill.fgColor
        if ws[ref].fill.fill_type == "solid" and color.type == "rgb" and color.rgb:
            setattr(style, attr, str(color.rgb)[-6:])
    wb.close()
    return style


# ------------------------------------------------------------------------------------------
# writing
# ------------------------------------------------------------------------------------------
def _cell_value(value: object, column: Column, labels: dict) -> object:
    """Python value to store for ``value`` in ``column`` (None for blank).

    Text that is only whitespace (a space, tab, CR or LF) is text a person typed: it is kept.
    """
    if _empty(value) or (parsing.is_blank(value) and not isinstance(value, str)):
        return None
    if labels:
        return labels.get(value, value)
    kind = column.kind
    if kind in ("date", "datetime", "timestamp"):
        if isinstance(value, str):
            parsed, _ = parsing.parse_date(value)
            return parsed if parsed is not None else value
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        if kind == "date" and isinstance(value, dt.datetime):
            return value.date()
        return value
    if kind in ("integer", "number", "money", "percent"):
        if isinstance(value, bool):
            return int(value)
        if hasattr(value, "item"):
            value = value.item()
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return value
    if kind == "time" and isinstance(value, dt.time | dt.datetime):
        return value
    if hasattr(value, "item"):
        value = value.item()
    if kind == "id" or isinstance(value, str):
        return parsing.normalise_text(value) if kind == "id" else value
    return value


def _row_formula(template: str, letters: dict[str, str], row: int) -> str:
    """``={a}/{b}`` → ``=C5/B5`` for row 5."""
    try:
        return template.format(**{k: f"{v}{row}" for k, v in letters.items()})
    except KeyError as exc:
        raise SalesopsError(t("error.formula_column", formula=repr(template),
                                  columns=exc)) from exc


def _declare_size(ws, ref: str) -> None:
    """Write ``<dimension ref=...>`` up front, as Excel does.

    openpyxl's streaming writer cannot know the size when it starts, and without the element
    every reader in read-only mode (openpyxl, pandas) parses the whole sheet once just to size
    it. The writer asks the sheet for ``calculate_dimension`` before the first row.
    """
    ws.calculate_dimension = lambda: ref


class _Cells:
    """Makes write-only cells for one sheet; text stays text, styles are shared.

    A style (number format + template parts) is built once per (format, role) and copied into
    each cell, which keeps writing a million rows affordable.
    """

    def __init__(self, ws, style: _Style) -> None:
        from openpyxl.cell import Cell
        from openpyxl.styles.cell_style import StyleArray

        self.ws = ws
        self.style = style
        self._protos: dict[tuple[str, str | None], object] = {}
        self._cell, self._array = Cell, StyleArray

    def _proto(self, number_format: str, role: str | None):
        from openpyxl.cell import WriteOnlyCell

        key = (number_format, role)
        if key not in self._protos:
            cell = WriteOnlyCell(self.ws)
            cell.number_format = number_format
            for attr, part in (self.style.cells.get(role) or {}).items():
                setattr(cell, attr, part)
            self._protos[key] = cell._style
        return self._protos[key]

    def __call__(self, value: object, number_format: str = "General",
                 role: str | None = None):
        if value is None:
            return None
        proto = self._proto(number_format, role)
        if isinstance(value, str):
            cell = self._cell(self.ws, 1, 1, None, self._array(proto))
            cell._value = escape_excel_text(value)
            cell.data_type = "s"  # never a formula, whatever it starts with
            if value.startswith(_FORMULA_START):
                cell.quotePrefix = True
            return cell
        return self._cell(self.ws, 1, 1, value, self._array(proto))

    def formula(self, text: str, number_format: str, role: str | None = None):
        """A real formula cell (the only place salesops writes one on purpose)."""
        cell = self._cell(self.ws, 1, 1, None, self._array(self._proto(number_format, role)))
        cell._value = text
        cell.data_type = "f"
        return cell


# ------------------------------------------------------------------------------------------
# the body of a sheet: each distinct value made into a cell once, the rows as XML text
# ------------------------------------------------------------------------------------------
#: pandas' inferred types for which equal values are written alike (factorize is safe)
_ALIKE_TYPES = frozenset({"string", "floating", "integer", "mixed-integer-float", "datetime",
                          "datetime64", "date", "boolean", "empty"})
#: rows rendered at a time (and the step of the progress bar)
CHUNK_ROWS = 20_000


@dataclass
class _Encoded:
    """One column of cell values: ``uniques[codes[i]]`` is row ``i``'s value (-1: blank)."""

    codes: np.ndarray
    uniques: list

    def __len__(self) -> int:
        return len(self.codes)

    def head(self, k: int) -> list:
        return [self.uniques[c] if c >= 0 else None for c in self.codes[:k].tolist()]

    def first_row_of(self, positions: Iterable[int]) -> int:
        """The first row (0-based) holding one of the values at ``positions`` in uniques."""
        return int(np.flatnonzero(np.isin(self.codes, list(positions)))[0])


def _encode(values: Sequence | pd.Series, convert=None) -> _Encoded:
    """The distinct values of a column once each (``convert``-ed), and a code per row.

    Values that would be written differently are never merged: ``1`` and ``True`` stay two
    values, and so do ``0.0`` and ``-0.0``; blanks (None, NaN, NaT, NA) are code -1.
    """
    if isinstance(values, pd.Series):
        values = values.to_numpy(dtype=object)
    else:
        array = np.empty(len(values), dtype=object)
        array[:] = list(values)
        values = array
    kind = pd.api.types.infer_dtype(values, skipna=True)
    floats = kind in ("floating", "mixed-integer-float")
    if kind in _ALIKE_TYPES and not (floats and _has_negative_zero(values)):
        codes, uniques = pd.factorize(values)
        uniques = list(uniques)
    else:  # mixed types: key on (type, value), one at a time
        seen: dict = {}
        codes = np.empty(len(values), dtype=np.int64)
        uniques = []
        for i, value in enumerate(values.tolist()):
            if value is None or (parsing.is_blank(value) and not isinstance(value, str)):
                codes[i] = -1
                continue
            try:
                key = (type(value), value, math.copysign(1, value)
                       if isinstance(value, float) else 0)
                hash(key)
            except TypeError:
                key = (type(value), id(value), 0)
            if key not in seen:
                seen[key] = len(uniques)
                uniques.append(value)
            codes[i] = seen[key]
    if convert is not None:
        uniques = [convert(u) for u in uniques]
    blank = [u is None for u in uniques]
    if any(blank):  # values that became blank: code -1 like the others
        codes = np.where(np.asarray(blank, dtype=bool)[np.maximum(codes, 0)] & (codes >= 0),
                         -1, codes)
    return _Encoded(np.asarray(codes, dtype=np.int64), uniques)


def _has_negative_zero(values: np.ndarray) -> bool:
    numbers = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype="float64")
    return bool(np.any((numbers == 0) & np.signbit(numbers)))


def _xml_text(text: str) -> str:
    """Text escaped as lxml writes element text (``& < >``)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _cell_attrs(cell) -> tuple[str, str, object]:
    """``(' s="…" t="…"', data type, value as written)`` of an openpyxl cell, by openpyxl's
    own writer (dates become serial numbers; a time zone is refused)."""
    from openpyxl.cell._writer import _set_attributes

    value, attrs = _set_attributes(cell, cell.has_style)
    return "".join(f' {k}="{v}"' for k, v in attrs.items() if k != "r"), cell.data_type, value


def _cell_tail(cell) -> str | None:
    """A cell as openpyxl writes it, after its ``r="…"`` attribute; None for no cell.

    Mirrors ``openpyxl.cell._writer`` (lxml), so the XML is what a streamed openpyxl cell
    would have been — only made once per distinct value instead of once per row.
    """
    if cell is None:
        return None
    from openpyxl.compat import safe_string

    attrs, kind, value = _cell_attrs(cell)
    if value is None or (isinstance(value, str) and value == ""):
        return attrs + "></c>"
    if kind == "f":
        return f"{attrs}><f>{_xml_text(value[1:])}</f><v></v></c>"
    if kind == "s":
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f"{attrs}><is><t{space}>{_xml_text(value)}</t></is></c>"
    return f"{attrs}><v>{_xml_text(safe_string(value))}</v></c>"


@dataclass
class _Body:
    """The rows of one sheet below what openpyxl wrote: first row, and its columns.

    Each column is ``(letter, encoded, tails)`` — the cell XML of each distinct value — or
    ``(letter, None, make)`` where ``make(row)`` gives that row's cell (a formula).
    """

    first_row: int
    n: int
    columns: list[tuple[str, _Encoded | None, object]]

    def chunks(self, step: int = CHUNK_ROWS) -> Iterable[tuple[int, str]]:
        """``(rows done, XML)`` for consecutive blocks of ``step`` rows."""
        tails = [None if encoded is None else np.array([*(t or "" for t in made), ""],
                                                       dtype=object)
                 for _letter, encoded, made in self.columns]
        for start in range(0, self.n, step):
            stop = min(self.n, start + step)
            numbers = range(self.first_row + start, self.first_row + stop)
            refs = np.array([f'{r}"' for r in numbers], dtype=object)
            cells = []
            for (letter, encoded, make), made in zip(self.columns, tails, strict=True):
                if encoded is None:
                    cells.append([f'<c r="{letter}{r}"{make(r)}' for r in numbers])
                    continue
                codes = encoded.codes[start:stop]  # -1 (blank) takes the last tail: ""
                column = (f'<c r="{letter}' + refs) + made[codes]
                if (codes < 0).any():
                    column[codes < 0] = ""
                cells.append(column)
            yield stop, "".join([f'<row r="{r}">{"".join(row)}</row>'
                                 for r, row in zip(numbers, zip(*cells, strict=True),
                                                   strict=True)])


def _formula_cells(template: str, letters: dict[str, str], attrs: str):
    """``make(row)`` for :class:`_Body`: the formula cell of that row (after ``r``)."""
    def make(row: int) -> str:
        return f"{attrs}><f>{_xml_text(_row_formula(template, letters, row)[1:])}</f><v></v></c>"

    return make


def _tails(encoded: _Encoded, make_cell) -> list[str | None]:
    """The cell XML (after ``r``) of each distinct value, made by ``make_cell(value)``.

    Text and plain numbers take their attributes from one probe cell each (a column's style
    does not depend on the value, but for the quote prefix of formula-like text); other
    values go through openpyxl's own typing (dates, booleans …).
    """
    from openpyxl.compat import safe_string

    probes: dict[str, str] = {}

    def attrs(kind: str, probe: object) -> str:
        if kind not in probes:
            probes[kind] = _cell_attrs(make_cell(probe))[0]
        return probes[kind]

    out: list[str | None] = []
    for value in encoded.uniques:
        kind = type(value)
        if value is None:
            out.append(None)
        elif kind is str:
            start = attrs("quoted", "=") if value.startswith(_FORMULA_START) else attrs(
                "text", "x")
            text = escape_excel_text(value)
            space = ' xml:space="preserve"' if text != text.strip() else ""
            out.append(f"{start}><is><t{space}>{_xml_text(text)}</t></is></c>" if text
                       else start + "></c>")
        elif kind is float or kind is int:
            out.append(f"{attrs('number', 0)}><v>{safe_string(value)}</v></c>")
        else:
            out.append(_cell_tail(make_cell(value)))
    return out


def _auto_width(column: Column, header: str, values: list) -> float:
    if column.width:
        return column.width

    def width_of(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)

    sample = [width_of(str(v)) for v in values[:200] if v is not None]
    base = {"date": 12, "datetime": 17, "timestamp": 19, "money": 14, "percent": 9,
            "time": 8}.get(column.kind, 8)
    return float(min(50, max(base, width_of(header) + 2, *(s + 2 for s in sample))))


#: Excel's own limits (Excel specifications and limits)
MAX_ROWS, MAX_COLUMNS, MAX_CELL_CHARS, MAX_SHEET_NAME = 1_048_576, 16_384, 32_767, 31


def _check_size(sheet: str, headers: list[str], n: int) -> None:
    """Refuse a sheet Excel cannot hold, naming the first row or column beyond the limit."""
    from openpyxl.utils import get_column_letter

    if len(headers) + 1 > MAX_COLUMNS:  # + the hidden key column
        j = MAX_COLUMNS - 1  # the first column that would not fit (0-based)
        raise SalesopsError(t("error.too_many_columns", sheet=sheet, count=len(headers),
                              limit=MAX_COLUMNS, header=headers[j],
                              letter=get_column_letter(MAX_COLUMNS)))
    if HEADER_ROW + n > MAX_ROWS:
        raise SalesopsError(t("error.too_many_rows", sheet=sheet, count=n,
                              limit=MAX_ROWS - HEADER_ROW, row=MAX_ROWS + 1))


def _check_cell_lengths(sheet: str, headers: list[str], data: list[_Encoded | None]) -> None:
    """Refuse text longer than an Excel cell holds (LibreOffice would cut it silently)."""
    for header, column in zip(headers, data, strict=True):
        if column is None:
            continue
        long = [k for k, value in enumerate(column.uniques)
                if isinstance(value, str) and len(value) > MAX_CELL_CHARS
                and len(escape_excel_text(value)) > MAX_CELL_CHARS]
        if long:
            i = column.first_row_of(long)
            value = column.uniques[column.codes[i]]
            raise SalesopsError(t("error.cell_too_long", sheet=sheet, header=header,
                                  row=HEADER_ROW + 1 + i, length=len(value),
                                  limit=MAX_CELL_CHARS))


#: sheets up to this many character widths print one page wide (A4 landscape, ≥ 65%)
PRINT_ONE_PAGE_WIDTH = 230


def _identity_columns(ws, n: int) -> int:
    """How many leading columns identify a row on paper: the first two (e.g. date and
    customer), or one when two would take more than a third of a page."""
    from openpyxl.utils import get_column_letter

    widths = [ws.column_dimensions[get_column_letter(j)].width or 8 for j in (1, 2)]
    return 1 if n < 2 or sum(widths) > 50 else 2


def _write_sheet(wb, tracker: Tracker, lang: str, style: _Style, now: dt.datetime,
                 version: str, lists_ws, lists_col: list[int], bodies: dict) -> dict:
    from openpyxl.utils import get_column_letter

    columns = list(tracker.columns)
    headers = [c.title(lang) for c in columns]
    if len(set(headers)) != len(headers) or KEY_HEADER in headers:
        raise SalesopsError(t("error.duplicate_headers", sheet=tracker.sheet_name(lang),
                              headers=t("sep.list", lang).join(
                                  h for h in dict.fromkeys(headers)
                                  if headers.count(h) > 1 or h == KEY_HEADER)))
    labels = [c.choice_labels(lang) for c in columns]
    frame = tracker.frame
    n = len(frame)
    sheet = tracker.sheet_name(lang)
    _check_size(sheet, headers, n)
    key_values = _encode([None if parsing.is_blank(k) else str(k)
                          for k in frame[tracker.key].tolist()] if tracker.key
                         else [f"r{i + 1}" for i in range(n)])
    data = [_encode(frame[col.key], lambda v, col=col, lab=lab: _cell_value(v, col, lab))
            if col.formula is None else None
            for col, lab in zip(columns, labels, strict=True)]
    _check_cell_lengths(sheet, headers, data)
    ws = wb.create_sheet(sheet)
    cell = _Cells(ws, style)
    ncols = len(columns) + 1  # + hidden key column
    letters = {c.key: get_column_letter(j) for j, c in enumerate(columns, start=1)}
    last_row = HEADER_ROW + max(n, 1)
    last_letter = get_column_letter(ncols)

    _lay_out(ws, columns, headers, data, n)
    _add_table(ws, tracker, headers, style, f"A{HEADER_ROW}:{last_letter}{last_row}")
    _add_rules(ws, columns, labels, letters, last_row, style, lists_ws, lists_col)
    _write_head(ws, cell, tracker, lang, style, now, version, headers)
    body = []
    for j, col in enumerate(columns):
        fmt, letter = KINDS[col.kind][0], get_column_letter(j + 1)
        if col.formula is None:
            body.append((letter, data[j], _tails(data[j], lambda v, f=fmt: cell(v, f, "body"))))
            continue
        body.append((letter, None, _formula_cells(col.formula, letters, _cell_attrs(
            cell.formula("=", fmt, "body"))[0])))
    body.append((last_letter, key_values, _tails(key_values, lambda v: cell(v, "@"))))
    bodies[ws] = _Body(HEADER_ROW + 1, n, body)
    for k, chart in enumerate(tracker.charts):
        anchor = f"{get_column_letter(ncols + 2)}{HEADER_ROW + 18 * k}"
        ws.add_chart(_build_chart(ws, chart, columns, n, lang), anchor)
    return {
        "name": tracker.name, "sheet": ws.title, "header_row": HEADER_ROW, "lang": lang,
        "key": tracker.key, "n_rows": n,
        "columns": [{"key": c.key, "header": h, "kind": c.kind,
                     "choices": {str(lab[k]): k for k in lab} if lab else None,
                     "formula": c.formula is not None}
                    for c, h, lab in zip(columns, headers, labels, strict=True)],
        "snapshot": None, **tracker.meta,
        "_data": data, "_keys": key_values,
    }


def _lay_out(ws, columns: list[Column], headers: list[str], data: list, n: int) -> None:
    """Column widths and formats, the hidden key column, frozen header and print set-up."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ncols = len(columns) + 1  # + hidden key column
    last_letter = get_column_letter(ncols)
    for j, (col, header) in enumerate(zip(columns, headers, strict=True), start=1):
        dim = ws.column_dimensions[get_column_letter(j)]
        dim.width = _auto_width(col, header, [] if data[j - 1] is None
                                else data[j - 1].head(200))
        dim.number_format = KINDS[col.kind][0]
    key_dim = ws.column_dimensions[last_letter]
    key_dim.hidden = True
    key_dim.number_format = "@"
    _declare_size(ws, f"A1:{last_letter}{HEADER_ROW + n}")
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    total_width = sum(ws.column_dimensions[get_column_letter(j)].width or 8
                      for j in range(1, ncols))
    # about 150 character widths fit across landscape A4 at 100%; up to PRINT_ONE_PAGE_WIDTH
    # the sheet is shrunk to one page wide (still readable), wider sheets print on several
    # pages across with the identifying columns (date, customer) repeated on each, and the
    # pages of one block of rows next to each other
    pages = 1 if total_width <= PRINT_ONE_PAGE_WIDTH else math.ceil(total_width / 150)
    ws.page_setup.fitToWidth = pages
    ws.page_setup.fitToHeight = 0
    if pages > 1:
        ws.print_title_cols = f"A:{get_column_letter(_identity_columns(ws, len(columns)))}"
        ws.page_setup.pageOrder = "overThenDown"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False



def _add_table(ws, tracker: Tracker, headers: list[str], style: _Style, ref: str) -> None:
    """The rows as a real Excel table (filter buttons, stripes), the key column included."""
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    table = Table(displayName=f"tbl_{re.sub(r'[^A-Za-z0-9_]', '_', tracker.name)}", ref=ref,
                  autoFilter=AutoFilter(ref=ref))
    # write-only sheets cannot look the headers up, so the table columns are named here
    table.tableColumns = [TableColumn(id=j, name=h)
                          for j, h in enumerate([*headers, KEY_HEADER], start=1)]
    table.tableStyleInfo = TableStyleInfo(name=style.table_style, showRowStripes=True,
                                          showColumnStripes=False)
    with warnings.catch_warnings():  # openpyxl warns in write-only mode even when named
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)



def _add_rules(ws, columns: list[Column], labels: list, letters: dict[str, str],
               last_row: int, style: _Style, lists_ws, lists_col: list[int]) -> None:
    """Each column's dropdown (inline, or a list on the hidden lists sheet) and its
    conditional formats (overdue red, due this week yellow, alerts, shift colours)."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    red = PatternFill(start_color=style.overdue_fill, end_color=style.overdue_fill,
                      fill_type="solid")
    yellow = PatternFill(start_color=style.soon_fill, end_color=style.soon_fill,
                         fill_type="solid")
    for j, (col, lab) in enumerate(zip(columns, labels, strict=True), start=1):
        letter = get_column_letter(j)
        rng = f"{letter}{HEADER_ROW + 1}:{letter}{max(last_row, HEADER_ROW + 1000)}"
        first = f"{letter}{HEADER_ROW + 1}"
        if lab:
            options = list(dict.fromkeys(lab.values()))
            inline = '"' + ",".join(options) + '"'
            if len(inline) <= 255 and not any("," in o or '"' in o for o in options):
                formula = inline
            else:
                lists_col[0] += 1
                lc = get_column_letter(lists_col[0])
                for i, option in enumerate(options, start=1):
                    lists_ws.cell(row=i, column=lists_col[0], value=option)
                formula = f"'{LISTS_SHEET}'!${lc}$1:${lc}${len(options)}"
            dv = DataValidation(type="list", formula1=formula, allow_blank=True,
                                showErrorMessage=True, errorStyle="warning")
            dv.add(rng)
            ws.data_validations.append(dv)
        if col.highlight in ("overdue", "due_this_week"):
            ws.conditional_formatting.add(rng, FormulaRule(
                formula=[f"AND(ISNUMBER({first}),{first}<TODAY())"], fill=red, stopIfTrue=True))
        if col.highlight == "due_this_week":
            ws.conditional_formatting.add(rng, FormulaRule(
                formula=[f"AND(ISNUMBER({first}),{first}>=TODAY(),{first}<TODAY()+7)"],
                fill=yellow))
        if col.alert is not None:
            ws.conditional_formatting.add(rng, FormulaRule(
                formula=[_row_formula(col.alert, letters, HEADER_ROW + 1)], fill=red))
        if col.highlight in ("negative", "positive"):
            sign = "<" if col.highlight == "negative" else ">"
            ws.conditional_formatting.add(rng, FormulaRule(
                formula=[f"AND(ISNUMBER({first}),{first}{sign}0)"], fill=red))
        if col.highlight == "shift":  # roster cells: day off grey, early green, late purple
            from .shifts import OFF_CODES  # every word read back as a day off: 休, off, rest …

            off = ",".join(f'LOWER(TRIM({first}))="{code}"'
                           for code in sorted({c.lower() for c in OFF_CODES}))
            for formula, colour in ((f"OR({off})", "D9D9D9"),
                                    (f'LEFT(TRIM({first}),1)="0"', "C6EFCE"),
                                    (f'AND(TRIM({first})<>"",LEFT(TRIM({first}),1)<>"0")',
                                     "E4DFEC")):
                ws.conditional_formatting.add(rng, FormulaRule(
                    formula=[formula], stopIfTrue=True, fill=PatternFill(
                        start_color=colour, end_color=colour, fill_type="solid")))
        if col.highlight == "scale":  # heat map: short red, exact white, extra green
            from openpyxl.formatting.rule import ColorScaleRule

            ws.conditional_formatting.add(rng, ColorScaleRule(
                start_type="num", start_value=-2, start_color="F8696B", mid_type="num",
                mid_value=0, mid_color="FFFFFF", end_type="num", end_value=2,
                end_color="63BE7B"))



def _write_head(ws, cell, tracker: Tracker, lang: str, style: _Style, now: dt.datetime,
                version: str, headers: list[str]) -> None:
    """Title, generated-at stamp, notes and the header row (two lines high when needed)."""
    from openpyxl.utils import get_column_letter

    title = style.title_pattern.replace("{title}", tracker.title_text(lang))
    ws.append([cell(title, role="title")])
    stamp = t("tracker.generated_at", lang, when=now.strftime("%Y-%m-%d %H:%M"),
              version=version)
    ws.append([cell(stamp, role="subtitle")])
    notes = tracker.notes[1 if lang == "en" else 0] if tracker.notes else None
    ws.append([cell(notes, role="subtitle")] if notes else [])
    # a header wider than its column wraps: give the row room for two lines
    widths = [ws.column_dimensions[get_column_letter(j)].width or 8
              for j in range(1, len(headers) + 1)]
    if any(sum(2 if ord(ch) > 0x2E80 else 1 for ch in h) > w - 1
           for h, w in zip(headers, widths, strict=True)):
        ws.row_dimensions[HEADER_ROW].height = 32
    ws.append([cell(h, role="header") for h in [*headers, KEY_HEADER]])


def _build_chart(ws, chart: Chart, columns: list[Column], n: int, lang: str):
    """An openpyxl chart reading the table's own cells, so edits in Excel redraw it."""
    from openpyxl.chart import BarChart, LineChart, Reference

    position = {c.key: j for j, c in enumerate(columns, start=1)}
    last = HEADER_ROW + max(1, min(n, chart.max_rows))
    cats = Reference(ws, min_col=position[chart.categories], min_row=HEADER_ROW + 1,
                     max_row=last)
    bars = BarChart()
    bars.type = "bar" if chart.kind == "barh" else "col"
    bars.title = chart.title[1] if lang == "en" else chart.title[0]
    bars.style = 10
    bars.height, bars.width = 8.5, 17
    for key in chart.values:
        ref = Reference(ws, min_col=position[key], min_row=HEADER_ROW, max_row=last)
        bars.add_data(ref, titles_from_data=True)
    bars.set_categories(cats)
    bars.gapWidth = 40
    if chart.kind == "barh":
        bars.x_axis.scaling.orientation = "maxMin"  # first stage at the top, like a funnel
        bars.legend = None
    if chart.kind == "pareto":
        line = LineChart()
        line.add_data(Reference(ws, min_col=position[chart.line], min_row=HEADER_ROW,
                                max_row=last), titles_from_data=True)
        line.y_axis.axId = 200
        line.y_axis.scaling.min = 0
        line.y_axis.scaling.max = 1
        line.y_axis.number_format = "0%"
        line.y_axis.majorGridlines = None
        line.y_axis.crosses = "max"
        bars.y_axis.title = columns[position[chart.values[0]] - 1].title(lang)
        bars += line
        bars.legend.position = "b"
    # openpyxl ≥ 3.1 hides axes unless told otherwise
    for axis in (bars.x_axis, bars.y_axis):
        axis.delete = False
    return bars


def _readme_rows(trackers: Sequence[Tracker], lang: str, notes: Sequence[str] = ()
                 ) -> list[list[str]]:
    rows = [[t("tracker.readme_intro", lang)], *([n] for n in notes), [],
            [t("tracker.readme_sheet", lang), t("tracker.readme_column", lang),
             t("tracker.readme_format", lang), t("tracker.readme_meaning", lang)]]
    from .labels import CUSTOMER_COLUMN_HELP

    for tracker in trackers:
        for col in tracker.columns:
            helptext = col.help or CUSTOMER_COLUMN_HELP.get(col.key)
            meaning = (helptext[1] if lang == "en" else helptext[0]) if helptext else ""
            labels = col.choice_labels(lang)
            if labels:
                options = " / ".join(dict.fromkeys(labels.values()))
                choose = t("tracker.dropdown", lang, options=options)
                meaning = t("sep.clause", lang).join(x for x in (meaning, choose) if x)
            rows.append([tracker.sheet_name(lang), col.title(lang),
                         t(KINDS[col.kind][1], lang), meaning])
    return rows


def write_trackers(path: str | os.PathLike, trackers: Iterable[Tracker], *,
                   overwrite: bool = False, lang: str | None = None,
                   template: str | os.PathLike | None = None, readme: bool = True,
                   snapshot: bool = True, protect: Iterable[str | os.PathLike] = (),
                   now: dt.datetime | None = None, readme_notes: Sequence[str] = ()) -> Path:
    """Write trackers into one workbook, safely; returns the path written.

    Parameters
    ----------
    path
        Target ``.xlsx``. Its folder is created if needed.
    trackers
        The sheets to write, in order.
    overwrite
        Replace an existing file; the old one is kept as the next numbered backup
        ``<name>.bak1.xlsx``, ``<name>.bak2.xlsx`` … (the newest :data:`BACKUPS_KEPT` are
        kept). Without it an existing file raises :class:`OverwriteError` and nothing is
        written.
    lang
        ``"zh"`` or ``"en"``; default: the current language.
    template
        A restyled copy of ``templates/tracker.xlsx``; default: the shipped one.
    readme
        Add the 说明/README sheet describing every column.
    snapshot
        Keep a very hidden copy of what was written so :func:`read_tracker` can report edits.
    protect
        Input files this write must never replace (the caller's source files); see
        :func:`guard_output`.
    now
        Time stamp for the generated-at line (default: now), for reproducible files.
    readme_notes
        Sentences shown under the introduction of the 说明 sheet (e.g. the calendar warning
        for a year whose make-up workdays are not known yet).

    Examples
    --------
    >>> import pandas as pd, tempfile, pathlib
    >>> df = pd.DataFrame({"name": ["=1+1"]})
    >>> out = write_trackers(pathlib.Path(tempfile.mkdtemp()) / "x.xlsx",
    ...                      [Tracker("customers", df, [Column("name")])])
    >>> read_tracker(out).frame["name"].tolist()  # stays text, is not computed
    ['=1+1']
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from . import __version__

    target = Path(path)
    lang = normalise_language(lang)
    trackers = list(trackers)
    readme_notes = [n for n in readme_notes if n]
    guard_output(target, protect, overwrite=overwrite)
    now = now or dt.datetime.now().replace(microsecond=0)
    style = _load_style(template)
    wb = Workbook(write_only=True)
    metas = []
    bodies: dict = {}  # sheet -> its rows, rendered while saving
    lists_cells: list[list[object]] = []
    lists_col = [0]

    class _Lists:  # collects long dropdown lists; written as a hidden sheet at the end
        def cell(self, row: int, column: int, value: object) -> None:
            while len(lists_cells) < row:
                lists_cells.append([])
            line = lists_cells[row - 1]
            line.extend([None] * (column - len(line)))
            line[column - 1] = value

    lists_ws = _Lists()
    with language(lang):
        for tracker in trackers:
            try:
                metas.append(_write_sheet(wb, tracker, lang, style, now, __version__,
                                          lists_ws, lists_col, bodies))
            except Exception:
                _end_streams(wb)
                raise
        if readme:
            ws = wb.create_sheet(_safe_sheet_name(t("sheet.readme", lang)))
            ws.column_dimensions["A"].width = 16
            ws.column_dimensions["B"].width = 18
            ws.column_dimensions["C"].width = 12
            ws.column_dimensions["D"].width = 60
            # one page wide: the 说明 is read on paper beside the sheets it explains
            from openpyxl.worksheet.properties import PageSetupProperties

            ws.page_setup.orientation = "landscape"
            ws.page_setup.paperSize = 9
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
            cell = _Cells(ws, style)
            header_at = 2 + len(readme_notes)
            for i, row in enumerate(_readme_rows(trackers, lang, readme_notes)):
                ws.append([cell(v, "@", "header" if i == header_at else None) for v in row])
    if lists_cells:
        ws = wb.create_sheet(LISTS_SHEET)
        ws.sheet_state = "hidden"
        for row in lists_cells:
            ws.append(row)
    meta_ws = wb.create_sheet(META_SHEET)
    meta_ws.sheet_state = "veryHidden"
    written = [(meta.pop("_data"), meta.pop("_keys")) for meta in metas]
    if snapshot:
        for i, meta in enumerate(metas):
            meta["snapshot"] = f"_snap{i + 1}"
    payload = json.dumps({"format": 1, "version": __version__, "lang": lang,
                          "written": now.isoformat(), "trackers": metas},
                         ensure_ascii=False)
    for start in range(0, len(payload), 30000):
        meta_ws.append([payload[start:start + 30000]])
    if snapshot:
        for i, ((data, keys), meta) in enumerate(zip(written, metas, strict=True)):
            snap = wb.create_sheet(f"_snap{i + 1}")
            snap.sheet_state = "veryHidden"
            _declare_size(snap, f"A1:{get_column_letter(len(data) + 1)}{max(len(keys), 1)}")
            bodies[snap] = _snapshot_body(_Cells(snap, style), data, keys, meta["columns"])
    _atomic_save(wb, target, overwrite, bodies)
    return target


def _snapshot_body(cell: _Cells, data: list[_Encoded | None], keys: _Encoded,
                   columns: list[dict]) -> _Body:
    """The snapshot's rows: the key, then each column's values as written (no styles)."""
    from openpyxl.utils import get_column_letter

    body = [("A", keys, _tails(keys, lambda v: cell(v, "@")))]
    for j, (encoded, column) in enumerate(zip(data, columns, strict=True), start=2):
        encoded = encoded if encoded is not None else _encode([None] * len(keys))
        fmt = KINDS[column["kind"]][0]
        body.append((get_column_letter(j), encoded,
                     _tails(encoded, lambda v, fmt=fmt: cell(v, fmt))))
    return _Body(1, len(keys), body)


def _end_streams(wb) -> None:
    """End openpyxl's write-only sheet streams of a workbook that will not be saved.

    Otherwise Python prints "Exception ignored in <generator …>" tracebacks at exit.
    """
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()


def _atomic_save(wb, target: Path, overwrite: bool, bodies: dict | None = None) -> None:
    try:
        replace_file(target, lambda tmp: _save(wb, tmp, bodies or {}), overwrite=overwrite)
    except BaseException:
        _end_streams(wb)
        raise


#: zlib level of the sheets' rows: with 1 instead of the default 6 the 100k-customer workbook
#: is written in 7 s instead of 9.4 s, for 48 MB instead of 37 MB (2 cores)
ROWS_COMPRESSLEVEL = 1


def _target_name(temporary: Path) -> str:
    """``x.xlsx`` for the temporary ``~$x.xlsx.abc123.tmp`` it is written as."""
    name = temporary.name
    return name[2:name.rfind(".", 0, len(name) - 4)] if name.startswith("~$") else name


def _save(wb, path: Path, bodies: dict) -> None:
    """Save ``wb`` to ``path`` with each sheet's rendered rows (:class:`_Body`) in place.

    openpyxl writes the workbook — styles, tables, validations, formats, charts, page set-up
    and the title and header rows; the rows below are then streamed into that sheet's XML,
    just before ``</sheetData>``, as the zip is written again (``path`` is a temporary file:
    :func:`replace_file`).
    """
    import io
    import zipfile

    from .progress import rows_progress

    wb.save(path)  # also sets each sheet's part name (ws.path)
    total = sum(body.n for body in bodies.values())
    if not total:
        return
    buffer = io.BytesIO(path.read_bytes())
    sheets = list(bodies)
    parts = {ws.path.lstrip("/"): bodies[ws] for ws in sheets}
    bar = rows_progress(None, total, t("progress.write", file=_target_name(path)))
    done = 0
    with zipfile.ZipFile(buffer) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out, bar as show:
        for info in source.infolist():
            data = source.read(info.filename)
            body = parts.get(info.filename)
            if body is None or body.n == 0:
                out.writestr(info, data)
                continue
            if b"<sheetData/>" in data:
                data = data.replace(b"<sheetData/>", b"<sheetData></sheetData>", 1)
            head, tail = data.split(b"</sheetData>", 1)
            out.compresslevel = ROWS_COMPRESSLEVEL
            cells = body.n * len(body.columns)  # past 2 GiB of XML a part needs zip64
            with out.open(info.filename, "w", force_zip64=cells > 10_000_000) as stream:
                stream.write(head)
                for rows, xml in body.chunks():
                    stream.write(xml.encode("utf-8"))
                    show(done + rows, total)
                done += body.n
                stream.write(b"</sheetData>" + tail)
            out.compresslevel = None


# ------------------------------------------------------------------------------------------
# safe output files: the one input guard, numbered backups, atomic replace
# ------------------------------------------------------------------------------------------
#: how many backups of one output file are kept (the newest ones)
BACKUPS_KEPT = 5
#: a temporary file left by a killed process is removed by the next write after this long
_STALE_TEMP_SECONDS = 3600


def _backup_pattern(target: Path) -> re.Pattern:
    return re.compile(rf"{re.escape(target.stem)}\.bak(\d*){re.escape(target.suffix)}",
                      re.IGNORECASE)


def backup_paths(target: str | os.PathLike) -> list[Path]:
    """The backups of ``target`` that exist, oldest first.

    A backup of ``out/x.xlsx`` is ``out/x.bak1.xlsx``, ``out/x.bak2.xlsx`` … (a higher
    number is newer; ``x.bak.xlsx`` from older versions counts as the oldest).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("x.bak2.xlsx", "x.bak10.xlsx", "x.bak.xlsx", "y.bak1.xlsx"):
    ...     _ = (folder / name).write_bytes(b"")
    >>> [p.name for p in backup_paths(folder / "x.xlsx")]
    ['x.bak.xlsx', 'x.bak2.xlsx', 'x.bak10.xlsx']
    """
    target = Path(target)
    pattern = _backup_pattern(target)
    if not target.parent.is_dir():
        return []
    found = []
    for entry in target.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            found.append((int(match.group(1) or 0), entry))
    return [p for _n, p in sorted(found)]


def _is_backup_of(candidate: Path, target: Path) -> bool:
    if not _backup_pattern(target).fullmatch(candidate.name):
        return False
    try:
        return candidate.parent.resolve() == target.parent.resolve()
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def guard_output(target: str | os.PathLike, inputs: Iterable[str | os.PathLike] = (), *,
                 overwrite: bool = False, suffix: str | None = ".xlsx") -> Path:
    """Refuse an output that would lose something; returns ``target`` as a Path.

    The one input guard of every command and panel. It raises :class:`OverwriteError` when
    ``target`` is one of ``inputs`` (or a backup of ``target`` is one of them, since old
    backups are pruned), or exists and ``overwrite`` is false; :class:`SalesopsError` when
    ``target`` is a folder or does not end in ``suffix`` (``None``: any suffix).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> try:
    ...     guard_output(folder / "report.xlsx", [folder / "report.bak1.xlsx"])
    ... except OverwriteError as exc:
    ...     print(str(exc).split("，")[0])
    输入文件 report.bak1.xlsx 是输出文件 report.xlsx 的备份
    """
    target = Path(target)
    if target.is_dir():
        raise SalesopsError(t("error.output_is_folder", file=str(target)))
    if suffix is not None and target.suffix.lower() != suffix:
        raise SalesopsError(t("error.output_suffix", file=str(target), suffix=suffix,
                              actual=target.suffix or "?"))
    for source in inputs:
        source = Path(source)
        if _same_file(source, target):
            raise OverwriteError(t("error.same_as_source", file=str(target)))
        if _is_backup_of(source, target):
            raise OverwriteError(t("error.input_is_backup", input=source.name,
                                   file=target.name))
    if target.exists() and not overwrite:
        raise OverwriteError(t("error.exists", file=str(target)))
    return target


def _new_file_mode() -> int:
    """Permissions a new file gets from the umask (0644 under the usual umask 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _keep_backup(target: Path, keep: int) -> None:
    """Keep the current ``target`` as the next numbered backup; prune all but ``keep``."""
    import shutil

    existing = backup_paths(target)
    numbers = [int(_backup_pattern(target).fullmatch(p.name).group(1) or 0) for p in existing]
    backup = target.with_name(f"{target.stem}.bak{max(numbers, default=0) + 1}{target.suffix}")
    try:
        os.link(target, backup)  # the old file stays in place until the new one replaces it
    except OSError:
        shutil.copy2(target, backup)
    for old in [*existing, backup][:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


def _temp_prefix(target: Path, name_max: int = 255) -> str:
    """``~$<name>.``, shortened so the temporary name fits the file-name limit (255 bytes)."""
    name = target.name
    room = name_max - len(".tmp") - 8 - len("~$.")  # mkstemp adds 8 random characters
    while len(name.encode("utf-8")) > room:
        name = name[:-1]
    return f"~${name}."


def _remove_stale_temps(target: Path) -> None:
    import time

    for entry in target.parent.glob(f"{glob_escape(_temp_prefix(target))}*.tmp"):
        try:
            if time.time() - entry.stat().st_mtime > _STALE_TEMP_SECONDS:
                entry.unlink()
        except OSError:
            continue


def glob_escape(text: str) -> str:
    """``text`` with glob wildcards escaped."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def replace_file(target: str | os.PathLike, write, *, overwrite: bool = False,
                 keep: int = BACKUPS_KEPT) -> Path:
    """Write a file with ``write(temp_path)`` and move it into place atomically.

    The temporary file is ``~$<name>.<random>.tmp`` in the target's folder (visible, like
    Excel's own ``~$`` files) and is removed on any failure. An existing target is replaced
    only with ``overwrite=True``; it is then kept as the next numbered backup
    (:func:`backup_paths`; the newest ``keep`` are kept) and its permissions carry over to
    the new file. A new file gets the permissions the umask gives (not 0600).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        if target.exists():
            if not overwrite:  # appeared while we were writing
                raise OverwriteError(t("error.exists", file=str(target)))
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
            _keep_backup(target, keep)
        else:
            os.chmod(tmp, _new_file_mode())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _remove_stale_temps(target)
    return target


# ------------------------------------------------------------------------------------------
# reading back
# ------------------------------------------------------------------------------------------
@dataclass
class TrackerChanges:
    """A tracker read back after editing.

    Attributes
    ----------
    frame
        The current rows in canonical columns (typed like when written), index = Excel row;
        the ``_key`` column identifies rows that were written by salesops (empty for added).
    added
        Rows a person added (no key, or a key seen twice).
    edited
        One row per changed cell: ``row``, ``key``, ``column``, ``header``, ``old``, ``new``.
    deleted
        Rows that were written but are gone, as they were written.
    extra_columns
        Columns a person added to the table, as named in ``frame`` (their own header; with
        the Excel column letter when the header is also a salesops column name, e.g.
        ``phone (P)``, or 未命名列P for values typed where there is no header).
    problems
        What could not be read as typed, one row per cell: ``row`` (Excel row), ``column``
        (the header), ``value`` (as typed), ``problem`` (``date_year_assumed``,
        ``relative_date``, ``bad_date``, ``implausible_date``, ``outside_table``,
        ``typed_over_formula``), ``message`` and ``severity``.
    """

    file: str
    sheet: str
    frame: pd.DataFrame
    added: pd.DataFrame
    edited: pd.DataFrame
    deleted: pd.DataFrame
    extra_columns: list[str] = field(default_factory=list)
    problems: pd.DataFrame = field(default_factory=lambda: _problems_frame([]))

    def summary(self) -> str:
        text = t("change.summary", file=self.file, sheet=self.sheet, rows=len(self.frame),
                 added=len(self.added), added_label=t("change.added"),
                 edited=self.edited["key"].nunique() if len(self.edited) else 0,
                 edited_label=t("change.edited"), deleted=len(self.deleted),
                 deleted_label=t("change.deleted"))
        if len(self.problems):
            text += t("change.summary_problems", count=len(self.problems),
                      label=t("change.problems"))
        return text

    def __repr__(self) -> str:
        return f"TrackerChanges({self.summary()})"


def read_metadata(wb, file: str) -> dict:
    """What salesops wrote about a workbook in its very hidden ``_salesops`` sheet: language,
    when it was written, and each tracker's sheet, columns and settings (a roster's first
    day …). ``wb`` is an open calamine workbook; raises :class:`InputFileError` naming
    ``file`` when the sheet is missing or unreadable (not a salesops tracker)."""
    if META_SHEET not in wb.sheet_names:
        raise InputFileError(t("error.not_tracker", file=file))
    chunks = [row[0] for row in sheet_rows(wb, META_SHEET, file) if row and row[0]]
    try:
        return json.loads("".join(str(c) for c in chunks))
    except ValueError as exc:
        raise InputFileError(t("error.not_tracker", file=file)) from exc


_PROBLEM_COLUMNS = ["row", "column", "value", "problem", "message", "severity"]
#: read-back problem code -> severity
READBACK_PROBLEMS = {"date_year_assumed": "warning", "relative_date": "error",
                     "bad_date": "error", "implausible_date": "error",
                     "outside_table": "warning", "typed_over_formula": "warning"}


def _problems_frame(records: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(records, columns=_PROBLEM_COLUMNS)


def _empty(value: object) -> bool:
    """Nothing in the cell (whitespace-only text is something a person typed)."""
    if value is None:
        return True
    if type(value) is str:  # the common case, decided without a call
        return value == ""
    return not isinstance(value, str) and parsing.is_blank(value)


def _plain_text(columns: list[dict]) -> list[bool]:
    """Per column: text kept as typed (a text or ID column without a dropdown) — the cells
    of a big table read without a call each (what :func:`_from_cell` would return)."""
    return [c["kind"] in ("text", "id") and not c["choices"] for c in columns]


def _from_cell(value: object, kind: str, choices: dict | None) -> object:
    if _empty(value):
        return None
    if choices:
        return choices.get(value, value) if isinstance(value, str) else value
    if kind in ("date", "datetime", "timestamp"):
        if isinstance(value, dt.datetime):
            return pd.Timestamp(value.date() if kind == "date" else value)
        if kind == "timestamp":
            moment, _ = parsing.parse_datetime(value)
            return pd.Timestamp(moment) if moment is not None else value
        parsed, _ = parsing.parse_date(value)
        return pd.Timestamp(parsed) if parsed is not None else value
    if kind in ("integer", "number", "money", "percent"):
        if isinstance(value, str):
            parsed, _ = parsing.parse_amount(value)
            value = parsed if parsed is not None else value
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            return int(value)
        return value
    if kind in ("text", "id") and not isinstance(value, str):
        return parsing.normalise_text(value)
    return value


#: a date cell before this holds a small number a person typed (Excel serial < 61)
_FIRST_REAL_DAY, _EXCEL_ZERO = dt.date(1900, 3, 1), dt.datetime(1899, 12, 31)  # serials < 61


class _Reading:
    """Reads the cells of one edited sheet, collecting what could not be read as typed."""

    def __init__(self, file: str, sheet: str, near: dt.date) -> None:
        self.file, self.sheet, self.near = file, sheet, near
        self.problems: list[dict] = []

    def report(self, row: int, header: str, value: object, code: str, **extra) -> None:
        shown = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
        where = t("where.file_sheet_row", file=self.file, sheet=self.sheet, row=row)
        self.problems.append({
            "row": row, "column": header, "value": shown, "problem": code,
            "message": t(f"readback.{code}", where=where, column=t("where.column",
                                                                  column=header),
                         value=shown, **extra),
            "severity": READBACK_PROBLEMS[code]})

    def cell(self, value: object, col: dict, row: int) -> object:
        """The value of a typed cell; dates as people type them (see resolve_date)."""
        if col["kind"] not in ("date", "datetime") or col["choices"] or _empty(value):
            return _from_cell(value, col["kind"], col["choices"])
        if isinstance(value, dt.datetime | dt.date):
            day = value.date() if isinstance(value, dt.datetime) else value
            if day.year < 1900:  # Excel's calendar starts in 1900: a slip of the keyboard
                self.report(row, col["header"], value, "implausible_date")
                return value.isoformat()
            if day < _FIRST_REAL_DAY:  # 11.25 typed into a date cell shows as 1900-01-11
                value = round((pd.Timestamp(value) - pd.Timestamp(_EXCEL_ZERO)).total_seconds()
                              / 86400, 6)
            else:
                return _from_cell(pd.Timestamp(value).to_pydatetime(), col["kind"], None)
        if isinstance(value, dt.time | dt.timedelta):  # a time where a date belongs
            self.report(row, col["header"], value, "bad_date")
            return str(value)
        parsed, note = parsing.resolve_date(value, self.near)
        if parsed is None:
            self.report(row, col["header"], value, note or "bad_date")
            return value
        if parsed.year < 1900:
            self.report(row, col["header"], value, "implausible_date")
            return value
        if note == "date_year_assumed":
            self.report(row, col["header"], value, note, date=parsed.isoformat())
        return pd.Timestamp(parsed)


def _typed(records: list[list], columns: list[dict], index: list[int]) -> pd.DataFrame:
    frame = pd.DataFrame(records, columns=["_key"] + [c["key"] for c in columns],
                         index=pd.Index(index, name="excel_row"), dtype=object)
    for col in columns:
        series = frame[col["key"]]
        if col["choices"]:
            continue
        if col["kind"] in ("date", "datetime", "timestamp") and all(
                v is None or isinstance(v, pd.Timestamp) for v in series):
            frame[col["key"]] = pd.to_datetime(series)
        elif col["kind"] in ("number", "money", "percent") and all(
                v is None or isinstance(v, int | float) for v in series):
            frame[col["key"]] = series.astype("float64")
    return frame


def _same(a: object, b: object) -> bool:
    if type(a) is str and type(b) is str and a and b:  # the common case
        return a == b
    if _empty(a) and _empty(b):
        return True
    if _empty(a) or _empty(b):
        return False
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-9)
    return a == b


def read_tracker(path: str | os.PathLike, name: str | None = None) -> TrackerChanges:
    """Read a salesops tracker back, after a person edited it in Excel or WPS.

    Parameters
    ----------
    path
        A workbook written by :func:`write_trackers`.
    name
        Tracker name (e.g. ``"customers"``) or its sheet title; default: the first tracker.

    Returns
    -------
    TrackerChanges
        The current table plus added, edited and deleted rows against what was written.
        Columns a person added are kept; a deleted or renamed header raises an error naming
        the sheet, row and header.
    """
    path = input_file(path)
    wb = open_workbook(path)
    meta = read_metadata(wb, path.name)
    trackers = meta["trackers"]
    chosen = trackers[0] if name is None else next(
        (tr for tr in trackers if name in (tr["name"], tr["sheet"])), None)
    if chosen is None or chosen["sheet"] not in wb.sheet_names:
        raise InputFileError(t("error.tracker_sheet_missing", file=path.name,
                               sheet=name or (chosen or {}).get("sheet", "?")))
    columns = chosen["columns"]
    rows = sheet_rows(wb, chosen["sheet"], path.name)
    snapshot_rows = (sheet_rows(wb, chosen["snapshot"], path.name)
                     if chosen.get("snapshot") in wb.sheet_names else None)
    choices = [c["choices"] for c in columns]
    kinds = [c["kind"] for c in columns]
    if snapshot_rows is None:
        written = _typed([], columns, [])
    else:
        width = len(columns) + 1  # trailing empty cells are not stored
        padded = [list(r) + [None] * (width - len(r)) for r in snapshot_rows]
        plain = _plain_text(columns)
        recs = [[_from_cell(r[0], "id", None)]
                + [v if type(v) is str and v and fast else _from_cell(v, k, ch)
                   for v, k, ch, fast in zip(r[1:width], kinds, choices, plain, strict=True)]
                for r in padded]
        written = _typed(recs, columns, list(range(1, len(recs) + 1)))
    reading = _Reading(path.name, chosen["sheet"], _plan_day(written, columns, meta))
    current, extras, positions, header_idx = _parse_sheet(
        rows, chosen, path.name, reading, set(written["_key"].dropna()))
    formula_columns = [c for c in columns if c.get("formula")]
    if formula_columns:
        _check_formula_cells(path, chosen["sheet"], header_idx, positions, formula_columns,
                             reading)
    changes = _compare(path.name, chosen, current, written, extras)
    changes.problems = _problems_frame(sorted(reading.problems, key=lambda p: p["row"]))
    return changes


def _plan_day(written: pd.DataFrame, columns: list[dict], meta: dict) -> dt.date:
    """The middle of the dates that were written (the plan's dates), else the write date.

    A date typed without a year (``12/5``) gets the year that puts it nearest to this day.
    """
    dates = [v for c in columns if c["kind"] in ("date", "datetime") and not c["choices"]
             for v in written[c["key"]].tolist() if isinstance(v, pd.Timestamp)]
    if dates:
        return sorted(dates)[len(dates) // 2].date()
    try:
        return dt.datetime.fromisoformat(meta.get("written", "")).date()
    except ValueError:
        return dt.date.today()


def _find_key_column(texts: list[str], rows: list[list], header_idx: int,
                     written_keys: set) -> int | None:
    """The hidden ``_key`` column; if a person added another ``_key``, the one whose values
    are the keys salesops wrote."""
    found = [j for j, h in enumerate(texts) if h == KEY_HEADER]
    if len(found) <= 1:
        return found[0] if found else None

    def matches(j: int) -> int:
        return sum(1 for r in rows[header_idx + 1:]
                   if j < len(r) and _from_cell(r[j], "id", None) in written_keys)

    return max(found, key=lambda j: (matches(j), j))


@functools.cache
def _catalogue_pairs() -> dict[str, frozenset[str]]:
    """Header key → the keys of every header written with it in the catalogue (zh and en)."""
    out: dict[str, set[str]] = {}
    for value in CATALOGUE.values():
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            keys = {header_key(v) for v in value}
            for k in keys:
                out.setdefault(k, set()).update(keys)
    return {k: frozenset(v) for k, v in out.items()}


def _header_spellings(header: str) -> frozenset[str]:
    """The keys a cell may have to be ``header``: its own, and its other language's."""
    key = header_key(header)
    return _catalogue_pairs().get(key, frozenset()) | {key}


def _parse_sheet(rows: list[tuple], meta: dict, file: str, reading: _Reading,
                 written_keys: set) -> tuple[pd.DataFrame, list[str], dict[str, int], int]:
    columns = meta["columns"]
    expected = [c["header"] for c in columns] + [KEY_HEADER]
    # a header respelt (客戶名稱, 客户名称（必填）) or written in the other language still fits
    spellings = {h: _header_spellings(h) for h in expected}
    wanted_keys = {k for keys in spellings.values() for k in keys}

    def named(cells: list[str]) -> int:  # how many of the tracker's columns a row names
        keys = {header_key(c) for c in cells} & wanted_keys
        found = sum(bool(keys & spellings[h]) for h in expected)
        return found if found >= max(1, len(expected) // 2) else 0

    header_idx = find_header_row(rows, named)
    if header_idx is None:
        raise InputFileError(t("error.tracker_header_missing", file=file, sheet=meta["sheet"],
                               row=meta["header_row"], column=expected[0]))
    width = max((len(r) for r in rows), default=0)
    texts = [str(v).strip() if v is not None else "" for v in rows[header_idx]]
    texts += [""] * (width - len(texts))
    positions: dict[str, int] = {}
    key_at = _find_key_column(texts, rows, header_idx, written_keys)
    text_keys = [header_key(h) if h else "" for h in texts]
    for header in expected:
        at = key_at if header == KEY_HEADER else next(
            (j for j, h in enumerate(texts) if h == header and j != key_at), None)
        if at is None and header != KEY_HEADER:  # the header respelt: 客戶名稱, 客户名称（必填）
            at = next((j for j, k in enumerate(text_keys)
                       if k in spellings[header] and j != key_at), None)
        if at is None:
            raise InputFileError(t("error.tracker_header_missing", file=file,
                                   sheet=meta["sheet"], row=header_idx + 1, column=header))
        positions[header] = at
    body = rows[header_idx + 1:]
    taken = set(positions.values())
    extras = [j for j in range(width) if j not in taken
              and (texts[j] or any(j < len(r) and not _empty(r[j]) for r in body))]
    reserved = {KEY_HEADER, *(c["key"] for c in columns)}
    names: list[str] = []
    for j in extras:  # a person's column never takes the name of a salesops one
        name = texts[j] or t("col.unnamed", letter=excel_column_letter(j))
        if name in reserved or name in names:
            name = f"{name} ({excel_column_letter(j)})"
        names.append(name)
    records, index, extra_values = [], [], []
    plain = _plain_text(columns)
    for offset, row in enumerate(body):
        cells = list(row) + [None] * (width - len(row))
        wanted = [cells[positions[KEY_HEADER]]] + [cells[positions[c["header"]]]
                                                    for c in columns]
        others = [cells[j] for j in extras]
        if all(_empty(v) for v in wanted + others):
            continue
        excel_row = header_idx + 2 + offset
        record = [_from_cell(wanted[0], "id", None)]
        for value, col, fast in zip(wanted[1:], columns, plain, strict=True):
            record.append(value if type(value) is str and value and fast
                          else reading.cell(value, col, excel_row))
        for j, value in zip(extras, others, strict=True):
            if not texts[j] and not _empty(value):
                reading.report(excel_row, t("col.unnamed", letter=excel_column_letter(j)),
                               value, "outside_table",
                               cell=f"{excel_column_letter(j)}{excel_row}")
        records.append(record)
        extra_values.append(others)
        index.append(excel_row)
    frame = _typed(records, columns, index)
    for k, name in enumerate(names):
        frame[name] = [vals[k] for vals in extra_values]
    return frame, names, positions, header_idx


def _check_formula_cells(path: Path, sheet: str, header_idx: int, positions: dict[str, int],
                         formula_columns: list[dict], reading: _Reading) -> None:
    """Report values typed over a live formula (calamine sees only values: openpyxl looks)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        ws = wb[sheet]
        wanted = {positions[c["header"]]: c["header"] for c in formula_columns}
        first, last = min(wanted) + 1, max(wanted) + 1
        for r, row in enumerate(ws.iter_rows(min_row=header_idx + 2, min_col=first,
                                             max_col=last), start=header_idx + 2):
            for cell in row:
                j = getattr(cell, "column", None)
                if j is None or j - 1 not in wanted or cell.value is None:
                    continue
                if cell.data_type != "f":
                    reading.report(r, wanted[j - 1], cell.value, "typed_over_formula")
    finally:
        wb.close()


def _compare(file: str, meta: dict, current: pd.DataFrame, written: pd.DataFrame,
             extras: list[str]) -> TrackerChanges:
    keys_written = {k: i for i, k in enumerate(written["_key"].tolist()) if k is not None}
    seen: set = set()
    added_mask, matched, was = [], [], []
    for pos, key in enumerate(current["_key"].tolist()):
        if key is None or key not in keys_written or key in seen:
            added_mask.append(True)
            continue
        seen.add(key)
        added_mask.append(False)
        matched.append(pos)
        was.append(keys_written[key])
    edits = []
    # computed by Excel (a formula) is not something a person typed: not compared
    columns = [c for c in meta["columns"] if not c.get("formula")]
    for order, col in enumerate(columns):
        old, new = written[col["key"]], current[col["key"]]
        for i in _maybe_changed(old.to_numpy()[was], new.to_numpy()[matched]):
            a, b = old.iloc[was[i]], new.iloc[matched[i]]
            if not _same(a, b):
                pos = matched[i]
                edits.append((pos, order, {
                    "row": int(current.index[pos]), "key": current["_key"].iloc[pos],
                    "column": col["key"], "header": col["header"],
                    "old": None if _empty(a) else a, "new": None if _empty(b) else b}))
    edits.sort(key=lambda e: e[:2])  # row by row, columns in their order
    added = current[pd.Series(added_mask, index=current.index, dtype=bool)]
    deleted = written[[k not in seen for k in written["_key"].tolist()]]
    edited = pd.DataFrame([e for _, _, e in edits],
                          columns=["row", "key", "column", "header", "old", "new"])
    return TrackerChanges(file=file, sheet=meta["sheet"], frame=current, added=added,
                          edited=edited, deleted=deleted, extra_columns=extras)


def _maybe_changed(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Positions where two aligned columns are not plainly equal (one comparison in numpy;
    what is left — empty cells, 1 vs 1.0, NaT — goes to :func:`_same`)."""
    try:
        equal = np.asarray(old == new, dtype=bool)
        if equal.shape == old.shape:
            return np.flatnonzero(~equal)
    except (TypeError, ValueError):
        pass
    return np.arange(len(old))


def excel_language(path: str | os.PathLike) -> str:
    """The language a tracker was written in (``"zh"`` or ``"en"``)."""
    return read_metadata(open_workbook(Path(path)), Path(path).name).get("lang", get_language())
