"""The short paths of ``make_node`` / ``make_edge`` (model.items) against the field checks
they stand for (model.values, model.commitments): for every field and a spread of good,
odd and bad values, the record holds exactly what the reference check returns (same value,
same type), or the same ModelError (message, field, item) is raised. The records made
without the dataclass ``__init__`` equal those made with it, field for field."""
from __future__ import annotations

import math
import sys
from dataclasses import fields

import pytest

from blueprint_app.model import (Commitment, Duration, EdgeKind, Fmea, Lane, ModelError,
                                 make_edge, make_node)
from blueprint_app.model import values as V
from blueprint_app.model.commitments import (as_commitments, as_duration, as_flag, as_fmea,
                                             as_perceptions)
from blueprint_app.model.items import Edge, Node


class Text(str):
    pass


class Number(float):
    pass


INF, NAN = float("inf"), float("nan")
COMMON = [None, True, False, 0, 1, -1, 2, 0.0, -0.0, 0.5, 1.0, 1.5, -2.5, INF, -INF, NAN,
          2**70, Number(0.25), "", " ", "\u3000", "\x85", "a", " a", "a ", "all", "any",
          "3", Text("t"), Text(" "), [], (), {}, [1], {"a": 1}, b"x", Lane.SUPPORT,
          EdgeKind.FLOW, "support", "flow", "support ", "it_system", "people", object]


def _optional(check):
    return lambda v, item: None if v is None else check(v, item)


NODE_REFERENCE = {
    "id": lambda v, i: V.check_id(v, field="id", item=i),
    "lane": lambda v, i: V.check_lane(v, item=i),
    "label": lambda v, i: V.check_text(v, field="label", item=i, required=True),
    "stage": _optional(lambda v, i: V.check_id(v, field="stage", item=i)),
    "description": lambda v, i: V.check_text(v, field="description", item=i),
    "owner": lambda v, i: V.check_text(v, field="owner", item=i),
    "channel": lambda v, i: V.check_text(v, field="channel", item=i),
    "category": lambda v, i: V.check_category(v, item=i),
    "failure_probability": lambda v, i: V.check_probability(v, item=i),
    "requires": lambda v, i: V.check_requires(v, item=i),
    "x": lambda v, i: V.check_coordinate(v, field="x", item=i),
    "y": lambda v, i: V.check_coordinate(v, field="y", item=i),
    "width": lambda v, i: V.check_size(v, field="width", item=i),
    "height": lambda v, i: V.check_size(v, field="height", item=i),
    "extra": lambda v, i: V.check_extra(v, item=i),
    "time_standard": lambda v, i: as_duration(v, field="time_standard", item=i),
    "tolerance": lambda v, i: as_duration(v, field="tolerance", item=i),
    "fail_point": lambda v, i: as_flag(v, field="fail_point", item=i),
    "wait_point": lambda v, i: as_flag(v, field="wait_point", item=i),
    "fmea": lambda v, i: as_fmea(v, item=i),
    "commitments": lambda v, i: as_commitments(v, "n"),
    "perceptions": lambda v, i: as_perceptions(v, "n"),
    "resource": _optional(lambda v, i: V.check_id(v, field="resource", item=i)),
    "volume": lambda v, i: V.check_volume(v, item=i),
}
EDGE_REFERENCE = {
    "id": lambda v, i: V.check_id(v, field="id", item=i),
    "source": lambda v, i: V.check_id(v, field="source", item=i),
    "target": lambda v, i: V.check_id(v, field="target", item=i),
    "kind": lambda v, i: V.check_edge_kind(v, item=i),
    "label": lambda v, i: V.check_text(v, field="label", item=i),
    "extra": lambda v, i: V.check_extra(v, item=i),
}
EXTRA_VALUES = {
    "time_standard": [{"value": 2, "unit": "h"}, {"value": -1, "unit": "h"},
                      {"value": 1, "unit": "weeks"}, {"value": NAN, "unit": "d"},
                      {"unit": "d"}, {"value": 1, "unit": "h", "x": 1}, Duration(3, "min")],
    "fmea": [{"severity": 1, "occurrence": 2, "detection": 10}, {"severity": 0,
             "occurrence": 2, "detection": 3}, {"severity": 1.0, "occurrence": 2,
                                               "detection": 3}, Fmea(2, 3, 4)],
    "commitments": [[{"id": "c", "level": 1}], [{"id": "c", "level": 9}],
                    (Commitment(id="c", node="n", level=1),),
                    (Commitment(id="c", node="m", level=1),), "c", [3]],
    "perceptions": [[{"id": "p", "name": "Wait", "importance": 1, "current": 2,
                      "expected": 3}], [{"id": "p"}]],
}


