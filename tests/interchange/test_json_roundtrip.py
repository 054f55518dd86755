"""JSON interchange: exact round trips, what is (not) written, atomic writing."""
import json
import os
import stat

import pytest
from interchange_samples import minimal, rich

from blueprint_app.interchange import (META_KEY, InterchangeError, blueprint_from_dict,
                                       blueprint_to_dict, read_json, write_json)
from blueprint_app.interchange.schema import validator
from blueprint_app.model import Blueprint, Category, EdgeKind, Lane

CONTRACT_EXAMPLE = {
    "format": "touchpoint-blueprint", "version": 1, "name": "Online order to doorstep",
    "stages": [{"id": "order", "name": "Order"}, {"id": "deliver", "name": "Deliver"}],
    "nodes": [
        {"id": "c1", "lane": "customer", "label": "Places an order", "stage": "order"},
        {"id": "t1", "lane": "frontstage", "label": "Order confirmation", "stage": "order",
         "channel": "email", "requires": "all"},
        {"id": "s1", "lane": "support", "label": "Order management system", "stage": "order",
         "category": "it_system", "owner": "IT operations", "failure_probability": 0.01},
    ],
    "edges": [{"source": "c1", "target": "t1", "kind": "flow"},
              {"source": "s1", "target": "t1", "kind": "support"}],
}


@pytest.mark.parametrize("data", [CONTRACT_EXAMPLE, rich(), minimal()],
                         ids=["contract", "rich", "minimal"])
def test_dict_round_trip_is_exact(data):
    original = json.loads(json.dumps(data))
    assert blueprint_to_dict(blueprint_from_dict(data)) == original
    assert data == original  # the input is not modified


def test_rich_sample_reaches_the_model():
    bp = blueprint_from_dict(rich())
    assert bp.name.startswith("网上订购")
    assert bp.properties == {"author": rich()["author"], "view": {"zoom": 1.25}}
    assert [s.id for s in bp.stages] == ["order", "deliver"]
    assert bp.stages[0].extra == {"colour": "#ffcc00"}
    t2, s1, s2 = bp.node("t2"), bp.node("s1"), bp.node("s2")
    assert (t2.lane, t2.requires, t2.x, t2.y, t2.width) == (Lane.FRONTSTAGE, 2, 18.0, 20.5, 160.0)
    assert s1.category is Category.IT_SYSTEM and s1.failure_probability == 0.01
    # CONTRACT §4 fields are typed now (issue 6), no longer unknown extras.
    assert s2.failure_probability == 1.0 and s2.fail_point is True and "fail_point" not in s2.extra
    assert s2.time_standard.hours == 3
    assert bp.commitment("c-x").node == "s1" and bp.commitment("c-x").target_hours == 4
    assert bp.node("c1").description == ""
    assert bp.supports_of("t2") == ["b1", "s2"]
    assert bp.incidents[0].minutes_lost == 45.5 and bp.incidents[1].cause is None
    assert str(bp.incidents[0].date) == "2024-03-01"


def test_edges_without_id_get_stable_ids_that_avoid_given_ones():
    bp = blueprint_from_dict(rich())
    ids = [e.id for e in bp.edges_in_order()]
    # "e1" is given to the third edge, so the first edge (position 1) takes "e1_2".
    assert ids == ["e1_2", "e2", "e1", "e4", "e5", "flow-x"]
    assert blueprint_from_dict(rich()).edge("e2").source == "s1"  # stable on re-import
    out = blueprint_to_dict(bp)
    assert ["id" in e for e in out["edges"]] == [False, False, True, False, False, True]


def test_fields_given_with_default_values_are_remembered_and_written_back():
    bp = blueprint_from_dict(rich())
    assert bp.node("t1").extra[META_KEY] == {"given": ["failure_probability", "requires"]}
    assert set(bp.node("b1").extra[META_KEY]["given"]) == {"stage", "category"}
    assert "description" not in bp.node("c1").extra.get(META_KEY, {}).get("given", [])
    out = blueprint_to_dict(bp)
    assert out["nodes"][1]["failure_probability"] == 0 and out["nodes"][1]["requires"] == "all"
    assert out["nodes"][5]["stage"] is None and out["nodes"][5]["category"] is None
    assert not any(META_KEY in n for n in out["nodes"] + out["edges"])


