"""The example blueprints in examples/ are well-formed and read like real workshop output.

These checks read the JSON directly against CONTRACT.md §2 and §4 (no importer needed), and
then load every item into the domain model to catch value errors the model would refuse.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from blueprint_app.model import Blueprint

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = ["online-order-delivery.json", "handset-replacement-store.json", "bank-card-app.json"]
LANES = ("evidence", "customer", "frontstage", "backstage", "support")
BACK_OFFICE = ("backstage", "support")
CATEGORIES = {"it_system", "knowledge", "process", "policy", "people", "partner"}
HOURS_PER_UNIT = {"min": 1 / 60, "h": 1.0, "d": 24.0}
CJK = re.compile(r"[\u4e00-\u9fff]")
TYPED_FIELDS = {"time_standard", "tolerance", "fail_point", "wait_point", "fmea", "commitments",
                "perceptions"}  # CONTRACT §4 and issue 6: typed node fields of the model
MODEL_FIELDS = {"id", "lane", "label", "stage", "description", "owner", "channel", "category",
                "failure_probability", "requires", "x", "y", "width", "height"}


def load(name: str) -> dict:
    with open(EXAMPLES / name, encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(params=FILES)
def doc(request) -> dict:
    return load(request.param)


def nodes_by_id(doc: dict) -> dict[str, dict]:
    return {n["id"]: n for n in doc["nodes"]}


def edges_of(doc: dict, kind: str) -> list[tuple[str, str]]:
    return [(e["source"], e["target"]) for e in doc["edges"] if e["kind"] == kind]


def lane_ids(doc: dict, *lanes: str) -> list[str]:
    return [n["id"] for n in doc["nodes"] if n["lane"] in lanes]


def supports_of(doc: dict, node_id: str) -> list[str]:
    return [s for s, t in edges_of(doc, "support") if t == node_id]


def commitments(doc: dict) -> dict[str, tuple[dict, dict]]:
    """Commitment id -> (commitment, node carrying it)."""
    found = {}
    for node in doc["nodes"]:
        for commitment in node.get("commitments", ()):
            assert commitment["id"] not in found, f"duplicate commitment {commitment['id']}"
            found[commitment["id"]] = (commitment, node)
    return found


def to_hours(value: float, unit: str) -> float:
    return value * HOURS_PER_UNIT[unit]


# ----- structure ---------------------------------------------------------------------------
def test_header_and_size(doc):
    assert doc["format"] == "touchpoint-blueprint"
    assert doc["version"] == 1
    assert doc["name"].strip()
    assert 25 <= len(doc["nodes"]) <= 80


def test_ids_unique_and_references_resolve(doc):
    node_ids = [n["id"] for n in doc["nodes"]]
    stage_ids = [s["id"] for s in doc["stages"]]
    assert len(set(node_ids)) == len(node_ids)
    assert len(set(stage_ids)) == len(stage_ids)
    for edge in doc["edges"]:
        assert edge["source"] in node_ids, edge
        assert edge["target"] in node_ids, edge
        assert edge["kind"] in ("flow", "support"), edge
        assert edge["source"] != edge["target"], edge
    for node in doc["nodes"]:
        assert node.get("stage") in stage_ids, node["id"]


def test_node_fields_valid(doc):
    for node in doc["nodes"]:
        assert node["lane"] in LANES, node["id"]
        assert node["label"].strip(), node["id"]
        p = node.get("failure_probability", 0)
        assert isinstance(p, (int, float)) and 0 <= p <= 1, node["id"]
        requires = node.get("requires", "all")
        assert requires in ("all", "any") or (type(requires) is int and requires >= 1), node["id"]
        if type(requires) is int:
            assert requires <= len(supports_of(doc, node["id"])), node["id"]


def test_every_lane_and_requires_kind_used(doc):
    lanes = {n["lane"] for n in doc["nodes"]}
    assert lanes == set(LANES)
    requires = [n.get("requires", "all") for n in doc["nodes"]]
    assert "any" in requires
    assert any(type(r) is int and r >= 2 for r in requires)


def test_every_stage_has_a_customer_action(doc):
    with_action = {n["stage"] for n in doc["nodes"] if n["lane"] == "customer"}
    assert with_action == {s["id"] for s in doc["stages"]}


# ----- the back office -----------------------------------------------------------------------
def test_back_office_owned_categorised_and_supporting(doc):
    sources = {s for s, _ in edges_of(doc, "support")}
    for node_id in lane_ids(doc, *BACK_OFFICE):
        node = nodes_by_id(doc)[node_id]
        assert node.get("owner", "").strip(), f"{node_id} has no owner"
        assert node.get("category") in CATEGORIES, node_id
        assert 0.001 <= node.get("failure_probability", 0) <= 0.08, node_id
        assert node_id in sources, f"{node_id} supports nothing"


def test_support_edges_point_up_from_the_back_office(doc):
    nodes = nodes_by_id(doc)
    for source, target in edges_of(doc, "support"):
        assert nodes[source]["lane"] in BACK_OFFICE, (source, target)
        assert nodes[target]["lane"] in ("frontstage", *BACK_OFFICE), (source, target)


def test_no_support_cycle(doc):
    graph = nx.DiGraph(edges_of(doc, "support"))
    assert nx.is_directed_acyclic_graph(graph), nx.find_cycle(graph)


def test_every_touchpoint_has_a_channel_and_back_office(doc):
    graph = nx.DiGraph(edges_of(doc, "support"))
    back_office = set(lane_ids(doc, *BACK_OFFICE))
    for node_id in lane_ids(doc, "frontstage"):
        assert nodes_by_id(doc)[node_id].get("channel", "").strip(), node_id
        assert back_office & nx.ancestors(graph, node_id), f"{node_id} has no back office"


def test_shared_support_serves_several_touchpoints(doc):
    graph = nx.DiGraph(edges_of(doc, "support"))
    touchpoints = set(lane_ids(doc, "frontstage"))
    widest = max(len(nx.descendants(graph, n) & touchpoints) for n in lane_ids(doc, *BACK_OFFICE))
    assert widest >= 4


def test_touchpoint_failure_probabilities_are_small(doc):
    tps = [nodes_by_id(doc)[n] for n in lane_ids(doc, "frontstage")]
    assert all(n.get("failure_probability", 0) <= 0.01 for n in tps)
    assert any(n.get("failure_probability", 0) > 0 for n in tps)


# ----- the customer's journey ------------------------------------------------------------------
def test_flow_alternates_customer_and_touchpoint(doc):
    nodes = nodes_by_id(doc)
    for source, target in edges_of(doc, "flow"):
        pair = (nodes[source]["lane"], nodes[target]["lane"])
        assert pair in (("customer", "frontstage"), ("frontstage", "customer")), (source, target)


def test_every_touchpoint_on_the_flow(doc):
    flow = edges_of(doc, "flow")
    for node_id in lane_ids(doc, "frontstage"):
        assert any(t == node_id for _, t in flow), f"no flow into {node_id}"
        assert any(s == node_id for s, _ in flow), f"no flow out of {node_id}"


def test_flow_starts_and_ends_with_the_customer(doc):
    graph = nx.DiGraph(edges_of(doc, "flow"))
    nodes = nodes_by_id(doc)
    assert nx.is_directed_acyclic_graph(graph)
    assert nx.is_weakly_connected(graph)
    starts = [n for n in graph if graph.in_degree(n) == 0]
    ends = [n for n in graph if graph.out_degree(n) == 0]
    assert len(starts) == 1
    assert ends
    assert all(nodes[n]["lane"] == "customer" for n in starts + ends)
    # Every customer action lies on a path from the start to an end.
    reachable = nx.descendants(graph, starts[0]) | {starts[0]}
    assert set(lane_ids(doc, "customer")) <= reachable


def test_fail_and_wait_points_marked(doc):
    assert any(n.get("fail_point") is True for n in doc["nodes"])
    assert any(n.get("wait_point") is True for n in doc["nodes"])


# ----- commitments (CONTRACT §4) ------------------------------------------------------------------
def test_commitments_well_formed(doc):
    found = commitments(doc)
    assert found
    for cid, (c, node) in found.items():
        assert c["direction"] in ("at_most", "at_least"), cid
        assert c["unit"] in ("min", "h", "d", "%", "count"), cid
        assert c.get("owner") and c.get("post"), cid
        if c["level"] == 1:
            assert node["lane"] == "frontstage", cid
            assert "parent" not in c, cid
        else:
            assert c["level"] in (2, 3) and node["lane"] != "frontstage", cid
            parent, _ = found[c["parent"]]
            assert parent["level"] == c["level"] - 1, cid
    for node in doc["nodes"]:
        for key in ("time_standard", "tolerance"):
            if key in node:
                assert node[key]["unit"] in HOURS_PER_UNIT and node[key]["value"] > 0


def longest_chain_hours(graph: nx.DiGraph, children: list[tuple[dict, dict]]) -> float:
    """The heaviest sequence of children, each on a support path to the next."""
    order = nx.DiGraph()
    for c, n in children:
        order.add_node(c["id"], hours=to_hours(c["target"], c["unit"]))
    for c, n in children:
        for o, m in children:
            if c is not o and nx.has_path(graph, n["id"], m["id"]):
                order.add_edge(c["id"], o["id"])
    best: dict[str, float] = {}
    for cid in nx.topological_sort(order):
        before = [best[p] for p in order.predecessors(cid)]
        best[cid] = order.nodes[cid]["hours"] + max(before, default=0.0)
    return max(best.values())


def test_level_two_chains_fit_their_parent(doc):
    """Children on one support path run in sequence; the sum must fit the parent's target."""
    found = commitments(doc)
    graph = nx.DiGraph(edges_of(doc, "support"))
    for cid, (parent, parent_node) in found.items():
        children = [(c, n) for c, n in found.values() if c.get("parent") == cid]
        if not children:
            continue
        for _, node in children:
            assert nx.has_path(graph, node["id"], parent_node["id"]), (cid, node["id"])
        total = longest_chain_hours(graph, children)
        assert total > 0, cid
        assert total <= to_hours(parent["target"], parent["unit"]), cid