def _outcome(call):
    try:
        return "value", call()
    except ModelError as error:
        return "error", (str(error), error.field, error.item)


def _same(a, b) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] == "error":
        return a[1] == b[1]
    x, y = a[1], b[1]
    if isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y):
        return type(x) is type(y)
    return type(x) is type(y) and x == y


@pytest.mark.parametrize("name", list(NODE_REFERENCE))
def test_node_field_matches_its_reference_check(name):
    base = {"id": "n", "lane": "support", "label": "Step"}
    for value in COMMON + EXTRA_VALUES.get(name, []):
        item = (f"node {value}" if isinstance(value, str) else "node") if name == "id" else "node n"
        expected = _outcome(lambda: NODE_REFERENCE[name](value, item))
        got = _outcome(lambda: getattr(make_node(**{**base, name: value}), name))
        assert _same(got, expected), (name, value, got, expected)


@pytest.mark.parametrize("name", list(EDGE_REFERENCE))
def test_edge_field_matches_its_reference_check(name):
    base = {"id": "e", "source": "a", "target": "b"}
    for value in COMMON:
        item = (f"edge {value}" if isinstance(value, str) else "edge") if name == "id" else "edge e"
        expected = _outcome(lambda: EDGE_REFERENCE[name](value, item))
        got = _outcome(lambda: getattr(make_edge(**{**base, name: value}), name))
        assert _same(got, expected), (name, value, got, expected)


def test_a_bad_value_among_good_ones_is_named():
    with pytest.raises(ModelError) as info:
        make_node(id="n", lane="support", label="Step", owner="IT", x=1.5, width=-3.0)
    assert str(info.value) == "node n, field 'width': must be positive, not -3.0"
    with pytest.raises(ModelError) as info:
        make_edge(id="e", source="a", target="b", kind="flows")
    assert str(info.value) == ("edge e, field 'kind': unknown edge kind 'flows' "
                               "(known: flow, support)")


def test_records_equal_those_made_by_the_dataclass():
    data = {"id": "n", "lane": "frontstage", "label": "Pay", "stage": "s1", "owner": "IT",
            "failure_probability": 0.25, "requires": 2, "x": 3.0, "volume": 7.0,
            "extra": {"k": [1]}, "fail_point": True, "fmea": {"severity": 2,
                                                               "occurrence": 3,
                                                               "detection": 4}}
    node = make_node(**data)
    reference = Node(**{**data, "lane": Lane.FRONTSTAGE, "fmea": Fmea(2, 3, 4)})
    assert node == reference and repr(node) == repr(reference)
    assert list(vars(node)) == [f.name for f in fields(Node)] == list(vars(reference))
    assert node.extra == {"k": [1]} and node.extra is not data["extra"]
    assert make_node(id="a", lane="support", label="A").extra is not \
        make_node(id="a", lane="support", label="A").extra
    edge = make_edge(id="e", source="a", target="b", kind="support", label="needs")
    assert edge == Edge(id="e", source="a", target="b", kind=EdgeKind.SUPPORT, label="needs")
    assert list(vars(edge)) == [f.name for f in fields(Edge)]
    # the same memory: the state shares its keys with the other records of the type
    assert sys.getsizeof(vars(node)) == sys.getsizeof(vars(reference))
    assert sys.getsizeof(vars(edge)) == sys.getsizeof(vars(Edge(id="e", source="a", target="b")))
    with pytest.raises(AttributeError):   # still frozen
        node.label = "changed"
