"""`commitments`, `monitor import|report`, `perceptions`, `fmea` through a real subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "blueprint_app", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def worked_example(credit_hours=None) -> dict:
    def step(node_id, target, unit):
        return {"id": node_id, "lane": "backstage", "label": node_id, "owner": "Ops",
                "commitments": [{"id": f"c-{node_id}", "level": 2, "name": node_id,
                                 "metric": "duration", "target": target, "unit": unit,
                                 "direction": "at_most", "parent": "c-2days"}]}
    nodes = [{"id": "parcel", "lane": "frontstage", "label": "Parcel arrives",
              "commitments": [{"id": "c-2days", "level": 1, "name": "Within 2 days",
                               "metric": "duration", "target": 2, "unit": "d",
                               "direction": "at_most"}]},
             step("entry", 2, "h"), step("dispatch", 4, "h"), step("carrier", 1.5, "d")]
    chain = ["entry", "dispatch", "carrier", "parcel"]
    if credit_hours is not None:
        nodes.append(step("credit", credit_hours, "h"))
        chain = ["entry", "credit", "dispatch", "carrier", "parcel"]
    edges = [{"source": a, "target": b, "kind": "support"} for a, b in zip(chain, chain[1:])]
    return {"format": "touchpoint-blueprint", "version": 1, "name": "Worked example",
            "stages": [], "nodes": nodes, "edges": edges}


def write(tmp_path, data, name="doc.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("credit, expected", [
    (None, {"commitment": "c-2days", "target_hours": 48.0,
            "chain": ["c-entry", "c-dispatch", "c-carrier"], "chain_hours": 42.0,
            "slack_hours": 6.0, "fits": True}),
    (6, {"commitment": "c-2days", "target_hours": 48.0,
         "chain": ["c-entry", "c-credit", "c-dispatch", "c-carrier"], "chain_hours": 48.0,
         "slack_hours": 0.0, "fits": True}),
    (8, {"commitment": "c-2days", "target_hours": 48.0,
         "chain": ["c-entry", "c-credit", "c-dispatch", "c-carrier"], "chain_hours": 50.0,
         "slack_hours": -2.0, "fits": False}),
])
def test_commitments_json_is_the_contract(tmp_path, credit, expected):
    result = run("commitments", write(tmp_path, worked_example(credit)), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"budget_checks": [expected]}


def test_commitments_table_and_bad_input(tmp_path):
    result = run("commitments", write(tmp_path, worked_example()))
    assert result.returncode == 0 and "c-entry -> c-dispatch -> c-carrier" in result.stdout
    missing = run("commitments", tmp_path / "nope.json")
    assert missing.returncode == 2 and "no such file" in missing.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_reports_on_every_command(example):
    for command in (["commitments"], ["monitor", "report"], ["perceptions"], ["fmea"]):
        result = run(*command, example, "--json")
        assert result.returncode == 0, (command, result.stderr)
        data = json.loads(result.stdout)
        assert any(data.values()), command  # every panel has data


def test_monitor_import_good_and_bad_logs(tmp_path):
    doc = tmp_path / "doc.blueprint"
    assert run("import", write(tmp_path, worked_example()), doc).returncode == 0
    before = doc.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("date,commitment,actual\n2024-05-01,c-entry,1\n2024-05-02,c-zz,1\n"
                   "2024-05-03,c-entry,-2\n2024-13-01,c-entry,1\n", encoding="utf-8")
    result = run("monitor", "import", doc, bad)
    assert result.returncode == 2
    for fragment in ("row 3: unknown commitment 'c-zz'", "row 4: negative duration",
                     "row 5: bad date"):
        assert fragment in result.stderr, result.stderr
    assert doc.read_bytes() == before  # refused whole: file unchanged
    good = tmp_path / "good.csv"
    good.write_text("date,commitment,actual\n2024-05-01,c-2days,2.5\n2024-05-01,c-dispatch,6\n"
                    "2024-05-02,Within 2 days,1.5\n", encoding="utf-8")
    result = run("monitor", "import", doc, good)
    assert result.returncode == 0 and "imported 3" in result.stdout
    report = json.loads(run("monitor", "report", doc, "--json").stdout)
    assert report["attributions"] == [{"date": "2024-05-01", "commitment": "c-2days",
                                       "actual": 2.5, "target": 2,
                                       "culprits": [{"commitment": "c-dispatch", "actual": 6.0,
                                                     "target": 4, "overrun": 2.0}]}]
    exported = tmp_path / "out.json"
    assert run("export", doc, exported).returncode == 0
    assert len(json.loads(exported.read_text(encoding="utf-8"))["executions"]) == 3
