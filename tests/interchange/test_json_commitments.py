"""CONTRACT §4 fields in the interchange format: typed on import, written back exactly."""
import copy
import json

import pytest

from blueprint_app.interchange import InterchangeError, blueprint_from_dict, blueprint_to_dict
from blueprint_app.model import Duration, Fmea

CONTRACT_NODE = {
    "id": "dispatch", "lane": "backstage", "label": "Warehouse dispatch", "owner": "Logistics",
    "time_standard": {"value": 3, "unit": "h"}, "tolerance": {"value": 1, "unit": "h"},
    "fail_point": True, "wait_point": False,
    "commitments": [
        {"id": "c-dispatch", "level": 2, "name": "Dispatched within 4 hours of entry",
         "metric": "duration", "target": 4, "unit": "h", "direction": "at_most",
         "owner": "Logistics", "post": "Warehouse shift lead", "parent": "c-2days"}]}
DOC = {
    "format": "touchpoint-blueprint", "version": 1, "name": "Commitments",
    "stages": [],
    "nodes": [
        {"id": "parcel", "lane": "frontstage", "label": "Parcel arrives",
         "commitments": [{"id": "c-2days", "level": 1, "target": 2, "unit": "d",
                          "parent": None, "kpi_code": "D-17"}],
         "perceptions": [{"id": "p-speed", "name": "Speed", "importance": 5, "current": 6.5,
                          "expected": 9, "competitor": None, "source": "survey"}],
         "fmea": None, "commitments_note": "kept"},
        CONTRACT_NODE,
        {"id": "pay", "lane": "backstage", "label": "Payment", "commitments": [],
         "fmea": {"severity": 8, "occurrence": 3, "detection": 4}, "fail_point": True},
    ],
    "edges": [{"source": "dispatch", "target": "parcel", "kind": "support"}],
    "executions": [{"date": "2024-05-01", "commitment": "c-dispatch", "actual": 3.5},
                   {"date": "2024-05-02", "commitment": "c-2days", "actual": 2}],
}


def test_contract_fields_are_typed_and_round_trip_exactly():
    data = copy.deepcopy(DOC)
    bp = blueprint_from_dict(data)
    node = bp.node("dispatch")
    assert node.time_standard == Duration(3, "h") and node.tolerance == Duration(1, "h")
    assert node.fail_point is True and node.wait_point is False and node.extra == {
        "__interchange__": {"given": ["wait_point"]}}
    c = bp.commitment("c-dispatch")
    assert (c.level, c.target_hours, c.parent, c.post) == (2, 4, "c-2days", "Warehouse shift lead")
    assert bp.commitment("c-2days").extra["kpi_code"] == "D-17"
    assert bp.perception("p-speed").gap == 2.5
    assert bp.node("pay").fmea == Fmea(8, 3, 4)
    assert [(x.commitment, x.actual) for x in bp.executions] == [("c-dispatch", 3.5), ("c-2days", 2)]
    assert blueprint_to_dict(bp) == DOC and data == DOC


def test_executions_written_only_when_present():
    data = copy.deepcopy(DOC)
    del data["executions"]
    assert "executions" not in blueprint_to_dict(blueprint_from_dict(data))


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["nodes"][1]["commitments"][0].update(level=4),
     "nodes[1].commitments[0].level: must be at most 3"),
    (lambda d: d["nodes"][1]["commitments"][0].update(metric="percentage"),
     "nodes[1].commitments[0].unit: unit 'h' does not fit metric 'percentage'"),
    (lambda d: d["nodes"][2]["commitments"].append({"id": "c-2days", "level": 2}),
     "nodes[2].commitments[0].id: duplicate commitment id \"c-2days\" (first used on node "
     "\"parcel\")"),
    (lambda d: d["executions"][0].update(commitment="c-none"),
     "executions[0].commitment: unknown commitment \"c-none\""),
    (lambda d: d["executions"][0].update(actual=-1), "executions[0].actual: must be at least 0"),
    (lambda d: d["executions"][0].update(date="2024-02-30"), "executions[0].date: not a real date"),
    (lambda d: d["nodes"][2].update(fmea={"severity": 11, "occurrence": 1, "detection": 1}),
     "nodes[2].fmea: must be {"),
    (lambda d: d["nodes"][1].update(time_standard={"value": 2, "unit": "weeks"}),
     "nodes[1].time_standard: must be {"),
    (lambda d: d["nodes"][1].update(fail_point="yes"), "nodes[1].fail_point: must be true or false"),
    (lambda d: d["nodes"][0]["perceptions"][0].pop("expected"),
     "nodes[0].perceptions[0].expected: is required"),
])
def test_bad_values_are_refused_with_their_path(change, expected):
    data = copy.deepcopy(DOC)
    change(data)
    with pytest.raises(InterchangeError) as info:
        blueprint_from_dict(data, "plan.json")
    assert any(p.startswith(f"plan.json: {expected}") for p in info.value.problems), \
        info.value.problems


def test_incomplete_trees_still_import_for_validation_to_flag():
    data = copy.deepcopy(DOC)
    data["nodes"][1]["commitments"][0]["parent"] = "c-unknown"
    bp = blueprint_from_dict(json.loads(json.dumps(data)))
    assert bp.commitment("c-dispatch").parent == "c-unknown"