# ----- example-specific ------------------------------------------------------------------------------
def test_online_two_day_chain():
    doc = load("online-order-delivery.json")
    nodes = nodes_by_id(doc)
    support = set(edges_of(doc, "support"))
    chain = ["b-entry", "b-dispatch", "b-carrier", "t-parcel"]
    for source, target in zip(chain, chain[1:]):
        assert (source, target) in support, (source, target)
    parcel = nodes["t-parcel"]
    assert parcel["label"] == "Parcel arrives" and parcel["lane"] == "frontstage"
    assert nodes["b-carrier"]["category"] == "partner"
    found = commitments(doc)
    top, _ = found["c-2days"]
    assert (top["level"], top["metric"], top["direction"]) == (1, "duration", "at_most")
    assert to_hours(top["target"], top["unit"]) == 48
    assert nodes["b-entry"]["time_standard"] == {"value": 2, "unit": "h"}
    hours = {cid: to_hours(c["target"], c["unit"]) for cid, (c, n) in found.items()
             if c.get("parent") == "c-2days"}
    assert hours == {"c-entry": 2, "c-dispatch": 4, "c-carrier": 36}
    assert [found[c][1]["id"] for c in ("c-entry", "c-dispatch", "c-carrier")] == chain[:3]
    children = [found[c] for c in ("c-entry", "c-dispatch", "c-carrier")]
    assert longest_chain_hours(nx.DiGraph(list(support)), children) == 42
    # The parcel also rests on the order system and the returns policy.
    graph = nx.DiGraph(list(support))
    assert {"s-oms", "s-returns-policy", "b-entry", "b-dispatch", "b-carrier"} <= nx.ancestors(graph, "t-parcel")
    assert nodes["s-oms"]["category"] == "it_system"
    assert nodes["s-returns-policy"]["category"] == "policy"
    assert len(nx.descendants(graph, "s-oms") & set(lane_ids(doc, "frontstage"))) >= 4


