"""Incremental saving: after any edits, the file equals a fresh full save."""
import datetime as dt
import sqlite3

import pytest

from blueprint_app.model import make_edge, make_incident, make_node
from blueprint_app.store import Document, DocumentError, load_blueprint, save_blueprint


def _assert_file_matches(path, bp, tmp_path):
    """The incrementally saved file loads as the blueprint, in every order, and holds the
    same rows as a full save of it (no stale rows left behind)."""
    loaded = load_blueprint(path)
    assert loaded.same_content(bp)
    assert loaded.node_ids() == bp.node_ids()
    assert [e.id for e in loaded.edges()] == [e.id for e in bp.edges()]
    fresh = tmp_path / "fresh.blueprint"
    save_blueprint(bp, fresh)
    assert load_blueprint(fresh).same_content(loaded)
    assert _counts(path) == _counts(fresh)


def _counts(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("blueprint", "stages", "nodes", "edges", "incidents")}
    finally:
        conn.close()


def test_incremental_saves_after_many_kinds_of_edit(tmp_path, rich_blueprint):
    path = tmp_path / "map.blueprint"
    save_blueprint(rich_blueprint, path)
    with Document.open(path) as doc:
        bp = doc.blueprint
        bp.update_node("t1", label="新标签", owner="Sales", requires=1, extra={"k": "v"})
        bp.move_node("c1", stage="deliver", x=None, y=99.5)
        removed = bp.remove_node("s1")  # with its three edges
        bp.update_edge("f2", label="then 然后")
        bp.remove_edge("a0")
        doc.save()
        _assert_file_matches(path, bp, tmp_path)

        bp.restore_node(*removed)  # undo of the delete: back at index 2, edges too
        bp.add_node(id="z1", lane="support", label="Appended", failure_probability=0.5)
        bp.add_edge(id="z1-t1", source="z1", target="t1", kind="support")
        bp.add_edge(id="c1-z1", source="c1", target="z1", kind="flow")  # lands mid-order
        bp.move_stage("help", 0)
        bp.rename_stage("order", "Ordering")
        bp.add_stage(id="renew", name="续约", index=1)
        bp.rename("Renamed 改名")
        bp.set_property("view", {"zoom": 2})
        bp.set_property("author", None)
        bp.set_incidents(bp.incidents[1:] + [make_incident(date=dt.date(2025, 1, 1),
                                                           touchpoint="t1", count=0)])
        doc.save()
        _assert_file_matches(path, bp, tmp_path)
        assert bp.node_ids()[2] == "s1"

        for node_id in list(bp.node_ids()):
            if node_id != "t1":
                bp.remove_node(node_id)
        bp.remove_stage("renew")
        bp.set_incidents([])
        doc.save()
        _assert_file_matches(path, bp, tmp_path)


def test_new_document_first_save_then_incremental(tmp_path, rich_blueprint):
    path = tmp_path / "new.blueprint"
    doc = Document(rich_blueprint)
    assert doc.path is None and not doc.upgraded
    with pytest.raises(DocumentError, match="no file name"):
        doc.save()
    doc.save(path)
    assert doc.path == str(path)
    rich_blueprint.update_node("e1", x=None)
    doc.save()
    _assert_file_matches(path, rich_blueprint, tmp_path)
    doc.close()


def test_repeated_inserts_at_one_place_stay_in_order(tmp_path, big_blueprint):
    """Inserting again and again at the same index halves the gap between seq values
    until floats run out; the order must still come out right."""
    bp = big_blueprint(50)
    path = tmp_path / "m.blueprint"
    with Document(bp, path) as doc:
        doc.save()
        for k in range(70):
            bp.restore_node(make_node(id=f"ins{k}", lane="customer", label="x"), 10,
                            [make_edge(id=f"ie{k}", source="n3", target=f"ins{k}")])
            doc.save()
        node, index, edges = bp.remove_node("ins40")
        doc.save()
        bp.restore_node(node, index, edges)
        doc.save()
        assert bp.node_ids()[10:13] == ["ins69", "ins68", "ins67"]
        _assert_file_matches(path, bp, tmp_path)


def test_close_unsubscribes(tmp_path, rich_blueprint):
    before = rich_blueprint.events.subscriber_count()
    doc = Document(rich_blueprint)
    assert rich_blueprint.events.subscriber_count() > before
    doc.save(tmp_path / "a.blueprint")
    doc.close()
    assert rich_blueprint.events.subscriber_count() == before
    doc.close()  # twice is fine
    rich_blueprint.rename("After close")  # no callback into a closed document
    with pytest.raises(DocumentError, match="closed"):
        doc.save()


def test_open_document_subscribes_and_close_releases(tmp_path, rich_blueprint):
    path = tmp_path / "a.blueprint"
    save_blueprint(rich_blueprint, path)
    doc = Document.open(path)
    assert not doc.upgraded  # current layout: opens as saved
    assert doc.blueprint.events.subscriber_count() == 13
    doc.close()
    assert doc.blueprint.events.subscriber_count() == 0


def test_saving_twice_without_edits_changes_nothing(tmp_path, rich_blueprint):
    path = tmp_path / "a.blueprint"
    with Document(rich_blueprint, path) as doc:
        doc.save()
        doc.save()
    assert load_blueprint(path).same_content(rich_blueprint)
