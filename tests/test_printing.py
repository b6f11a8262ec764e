"""Every demo workbook prints readably: LibreOffice makes the PDF, pdftotext reads it back."""

import math
import os
import re
import shutil
import subprocess

import pytest

from salesops.excel import read_metadata
from salesops.reading import open_workbook as _calamine

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext"))
    and os.environ.get("CI") != "true",
    reason="LibreOffice and poppler-utils are not installed (CI installs them)")


@pytest.fixture(scope="module")
def printed(tmp_path_factory, demo_written):
    out = tmp_path_factory.mktemp("print")
    written = demo_written
    books = [p for p in written.values() if str(p).endswith(".xlsx")]
    run = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                          str(out / "pdf"), *map(str, books)], capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    pages = {}
    for book in books:
        pdf = out / "pdf" / f"{book.stem}.pdf"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        pages[book] = text.split("\f")[:-1]
    return pages


def test_page_count_stays_within_a_bound(printed):
    for book, pages in printed.items():
        meta = read_metadata(_calamine(book), book.name)
        rows = sum(tracker["n_rows"] for tracker in meta["trackers"])
        sheets = len(meta["trackers"]) + 1  # + 说明
        # at least ~25 rows a page, a chart or two, one page per short sheet
        bound = math.ceil(rows / 25) + 3 * sheets
        assert 0 < len(pages) <= bound, (book.name, len(pages), bound)


def test_no_column_is_printed_apart_from_its_rows_identity(printed):
    checked = 0
    for book, pages in printed.items():
        meta = read_metadata(_calamine(book), book.name)
        for tracker in meta["trackers"]:
            headers = [c["header"] for c in tracker["columns"]]
            if len(headers) < 4:
                continue
            identity = headers[:1]  # (a long second header may wrap onto its own line)
            for page in pages:
                for line in page.splitlines():
                    cells = {c.strip() for c in re.split(r"\s{2,}", line) if c.strip()}
                    # a printed header row of this sheet that shows its last column …
                    if headers[-1] in cells and len(cells) >= 3 and cells <= set(headers):
                        # … shows what identifies each row too
                        assert set(identity) <= cells, (book.name, tracker["sheet"], line)
                        checked += 1
    assert checked > 20


def test_the_readme_prints_one_page_wide(printed):
    for book, pages in printed.items():
        readme = [p for p in pages if "含义" in p]
        assert readme, book.name
        assert all("工作表" in p for p in readme), book.name
