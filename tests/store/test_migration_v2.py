"""Schema 1 -> 2 on a REAL version-1 file (tests/store/data/v1-online-order.blueprint, made
by `blueprint-app import` with the version-1 code from examples/online-order-delivery.json
as it was then: the JSON beside it)."""
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from blueprint_app.interchange import blueprint_to_dict
from blueprint_app.model import Duration
from blueprint_app.store import Document, load_blueprint, save_blueprint
from blueprint_app.store.tables import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
V1_FILE = DATA / "v1-online-order.blueprint"
V1_JSON = DATA / "v1-online-order.json"
MOVED = {"time_standard", "tolerance", "fail_point", "wait_point", "fmea", "commitments",
         "perceptions"}


def _version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path):
    target = tmp_path / "old.blueprint"
    shutil.copy(V1_FILE, target)
    return target


def test_real_v1_file_opens_upgraded_with_every_field(v1_copy):
    before = v1_copy.read_bytes()
    assert _version(v1_copy) == 1
    bp = load_blueprint(v1_copy)
    assert v1_copy.read_bytes() == before  # opening never writes
    # Every field survives: the document still exports exactly the JSON it was made from.
    assert blueprint_to_dict(bp) == json.loads(V1_JSON.read_text(encoding="utf-8"))
    # ... and the §4 fields moved out of the extras into the typed model.
    assert not any(MOVED & n.extra.keys() for n in bp.nodes())
    two_days = bp.commitment("c-2days")
    assert (two_days.node, two_days.level, two_days.target_hours) == ("t-parcel", 1, 48)
    assert [c.id for c in bp.children_of("c-2days")] == ["c-entry", "c-dispatch", "c-carrier"]
    dispatch = bp.node("b-dispatch")
    assert dispatch.fail_point and dispatch.time_standard == Duration(3, "h")
    assert bp.node("b-carrier").tolerance == Duration(12, "h")


def test_upgraded_file_saves_in_the_current_version_and_reloads_equal(v1_copy, tmp_path):
    with Document.open(v1_copy) as doc:
        bp = doc.blueprint
        bp.update_commitment("c-dispatch", target=5)
        doc.save()
    assert _version(v1_copy) == SCHEMA_VERSION
    again = load_blueprint(v1_copy)
    assert again.commitment("c-dispatch").target == 5
    bp.update_commitment("c-dispatch", target=5)
    assert again.same_content(bp)


def test_values_the_model_refuses_stay_in_the_extras(v1_copy):
    bad_commitments = [{"id": "c-odd", "level": "top"}]
    conn = sqlite3.connect(v1_copy)
    conn.execute("UPDATE nodes SET extra = ? WHERE id = 'b-entry'", (json.dumps(
        {"commitments": bad_commitments, "fail_point": "often", "time_standard": {"value": 1,
                                                                               "unit": "h"}}),))
    conn.execute("UPDATE nodes SET extra = ? WHERE id = 'b-refund'", (json.dumps(
        {"commitments": [{"id": "c-2days", "level": 2}]}),))  # id already used elsewhere
    conn.execute("UPDATE blueprint SET properties = ?", (json.dumps(
        {"executions": [{"date": "2024-05-01", "commitment": "c-2days", "actual": 47}]}),))
    conn.commit()
    conn.close()
    bp = load_blueprint(v1_copy)
    entry = bp.node("b-entry")
    assert entry.extra == {"commitments": bad_commitments, "fail_point": "often"}
    assert entry.time_standard == Duration(1, "h") and entry.commitments == ()
    assert bp.node("b-refund").extra == {"commitments": [{"id": "c-2days", "level": 2}]}
    # executions that name known commitments move into their table
    assert [(x.date, x.actual) for x in bp.executions] == [(dt.date(2024, 5, 1), 47)]
    assert "executions" not in bp.properties


def test_typed_fields_round_trip_through_a_fresh_document(v1_copy, tmp_path):
    bp = load_blueprint(v1_copy)
    bp.add_perception(id="p1", node="t-parcel", name="Speed", importance=3, current=5,
                      expected=8, competitor=6)
    bp.update_node("b-dispatch", fmea={"severity": 7, "occurrence": 4, "detection": 3},
                   wait_point=True)
    target = tmp_path / "new.blueprint"
    save_blueprint(bp, target)
    again = load_blueprint(target)
    assert again.same_content(bp)
    assert again.perception("p1").competitor == 6 and again.node("b-dispatch").fmea.rpn == 84


def test_incremental_saves_follow_commitment_edits(v1_copy, tmp_path):
    from blueprint_app.model import make_execution
    path = tmp_path / "doc.blueprint"
    save_blueprint(load_blueprint(v1_copy), path)
    with Document.open(path) as doc:
        bp = doc.blueprint
        bp.add_commitment(id="c-credit", node="b-entry", level=2, parent="c-2days", target=6,
                          unit="h", metric="duration")
        bp.update_commitment("c-carrier", node="b-dispatch")       # moves between nodes
        bp.remove_commitment("c-chat")
        bp.remove_node("b-refund")                                  # takes c-refund-book along
        bp.set_executions([make_execution(date=dt.date(2024, 6, 1), commitment="c-credit",
                                          actual=5.5)])
        doc.save()
        again = load_blueprint(path)
        assert again.same_content(bp)
        assert [c.id for c in again.commitments_of("b-dispatch")] == ["c-dispatch", "c-carrier"]
