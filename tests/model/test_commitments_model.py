"""Typed commitments, time standards, FMEA and perception points in the model."""
import datetime as dt

import pytest

from blueprint_app.model import (Blueprint, Duration, Fmea, Lane, ModelError, make_commitment,
                                 make_execution, make_perception)
from blueprint_app.model import events as ev
from blueprint_app.model.units import can_convert, convert, to_hours


def promise_tree() -> Blueprint:
    bp = Blueprint("Tree")
    bp.add_node(id="t", lane=Lane.FRONTSTAGE, label="Parcel arrives")
    bp.add_node(id="b", lane=Lane.BACKSTAGE, label="Dispatch")
    bp.add_node(id="s", lane=Lane.SUPPORT, label="Carrier")
    bp.add_commitment(id="c1", node="t", level=1, name="2 days", metric="duration",
                      target=2, unit="d", direction="at_most")
    bp.add_commitment(id="c2", node="b", level=2, target=4, unit="h", parent="c1")
    return bp


def test_units_convert():
    assert to_hours(1.5, "d") == 36 and to_hours(90, "min") == 1.5
    assert convert(2, "d", "min") == 2880
    assert can_convert("min", "d") and not can_convert("h", "%")
    with pytest.raises(ValueError):
        convert(1, "h", "count")


@pytest.mark.parametrize("changes, field", [
    ({"level": 4}, "level"), ({"level": True}, "level"), ({"metric": "speed"}, "metric"),
    ({"unit": "weeks"}, "unit"), ({"metric": "percentage", "unit": "h"}, "unit"),
    ({"target": -1}, "target"), ({"target": float("nan")}, "target"),
    ({"unit": "%", "target": 120}, "target"), ({"direction": "about"}, "direction"),
    ({"parent": "c"}, "parent"), ({"owner": 3}, "owner"), ({"id": " c"}, "id"),
])
def test_commitment_values_are_checked(changes, field):
    data = {"id": "c", "node": "n", "level": 2, **changes}
    with pytest.raises(ModelError) as info:
        make_commitment(**data)
    assert info.value.field == field


def test_node_fields_are_checked():
    bp = Blueprint()
    node = bp.add_node(id="n", lane="backstage", label="Step",
                       time_standard={"value": 3, "unit": "h"}, fail_point=True,
                       fmea={"severity": 7, "occurrence": 3, "detection": 2})
    assert node.time_standard == Duration(3, "h") and node.time_standard.hours == 3
    assert node.fmea == Fmea(7, 3, 2) and node.fmea.rpn == 42
    for field, value in (("tolerance", {"value": 1, "unit": "weeks"}), ("fail_point", 1),
                         ("fmea", {"severity": 11, "occurrence": 1, "detection": 1}),
                         ("time_standard", {"value": -2, "unit": "h"}),
                         ("fmea", {"severity": 1})):
        with pytest.raises(ModelError) as info:
            bp.update_node("n", **{field: value})
        assert info.value.field.split(".")[0] == field


def test_tree_rules_on_add():
    bp = promise_tree()
    cases = [({"id": "x", "node": "b", "level": 1}, "level"),          # level 1 off stage
             ({"id": "x", "node": "t", "level": 2, "parent": "c1"}, "level"),
             ({"id": "x", "node": "s", "level": 3}, "parent"),          # no parent
             ({"id": "x", "node": "s", "level": 3, "parent": "c1"}, "parent"),  # skips a level
             ({"id": "x", "node": "s", "level": 3, "parent": "zz"}, "parent"),
             ({"id": "x", "node": "s", "level": 3, "parent": "c2", "unit": "%"}, "unit"),
             ({"id": "c2", "node": "s", "level": 3, "parent": "c1"}, "id"),
             ({"id": "x", "node": "nowhere", "level": 2, "parent": "c1"}, "node")]
    for data, field in cases:
        with pytest.raises(ModelError) as info:
            bp.add_commitment(**data)
        assert info.value.field == field, data
    bp.add_commitment(id="c3", node="s", level=3, parent="c2", target=30, unit="min")
    assert [c.id for c in bp.commitments()] == ["c1", "c2", "c3"]
    assert [c.id for c in bp.children_of("c2")] == ["c3"]


def test_ids_unique_across_nodes_even_when_added_with_the_node():
    bp = promise_tree()
    with pytest.raises(ModelError, match="duplicate commitment id 'c2'"):
        bp.add_node(id="b2", lane="backstage", label="Other",
                    commitments=[{"id": "c2", "level": 2, "parent": "c1"}])
    assert not bp.has_node("b2")


def test_update_move_remove_and_events():
    bp = promise_tree()
    seen = []
    for name in (ev.COMMITMENTS_CHANGED, ev.NODE_CHANGED, ev.CHANGED):
        bp.events.subscribe(name, lambda *a, name=name: seen.append((name, a)))
    old = bp.update_commitment("c2", target=5)
    assert old.target == 4 and bp.commitment("c2").target == 5
    assert (ev.COMMITMENTS_CHANGED, ("b",)) in seen
    bp.update_commitment("c2", node="s")
    assert bp.commitments_of("b") == () and bp.commitment("c2").node == "s"
    with pytest.raises(ModelError, match="child"):
        bp.remove_commitment("c1")
    with pytest.raises(ModelError):
        bp.update_commitment("c1", level=2)
    record, index = bp.remove_commitment("c2")
    assert index == 0 and not bp.has_commitment("c2")
    bp.add_commitment(record, index=index)
    assert bp.commitment("c2") == record


def test_remove_and_restore_node_keeps_its_commitments():
    bp = promise_tree()
    node, index, edges = bp.remove_node("b")
    assert not bp.has_commitment("c2")
    bp.restore_node(node, index, edges)
    assert bp.commitment("c2").node == "b"
    copy = bp.snapshot()
    assert copy.same_content(bp) and copy.has_commitment("c2")


def test_perceptions_and_executions():
    bp = promise_tree()
    p = bp.add_perception(id="p1", node="t", name="Speed", importance=5, current=6, expected=9,
                          competitor=7)
    assert (p.gap, p.priority, p.below_competitor) == (3, 15, True)
    with pytest.raises(ModelError) as info:
        bp.add_perception(id="p2", node="b", name="x", importance=1, current=1, expected=1)
    assert info.value.field == "node"
    with pytest.raises(ModelError) as info:
        make_perception(id="p", node="t", name="x", importance=-1, current=1, expected=1)
    assert info.value.field == "importance"
    bp.update_perception("p1", current=8)
    assert bp.perception("p1").gap == 1
    seen = []
    bp.events.subscribe(ev.EXECUTIONS_CHANGED, lambda: seen.append(1))
    old = bp.set_executions([make_execution(date=dt.date(2024, 5, 1), commitment="c1",
                                            actual=40)])
    assert old == [] and seen == [1] and bp.executions[0].actual == 40
    with pytest.raises(ModelError) as info:
        make_execution(date=dt.date(2024, 5, 1), commitment="c1", actual=-1)
    assert info.value.field == "actual"
    other = bp.snapshot()
    other.set_executions([])
    assert not other.same_content(bp)
