"""CSV reading: pandas' C parser gives exactly what the csv module gives (tables.py)."""

import csv
import io

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesops import datasets
from salesops.reading import files as tables


def _both(path, monkeypatch, is_header=bool):
    """The table read by the fast path, and by the csv module alone (the reference)."""
    fast = tables.read_table(path, is_header=is_header)
    with monkeypatch.context() as patch:
        patch.setattr(tables, "_csv_grid", lambda *args: None)
        slow = tables.read_table(path, is_header=is_header)
    return fast, slow


def _same(fast, slow) -> None:
    pd.testing.assert_frame_equal(fast.frame, slow.frame)
    assert (fast.header_row, fast.headers, fast.encoding, fast.columns_at) == (
        slow.header_row, slow.headers, slow.encoding, slow.columns_at)
    assert [[type(v) for v in row] for row in fast.frame.values.tolist()] == [
        [type(v) for v in row] for row in slow.frame.values.tolist()]


@pytest.mark.parametrize("name", ["customers", "messy_customers", "complaints",
                                  "consultations", "kpi_periods"])
def test_shipped_samples_read_alike(name, monkeypatch):
    _same(*_both(datasets.path(name), monkeypatch))


@pytest.mark.parametrize("text,encoding", [
    ("客户名单\n客户名称,手机,备注\n开平甲公司,013800\n\n  \n乙,1,\n", "gbk"),
    ('名称,地址\n"甲, 乙",开平\r\n"多\n行","引""号"\r\n丙,\n', "utf-8"),
    ("名称;城市\n甲;开平\n乙;江门;多出\n", "utf-8-sig"),
    ("a\tb\n1\t2\n", "utf-16"),
    ('名称,备注\n甲,ab"c"d\n', "utf-8"),  # a quote inside a field: the csv module reads it
    ('名称,备注\n甲,"没关上\n', "utf-8"),
    ("名称,备注\r甲,1\r乙,2", "utf-8"),
    ("名称,手机\n甲,1,2,3\n", "utf-8"),  # a record wider than the first: the csv module
    ("名称,备注\n甲," + "长" * 140_000 + "\n", "utf-8"),  # past the csv module's field limit
    ("\ufeff名称,备注\n\n甲,1\n", "utf-8-sig"),
])
def test_awkward_files_read_alike(tmp_path, monkeypatch, text, encoding):
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(encoding))
    _same(*_both(path, monkeypatch))


cells = st.text(alphabet=st.sampled_from(list('ab,"\n\r ;\t甲')), max_size=8)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=5), min_size=1, max_size=8),
       raw=st.booleans())
def test_random_csv_reads_alike(tmp_path, monkeypatch, rows, raw):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    text = buffer.getvalue()
    if raw:  # what people's files hold, quoted or not
        text = "\n".join(",".join(r) for r in rows)
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode("utf-8"))
    try:
        slow = None
        fast, slow = _both(path, monkeypatch)
    except Exception as exc:  # the same error both ways
        with monkeypatch.context() as patch:
            patch.setattr(tables, "_csv_grid", lambda *args: None)
            with pytest.raises(type(exc)):
                tables.read_table(path)
        return
    _same(fast, slow)
    with monkeypatch.context() as patch:
        patch.setattr(tables, "_csv_grid", lambda *args: None)
        records = tables.csv_rows(path)
    assert tables.csv_rows(path) == records  # what the homework reader gets


def _both_xlsx(path, monkeypatch, is_header=bool):
    fast = tables.read_table(path, is_header=is_header)
    with monkeypatch.context() as patch:  # the reference: every row as a list, cell by cell
        patch.setattr(tables, "_sheet_grid", tables.sheet_rows)
        slow = tables.read_table(path, is_header=is_header)
    return fast, slow


def test_workbooks_read_alike(tmp_path, monkeypatch):
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["客户名单"])
    ws.append([])
    ws.append(["名称", "金额", None, "日期", "是否", "备注", None])
    ws.append(["甲", 0, None, dt.date(2026, 11, 22), True, " ", None])
    ws.append([None, None, None, None, None, "\u3000", None])  # blank: only white space
    ws.append([None, 0.0, None, None, False, None, None])  # a zero is something
    ws.append([])
    ws.append(["乙", -1.5, None, dt.datetime(2026, 1, 2, 9, 30), None, "\xa0", "边上"])
    ws.append(["=1+1", "", None, "2026-11-22", None, None, None])
    other = wb.create_sheet("空")
    other.append([None, None])
    path = tmp_path / "w.xlsx"
    wb.save(path)
    _same(*_both_xlsx(path, monkeypatch, is_header=lambda cells: "名称" in cells))
    with pytest.raises(Exception) as fast:
        tables.read_table(path, sheet="空")
    with monkeypatch.context() as patch, pytest.raises(type(fast.value)) as slow:
        patch.setattr(tables, "_sheet_grid", tables.sheet_rows)
        tables.read_table(path, sheet="空")
    assert str(fast.value) == str(slow.value)


def test_shipped_workbook_reads_alike(tmp_path, monkeypatch):
    from salesops import write_trackers
    from salesops.trackers import customers_tracker

    customers = __import__("salesops").read_customers(datasets.path("messy_customers"))
    path = write_trackers(tmp_path / "c.xlsx", [customers_tracker(customers)])
    _same(*_both_xlsx(path, monkeypatch))
