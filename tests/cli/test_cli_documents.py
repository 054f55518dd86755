"""The command line through a real subprocess: import, export, validate (CONTRACT.md §3)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "blueprint_app", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def minimal(**overrides) -> dict:
    data = {"format": "touchpoint-blueprint", "version": 1, "name": "Tiny",
            "stages": [{"id": "order", "name": "Order"}],
            "nodes": [{"id": "c1", "lane": "customer", "label": "Orders", "stage": "order"},
                      {"id": "t1", "lane": "frontstage", "label": "Confirmation", "stage": "order"},
                      {"id": "s1", "lane": "support", "label": "OMS", "owner": "IT",
                       "failure_probability": 0.01}],
            "edges": [{"source": "c1", "target": "t1", "kind": "flow"},
                      {"source": "s1", "target": "t1", "kind": "support"}]}
    data.update(overrides)
    return data


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_import_then_export_gives_back_the_same_blueprint(example: Path, tmp_path: Path):
    document, exported = tmp_path / "x.blueprint", tmp_path / "x.json"
    assert run("import", example, document).returncode == 0
    result = run("export", document, exported)
    assert result.returncode == 0, result.stderr
    assert json.loads(exported.read_text(encoding="utf-8")) == json.loads(example.read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_shipped_as_documents_matching_their_json(example: Path, tmp_path: Path):
    document = example.with_suffix(".blueprint")
    assert document.exists(), f"{document.name} missing: run packaging/make_example_documents.sh"
    exported = tmp_path / "x.json"
    assert run("export", document, exported).returncode == 0
    assert json.loads(exported.read_text(encoding="utf-8")) == \
        json.loads(example.read_text(encoding="utf-8")), f"{document.name} is stale"


def _bad_json_cases() -> dict[str, tuple[str, str]]:
    tiny = minimal()
    cases = {
        "malformed": ('{"format": "touchpoint-blueprint", "nodes": [', "line"),
        "wrong format": (json.dumps(minimal(format="something-else")), "format"),
        "unknown lane": (json.dumps(minimal(nodes=[*tiny["nodes"][:2],
                                                   {"id": "x", "lane": "attic", "label": "X"}])), "lane"),
        "duplicate id": (json.dumps(minimal(nodes=[*tiny["nodes"], dict(tiny["nodes"][0])])), "c1"),
        "edge to unknown node": (json.dumps(minimal(edges=[{"source": "c1", "target": "ghost",
                                                            "kind": "flow"}])), "ghost"),
        "probability 1.5": (json.dumps(minimal(nodes=[*tiny["nodes"][:2], {
            **tiny["nodes"][2], "failure_probability": 1.5}])), "failure_probability"),
        "requires 0": (json.dumps(minimal(nodes=[tiny["nodes"][0], {**tiny["nodes"][1], "requires": 0},
                                                 tiny["nodes"][2]])), "requires"),
    }
    return cases


@pytest.mark.parametrize("case", list(_bad_json_cases()))
def test_bad_json_is_refused_without_creating_output(case: str, tmp_path: Path):
    text, expected_word = _bad_json_cases()[case]
    source, target = tmp_path / "bad.json", tmp_path / "out.blueprint"
    source.write_text(text, encoding="utf-8")
    result = run("import", source, target)
    assert result.returncode == 2
    assert "bad.json" in result.stderr and expected_word in result.stderr
    assert not target.exists()


def test_bad_input_leaves_an_existing_output_unchanged(tmp_path: Path):
    source, target = tmp_path / "bad.json", tmp_path / "out.json"
    source.write_text('{"format": "nope"}', encoding="utf-8")
    target.write_text("precious", encoding="utf-8")
    assert run("export", source, target).returncode == 2
    assert target.read_text(encoding="utf-8") == "precious"


def _good_document(tmp_path: Path) -> Path:
    source, document = tmp_path / "good.json", tmp_path / "good.blueprint"
    source.write_text(json.dumps(minimal()), encoding="utf-8")
    assert run("import", source, document).returncode == 0
    return document


def test_truncated_document_is_refused(tmp_path: Path):
    document = _good_document(tmp_path)
    data = document.read_bytes()
    document.write_bytes(data[: len(data) // 3])
    before = document.read_bytes()
    result = run("export", document, tmp_path / "out.json")
    assert result.returncode == 2 and "good.blueprint" in result.stderr
    assert document.read_bytes() == before and not (tmp_path / "out.json").exists()


def test_png_renamed_to_blueprint_is_refused(tmp_path: Path):
    fake = tmp_path / "picture.blueprint"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run("validate", fake)
    assert result.returncode == 2 and "picture.blueprint" in result.stderr
    assert fake.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(200)


def test_newer_schema_is_refused(tmp_path: Path):
    document = _good_document(tmp_path)
    with sqlite3.connect(document) as db:
        db.execute("PRAGMA user_version = 999")
    before = document.read_bytes()
    result = run("export", document, tmp_path / "out.json")
    assert result.returncode == 2 and "newer" in result.stderr.lower()
    assert document.read_bytes() == before


def test_support_cycle_fails_validation_naming_the_cycle(tmp_path: Path):
    tiny = minimal()
    nodes = [*tiny["nodes"], {"id": "b1", "lane": "backstage", "label": "Check", "owner": "Ops"},
             {"id": "b2", "lane": "backstage", "label": "Recheck", "owner": "Ops"}]
    edges = [*tiny["edges"], {"source": "b1", "target": "b2", "kind": "support"},
             {"source": "b2", "target": "b1", "kind": "support"},
             {"source": "b1", "target": "t1", "kind": "support"}]
    source = tmp_path / "cycle.json"
    source.write_text(json.dumps(minimal(nodes=nodes, edges=edges)), encoding="utf-8")
    result = run("validate", source, "--json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    cycles = [f for f in findings if f["code"] == "support-cycle"]
    assert len(cycles) == 1 and set(cycles[0]["ids"]) == {"b1", "b2"}
    text = run("validate", source)
    assert text.returncode == 1 and "b1" in text.stdout and "b2" in text.stdout


def test_clean_blueprint_validates_with_exit_0(tmp_path: Path):
    assert run("validate", _good_document(tmp_path)).returncode == 0


def test_graphml_export(tmp_path: Path):
    import networkx as nx
    target = tmp_path / "x.graphml"
    assert run("export", _good_document(tmp_path), target).returncode == 0
    graph = nx.read_graphml(target)
    assert graph.nodes["s1"]["lane"] == "support" and graph.nodes["s1"]["owner"] == "IT"


def test_unknown_output_format_is_usage_error(tmp_path: Path):
    result = run("export", _good_document(tmp_path), tmp_path / "x.docx")
    assert result.returncode == 2 and ".docx" in result.stderr
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("command", ["import", "export", "validate"])
def test_every_command_has_help(command: str):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage" in result.stdout.lower()


def test_gui_without_display_says_so(tmp_path: Path):
    import os
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "blueprint_app"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 2 and "no display" in result.stderr.lower()


def test_png_and_svg_export_without_display(tmp_path: Path):
    import os
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    document = _good_document(tmp_path)
    for name, extra in (("x.png", ["--dpi", "192"]), ("x.svg", [])):
        result = subprocess.run([sys.executable, "-m", "blueprint_app", "export", str(document),
                                 str(tmp_path / name), *extra], capture_output=True, text=True,
                                env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "x.svg").read_bytes()[:2000]


def test_scale_on_svg_is_refused(tmp_path: Path):
    result = run("export", _good_document(tmp_path), tmp_path / "x.svg", "--scale", "2")
    assert result.returncode == 2 and not (tmp_path / "x.svg").exists()


def test_analyze_table_ends_with_the_structure(tmp_path: Path):
    result = run("analyze", EXAMPLES[0].with_suffix(".blueprint"))
    assert result.returncode == 0
    assert "single points of failure" in result.stdout
    assert "behind the line of visibility" in result.stdout


@pytest.mark.parametrize("name", ["out.json", "out.graphml"])
def test_export_into_a_missing_folder_is_a_usage_error(tmp_path: Path, name: str):
    result = run("export", EXAMPLES[0], tmp_path / "missing" / name)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert name in result.stderr
