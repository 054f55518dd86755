"""Blueprint -> Excel workbook -> blueprint gives the same JSON (every example, and random
blueprints with every field, Chinese text, line breaks and formula-like labels)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_app.interchange import blueprint_from_dict, blueprint_to_dict, read_json
from blueprint_app.interchange.spreadsheet_import import import_spreadsheet
from blueprint_app.interchange.spreadsheet_write import workbook_bytes, write_workbook
from blueprint_app.store import load_blueprint

from blueprint_app.interchange.resources_json import RESOURCE_KNOWN

from test_json_property import IDS, LABELS, TEXT, _extras, _maybe, documents

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = (sorted((ROOT / "examples").glob("*.json"))
            + sorted((ROOT / "examples").glob("*.blueprint"))
            + sorted((ROOT / "examples" / "portfolio").glob("*.json")))
# A modest count in the suite; BLUEPRINT_SPREADSHEET_EXAMPLES=400 for a long run (done: 400 pass).
EXAMPLES_COUNT = int(os.environ.get("BLUEPRINT_SPREADSHEET_EXAMPLES", "15"))

TRICKY_LABELS = st.sampled_from([
    "=SUM(A1:A3)", "+1 hotline", "-5 % discount", "@support", "=1+1\n第二行", "下单\n确认",
    "换行\r\n回车", "  padded  ", "订单管理系统", "1.50", "0012", "TRUE", "2024-05-01",
    "x" * 40, "tab\there", "bell\x07", "a;b, c、d"])
RESOURCE_OPTIONS = {
    "category": st.sampled_from([None, "it_system", "partner", "people"]),
    "owner": st.none() | TRICKY_LABELS | TEXT, "post": st.none() | TEXT,
    "failure_probability": st.sampled_from([0, 0.0, 1]) | st.floats(0, 1),
    "probability_source": st.sampled_from([None, "estimate", "incident_log", "monitoring"]),
    "description": st.none() | TRICKY_LABELS | TEXT,
}
VOLUMES = st.none() | st.integers(0, 10 ** 16) | st.floats(0, 1e12) | st.sampled_from([0.0, 4.0])


def round_trip(bp, folder: str):
    path = os.path.join(folder, "book.xlsx")
    write_workbook(bp, path)
    return import_spreadsheet(path).blueprint


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_example_through_xlsx_gives_the_same_json(example: Path, tmp_path: Path):
    bp = read_json(example) if example.suffix == ".json" else load_blueprint(example)
    again = round_trip(bp, str(tmp_path))
    assert blueprint_to_dict(again) == blueprint_to_dict(bp)


@st.composite
def tricky_documents(draw):
    data = draw(documents())
    for node in data["nodes"]:
        if draw(st.booleans()):
            node["label"] = draw(TRICKY_LABELS)
        if draw(st.booleans()):
            node["description"] = draw(TRICKY_LABELS | TEXT)
    for stage in data["stages"]:
        if draw(st.booleans()):
            stage["name"] = draw(TRICKY_LABELS)
    node_ids = {n["id"] for n in data["nodes"]}
    resource_ids = draw(st.lists((IDS | TRICKY_LABELS).filter(
        lambda i: i == i.strip() and i not in node_ids), unique=True, max_size=3))
    if resource_ids:
        data["resources"] = []
    for ident in resource_ids:
        entry = {**draw(_extras(set(RESOURCE_KNOWN))), "id": ident,
                 "label": draw(TRICKY_LABELS | LABELS)}
        for name, strategy in RESOURCE_OPTIONS.items():
            _maybe(draw, entry, name, strategy)
        data["resources"].append(entry)
    for node in data["nodes"]:  # also names of resources the catalogue lacks (shared ones)
        _maybe(draw, node, "resource", st.none() | IDS | st.sampled_from(resource_ids or ["r"]))
        _maybe(draw, node, "volume", VOLUMES)
    if draw(st.booleans()):
        data["name"] = draw(TRICKY_LABELS)
    return data


@settings(max_examples=EXAMPLES_COUNT, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tricky_documents())
def test_random_blueprints_through_xlsx_give_the_same_json(data):
    bp = blueprint_from_dict(data)
    expected = blueprint_to_dict(bp)
    with tempfile.TemporaryDirectory() as folder:
        again = round_trip(bp, folder)
    assert blueprint_to_dict(again) == expected


def test_formula_like_texts_are_stored_as_text(tmp_path: Path):
    data = {"format": "touchpoint-blueprint", "version": 1, "name": "=HYPERLINK(\"x\")",
            "stages": [{"id": "s", "name": "@stage"}],
            "nodes": [{"id": "n1", "lane": "customer", "label": "=1+1", "stage": "s",
                       "owner": "+owner", "description": "-minus"}],
            "edges": []}
    path = tmp_path / "f.xlsx"
    path.write_bytes(workbook_bytes(blueprint_from_dict(data)))
    book = openpyxl.load_workbook(path)  # full mode: styles are visible
    steps = book["Steps"]
    header = [c.value for c in steps[1]]
    for field, text in (("label", "=1+1"), ("owner", "+owner"), ("description", "-minus"),
                        ("stage", "@stage")):
        cell = steps.cell(row=2, column=header.index(field) + 1)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert steps.freeze_panes == "A2"
    assert book.sheetnames == ["Steps", "Links", "Stages", "Commitments", "Perceptions",
                               "Incidents", "Executions", "Resources", "Grid", "Document"]
    grid = book["Grid"]
    assert grid.cell(row=3, column=2).value == "=1+1" and grid.cell(row=3, column=2).data_type == "s"
    assert grid.cell(row=3, column=2).alignment.wrap_text
