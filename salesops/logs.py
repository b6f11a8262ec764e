"""Reading the logs people keep beside the customer table (consultations, complaints, periods).

One place for what every log reader does: open the file or DataFrame (:func:`read_source`),
map the user's headers through a labels-driven lookup (:func:`salesops.customers.map_headers`),
leave out the columns a salesops tracker computes, record each problem with the file, Excel row
and the user's own header, and keep the user's other columns after the canonical ones.

A reader returns a :class:`LogTable`: the rows (``data``) and the reading report
(``reading``: file, sheet, the user's headers, a note per unreadable cell), whose problems
table :meth:`LogTable.problems` gives in the language asked for. It is one frozen result
object, as :class:`salesops.CustomerTable` is for customers — nothing rides on
``DataFrame.attrs``. Every function that takes a log passes it through its reader,
and a reader given a ``LogTable`` of its own kind returns it as it is (:func:`already_read`):
a panel, a workbook and the CLI handed the same table never read the file again, and the
problems they show are the ones they export.

Examples
--------
>>> import pandas as pd
>>> from salesops.reading import header_lookup
>>> reading = read_log(pd.DataFrame({"客服人员": ["小李"], "星级": [5]}),
...                    lookup=header_lookup({"agent": ("客服", "Agent")}, {"agent": ("客服人员",)}),
...                    severities={"unknown_column": "warning"}, label_prefix="service.col",
...                    kind="example")
>>> reading.values("agent"), reading.unknown
(['小李'], ['星级'])
>>> log = reading.finish(pd.DataFrame({"agent": ["小李"]}, index=reading.raw.index))
>>> log.data.columns.tolist(), log.problems()["problem"].tolist(), log.reading.header("agent")
(['agent', '星级'], ['unknown_column'], '客服人员')
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from . import parsing
from .customer_table import Reading, ReadTable
from .labels import language, t
from .reading import header_key, map_columns, read_source

__all__ = ["PROBLEM_COLUMNS", "LogReading", "LogTable", "already_read", "log_problems",
           "read_log"]

PROBLEM_COLUMNS = ["row", "column", "value", "problem", "message", "severity"]


@dataclass(frozen=True, repr=False, eq=False)  # rows compare with .data.equals
class LogTable(ReadTable):
    """A log as read: the rows (``data``) and the reading report (``reading``), whose notes
    are the problems noticed while reading (:meth:`problems`).

    ``data`` has the canonical columns, then the user's other columns; its index is the
    Excel/CSV row the person sees. ``reading`` says where the log came from (file, sheet,
    header row, encoding, path), which of the user's headers is which column, the unknown
    headers and one note per unreadable cell (``row``, ``key``, ``header``, ``value``,
    ``code``). ``kind`` names the reader that made it (``consultations``, ``complaints``,
    ``periods``); ``severities`` maps its problem codes to ``error`` / ``warning``.
    """

    data: pd.DataFrame
    reading: Reading = field(default_factory=Reading)
    kind: str = ""
    severities: Mapping[str, str] = field(default_factory=dict)

    def problems(self, *, lang: str | None = None) -> pd.DataFrame:
        """The reading problems, one row per problem: ``row`` (Excel row), ``column`` (the
        user's header), ``value``, ``problem`` (a code), ``message`` (in ``lang``),
        ``severity`` — unknown and doubled headers first, then the cells in the order they
        were read (Excel error values such as ``#DIV/0!`` among them, as errors: the cell was
        not read)."""
        reading = self.reading
        with language(lang):
            rows = [_problem(reading.header_row, h, "", "unknown_column",
                             self.severities.get("unknown_column", "warning"),
                             t("problem.unknown_column", header=h)) for h in reading.unknown]
            rows += [_problem(reading.header_row, header, "", "duplicate_column",
                              self.severities.get("duplicate_column", "warning"),
                              t("problem.duplicate_column", header=earlier, other=header,
                                value=reading.header_label(canonical)))
                     for header, earlier, canonical in reading.clashes]
            for note in reading.header_notes:  # a header read by a name it contains …
                keys = note.get("keys") or (note.get("key"),)
                values = [reading.header_label(k) for k in keys if k]
                rows.append(_problem(
                    reading.header_row, note["header"], "", note["code"], "warning",
                    t(f"problem.{note['code']}", header=note["header"],
                      guess=note.get("guess", ""), unit=note.get("unit", ""),
                      factor=note.get("factor", ""), value=values[0] if values else "",
                      other=values[1] if len(values) > 1 else "")))
            for note in reading.notes:
                column, shown = note["header"], note["value"]
                rows.append(_problem(
                    note["row"], column, shown, note["code"],
                    self.severities.get(note["code"], "error"),
                    t(f"problem.{note['code']}", where=reading.where(note["row"]),
                      column=t("where.column", column=column), header=column, value=shown)))
        return pd.DataFrame(rows, columns=PROBLEM_COLUMNS)


def _problem(row: int, column: str, value: str, code: str, severity: str, message: str
             ) -> dict:
    return {"row": int(row), "column": column, "value": value, "problem": code,
            "message": message, "severity": severity}


@dataclass
class LogReading:
    """A log being read: raw values, the reading report, and the cell notes so far."""

    raw: pd.DataFrame
    report: Reading  # where it came from, which user header is which column
    kind: str
    severities: dict[str, str]
    notes: list[dict] = field(default_factory=list)

    @property
    def by_key(self) -> dict[str, str]:
        """Canonical column -> the user's header."""
        return self.report.headers

    @property
    def unknown(self) -> list[str]:
        """The user's headers that mean no column of this log (kept after the others)."""
        return list(self.report.unknown)

    def values(self, key: str) -> list:
        """The raw values of canonical column ``key`` (``None`` when the log has no such column)."""
        header = self.by_key.get(key)
        return self.raw[header].tolist() if header is not None else [None] * len(self.raw)

    def add(self, pos: int, key: str, value: object, code: str) -> None:
        """Note problem ``code`` at the ``pos``-th row, naming the user's header of ``key``."""
        self.notes.append({"row": int(self.raw.index[pos]), "key": key,
                           "header": self.report.header(key),
                           "value": "" if parsing.is_blank(value) else str(value),
                           "code": code})

    def finish(self, frame: pd.DataFrame) -> LogTable:
        """Keep the user's other columns after the canonical ones; the log as read."""
        mapped = set(self.by_key.values())
        for header in self.raw.columns:
            if header not in mapped and header not in frame.columns:
                frame[header] = self.raw[header]
        return LogTable(data=frame, reading=replace(self.report, notes=tuple(self.notes)),
                        kind=self.kind, severities=self.severities)


def already_read(source: object, kind: str) -> bool:
    """Whether ``source`` is a log its reader of ``kind`` made (used as it is, never re-read).

    >>> import pandas as pd
    >>> log = LogTable(pd.DataFrame(), kind="complaints")
    >>> already_read(log, "complaints"), already_read(log, "consultations"), already_read(
    ...     log.data, "complaints")
    (True, False, False)
    """
    return isinstance(source, LogTable) and source.kind == kind


def read_log(source: str | os.PathLike | pd.DataFrame | LogTable, sheet: str | None = None, *,
             lookup: dict[str, str], severities: dict[str, str], label_prefix: str, kind: str,
             derived: Iterable[str] = (), is_header: Callable[[list[str]], bool] = bool,
             no_header: str = "error.no_header") -> LogReading:
    """Open a log and map its headers; unknown headers are recorded as warnings.

    ``derived`` are headers (any spelling) of columns a tracker computes — they are recomputed,
    never read. ``label_prefix`` + ``.key`` is the catalogue key of a column's own header, used
    when the log lacks the column. ``kind`` is the kind of :class:`LogTable` the reader makes;
    a ``LogTable`` of another kind is read from its rows.
    """
    if isinstance(source, LogTable):
        source = source.data
    raw, meta = read_source(source, sheet, is_header=is_header, no_header=no_header)
    skip = {header_key(h) for h in derived}
    raw = raw[[h for h in raw.columns if header_key(h) not in skip]]
    found = map_columns(raw.columns, lookup)
    mapping, unknown, clashes = found.mapping, found.unknown, found.clashes
    report = Reading(file=meta.get("file"), sheet=meta.get("sheet"), path=meta.get("path"),
                     header_row=int(meta.get("header_row", 1)), encoding=meta.get("encoding"),
                     date1904=bool(meta.get("date1904", False)),
                     headers={key: header for header, key in mapping.items()},
                     unknown=tuple(unknown), clashes=tuple(clashes), label_prefix=label_prefix,
                     header_notes=tuple(found.notes()))
    # a cell showing an Excel error (#DIV/0!, #N/A…) was read as empty: say so, at its row
    notes = [{"row": row, "key": mapping.get(header), "header": header, "value": value,
              "code": "excel_error"} for row, header, value in meta.get("error_cells", [])
             if header in raw.columns]
    return LogReading(raw=raw, report=report, kind=kind, severities=severities, notes=notes)


def log_problems(log: LogTable | pd.DataFrame | None = None, *, lang: str | None = None
                 ) -> pd.DataFrame:
    """The reading problems of a log (:meth:`LogTable.problems`), one row per problem.

    A plain DataFrame (or nothing) has none attached: an empty problems table. To find a
    DataFrame's problems, read it (``consultation_problems``, ``complaint_problems``).

    >>> log_problems().columns.tolist()
    ['row', 'column', 'value', 'problem', 'message', 'severity']
    """
    if isinstance(log, LogTable):
        return log.problems(lang=lang)
    return pd.DataFrame(columns=PROBLEM_COLUMNS)
