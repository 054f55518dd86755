"""`blueprint-app analyze` through a real subprocess (CONTRACT §3)."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint_app.cli.common import load_any
from test_failure_bruteforce import brute_force     # tests/analysis is on sys.path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.blueprint"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "blueprint_app", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


CAUSE_KEYS = {"id", "label", "lane", "probability", "birnbaum", "fussell_vesely",
              "diagnostic", "raw", "rrw"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_match_contract_shape_and_brute_force(path):
    done = run("analyze", str(path), "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    bp = load_any(str(path))
    assert [t["id"] for t in document["touchpoints"]] == [n.id for n in bp.touchpoints()]
    for tp in document["touchpoints"]:
        assert {"id", "label", "failure_probability", "minimal_cut_sets", "causes"} <= set(tp)
        total, conditionals, minimal = brute_force(bp, tp["id"])
        assert math.isclose(tp["failure_probability"], total, rel_tol=1e-9, abs_tol=1e-15)
        assert tp["minimal_cut_sets"] == [list(s) for s in minimal]
        assert sorted(c["id"] for c in tp["causes"]) == sorted(conditionals)
        for cause in tp["causes"]:
            assert set(cause) == CAUSE_KEYS
            p1, p0 = conditionals[cause["id"]]
            if total > 0:
                fv = (total - p0) / total
                assert math.isclose(cause["fussell_vesely"], fv, rel_tol=1e-5, abs_tol=1e-12)
                assert math.isclose(cause["raw"], p1 / total, rel_tol=1e-5)
        fv = [(-(c["fussell_vesely"] or 0), c["id"]) for c in tp["causes"]]
        assert fv == sorted(fv)


def test_one_touchpoint_max_order_and_table():
    path = str(EXAMPLES[0])
    bp = load_any(path)
    tp = bp.touchpoints()[0].id
    done = run("analyze", path, "--touchpoint", tp, "--max-order", "1", "--json")
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)["touchpoints"]
    assert result["id"] == tp and all(len(s) == 1 for s in result["minimal_cut_sets"])
    table = run("analyze", path, "--touchpoint", tp)
    assert table.returncode == 0 and "failure probability" in table.stdout and tp in table.stdout


def test_unknown_touchpoint_and_bad_input_exit_2(tmp_path):
    done = run("analyze", str(EXAMPLES[0]), "--touchpoint", "no-such-node", "--json")
    assert done.returncode == 2 and "no-such-node" in done.stderr and done.stdout == ""
    assert run("analyze", str(tmp_path / "missing.json")).returncode == 2
    assert run("analyze", str(EXAMPLES[0]), "--max-order", "0").returncode == 2


def test_requires_too_many_supports_exit_2(tmp_path):
    document = {"format": "touchpoint-blueprint", "version": 1, "name": "bad k",
                "stages": [],
                "nodes": [{"id": "t", "lane": "frontstage", "label": "T", "requires": 3},
                          {"id": "s", "lane": "support", "label": "S",
                           "failure_probability": 0.1}],
                "edges": [{"source": "s", "target": "t", "kind": "support"}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    done = run("analyze", str(path), "--json")
    assert done.returncode == 2
    assert "node t" in done.stderr and "requires 3" in done.stderr
