"""Notebook panels driven the way a person drives them: set values, press buttons."""

import datetime as dt
import json
from pathlib import Path

import pytest

from salesops import set_language
from salesops.widgets import StartPanel

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture
def panel(tmp_path):
    return StartPanel(out_dir=tmp_path)


def test_load_sample_button_shows_the_problems(panel):
    panel.sample.value = "messy_customers"
    panel.load_button.click()
    assert len(panel.problems) == 14
    assert "7 个错误" in panel.status.value
    assert "最后联系日期" in panel.table.value and "上周三" in panel.table.value
    assert not panel.export_button.disabled


def test_language_toggle_translates_everything(panel):
    panel.load_sample("messy_customers")
    panel.language.value = "en"
    try:
        assert panel.export_button.description == "Export cleaned workbook"
        assert "7 errors" in panel.status.value
        assert "is not a date" in panel.table.value
    finally:
        set_language("zh")


def test_upload_and_export_offer_a_download(panel, messy_path, tmp_path):
    panel.upload.value = ({"name": "作业.csv", "type": "text/csv", "size": 1,
                           "last_modified": dt.datetime(2026, 11, 22),
                           "content": memoryview(messy_path.read_bytes())},)
    assert panel.source_name == "作业.csv" and len(panel.customers) == 25
    panel.export_button.click()
    assert panel.last_export == tmp_path / "作业_cleaned.xlsx"
    assert panel.last_export.exists()
    assert panel.link.value.startswith('<a download="作业_cleaned.xlsx" href="data:')


def test_bad_upload_is_a_sentence_not_a_traceback(panel):
    panel.load_bytes(b"not a workbook", "old.xls")
    assert "old.xls" in panel.status.value and "另存为" in panel.status.value
    assert panel.customers is None and panel.export_button.disabled
    assert panel.export() is None and "请先载入" in panel.status.value


def test_notebooks_are_stored_without_outputs():
    notebooks = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert [p.name for p in notebooks][:2] == ["00_start.ipynb", "01_customers.ipynb"]
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
        first = "".join(nb["cells"][0]["source"])
        assert first.startswith("# ") and "·" in first  # titled in both languages
