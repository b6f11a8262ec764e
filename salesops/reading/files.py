"""Reading spreadsheets people really have: .xlsx and .csv, any common Chinese encoding.

This is the only module that opens a user's input file, and it opens it read-only: the source
is never modified. A CSV is decoded by trying, in order, a byte-order mark (UTF-8, UTF-16),
strict UTF-8 and strict GB18030 (a superset of GBK/GB2312, what Excel and WPS on Chinese
Windows write). The header row is found even below a title row. Every value comes back as it
was stored (text stays text, so leading zeros survive), together with the Excel row number the
person sees.

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "c.csv"
>>> _ = p.write_bytes("客户名单\\n客户名称,手机\\n开平甲公司,013800\\n".encode("gbk"))
>>> table = read_table(p, is_header=lambda cells: "客户名称" in cells)
>>> table.header_row, table.encoding, table.frame.iloc[0, 1]
(2, 'gb18030', '013800')
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputFileError
from ..labels import t
from ..parsing import is_blank

HEADER_SEARCH_ROWS = 30


@dataclass
class RawTable:
    """A table as read from a file: raw cell values plus where they came from.

    ``frame`` has the user's headers as columns (made unique) and the Excel/CSV row number
    of each record as its index.
    """

    frame: pd.DataFrame
    file: str
    sheet: str | None
    header_row: int
    headers: list[str]
    encoding: str | None = None
    sheets: list[str] = field(default_factory=list)
    #: the workbook counts dates from 1904 (Excel for Mac's old "1904 date system")
    date1904: bool = False
    #: Excel error cells (#DIV/0!, #N/A …) as ``(excel_row, header, value)``: calamine reads
    #: them as empty
    error_cells: list[tuple[int, str, str]] = field(default_factory=list)
    #: 0-based column of the sheet → header in ``frame``
    columns_at: dict[int, str] = field(default_factory=dict, repr=False)


def excel_column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def decode_csv_bytes(data: bytes, file: str = "") -> tuple[str, str]:
    """Decode CSV bytes; returns ``(text, encoding)``.

    Order: BOM (utf-8-sig, utf-16), strict utf-8, strict gb18030. GB18030 decodes any GBK
    file; a file that is neither valid UTF-8 nor GB18030 raises :class:`InputFileError`.
    A UTF-8 byte-order mark followed by GBK text (some tools add the mark to any file) is
    read as GB18030 with a warning.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            try:
                text = data[3:].decode("gb18030")
            except UnicodeDecodeError:
                raise InputFileError(t("error.encoding", file=file)) from None
            warnings.warn(t("warn.bom_not_utf8", file=file), stacklevel=2)
            return text, "gb18030"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputFileError(t("error.encoding", file=file)) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect_chinese(data, file)


#: legacy Chinese encodings told apart by charset-normalizer (both decode most byte strings)
CHINESE_ENCODINGS = ("gb18030", "big5")


