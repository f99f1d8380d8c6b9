"""What import-linter cannot say: the brief and the map draw with QtGui at most, never with widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "npviewer"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at its top, inside functions and under TYPE_CHECKING alike."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("package", ["brief", "map"])
def test_the_brief_and_the_map_make_no_widget(package: str) -> None:
    files = sorted((SRC / package).rglob("*.py"))
    assert files
    widgets = {f.name: sorted(n for n in _imports(f) if n.startswith("PySide6.QtWidgets")) for f in files}
    assert {name: found for name, found in widgets.items() if found} == {}


def test_the_scan_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets.QWidget" in _imports(sample)
