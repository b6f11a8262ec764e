"""Shared fixtures: sample paths, a temporary output folder, language reset."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import salesops
from salesops import datasets

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 22)  # the sample data's "today"


@pytest.fixture(autouse=True)
def _zh_default():
    """Every test starts in zh-CN and cannot leak a language change."""
    previous = salesops.set_language("zh")
    yield
    salesops.set_language(previous)


@pytest.fixture
def messy_path() -> Path:
    return datasets.path("messy_customers")


@pytest.fixture
def customers_path() -> Path:
    return datasets.path("customers")


@pytest.fixture(scope="session")
def demo_written(tmp_path_factory) -> dict[str, Path]:
    """The main job run once (zh): name → path of everything ``salesops demo`` writes."""
    from salesops.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))
