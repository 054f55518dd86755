"""Property: every valid interchange dict survives import and export exactly."""
import json
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_app.interchange import (META_KEY, blueprint_from_dict, blueprint_to_dict,
                                       read_json, write_json)
from blueprint_app.interchange.schema import validator

ABSENT = object()
IDS = st.text(alphabet="abcxyz019-_阶段", min_size=1, max_size=4) | st.sampled_from(
    ["e1", "e2", "e3", "e1_2"])
TEXT = st.text(max_size=12)
LABELS = TEXT.filter(lambda s: s.strip())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6)
NUMBER = st.integers(-10_000, 10_000) | st.floats(-1e6, 1e6, allow_nan=False)
SIZE = st.integers(1, 500) | st.floats(0.5, 1e4)

NODE_OPTIONS = {
    "description": st.none() | TEXT, "owner": st.none() | TEXT, "channel": st.none() | TEXT,
    "category": st.sampled_from([None, "it_system", "knowledge", "process", "policy",
                                 "people", "partner"]),
    "failure_probability": st.sampled_from([0, 1, 0.0, 1.0]) | st.floats(0, 1),
    "requires": st.sampled_from(["all", "any"]) | st.integers(1, 5),
    "x": st.none() | NUMBER, "y": st.none() | NUMBER,
    "width": st.none() | SIZE, "height": st.none() | SIZE,
    # CONTRACT §4 and issue 6: typed now, so they must round-trip exactly too.
    "fail_point": st.booleans(), "wait_point": st.booleans(),
    "time_standard": st.none() | st.fixed_dictionaries(
        {"value": st.integers(0, 100) | st.floats(0, 1e4), "unit": st.sampled_from(["min", "h", "d"])}),
    "tolerance": st.none() | st.fixed_dictionaries(
        {"value": st.integers(0, 100), "unit": st.sampled_from(["min", "h", "d"])}),
    "fmea": st.none() | st.fixed_dictionaries(
        {k: st.integers(1, 10) for k in ("severity", "occurrence", "detection")}),
}
COMMITMENT_OPTIONS = {
    "name": st.none() | TEXT, "metric": st.sampled_from([None, "duration"]),
    "target": st.none() | st.integers(0, 100) | st.floats(0, 1e4),
    "unit": st.sampled_from([None, "min", "h", "d"]),
    "direction": st.sampled_from([None, "at_most", "at_least"]),
    "owner": st.none() | TEXT, "post": st.none() | TEXT, "parent": st.none() | IDS,
}
RECORD_KEYS = {"id", "level", "node", "importance", "current", "expected", "competitor",
               *COMMITMENT_OPTIONS}


def _extras(known):
    keys = TEXT.filter(lambda k: k not in known and k != META_KEY)
    return st.dictionaries(keys, JSON_VALUES, max_size=2)


def _maybe(draw, out, name, strategy):
    value = draw(st.just(ABSENT) | strategy)
    if value is not ABSENT:
        out[name] = value


def _records(draw, node, used):
    """Commitments and perception points with document-unique ids, unknown fields and
    fields given as null."""
    for key in ("commitments", "perceptions"):
        if not draw(st.booleans()):
            continue
        entries = []
        for _ in range(draw(st.integers(0, 2))):
            ident = draw(IDS.filter(lambda i: i not in used))
            used.add(ident)
            entry = {**draw(_extras(RECORD_KEYS)), "id": ident}
            if key == "commitments":
                entry["level"] = draw(st.integers(1, 3))
                for name, strategy in COMMITMENT_OPTIONS.items():
                    _maybe(draw, entry, name, strategy)
                if entry.get("parent") == ident:  # refused by the model (own parent)
                    del entry["parent"]
            else:
                entry.update(name=draw(LABELS), importance=draw(st.integers(0, 10)),
                             current=draw(st.floats(0, 10)), expected=draw(st.integers(0, 10)))
                _maybe(draw, entry, "competitor", st.none() | st.integers(0, 10))
            entries.append(entry)
        node[key] = entries


@st.composite
def documents(draw):
    stage_ids = draw(st.lists(IDS, unique=True, max_size=3))
    stages = [{**draw(_extras({"id", "name"})), "id": s, "name": draw(LABELS)} for s in stage_ids]
    node_ids = draw(st.lists(IDS, unique=True, max_size=6))
    nodes, record_ids = [], set()
    for node_id in node_ids:
        node = {**draw(_extras({"id", "lane", "label", "stage", "commitments", "perceptions",
                                *NODE_OPTIONS})), "id": node_id,
                "lane": draw(st.sampled_from(["evidence", "customer", "frontstage", "backstage",
                                              "support"])),
                "label": draw(LABELS)}
        _maybe(draw, node, "stage", st.sampled_from([None, *stage_ids]))
        for name, strategy in NODE_OPTIONS.items():
            _maybe(draw, node, name, strategy)
        _records(draw, node, record_ids)
        nodes.append(node)
    edges, edge_ids = [], set()
    if len(node_ids) >= 2:
        pairs = st.tuples(st.sampled_from(node_ids), st.sampled_from(node_ids)).filter(
            lambda p: p[0] != p[1])
        for source, target in draw(st.lists(pairs, max_size=6)):
            edge = {**draw(_extras({"id", "source", "target", "kind", "label"})),
                    "source": source, "target": target,
                    "kind": draw(st.sampled_from(["flow", "support"]))}
            _maybe(draw, edge, "label", st.none() | TEXT)
            edge_id = draw(st.none() | IDS)
            if edge_id is not None and edge_id not in edge_ids:
                edge_ids.add(edge_id)
                edge["id"] = edge_id
            edges.append(edge)
    data = {**draw(_extras({"format", "version", "name", "stages", "nodes", "edges",
                            "incidents", "executions"})),
            "format": "touchpoint-blueprint", "version": 1, "name": draw(LABELS),
            "stages": stages, "nodes": nodes, "edges": edges}
    if node_ids and draw(st.booleans()):
        data["incidents"] = draw(st.lists(st.fixed_dictionaries({
            "date": st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
            "touchpoint": st.sampled_from(node_ids),
            "cause": st.none() | st.sampled_from(node_ids),
            "count": st.integers(0, 1000),
            "customers_affected": st.none() | st.integers(0, 1000),
            "minutes_lost": st.none() | st.integers(0, 10_000) | st.floats(0, 1e6),
        }), min_size=1, max_size=3))
    commitment_ids = [c["id"] for n in nodes for c in n.get("commitments", ())]
    if commitment_ids and draw(st.booleans()):
        data["executions"] = draw(st.lists(st.fixed_dictionaries({
            "date": st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
            "commitment": st.sampled_from(commitment_ids),
            "actual": st.integers(0, 1000) | st.floats(0, 1e6)}), min_size=1, max_size=3))
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_valid_documents_round_trip_exactly(data):
    assert list(validator().iter_errors(data)) == []
    bp = blueprint_from_dict(data)
    assert blueprint_to_dict(bp) == data
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "doc.json")
        write_json(bp, path)
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            json.load(handle)  # the file is valid JSON
        again = read_json(path)
    assert again.same_content(bp)
    assert blueprint_to_dict(again) == data
