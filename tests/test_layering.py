"""The dependency rule of the design guide, as contracts checked on every import statement
of the package, those inside functions included (ast sees them all):

- the Qt-free layers never import PySide6 (also checked by importing them in a fresh
  interpreter);
- nothing below ui imports ui;
- model imports only itself; look imports only model;
- analysis, store and interchange import only model (and the package's resources);
- handout (the frozen committee handout, built once from the analyses) imports model and
  analysis;
- export imports model, look, resources and handout — never analysis, not even inside a
  function (issue 12 item 5: the analyses run once, into the handout).
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "blueprint_app"
QT_FREE = tuple(layer for layer in ("model", "analysis", "store", "interchange", "look",
                                    "repository", "handout", "export") if (PACKAGE / layer).is_dir())
# layer -> our top-level modules it may import (itself always; plain helpers of the package
# root such as atomic_file are allowed for everyone)
ALLOWED = {
    "model": set(),
    "look": {"model"},
    "analysis": {"model", "resources"},
    "interchange": {"model", "resources"},
    "store": {"model", "resources", "interchange"},
    "repository": {"model", "store", "resources", "interchange"},
    "handout": {"model", "analysis", "resources"},
    "export": {"model", "look", "resources", "handout"},
}
LAYERS = {"model", "analysis", "store", "interchange", "export", "look", "repository", "handout",
          "commands", "canvas", "ui", "cli", "resources"}


def _modules(layer: str):
    return sorted((PACKAGE / layer).rglob("*.py"))


def imported(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports, wherever the statement stands."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ((node.module,) if node.module else ()))
                if node.module is None:  # from . import x: x may be a module
                    names.update(f"{module}.{a.name}" for a in node.names)
            else:
                module = node.module or ""
            names.add(module)
    return names


def _layer_of(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "blueprint_app" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def violations(layer: str, allowed: set[str] | None = None, forbid_qt: bool = False):
    found = []
    for path in _modules(layer):
        for name in imported(path):
            if forbid_qt and name.split(".")[0] in ("PySide6", "shiboken6"):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
            target = _layer_of(name)
            if target is None or target == layer:
                continue
            if (allowed is not None and target not in allowed) or target == "ui":
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layer_imports_no_pyside(layer: str):
    assert [v for v in violations(layer, forbid_qt=True) if "PySide6" in v or "shiboken" in v] == []


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layer_loads_without_pyside(layer: str):
    modules = sorted(p.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")
                     for p in _modules(layer))
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            + "print(','.join(bad)); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{layer} pulled in {result.stdout.strip()} {result.stderr[-500:]}"


@pytest.mark.parametrize("layer", sorted(LAYERS - {"ui", "cli"}))  # cli starts the GUI
def test_nothing_below_ui_imports_ui(layer: str):
    if (PACKAGE / layer).is_dir():
        assert [v for v in violations(layer) if v.endswith(".ui") or ".ui." in v] == []


@pytest.mark.parametrize("layer", sorted(l for l in ALLOWED if (PACKAGE / l).is_dir()))
def test_layer_imports_only_what_its_contract_allows(layer: str):
    assert violations(layer, ALLOWED[layer]) == []


def test_the_checker_sees_imports_inside_functions(tmp_path):
    """A contract that cannot fail proves nothing: an import hidden in a function body of
    a look module is caught."""
    probe = PACKAGE / "look" / "_layering_probe.py"
    probe.write_text("def f():\n    from ..canvas import style\n    import PySide6.QtGui\n")
    try:
        found = violations("look", ALLOWED["look"], forbid_qt=True)
    finally:
        probe.unlink()
    assert "look/_layering_probe.py imports blueprint_app.canvas" in found
    assert "look/_layering_probe.py imports PySide6.QtGui" in found


def test_export_may_not_call_the_analysis_even_inside_a_function():
    """The handout runs the analyses once; an export module that runs one itself, hidden in
    a function body, breaks the contract."""
    probe = PACKAGE / "export" / "_layering_probe.py"
    probe.write_text("def f(bp):\n    from ..analysis.failure import analyze_blueprint\n"
                     "    return analyze_blueprint(bp)\n")
    try:
        found = violations("export", ALLOWED["export"])
    finally:
        probe.unlink()
    assert found == ["export/_layering_probe.py imports blueprint_app.analysis.failure"]
