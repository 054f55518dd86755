"""Save -> load keeps every field, every order, and writes the file rules of CONTRACT §1."""
import math
import sqlite3

from blueprint_app.model import Blueprint, Lane
from blueprint_app.store import (APPLICATION_ID, SCHEMA_VERSION, Document, load_blueprint,
                                 save_blueprint)


def _pragma(path, name):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_rich_blueprint_round_trips_losslessly(tmp_path, rich_blueprint):
    path = tmp_path / "rich.blueprint"
    save_blueprint(rich_blueprint, path)
    loaded = load_blueprint(path)

    assert loaded.same_content(rich_blueprint)
    # same_content compares edges by id; the document also keeps their iteration order.
    assert [e.id for e in loaded.edges()] == [e.id for e in rich_blueprint.edges()]
    assert loaded.node_ids() == ["c1", "t1", "s1", "s2", "b1", "e1"]
    assert [s.id for s in loaded.stages] == ["order", "deliver", "help"]


def test_field_values_keep_their_types_and_exact_values(tmp_path, rich_blueprint):
    path = tmp_path / "rich.blueprint"
    save_blueprint(rich_blueprint, path)
    loaded = load_blueprint(path)

    t1, s1, s2, b1 = (loaded.node(i) for i in ("t1", "s1", "s2", "b1"))
    assert t1.failure_probability == 0.30000000000000004  # 0.1 + 0.2, bit for bit
    assert s1.failure_probability == 1e-300
    assert t1.requires == "any" and s2.requires == 2 and isinstance(s2.requires, int)
    assert b1.requires == 1 and loaded.node("c1").requires == "all"
    assert s2.x is None and s2.y == -3.75 and loaded.node("s1").x is None
    assert loaded.node("c1").y == 0.0  # zero is not None
    assert loaded.node("c1").description == "多行\n描述"
    assert loaded.node("s1").owner == "IT 运维" and loaded.node("s1").lane is Lane.SUPPORT
    assert t1.extra["time_standard"] == {"value": 3, "unit": "h"}
    assert loaded.edge("x9").extra == {"weight": 0.3}
    assert loaded.stage("order").extra == {"colour": "#ffeecc", "note": ["a", 1]}
    assert loaded.incidents == rich_blueprint.incidents
    assert loaded.properties == rich_blueprint.properties
    assert loaded.name == "线上下单到送货上门 — Online order"


def test_file_carries_application_id_version_and_rollback_journal(tmp_path, rich_blueprint):
    path = tmp_path / "rich.blueprint"
    save_blueprint(rich_blueprint, path)
    assert _pragma(path, "application_id") == APPLICATION_ID == 0x42505431
    assert _pragma(path, "user_version") == SCHEMA_VERSION == 3
    assert _pragma(path, "journal_mode") == "delete"
    assert _pragma(path, "integrity_check") == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rich.blueprint"]
    assert Document.is_document_file(path)


def test_tables_hold_readable_rows(tmp_path, rich_blueprint):
    """The schema is for other tools too: plain columns, JSON text for extras."""
    path = tmp_path / "rich.blueprint"
    save_blueprint(rich_blueprint, path)
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"blueprint", "stages", "nodes", "edges", "incidents"} <= tables
        lane, category, requires = conn.execute(
            "SELECT lane, category, requires FROM nodes WHERE id='s1'").fetchone()
        assert (lane, category, requires) == ("support", "it_system", "all")
        ids = [r[0] for r in conn.execute("SELECT id FROM nodes ORDER BY seq")]
        assert ids == ["c1", "t1", "s1", "s2", "b1", "e1"]
    finally:
        conn.close()


def test_empty_blueprint_round_trips(tmp_path):
    bp = Blueprint("Empty")
    path = tmp_path / "empty.blueprint"
    save_blueprint(bp, path)
    loaded = load_blueprint(path)
    assert loaded.same_content(bp) and len(loaded) == 0 and loaded.stages == ()


def test_extreme_floats_survive(tmp_path):
    bp = Blueprint("floats")
    values = [5e-324, 1 / 3, 0.1, 1 - 2 ** -53, 0.0, 1.0]
    for i, p in enumerate(values):
        bp.add_node(id=f"n{i}", lane="support", label="x", failure_probability=p,
                    x=math.pi * 1e10 if i % 2 else -0.0, width=1e-9 + i)
    path = tmp_path / "f.blueprint"
    save_blueprint(bp, path)
    loaded = load_blueprint(path)
    assert [n.failure_probability for n in loaded.nodes()] == values
    assert loaded.same_content(bp)


def test_document_open_save_as_keeps_original(tmp_path, rich_blueprint):
    first, second = tmp_path / "a.blueprint", tmp_path / "b.blueprint"
    save_blueprint(rich_blueprint, first)
    before = first.read_bytes()
    with Document.open(first) as doc:
        doc.blueprint.rename("Renamed")
        doc.save(second)
        assert doc.path == str(second)
    assert first.read_bytes() == before
    assert load_blueprint(second).name == "Renamed"


def test_lone_surrogates_from_json_survive(tmp_path):
    """JSON may carry "\\ud800"; UTF-8 cannot, so such text goes in as a BLOB."""
    bp = Blueprint("name \ud800")
    bp.add_stage(id="s\udc01", name="stage \udfff")
    bp.add_node(id="n\ud800", lane="support", label="x\ud800y", stage="s\udc01",
                owner="中\udc00", extra={"k\ud801": ["v\udc02", "中文"]})
    bp.add_node(id="plain", lane="frontstage", label="中文")
    bp.add_edge(id="e\ud800", source="n\ud800", target="plain", label="\ud83d")
    bp.properties["p\ud800"] = "q\udc00"
    path = tmp_path / "s.blueprint"
    with Document(bp, path) as doc:
        doc.save()
        bp.remove_edge("e\ud800")  # deleting a row keyed by such an id
        bp.update_node("n\ud800", label="changed \udbff")
        doc.save()
    loaded = load_blueprint(path)
    assert loaded.same_content(bp)
    assert loaded.node("n\ud800").extra == {"k\ud801": ["v\udc02", "中文"]}
    assert not loaded.has_edge("e\ud800")
