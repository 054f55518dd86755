"""`incidents import` and `pareto` through a real subprocess."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint_app.store import load_blueprint

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "online-order-delivery.blueprint"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "blueprint_app", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "doc.blueprint"
    shutil.copyfile(EXAMPLE, path)
    return path


def test_import_then_pareto(document, tmp_path):
    bp = load_blueprint(document)
    before = len(bp.incidents)
    tp = bp.touchpoints()[0]
    cause = next(n for n in bp.nodes() if n.lane.behind_visibility)
    log = tmp_path / "log.csv"
    log.write_text(f"date,touchpoint,cause,count,customers_affected\n"
                   f"2024-05-01,{tp.id},{cause.id},4,10\n"
                   f"2024-05-02,{tp.label},,1,\n", encoding="utf-8")
    done = run("incidents", "import", str(document), str(log))
    assert done.returncode == 0, done.stderr
    assert len(load_blueprint(document).incidents) == before + 2
    pareto = run("pareto", str(document), "--touchpoint", tp.id, "--json")
    assert pareto.returncode == 0, pareto.stderr
    result = json.loads(pareto.stdout)
    own = [c for c in result["causes"] if c["id"] == cause.id]
    assert own and own[0]["value"] >= 4
    assert result["causes"][-1]["cumulative_share"] == 1.0
    table = run("pareto", str(document), "--by", "customers")
    assert table.returncode == 0 and "Pareto of causes by customers" in table.stdout


def test_bad_log_leaves_the_document_unchanged(document, tmp_path):
    original = document.read_bytes()
    tp = load_blueprint(document).touchpoints()[0].id
    log = tmp_path / "bad.csv"
    log.write_text(f"date,touchpoint,cause,count\n2024-05-01,{tp},,1\n"
                   f"2024-05-01,nowhere,,1\n2024-13-01,{tp},,-1\n", encoding="utf-8")
    done = run("incidents", "import", str(document), str(log))
    assert done.returncode == 2
    assert "row 3: unknown touchpoint 'nowhere'" in done.stderr
    assert "row 4: bad date" in done.stderr and "row 4: negative count" in done.stderr
    assert document.read_bytes() == original


def test_bad_usage(document, tmp_path):
    assert run("pareto", str(document), "--touchpoint", "nope").returncode == 2
    assert run("incidents", "import", str(tmp_path / "none.blueprint"),
               str(tmp_path / "log.csv")).returncode == 2
    missing_column = tmp_path / "m.csv"
    missing_column.write_text("date,touchpoint\n2024-01-01,x\n")
    done = run("incidents", "import", str(document), str(missing_column))
    assert done.returncode == 2 and "missing column 'cause'" in done.stderr
