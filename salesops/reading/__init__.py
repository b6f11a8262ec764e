"""The one reading layer: everything people hand in enters salesops here.

- :mod:`~salesops.reading.files` opens files read-only (CSV in any Chinese encoding, .xlsx,
  .xlsm, .xls, .ods through calamine), finds the header row and gives the rows with the Excel
  row number the person sees; blank rows are skipped, never the end of a table;
- :mod:`~salesops.reading.headers` matches headers (any spelling, traditional characters,
  ``（必填）``, units, a header containing a known name) to the columns salesops knows;
- :mod:`~salesops.reading.blocks` finds a table by its headers anywhere in a workbook's sheets
  (homework, roster grids), across blank rows, telling a 合计/total row from the data.

Nothing here imports a module above it (customers, plans, trackers, widgets).
"""

from .blocks import FoundTable, find_table, is_total_label
from .files import (
    RawTable,
    csv_rows,
    excel_column_letter,
    find_header_row,
    input_file,
    open_workbook,
    read_source,
    read_table,
    row_location,
    sheet_rows,
)
from .headers import (
    HeaderMap,
    HeaderMatch,
    answer_key,
    header_key,
    header_lookup,
    map_columns,
    map_headers,
    match_header,
    simplified,
    split_unit,
)

__all__ = ["FoundTable", "HeaderMap", "HeaderMatch", "RawTable", "answer_key", "csv_rows",
           "excel_column_letter", "find_header_row", "find_table", "header_key",
           "header_lookup", "input_file", "is_total_label", "map_columns", "map_headers",
           "match_header", "open_workbook", "read_source", "read_table", "row_location",
           "sheet_rows", "simplified", "split_unit"]
