"""The project installs and starts the way the README says."""

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _pyproject():
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _norm(req: str) -> str:
    return re.sub(r"\s+", "", req).lower().replace("_", "-")


def _environment_requirements() -> set[str]:
    """Requirements listed in environment.yml (conda section and pip section), no PyYAML."""
    reqs = set()
    text = (REPO / "environment.yml").read_text(encoding="utf-8")
    for line in text.split("dependencies:", 1)[1].splitlines():
        m = re.match(r"^\s+-\s+(\S.*)$", line)
        if not m:
            continue
        dep = m.group(1).strip()
        if dep.startswith(("python=", "-e ")) or dep in ("pip", "pip:"):
            continue
        reqs.add(_norm(dep))
    return reqs


def test_environment_yml_mirrors_pyproject():
    project = _pyproject()["project"]
    wanted = {_norm(r) for r in project["dependencies"]}
    for extra in ("notebooks", "test"):
        wanted |= {_norm(r) for r in project["optional-dependencies"][extra]}
    assert _environment_requirements() == wanted
    env_text = (REPO / "environment.yml").read_text(encoding="utf-8")
    assert "conda-forge" in env_text and "python=3.11" in env_text
    assert "-e .[notebooks" in env_text


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- setup-commands -->\s*```(?:bash|sh)?\n(.*?)```", text, re.S)
    assert block, "README has no setup-commands block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one():
    commands = _readme_commands()
    assert len(commands) == 2
    assert "salesops demo" in commands[0]
    assert "pytest" in commands[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines(), ".ci/run must run the README's test command verbatim"


def test_import_is_fast_and_lazy():
    """``import salesops`` loads pandas and a few small helpers, never the heavy libraries
    (openpyxl, OR-Tools, matplotlib, ipywidgets …): they load with the function that needs
    them. Checked by what is imported, not by a clock, so a loaded machine cannot fail it."""
    code = ("import sys; before = set(sys.modules); import salesops; "
            "print(sorted({m.split('.')[0] for m in set(sys.modules) - before} "
            "- set(sys.stdlib_module_names)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO / "tests").stdout
    loaded = {m for m in ast.literal_eval(out) if not m.startswith(("_", "cython"))}
    assert loaded <= {"salesops", "pandas", "numpy", "dateutil", "six", "pytz", "tzdata",
                      "opencc"}, f"imported eagerly: {sorted(loaded)}"


def test_package_data_is_declared():
    cfg = _pyproject()["tool"]["setuptools"]
    assert cfg["package-dir"]["salesops._data"] == "data"
    assert cfg["package-dir"]["salesops._templates"] == "templates"
    for name in ("customers.csv", "messy_customers.csv", "manifest.json"):
        assert (REPO / "data" / name).exists()
    assert (REPO / "templates" / "tracker.xlsx").exists()


@pytest.mark.slow
def test_non_editable_install_in_a_fresh_venv_finds_data_and_templates(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    str(REPO)], check=True, env=env, timeout=900)
    out = tmp_path / "out"
    run = subprocess.run([str(venv / "bin" / "salesops"), "demo", "--out", str(out), "--json"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr
    assert (out / "customers.xlsx").exists()
    where = subprocess.run([str(py), "-c", "import salesops, pathlib; "
                            "print(pathlib.Path(salesops.__file__).parent)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    installed = Path(where.stdout.strip())
    assert REPO not in installed.parents  # really the installed copy, not the source tree
    assert (installed.parent / "salesops" / "_data" / "customers.csv").exists() or any(
        installed.parent.glob("salesops/_data/customers.csv"))


def test_nothing_outside_the_repository_is_read():
    """Tests, doctests and benchmarks read only files inside the repository (tests/data/)."""
    outside = re.compile(r"""parents\[\d\]\s*/\s*["']shared|\.\./shared""")
    offenders = [f"{path.relative_to(REPO)}:{n}"
                 for folder in ("salesops", "tests", "benchmarks", "notebooks")
                 for path in sorted((REPO / folder).rglob("*"))
                 if path.suffix in (".py", ".ipynb") and ".venv" not in path.parts
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if outside.search(line)]
    assert offenders == []
    for name in ("erlang/erlang_cases.csv", "roster/Instance1.txt", "solomon/C101.txt"):
        assert (REPO / "tests" / "data" / name).is_file()
    assert "licence" in (REPO / "tests" / "data" / "README.md").read_text(encoding="utf-8")


def test_readme_layout_names_every_module():
    """The README's project layout is the module map: every module of the package is in it."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Project layout", 1)[1].split("```", 2)[1]
    modules = sorted(p.name for p in (REPO / "salesops").glob("*.py") if p.name != "__init__.py")
    missing = [m for m in modules if m not in layout]
    assert not missing
    for package in ("homework/", "widgets/"):
        assert package in layout
