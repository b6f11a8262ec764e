"""The code stays ruff-clean (the rules are in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.fail("ruff is part of the test extra; install with pip install -e .[test]")
    run = subprocess.run([ruff, "check", "salesops", "tests", "benchmarks", "data", "templates"],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_nothing_rides_on_dataframe_attrs():
    """Reading reports travel in result objects (CustomerTable, LogTable): pandas drops or
    copies ``DataFrame.attrs`` as it likes."""
    import ast

    used = [f"{path.relative_to(REPO)}:{node.lineno}"
            for path in sorted((REPO / "salesops").rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Attribute) and node.attr == "attrs"]
    assert used == []
