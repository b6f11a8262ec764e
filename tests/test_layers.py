"""The reading layer is the bottom of the package: it imports nothing above it (issue 25).

Everything people hand in enters through ``salesops/reading``; customers, plans, trackers,
homework and front ends import it, never the other way round. The whole package's layer test
is the house issue's; this one keeps the front door clean.
"""

import ast
from pathlib import Path

READING = Path(__file__).resolve().parent.parent / "salesops" / "reading"
#: the modules below the reading layer: errors, the label catalogue, cell parsers, progress
BELOW = {"errors", "labels", "parsing", "progress", "validation"}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            yield node.lineno, node.level, node.module or ""
        elif isinstance(node, ast.Import | ast.ImportFrom):
            name = node.names[0].name if isinstance(node, ast.Import) else node.module or ""
            if name.startswith("salesops"):
                yield node.lineno, 0, name


def test_the_reading_layer_imports_nothing_above_it():
    offenders = []
    for path in sorted(READING.glob("*.py")):
        for line, level, module in _imports(path):
            top = module.split(".")[0]
            if level == 1:  # inside the layer
                continue
            if level == 2 and top in BELOW:
                continue
            offenders.append(f"{path.name}:{line} imports {'.' * level}{module}")
    assert not offenders, offenders


def test_the_layer_test_sees_a_wrong_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from ..customers import read_customers\nfrom .headers import header_key\n")
    found = [m for _line, level, m in _imports(bad) if level != 1]
    assert found == ["customers"]