def _detect_chinese(data: bytes, file: str) -> tuple[str, str]:
    """GB18030 (GBK, mainland) or Big5 (Taiwan, Hong Kong), chosen by charset-normalizer.

    Big5 text decodes as GB18030 without an error, as mojibake: the detector compares how
    plausible each decoding is. Big5, or a decoding that still looks garbled, is a warning.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CHINESE_ENCODINGS)).best()
    if best is None:
        raise InputFileError(t("error.encoding", file=file))
    encoding = "big5" if best.encoding.replace("_", "") in ("big5", "big5hkscs") else "gb18030"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputFileError(t("error.encoding", file=file)) from None
    if encoding == "big5":
        warnings.warn(t("warn.big5", file=file), stacklevel=3)
    elif best.chaos > 0.2:
        warnings.warn(t("warn.garbled", file=file, encoding=encoding), stacklevel=3)
    return text, encoding


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows most consistently.

    For each of ``, \t ; |`` the first rows are split with the csv module (so quoted text is
    one field): the delimiter giving the most rows with the same field count (more than one)
    wins — a ``;`` inside the notes of a comma file does not.
    """
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    best, best_score = ",", (0, 0)
    for delimiter in (",", "\t", ";", "|"):
        if delimiter not in sample:
            continue
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                      if any(c.strip() for c in r)]
        except csv.Error:
            continue
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        modal = max(set(wide), key=wide.count)
        score = (wide.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


#: longest CSV field read (characters); Python's default of 131,072 refuses long notes
CSV_FIELD_LIMIT = 1 << 27


def csv_rows(path: Path) -> tuple[list[list[object]], str]:
    """Every record of a CSV file as a list of fields, and the file's encoding."""
    records, encoding = _csv_records(path)
    if isinstance(records, _Grid):
        records = records.rows(len(records))
    return records, encoding


def _csv_records(path: Path) -> tuple[list[list[object]] | _Grid, str]:
    """The records of a CSV file and its encoding: pandas' C parser where it reads them as
    the csv module does (:func:`_csv_grid`), the csv module otherwise."""
    import codecs

    data = path.read_bytes()
    text = None
    payload, start, encoding = data, 0, "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):  # pandas drops the mark itself: no copy here
        start, encoding = 3, "utf-8-sig"
    try:
        head = codecs.getincrementaldecoder("utf-8")().decode(
            data[start:start + _HEAD_BYTES], final=len(data) - start <= _HEAD_BYTES)
        whole = len(data) - start <= _HEAD_BYTES
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnicodeDecodeError("utf-8", b"", 0, 1, "UTF-16")
    except UnicodeDecodeError:
        text, encoding = decode_csv_bytes(data, path.name)  # warns at most once
        payload, head, whole = text.encode("utf-8"), text[:_HEAD_BYTES], len(text) <= _HEAD_BYTES
        start = 0
    grid = _csv_grid(payload, head, whole, start)
    if grid is not None:
        return grid, encoding
    if text is None:
        text, encoding = decode_csv_bytes(data, path.name)
    return _csv_rows(text, path.name), encoding


def _csv_rows(text: str, file: str) -> list[list[object]]:
    """Every record as a list of fields, read with the csv module (any file)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    with _long_fields():
        try:
            return [list(row) for row in reader]
        except csv.Error as exc:
            raise InputFileError(t("error.bad_csv", file=file, row=reader.line_num,
                                   detail=exc)) from exc


@contextlib.contextmanager
def _long_fields():
    """Let the csv module read fields up to :data:`CSV_FIELD_LIMIT` characters."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, CSV_FIELD_LIMIT))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


@dataclass
class _Grid:
    """A CSV read by pandas' C parser, column by column: ``columns[j][i]`` is field ``j`` of
    record ``i``, None past the end of a short record (the csv module leaves it out)."""

    columns: list[np.ndarray]  # object arrays of text (or None)
    #: only text and None (a CSV); a sheet's cells are also numbers, dates, booleans
    text_only: bool = True

    def rows(self, stop: int) -> list[list[object]]:
        """The first ``stop`` records as the csv module gives them (short ones short)."""
        out = []
        for row in zip(*(c[:stop].tolist() for c in self.columns), strict=True):
            row = list(row)
            while row and row[-1] is None:
                row.pop()
            out.append(row)
        return out

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0


#: the head of a CSV decoded to find its delimiter and width, before the whole is parsed
_HEAD_BYTES = 1 << 20


def _csv_grid(data: bytes, head: str, whole: bool, start: int = 0) -> _Grid | None:
    """The records of a CSV as a :class:`_Grid`: UTF-8 ``data`` from byte ``start`` (past a
    byte-order mark), ``head`` its beginning decoded, ``whole`` when that is all of it.

    Gives exactly what :func:`_csv_rows` gives — or None, and that reads the file: a file
    whose quoting the csv module reads differently (a quote inside an unquoted field, an
    unclosed quote), a record wider than the first rows, or anything pandas refuses.
    """
    lines = head.splitlines()
    if head.startswith("\ufeff") or not head.strip() or (
            not whole and len(lines) <= HEADER_SEARCH_ROWS + 1):
        return None
    delimiter = _sniff_delimiter(head)
    sample = "\n".join(lines[:HEADER_SEARCH_ROWS])
    try:
        with _long_fields():
            width = max((len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)),
                        default=1)
    except csv.Error:
        return None
    try:
        with warnings.catch_warnings():  # a first record wider than names: data left out
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.BytesIO(data), sep=delimiter, header=None,
                                names=range(width), dtype=object, na_filter=False,
                                skip_blank_lines=False, index_col=False, encoding="utf-8",
                                engine="c", quotechar='"', doublequote=True,
                                quoting=csv.QUOTE_MINIMAL)
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.ParserWarning):
        return None
    columns = [frame[j].to_numpy(dtype=object) for j in range(width)]
    n = len(frame)
    # every record is whole when there are as many delimiters as whole records hold (none
    # holds more: pandas refused that above); a blank line has none, nor does one field
    if width == 1 or b'"' in data or data.count(delimiter.encode(), start) != n * (width - 1):
        lengths = _record_lengths(data, delimiter, start)
        if lengths is None or len(lengths) != n or (lengths > width).any():
            return None
        for j in range(width):
            short = lengths <= j
            if short.any():
                columns[j] = columns[j].copy()  # pandas' own array is read-only
                columns[j][short] = None
    return _Grid(columns)


