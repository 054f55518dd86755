"""GraphML export: standard GraphML that networkx reads back with every attribute."""
import os

import networkx as nx
import pytest
from interchange_samples import rich

from blueprint_app.interchange import InterchangeError, blueprint_from_dict, write_graphml
from blueprint_app.model.layout import compute_layout


@pytest.fixture
def written(tmp_path):
    bp = blueprint_from_dict(rich())
    path = tmp_path / "plan.graphml"
    write_graphml(bp, path)
    return bp, path, nx.read_graphml(path, force_multigraph=True)


def test_nodes_and_attributes_survive(written):
    bp, _, graph = written
    assert list(graph.nodes) == [n.id for n in bp.nodes()]
    assert graph.graph["name"] == bp.name and graph.graph["format"] == "touchpoint-blueprint"
    s1 = graph.nodes["s1"]
    assert {k: s1[k] for k in ("label", "lane", "stage", "stage_name", "owner", "category",
                               "failure_probability", "requires")} == {
        "label": "Order management system", "lane": "support", "stage": "order",
        "stage_name": "下单 Order", "owner": "IT operations", "category": "it_system",
        "failure_probability": 0.01, "requires": "all"}
    assert graph.nodes["t2"]["requires"] == "2"
    assert graph.nodes["c1"]["label"] == "顾客下单" and graph.nodes["c1"]["description"] == ""


def test_values_the_model_does_not_have_are_left_out(written):
    _, path, graph = written
    b1 = graph.nodes["b1"]  # no stage, owner, category, channel, description
    assert not {"stage", "stage_name", "owner", "category", "channel", "description"} & set(b1)
    assert "None" not in path.read_text(encoding="utf-8")


def test_positions_are_the_drawn_geometry(written):
    bp, _, graph = written
    rect = compute_layout(bp).nodes["t2"]
    t2 = graph.nodes["t2"]
    assert (t2["x"], t2["y"]) == rect.center
    assert (t2["width"], t2["height"]) == (rect.width, rect.height) == (160.0, 70.0)


def test_every_edge_survives_with_its_id_kind_and_label(written):
    bp, _, graph = written
    read = {key: (u, v, data) for u, v, key, data in graph.edges(keys=True, data=True)}
    assert set(read) == {e.id for e in bp.edges()}
    for edge in bp.edges():
        u, v, data = read[edge.id]
        assert (u, v, data["kind"]) == (edge.source, edge.target, edge.kind.value)
        assert data.get("label") == edge.label


def test_parallel_edges_both_survive(tmp_path):
    data = rich()
    data["edges"].append({"source": "s1", "target": "t1", "kind": "flow"})
    path = tmp_path / "p.graphml"
    write_graphml(blueprint_from_dict(data), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert sorted(d["kind"] for d in graph.get_edge_data("s1", "t1").values()) == ["flow", "support"]


def test_types_are_standard_graphml(written):
    _, path, _ = written
    text = path.read_text(encoding="utf-8")
    types = {part.split('"')[1] for part in text.split("attr.type=")[1:]}
    assert types <= {"string", "double", "int", "long", "boolean", "float"}


def test_write_failure_leaves_old_file(tmp_path, monkeypatch):
    path = tmp_path / "plan.graphml"
    path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(13, "Denied")))
    with pytest.raises(InterchangeError, match="cannot write: Denied"):
        write_graphml(blueprint_from_dict(rich()), path)
    assert path.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["plan.graphml"]
