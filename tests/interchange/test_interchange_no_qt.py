"""DESIGN.md: the interchange layer runs without Qt."""
import subprocess
import sys


def test_interchange_does_not_import_qt():
    code = ("import sys, blueprint_app.interchange, blueprint_app.interchange.graphml; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
