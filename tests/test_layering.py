"""The dependency rule of the design guide: the Qt-free layers never import PySide6, and
nothing below ui imports ui."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "blueprint_app"
QT_FREE = ("model", "analysis", "store", "interchange", "export", "repository")


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layer_imports_without_pyside(layer: str):
    modules = sorted(p.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")
                     for p in (PACKAGE / layer).rglob("*.py"))
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            + "print(','.join(bad)); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{layer} pulled in {result.stdout.strip()} {result.stderr[-500:]}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.add(("." * node.level) + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("layer", QT_FREE + ("commands", "canvas"))
def test_nothing_below_ui_imports_ui(layer: str):
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("..ui", "blueprint_app.ui")), f"{path} imports {name}"


@pytest.mark.parametrize("layer", ("analysis", "store", "interchange", "export"))
def test_pure_layers_depend_only_on_model(layer: str):
    forbidden = {"..canvas", "..commands", "..ui", "..cli"}
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            assert not any(name.startswith(f) for f in forbidden), f"{path} imports {name}"