def _record_lengths(data: bytes, delimiter: str, start: int = 0) -> np.ndarray | None:
    """How many fields each CSV record has, as the csv module counts them.

    A record ends at LF, CRLF or CR outside quotes; a blank one has no field. None when a
    quote opens anywhere but at the start of a field, or is left open: there the csv
    module takes quotes as text, and this count would differ.
    """
    b = np.frombuffer(data, dtype=np.uint8, offset=start)
    lf, cr = b == 10, b == 13
    ends = lf.copy()
    ends[:-1] |= cr[:-1] & ~lf[1:]
    ends[-1:] |= cr[-1:]
    quotes = np.flatnonzero(b == 34)
    mark = ord(delimiter)
    if len(quotes) % 2:
        return None
    opening = quotes[0::2]
    before = b[np.maximum(opening - 1, 0)]
    if not ((opening == 0) | (before == mark) | (before == 10) | (before == 13)
            | (before == 34)).all():
        return None
    delims = np.flatnonzero(b == mark)
    stops = np.flatnonzero(ends)
    if len(quotes):
        delims = delims[np.searchsorted(quotes, delims) % 2 == 0]
        stops = stops[np.searchsorted(quotes, stops) % 2 == 0]
    if len(b) and (not len(stops) or stops[-1] != len(b) - 1):
        stops = np.append(stops, len(b))  # the last record has no line end
    starts = np.concatenate(([0], stops[:-1] + 1))
    content = stops - starts - ((stops < len(b)) & lf[np.minimum(stops, len(b) - 1)]
                                & (stops > starts) & cr[np.maximum(stops - 1, 0)])
    counts = np.diff(np.searchsorted(delims, np.concatenate(([-1], stops))))
    return np.where(content > 0, counts + 1, 0)


#: an .xlsx is a zip; refuse one whose parts would unpack to more than this (a zip bomb)
MAX_UNPACKED_BYTES = 1 << 30
#: … or whose part is packed more tightly than real sheets ever are (and is big)
MAX_PACKING_RATIO, RATIO_CHECK_BYTES = 1000, 50 << 20