def test_absent_fields_stay_absent():
    out = blueprint_to_dict(blueprint_from_dict(minimal()))
    assert set(out) == {"format", "version", "name", "stages", "nodes", "edges"}
    assert out["nodes"][1] == {"id": "t1", "lane": "frontstage", "label": "Confirmation"}
    assert out["edges"][0] == {"source": "c1", "target": "t1", "kind": "flow"}


def _built_in_code() -> Blueprint:
    bp = Blueprint("Made in the program")
    bp.add_stage(id="order", name="Order")
    bp.add_node(id="t1", lane="frontstage", label="Counter", stage="order", x=10, y=12)
    bp.add_node(id="s1", lane="support", label="Till", failure_probability=0.2,
                category="it_system", requires=1)
    bp.add_edge(source="s1", target="t1", kind=EdgeKind.SUPPORT)
    return bp


def test_blueprint_made_in_the_program_writes_edge_ids_and_changed_fields():
    bp = _built_in_code()
    bp.update_node("t1", owner="Retail")
    out = blueprint_to_dict(bp)
    assert out["edges"] == [{"id": "e1", "source": "s1", "target": "t1", "kind": "support"}]
    assert out["nodes"][0] == {"id": "t1", "lane": "frontstage", "label": "Counter",
                               "stage": "order", "owner": "Retail", "x": 10.0, "y": 12.0}
    assert out["nodes"][1]["requires"] == 1 and out["nodes"][1]["category"] == "it_system"
    assert blueprint_from_dict(out).same_content(bp)


@pytest.mark.parametrize("make", [lambda: blueprint_from_dict(rich()), _built_in_code])
def test_written_documents_satisfy_the_schema(make):
    assert list(validator().iter_errors(blueprint_to_dict(make()))) == []


def test_file_round_trip(tmp_path):
    path = tmp_path / "plan.json"
    bp = blueprint_from_dict(rich())
    write_json(bp, path)
    text = path.read_bytes().decode("utf-8")
    assert "网上订购" in text and "\\u" not in text  # ensure_ascii=False
    assert text.startswith('{\n  "format": "touchpoint-blueprint"')  # indent 2
    again = read_json(path)
    assert again.same_content(bp)
    assert blueprint_to_dict(again) == rich()
    assert os.listdir(tmp_path) == ["plan.json"]


def test_reading_tolerates_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal()).encode())
    assert blueprint_to_dict(read_json(path)) == minimal()


def test_unwritable_value_raises_and_leaves_the_old_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("old", encoding="utf-8")
    bp = blueprint_from_dict(minimal())
    bp.set_property("bad", {1, 2})  # a set is not JSON
    with pytest.raises(InterchangeError, match="cannot be written as JSON"):
        write_json(bp, path)
    bp.set_property("bad", float("nan"))
    with pytest.raises(InterchangeError):
        write_json(bp, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["plan.json"]


def test_failed_replace_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "plan.json"
    path.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InterchangeError, match="plan.json: cannot write: No space left"):
        write_json(blueprint_from_dict(minimal()), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["plan.json"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InterchangeError, match="cannot write"):
        write_json(blueprint_from_dict(minimal()), tmp_path / "no" / "plan.json")


def test_existing_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    write_json(blueprint_from_dict(minimal()), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_imported_unknown_fields_are_copies():
    data = rich()
    bp = blueprint_from_dict(data)
    data["nodes"][0]["mood"] = "angry"
    data["author"]["tags"].append("x")
    assert bp.node("c1").extra["mood"] == "hopeful"
    assert bp.properties["author"]["tags"] == ["workshop", 3, None, True]


def test_lone_surrogate_from_an_escape_is_written_back_as_the_escape(tmp_path):
    source = tmp_path / "in.json"
    text = json.dumps(minimal()).replace('"Orders"', '"Orders \\ud800"')
    source.write_text(text, encoding="ascii")
    bp = read_json(source)
    assert bp.node("c1").label == "Orders \ud800"
    write_json(bp, tmp_path / "out.json")
    assert b'"Orders \\ud800"' in (tmp_path / "out.json").read_bytes()
    assert read_json(tmp_path / "out.json").same_content(bp)