def test_handset_example_is_in_chinese():
    doc = load("handset-replacement-store.json")
    texts = [doc["name"]] + [s["name"] for s in doc["stages"]]
    for node in doc["nodes"]:
        texts += [node[k] for k in ("label", "description", "owner", "channel") if node.get(k)]
        for c in node.get("commitments", ()):
            texts += [c["name"], c["owner"], c["post"]]
    missing = [t for t in texts if not CJK.search(t)]
    assert not missing, missing


def test_bank_example_covers_its_brief():
    doc = load("bank-card-app.json")
    labels = " ".join(n["label"] for n in doc["nodes"]).lower()
    for word in ("ocr", "identity", "risk policy", "core banking", "app vendor", "push", "courier"):
        assert word in labels, word
    nodes = nodes_by_id(doc)
    assert nodes["s-kyc-partner"]["category"] == "partner"
    assert nodes["s-vendor"]["category"] == "partner"


# ----- time standards, perception, FMEA, monitoring (issue 6) ---------------------------------------
def test_steps_with_duration_commitments_have_time_standards(doc):
    for _, (c, node) in commitments(doc).items():
        if c["metric"] == "duration":
            assert node["time_standard"]["unit"] in HOURS_PER_UNIT, node["id"]
            assert "tolerance" in node, node["id"]