def check_zip_sizes(path: Path) -> None:
    """Refuse a zip-based workbook that would unpack to an unreasonable size.

    Reads only the zip directory (the declared sizes of its parts), before any part is
    unpacked: more than :data:`MAX_UNPACKED_BYTES` in total, or a part over
    :data:`RATIO_CHECK_BYTES` packed more than :data:`MAX_PACKING_RATIO` to one, raises
    :class:`InputFileError`.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError(t("error.bad_xlsx", file=path.name, detail=exc)) from exc
    total = sum(p.file_size for p in parts)
    biggest = max(parts, key=lambda p: p.file_size, default=None)
    tight = [p for p in parts if p.file_size > RATIO_CHECK_BYTES
             and p.file_size > MAX_PACKING_RATIO * max(p.compress_size, 1)]
    if total > MAX_UNPACKED_BYTES or tight:
        part = tight[0] if tight else biggest
        raise InputFileError(t("error.zip_bomb", file=path.name, part=part.filename,
                               size=f"{total / (1 << 20):,.0f}",
                               packed=f"{path.stat().st_size / (1 << 20):,.1f}"))


def input_file(source: str | os.PathLike) -> Path:
    """``source`` as a Path after checking it is a file that exists (not a folder)."""
    path = Path(source)
    if not path.exists():
        raise InputFileError(t("error.file_missing", file=str(path)))
    if path.is_dir():
        raise InputFileError(t("error.input_is_folder", file=str(path)))
    return path


def open_workbook(path: Path):
    """A workbook opened read-only with calamine, its sheets' sizes checked before any sheet
    is read: a sheet whose used range holds more than :data:`MAX_SHEET_CELLS` cells (a value
    typed far away, in XFD1048576) is refused with a sentence when it is read, instead of
    calamine allocating every cell of the range (a 550 GB request that aborts the process)."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        check_zip_sizes(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # CalamineError, zip errors: not a workbook
        key = "error.xls" if path.suffix.lower() == ".xls" else "error.bad_xlsx"
        raise InputFileError(t(key, file=path.name, detail=exc)) from exc
    sizes = sheet_sizes(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
    return CheckedWorkbook(workbook, path.name, sizes)


#: the most cells a sheet's used range may span (calamine allocates each, ~32 bytes): a
#: 1,048,576-row customer table 47 columns wide still fits
MAX_SHEET_CELLS = 50_000_000
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"')


class CheckedWorkbook:
    """A calamine workbook whose sheets are refused, by name, when their used range is too
    big to read (:data:`MAX_SHEET_CELLS`); everything else is calamine's."""

    def __init__(self, workbook, file: str, sizes: dict[str, tuple[str, int]]) -> None:
        self._workbook, self._file, self._sizes = workbook, file, sizes

    def __getattr__(self, name: str):
        return getattr(self._workbook, name)

    def get_sheet_by_name(self, name: str):
        ref, cells = self._sizes.get(name, ("", 0))
        if cells > MAX_SHEET_CELLS:
            raise InputFileError(t("error.sheet_too_big", file=self._file, sheet=name, ref=ref,
                                   cells=f"{cells:,}"))
        return self._workbook.get_sheet_by_name(name)


def sheet_sizes(path: Path) -> dict[str, tuple[str, int]]:
    """Sheet name → (its used range as written, how many cells it spans), from each sheet's
    ``<dimension>`` (the first 64 KB of its XML: nothing is unpacked whole). A sheet without
    one is left out (calamine reads it as it is)."""
    import zipfile

    out: dict[str, tuple[str, int]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for name, part in _sheet_parts(archive).items():
                try:
                    with archive.open(part) as stream:
                        head = stream.read(1 << 16)
                except KeyError:
                    continue
                m = _DIMENSION.search(head)
                if not m:
                    continue
                first = m.group(1).decode()
                last = (m.group(2) or m.group(1)).decode()
                (r1, c1), (r2, c2) = _split_ref(first), _split_ref(last)
                cells = (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)
                out[name] = (f"{first}:{last}", cells)
    except (OSError, zipfile.BadZipFile, ValueError):
        return {}
    return out


def _sheet_parts(archive) -> dict[str, str]:
    """Sheet name → its part in an .xlsx archive (``xl/worksheets/sheet1.xml``)."""
    import posixpath

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        book = etree.fromstring(archive.read("xl/workbook.xml"), parser)
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), parser)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    targets = {el.get("Id"): el.get("Target") for el in rels.iter(f"{{{_PKG_REL_NS}}}"
                                                                    "Relationship")}
    out = {}
    for el in book.iter(f"{{{_MAIN_NS}}}sheet"):
        target = targets.get(el.get(f"{{{_REL_NS}}}id"))
        if target:
            out[el.get("name")] = (target.lstrip("/") if target.startswith("/")
                                   else posixpath.normpath(posixpath.join("xl", target)))
    return out


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook_facts(path: Path, sheet: str) -> tuple[bool, list[tuple[str, str]]]:
    """What calamine does not say about an .xlsx: ``(date1904, error cells of sheet)``.

    Reads ``xl/workbook.xml`` (the ``date1904`` flag) and scans the sheet's XML for error
    cells (``t="e"``: ``#DIV/0!``, ``#N/A``, ``#REF!`` …), returned as ``(cell ref, value)``.
    Entities are never resolved; a part that cannot be read gives ``(False, [])``.
    """
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        with zipfile.ZipFile(path) as archive:
            book = etree.fromstring(archive.read("xl/workbook.xml"), parser)
            props = book.find(f"{{{_MAIN_NS}}}workbookPr")
            date1904 = props is not None and props.get("date1904", "0").lower() in ("1",
                                                                                    "true")
            part = _sheet_parts(archive).get(sheet)
            if part is None:
                return date1904, []
            data = archive.read(part)
    except (KeyError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return False, []
    if b't="e"' not in data:
        return date1904, []
    errors = []
    for _event, cell in etree.iterparse(io.BytesIO(data), tag=f"{{{_MAIN_NS}}}c",
                                        resolve_entities=False, no_network=True,
                                        huge_tree=True):
        if cell.get("t") == "e":
            value = cell.find(f"{{{_MAIN_NS}}}v")
            errors.append((cell.get("r", ""), value.text if value is not None else "#ERROR"))
        cell.clear()
    return date1904, errors


def _split_ref(ref: str) -> tuple[int, int]:
    """``"C12"`` → ``(12, 2)``: Excel row and 0-based column."""
    letters = "".join(ch for ch in ref if ch.isalpha())
    column = 0
    for ch in letters.upper():
        column = column * 26 + ord(ch) - 64
    return int(ref[len(letters):] or 0), column - 1


def visible_sheets(workbook) -> list[str]:
    """Names of the sheets a person can see (hidden and very hidden ones left out)."""
    return [m.name for m in workbook.sheets_metadata if str(m.visible).endswith("Visible")
            and not str(m.visible).endswith("Hidden")]


def sheet_rows(workbook, name: str, file: str = "") -> list[list[object]]:
    """All rows of one sheet as Python values; empty cells are ``None``.

    Read with calamine (Rust): about 15× faster than openpyxl's read-only mode, and it undoes
    Excel's ``_xHHHH_`` escapes itself. Numbers come back as floats, dates as ``date`` or
    ``datetime`` according to the cell format. A sheet whose XML is damaged raises
    :class:`InputFileError` naming ``file`` and the sheet.
    """
    return [[None if v == "" else v for v in row] for row in _sheet_values(workbook, name, file)]


def _sheet_values(workbook, name: str, file: str) -> list[list[object]]:
    try:
        return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except InputFileError:  # said already (a sheet too big to read)
        raise
    except Exception as exc:  # calamine's XmlError, zip errors inside the part
        raise InputFileError(t("error.bad_sheet", file=file, sheet=name, detail=exc)) from exc


def _sheet_grid(workbook, name: str, file: str) -> _Grid:
    """:func:`sheet_rows` as a :class:`_Grid`, column by column."""
    rows = _sheet_values(workbook, name, file)
    width = max((len(r) for r in rows), default=0)
    cells = np.empty((len(rows), width), dtype=object)
    if all(len(r) == width for r in rows):  # calamine gives a rectangle
        cells[:] = rows
    else:
        cells.fill(None)
        for i, row in enumerate(rows):
            cells[i, :len(row)] = row
    columns = []
    for j in range(width):
        column = np.ascontiguousarray(cells[:, j])
        column[np.equal(column, "")] = None
        columns.append(column)
    return _Grid(columns, text_only=False)


def find_header_row(rows: Sequence[Sequence[object]], is_header: Callable[[list[str]], object],
                    *, search_rows: int = HEADER_SEARCH_ROWS) -> int | None:
    """The first header-like row among the first ``search_rows`` — or the row below it when
    that one names more columns. The one header-row finder of every reader.

    ``is_header`` is called with the non-blank cells of a row as text and may return a
    number (how many columns the row names): a merged group-header row (客户 | 联系方式 | 业绩)
    above the real header names fewer, and is skipped.

    >>> find_header_row([["客户名单"], ["客户", None], ["名称", "手机"], ["甲", "138"]],
    ...                 lambda cells: sum(c in ("客户", "名称", "手机") for c in cells))
    2
    """
    def score(i: int) -> float:
        if i >= min(len(rows), search_rows):
            return 0
        cells = [str(c).strip() for c in rows[i] if not is_blank(c)]
        return float(is_header(cells) or 0) if cells else 0

    for i in range(min(len(rows), search_rows)):
        if score(i):
            while score(i + 1) > score(i):
                i += 1
            return i
    return None


def _frame_from_rows(rows: list[list[object]], header_index: int
                     ) -> tuple[pd.DataFrame, list[str], list[int]]:
    width = max((len(r) for r in rows), default=0)
    header = list(rows[header_index]) + [None] * (width - len(rows[header_index]))
    body = rows[header_index + 1:]
    # columns that have neither a header nor any value are padding, not data
    used = [j for j in range(width)
            if not is_blank(header[j]) or any(j < len(r) and not is_blank(r[j]) for r in body)]
    records, index = [], []
    for offset, row in enumerate(body):
        values = [row[j] if j < len(row) else None for j in used]
        if all(is_blank(v) for v in values):
            continue
        records.append(values)
        index.append(header_index + 2 + offset)  # 1-based row number of this record
    names = _column_names(header, used)
    frame = pd.DataFrame(records, columns=names, index=pd.Index(index, name="excel_row"),
                         dtype=object)
    return frame, names, used


def _column_names(header: list[object], used: list[int]) -> list[str]:
    """The header of each used column, made unique (``名称.1``); 未命名列X where empty."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for j in used:
        name = (str(header[j]).strip() if not is_blank(header[j])
                else t("col.unnamed", letter=excel_column_letter(j)))
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


def _blank_rows(columns: list[np.ndarray], text_only: bool = True) -> np.ndarray:
    """For each row of a table given column by column (text or None, or any cell values):
    is every cell blank, as :func:`is_blank` says?

    Column by column, only over the rows not known yet: a cell with a character that is not
    white space (or a number, a date) makes its row not blank, and most rows are known after
    the first column.
    """
    n = len(columns[0]) if columns else 0
    open_rows = np.arange(n)
    for column in columns:
        if not len(open_rows):
            break
        cells = column[open_rows]
        if text_only:
            given = np.flatnonzero(np.fromiter(map(bool, cells), dtype=bool,
                                               count=len(cells)))
            spaces = np.fromiter(map(str.isspace, cells[given]), dtype=bool,
                                 count=len(given))
        else:
            given = np.flatnonzero(~np.equal(cells, None))
            spaces = np.array([is_blank(v) for v in cells[given]], dtype=bool)
        known = given[~spaces]
        if spaces.any():  # white space is blank only if is_blank says so (U+000B is not)
            odd = given[spaces]
            known = np.concatenate([known, odd[[not is_blank(v) for v in cells[odd]]]])
        keep = np.ones(len(open_rows), dtype=bool)
        keep[known] = False
        open_rows = open_rows[keep]
    blank = np.zeros(n, dtype=bool)
    blank[open_rows] = True
    return blank


def _blank_column(column: np.ndarray) -> bool:
    """Is every cell of ``column`` blank, as :func:`is_blank` says?"""
    first = next((v for v in column if v is not None and not (isinstance(v, str) and not v)),
                 None)
    if first is None:
        return True
    if not is_blank(first):
        return False
    return all(is_blank(v) for v in column)


def _frame_from_grid(grid: _Grid, header_index: int, blank_rows: np.ndarray
                     ) -> tuple[pd.DataFrame, list[str], list[int]]:
    """:func:`_frame_from_rows` for a :class:`_Grid`, column by column instead of per cell."""
    start = header_index + 1
    header = [c[header_index] for c in grid.columns]
    used = [j for j, column in enumerate(grid.columns)
            if not is_blank(header[j]) or not _blank_column(column[start:])]
    keep = np.flatnonzero(~blank_rows[start:])
    rows = slice(start, None) if len(keep) == len(blank_rows) - start else start + keep
    names = _column_names(header, used)
    numbers = start + 1 + keep
    frame = pd.DataFrame({k: grid.columns[j][rows] for k, j in enumerate(used)},
                         index=pd.Index(numbers if len(numbers) else [], name="excel_row"),
                         dtype=object, copy=False)
    frame.columns = names
    return frame, names, used


def read_table(source: str | os.PathLike, sheet: str | None = None, *,
               is_header: Callable[[list[str]], bool] = bool,
               no_header: str = "error.no_header") -> RawTable:
    """Read a .xlsx or .csv file into a :class:`RawTable` without changing the file.

    Parameters
    ----------
    source
        Path to a ``.xlsx``/``.xlsm``/``.xls``/``.ods`` workbook or a ``.csv``/``.txt``/``.tsv``
        file.
    sheet
        Sheet name for workbooks; by default the first sheet whose header row is found.
    is_header
        Called with the non-blank cell texts of each of the first 30 rows; the first row for
        which it returns True is the header.
    no_header
        Label key of the message when no header row is found (it names the columns needed).
    """
    path = input_file(source)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        rows, encoding = _csv_records(path)
        return _build(rows, path.name, None, is_header, no_header, encoding=encoding)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        wb = open_workbook(path)
        names = list(wb.sheet_names)
        if sheet is not None and sheet not in names:
            raise InputFileError(t("error.no_sheet", file=path.name, sheet=sheet,
                                   sheets=t("sep.list").join(names)))
        candidates = [sheet] if sheet is not None else (visible_sheets(wb) or names)
        for name in candidates:
            rows = _sheet_grid(wb, name, path.name)
            head = rows.rows(HEADER_SEARCH_ROWS) if isinstance(rows, _Grid) else rows
            if find_header_row(head, is_header) is not None or name == candidates[-1]:
                table = _build(rows, path.name, name, is_header, no_header)
                table.sheets = names
                if suffix in (".xlsx", ".xlsm"):
                    _add_workbook_facts(table, path)
                return table
    raise InputFileError(t("error.unsupported", file=path.name, suffix=suffix or "?"))


def _build(rows, file, sheet, is_header, no_header, encoding=None) -> RawTable:
    where = file if sheet is None else t("where.file_sheet", file=file, sheet=sheet)
    if isinstance(rows, _Grid):
        blank_rows = _blank_rows(rows.columns, rows.text_only)
        empty, head = bool(blank_rows.all()), rows.rows(HEADER_SEARCH_ROWS)
    else:
        empty, head = not any(any(not is_blank(c) for c in row) for row in rows), rows
    if empty:
        raise InputFileError(t("error.empty_file", where=where))
    header_index = find_header_row(head, is_header)
    if header_index is None:
        raise InputFileError(t(no_header, where=where, rows=HEADER_SEARCH_ROWS))
    if isinstance(rows, _Grid):
        frame, names, used = _frame_from_grid(rows, header_index, blank_rows)
    else:
        frame, names, used = _frame_from_rows(rows, header_index)
    return RawTable(frame=frame, file=file, sheet=sheet, header_row=header_index + 1,
                    headers=names, encoding=encoding,
                    columns_at=dict(zip(used, names, strict=True)))


def read_source(source: str | os.PathLike | pd.DataFrame, sheet: str | None = None, *,
                is_header: Callable[[list[str]], bool] = bool,
                no_header: str = "error.no_header") -> tuple[pd.DataFrame, dict]:
    """A file or a DataFrame as raw values with the user's headers, plus where it came from.

    Returns ``(frame, meta)``: ``frame`` has the user's headers as columns and the Excel/CSV
    row number as its index (``excel_row``; a DataFrame gets 2, 3, … as if its header were
    row 1); ``meta`` holds ``file``, ``sheet``, ``header_row`` and ``encoding``, for
    :func:`row_location`. A DataFrame is copied, never changed.

    >>> import pandas as pd
    >>> frame, meta = read_source(pd.DataFrame({"客服": ["小李"]}))
    >>> frame.index.tolist(), meta["header_row"]
    ([2], 1)
    """
    if isinstance(source, pd.DataFrame):
        raw = source.copy()
        if raw.index.name != "excel_row":
            raw.index = pd.RangeIndex(2, 2 + len(raw), name="excel_row")
        raw.columns = [str(c) for c in raw.columns]
        return raw, {"file": None, "sheet": None, "header_row": 1}
    table = read_table(source, sheet, is_header=is_header, no_header=no_header)
    return table.frame, {"file": table.file, "sheet": table.sheet,
                         "header_row": table.header_row, "encoding": table.encoding,
                         "path": str(Path(source).resolve()), "date1904": table.date1904,
                         "error_cells": table.error_cells}


def row_location(meta: dict, row: int) -> str:
    """Where a row is, in words: file, sheet and Excel row as far as they are known.

    >>> row_location({"file": "log.csv"}, 7)
    'log.csv 第 7 行'
    """
    if meta.get("file") and meta.get("sheet"):
        return t("where.file_sheet_row", file=meta["file"], sheet=meta["sheet"], row=row)
    if meta.get("file"):
        return t("where.file_row", file=meta["file"], row=row)
    return t("where.row", row=row)


def _add_workbook_facts(table: RawTable, path: Path) -> None:
    table.date1904, errors = workbook_facts(path, table.sheet)
    for ref, value in errors:
        row, column = _split_ref(ref)
        if row > table.header_row and column in table.columns_at:
            table.error_cells.append((row, table.columns_at[column], value))
