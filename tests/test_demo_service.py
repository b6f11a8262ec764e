"""The demo's online-service log, complaint log and KPI sheet: LibreOffice opens them and
they read back through read_tracker unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from salesops.demo import service_samples
from salesops.excel import read_tracker

SHEETS = {
    "service": ("service_agents", "service_reasons", "consultations", "problems"),
    "complaints": ("complaints", "complaint_overdue", "complaint_contacts", "problems"),
    "kpi": ("kpi_lifetime", "kpi_costs", "kpi_profit", "kpi_standards", "kpi_periods",
            "problems"),
}


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return service_samples(tmp_path_factory.mktemp("demo"))


def test_every_tracker_round_trips(samples):
    assert set(samples) == set(SHEETS)
    for name, trackers in SHEETS.items():
        for tracker in trackers:
            back = read_tracker(samples[name], tracker)
            assert back.added.empty and back.edited.empty and back.deleted.empty, tracker
    assert len(read_tracker(samples["service"], "consultations").frame) == 71
    assert len(read_tracker(samples["complaints"], "complaints").frame) == 6
    standards = read_tracker(samples["kpi"], "kpi_standards").frame
    assert standards["actual"].notna().sum() == 1  # the online reply, measured on the log


def test_samples_refuse_to_overwrite(samples):
    from salesops.errors import OverwriteError

    with pytest.raises(OverwriteError):
        service_samples(samples["service"].parent)


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice not installed (CI installs it)")
def test_libreoffice_opens_them(samples, tmp_path):
    files = [str(p) for p in samples.values()]
    run = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                          str(tmp_path), *files], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    for name in samples:
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-", name