def test_perception_points_on_touchpoints(doc):
    points = [(p, n) for n in doc["nodes"] for p in n.get("perceptions", ())]
    assert 5 <= len(points) <= 10
    assert all(n["lane"] == "frontstage" for _, n in points)
    assert sum(1 for p, _ in points if "competitor" in p) >= 3
    assert any(p["current"] < p.get("competitor", -1) for p, _ in points)
    assert len({p["id"] for p, _ in points}) == len(points)


def test_fmea_on_fail_points_front_and_back(doc):
    scored = [n for n in doc["nodes"] if "fmea" in n]
    assert len(scored) >= 4 and all(n.get("fail_point") is True for n in scored)
    assert {n["lane"] for n in scored} & {"frontstage"} and {n["lane"] for n in scored} & set(BACK_OFFICE)
    for n in scored:
        assert all(1 <= n["fmea"][k] <= 10 for k in ("severity", "occurrence", "detection"))


def test_a_month_of_execution_records(doc):
    found = commitments(doc)
    records = doc["executions"]
    dates = sorted({r["date"] for r in records})
    assert len(dates) == 30
    assert all(r["commitment"] in found and r["actual"] >= 0 for r in records)
    by_key = {(r["commitment"], r["date"]): r["actual"] for r in records}

    def breached(cid, date):
        c = found[cid][0]
        actual = by_key.get((cid, date))
        return actual is not None and actual > c["target"]

    level1 = [cid for cid, (c, _) in found.items() if c["level"] == 1 and c["metric"] == "duration"]
    attributed = [(cid, d) for cid in level1 for d in dates if breached(cid, d) and any(
        breached(k, d) for k, (c, _) in found.items() if c.get("parent") == cid)]
    assert len(attributed) >= 3  # level-1 breaches with a lower commitment that overran
    warnings = [r for r in records if 0.8 * found[r["commitment"]][0]["target"] <= r["actual"]
                <= found[r["commitment"]][0]["target"]]
    assert len(warnings) >= 10   # early warnings: >= 80 % of the target used


# ----- the domain model accepts every item ------------------------------------------------------
@pytest.mark.parametrize("name", FILES)
def test_loads_into_the_model(name):
    doc = load(name)
    bp = Blueprint(doc["name"])
    for stage in doc["stages"]:
        bp.add_stage(id=stage["id"], name=stage["name"])
    for node in doc["nodes"]:
        fields = {k: v for k, v in node.items() if k in MODEL_FIELDS}
        fields.update({k: v for k, v in node.items() if k in TYPED_FIELDS})
        extra = {k: v for k, v in node.items() if k not in MODEL_FIELDS}
        bp.add_node(**fields, extra=extra)
    for edge in doc["edges"]:
        bp.add_edge(**edge)
    assert len(bp) == len(doc["nodes"])
    assert len(list(bp.edges())) == len(doc["edges"])
    assert nx.is_directed_acyclic_graph(bp.support_graph())
