"""Blueprint validation (issue 2 §3): one positive and one negative case per check."""
from __future__ import annotations

import dataclasses
import itertools
import json
import math

import pytest

from blueprint_app.analysis.validation import MAX_CYCLES, Severity, ValidationReport, validate
from blueprint_app.analysis.validation_report import Finding
from blueprint_app.model import Blueprint, Edge, EdgeKind, Lane, Node, make_incident

FLOW, SUPPORT = EdgeKind.FLOW, EdgeKind.SUPPORT


def clean() -> Blueprint:
    """A closed loop: c1 -> t1 -> c2 -> t2 -> c3, every touchpoint backed by the back office."""
    bp = Blueprint("Online order")
    bp.add_stage(id="order", name="Order")
    bp.add_stage(id="deliver", name="Deliver")
    bp.add_node(id="c1", lane="customer", label="Places an order", stage="order")
    bp.add_node(id="t1", lane="frontstage", label="Web shop", stage="order")
    bp.add_node(id="c2", lane="customer", label="Waits at home", stage="deliver")
    bp.add_node(id="t2", lane="frontstage", label="Courier at the door", stage="deliver")
    bp.add_node(id="c3", lane="customer", label="Receives the parcel", stage="deliver")
    bp.add_node(id="b1", lane="backstage", label="Dispatch", stage="deliver", owner="Logistics")
    bp.add_node(id="s1", lane="support", label="Order system", stage="order", owner="IT")
    for source, target in [("c1", "t1"), ("t1", "c2"), ("c2", "t2"), ("t2", "c3")]:
        bp.add_edge(source=source, target=target, kind="flow")
    for source, target in [("s1", "t1"), ("s1", "b1"), ("b1", "t2")]:
        bp.add_edge(source=source, target=target, kind="support")
    return bp


def codes(bp: Blueprint) -> list[str]:
    return validate(bp).codes()


def only(bp: Blueprint, code: str) -> list[Finding]:
    return [f for f in validate(bp).findings if f.code == code]


def put(bp: Blueprint, node: Node) -> Node:
    """Add a record as is, bypassing make_node's value checks (as damaged data would)."""
    return bp.add_node(node)


def corrupt(bp: Blueprint, node_id: str, **changes) -> None:
    """Replace a record behind the model's back (the model refuses these changes)."""
    bp.graph.nodes[node_id]["node"] = dataclasses.replace(bp.node(node_id), **changes)


# ----- the clean case and the report ---------------------------------------------------

def test_clean_closed_loop_has_no_findings():
    report = validate(clean())
    assert report.findings == ()
    assert not report.has_errors
    assert report.to_dict() == {"findings": [], "errors": 0, "warnings": 0}


def test_empty_blueprint_has_no_findings():
    assert codes(Blueprint("empty")) == []


def test_report_api_and_json():
    bp = clean()
    bp.update_node("t1", requires=3)           # error on t1
    bp.update_node("b1", owner=None)           # warning on b1
    report = validate(bp)
    assert [f.code for f in report.errors] == ["requires-out-of-range"]
    assert [f.code for f in report.warnings] == ["missing-owner"]
    assert report.has_errors
    assert [f.code for f in report.for_node("t1")] == ["requires-out-of-range"]
    assert report.for_node("c1") == ()
    data = json.loads(json.dumps(report.to_dict()))
    assert data["errors"] == 1 and data["warnings"] == 1
    assert data["findings"][0] == {
        "code": "requires-out-of-range", "severity": "error", "ids": ["t1"],
        "message": '"Web shop" (t1) requires 3 working supports but has only 1.',
        "hint": "Set 'requires' to 1, 'all' or 'any', or add the missing support edges."}
    assert data["findings"][1]["severity"] == "warning"
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.findings = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.findings[0].code = "x"


def test_every_finding_has_message_and_one_sentence_hint():
    bp = clean()
    bp.add_stage(id="empty", name="Empty")
    bp.add_node(id="t9", lane="frontstage", label="Kiosk")
    bp.add_node(id="s9", lane="support", label="Legacy", requires=2)
    report = validate(bp)
    assert len(report) >= 5
    for finding in report:
        assert isinstance(finding.severity, Severity)
        assert finding.message and finding.hint.endswith(".")
        assert finding.hint.count(". ") == 0


# ----- errors: support cycles ---------------------------------------------------------

def test_multi_node_cycle_named_in_cycle_order():
    bp = clean()
    # Add the back edge so that s1 -> b1 -> x -> s1 is a cycle; x added last.
    bp.add_node(id="x", lane="support", label="Knowledge base", owner="IT")
    bp.add_edge(source="b1", target="x", kind="support")
    bp.add_edge(source="x", target="s1", kind="support")
    [cycle] = only(bp, "support-cycle")
    assert cycle.severity is Severity.ERROR
    # b1 is the earliest of the three in document order, so the cycle is listed from it.
    assert cycle.ids == ("b1", "x", "s1")
    assert cycle.message == ('Support cycle of 3 nodes: "Dispatch" (b1) → "Knowledge base" (x) '
                             '→ "Order system" (s1) → "Dispatch" (b1).')


def test_acyclic_shared_support_is_no_cycle():
    bp = clean()
    bp.add_edge(source="s1", target="t2", kind="support")   # a diamond, not a cycle
    assert "support-cycle" not in codes(bp)


def test_two_cycles_reported_once_each():
    bp = clean()
    bp.add_edge(source="t1", target="s1", kind="support")   # s1 <-> t1
    bp.add_edge(source="t2", target="b1", kind="support")   # b1 <-> t2
    cycles = only(bp, "support-cycle")
    assert [f.ids for f in cycles] == [("t1", "s1"), ("t2", "b1")]


def _complete_support_graph(size: int) -> Blueprint:
    bp = Blueprint("dense")
    for i in range(size):
        bp.add_node(id=f"s{i}", lane="support", label=f"System {i}", owner="IT")
    for i, j in itertools.permutations(range(size), 2):
        bp.add_edge(source=f"s{i}", target=f"s{j}", kind="support")
    return bp


def _count_cycles(size: int) -> int:
    # Elementary cycles of a complete digraph: choose k nodes, (k-1)! cyclic orders.
    return sum(math.comb(size, k) * math.factorial(k - 1) for k in range(2, size + 1))


def test_cycles_at_the_cap_are_all_listed_without_truncation():
    assert _count_cycles(4) == MAX_CYCLES == 20
    bp = _complete_support_graph(4)
    report = validate(bp)
    cycles = [f for f in report if f.code == "support-cycle"]
    assert len(cycles) == 20 and "support-cycles-truncated" not in report.codes()
    edges = {(e.source, e.target) for e in bp.edges(SUPPORT)}
    assert len({f.ids for f in cycles}) == 20                    # each cycle once
    for f in cycles:
        assert f.ids[0] == min(f.ids, key=lambda i: int(i[1:]))  # starts at earliest node
        assert all(pair in edges for pair in zip(f.ids, f.ids[1:] + f.ids[:1]))


def test_more_cycles_than_the_cap_are_truncated():
    assert _count_cycles(5) > MAX_CYCLES
    report = validate(_complete_support_graph(5))
    assert report.codes().count("support-cycle") == MAX_CYCLES
    [summary] = [f for f in report if f.code == "support-cycles-truncated"]
    assert summary.severity is Severity.ERROR
    assert summary.ids == ("s0", "s1", "s2", "s3", "s4")
    assert "More than 20 support cycles" in summary.message


# ----- errors: requires, references, values ---------------------------------------------

def test_requires_greater_than_supports():
    bp = clean()
    bp.add_node(id="s2", lane="support", label="Payment gateway", owner="IT")
    bp.add_edge(source="s2", target="t1", kind="support")
    bp.update_node("t1", requires=3)
    [finding] = only(bp, "requires-out-of-range")
    assert finding.ids == ("t1",) and "requires 3" in finding.message
    assert "only 2" in finding.message


def test_requires_equal_to_supports_is_fine():
    bp = clean()
    bp.add_node(id="s2", lane="support", label="Payment gateway", owner="IT")
    bp.add_edge(source="s2", target="t1", kind="support")
    bp.update_node("t1", requires=2)
    assert codes(bp) == []


def test_parallel_support_edges_count_as_one_support():
    bp = clean()
    bp.add_edge(source="s1", target="t1", kind="support")   # second edge, same source
    bp.update_node("t1", requires=2)
    assert codes(bp) == ["requires-out-of-range"]


def test_requires_without_supports():
    bp = clean()
    bp.update_node("c1", requires=1)
    [finding] = only(bp, "requires-out-of-range")
    assert "has none" in finding.message


def test_unknown_stage():
    bp = clean()
    corrupt(bp, "c1", stage="gone")
    [finding] = only(bp, "unknown-stage")
    assert finding.ids == ("c1",) and "'gone'" in finding.message
    assert "unknown-stage" not in codes(clean())


def test_stage_of_wrong_type_is_reported_not_raised():
    bp = clean()
    corrupt(bp, "c1", stage=["order"])
    assert [f.ids for f in only(bp, "unknown-stage")] == [("c1",)]


def test_graph_node_without_record():
    bp = clean()
    bp.graph.add_edge("c1", "ghost", key="eg",
                      edge=Edge(id="eg", source="c1", target="ghost", kind=FLOW))
    report = validate(bp)                                   # must not raise
    [finding] = [f for f in report if f.code == "unknown-node"]
    assert finding.ids == ("ghost",) and "ghost" in finding.message
    assert "unknown-node" not in codes(clean())


def test_incident_naming_unknown_nodes():
    bp = clean()
    bp.set_incidents([make_incident(date=_date(), touchpoint="t1", cause="gone"),
                      make_incident(date=_date(), touchpoint="t1", cause="gone"),
                      make_incident(date=_date(), touchpoint="t-old")])
    found = only(bp, "unknown-incident-node")
    assert [(f.ids, f.message.split(" ")[0]) for f in found] == [(("gone",), "2"), (("t-old",), "1")]


def test_incident_naming_known_nodes_is_fine():
    bp = clean()
    bp.set_incidents([make_incident(date=_date(), touchpoint="t1", cause="s1")])
    assert codes(bp) == []


def _date():
    import datetime
    return datetime.date(2026, 1, 2)


@pytest.mark.parametrize("label", ["", "   ", None])
def test_empty_label(label):
    bp = clean()
    put(bp, Node(id="x", lane=Lane.CUSTOMER, label=label, stage="order"))
    bp.add_edge(source="c3", target="x", kind="flow")
    assert [f.ids for f in only(bp, "empty-label")] == [("x",)]


def test_label_present_is_fine():
    bp = clean()
    put(bp, Node(id="x", lane=Lane.CUSTOMER, label="Leaves a review", stage="order"))
    bp.add_edge(source="c3", target="x", kind="flow")
    assert codes(bp) == []


@pytest.mark.parametrize("p", [-0.1, 1.5, float("nan"), "0.1", True])
def test_invalid_failure_probability(p):
    bp = clean()
    corrupt(bp, "s1", failure_probability=p)
    assert [f.ids for f in only(bp, "invalid-failure-probability")] == [("s1",)]


@pytest.mark.parametrize("p", [0, 0.0, 1, 1.0, 0.5])
def test_failure_probability_in_range_is_fine(p):
    bp = clean()
    corrupt(bp, "s1", failure_probability=p)
    assert codes(bp) == []


@pytest.mark.parametrize("k", [0, -1, "some", 1.5, True, None])
def test_invalid_requires(k):
    bp = clean()
    corrupt(bp, "t1", requires=k)
    assert [f.code for f in validate(bp)] == ["invalid-requires"]


@pytest.mark.parametrize("k", ["all", "any", 1])
def test_valid_requires(k):
    bp = clean()
    corrupt(bp, "t1", requires=k)
    assert codes(bp) == []


def test_invalid_lane():
    bp = clean()
    corrupt(bp, "c2", lane="basement")
    report = validate(bp)
    assert [f.ids for f in report if f.code == "invalid-lane"] == [("c2",)]
    assert report.has_errors


def test_lane_as_plain_string_is_accepted():
    bp = clean()
    corrupt(bp, "c2", lane="customer")
    assert codes(bp) == []


def test_invalid_edge_kind():
    bp = clean()
    bp.add_edge(Edge(id="odd", source="c1", target="c3", kind="dotted"))
    [finding] = only(bp, "invalid-edge-kind")
    assert finding.ids == ("c1", "c3") and "'dotted'" in finding.message


def test_edge_kind_as_plain_string_is_accepted():
    bp = clean()
    bp.add_edge(Edge(id="plain", source="s1", target="t2", kind="support"))
    assert codes(bp) == []


# ----- warnings: the journey -------------------------------------------------------------

def test_no_flow_at_all():
    bp = Blueprint("no flow")
    bp.add_node(id="c1", lane="customer", label="Calls")
    assert codes(bp) == ["no-flow"]


def test_flow_starting_at_touchpoint():
    bp = clean()
    bp.remove_edge(next(e.id for e in bp.edges(FLOW) if e.source == "c1"))
    found = only(bp, "flow-start-not-customer")
    assert [f.ids for f in found] == [("t1",)]
    assert '"Web shop" (t1)' in found[0].message and "touchpoint" in found[0].message
    # t1 still has a flow edge, so it is not also "off the flow"
    assert "touchpoint-off-flow" not in codes(bp)


def test_flow_ending_at_touchpoint():
    bp = clean()
    bp.remove_edge(next(e.id for e in bp.edges(FLOW) if e.target == "c3"))
    assert [f.ids for f in only(bp, "flow-end-not-customer")] == [("t2",)]
    assert "flow-start-not-customer" not in codes(bp)


def test_flow_starting_and_ending_at_customer_is_fine():
    assert not {"flow-start-not-customer", "flow-end-not-customer"} & set(codes(clean()))


def test_each_flow_piece_is_judged():
    bp = clean()
    bp.add_node(id="t3", lane="frontstage", label="Hotline")
    bp.add_node(id="c4", lane="customer", label="Complains")
    bp.add_edge(source="t3", target="c4", kind="flow")       # a second piece, starting badly
    bp.add_edge(source="s1", target="t3", kind="support")
    assert [f.ids for f in only(bp, "flow-start-not-customer")] == [("t3",)]


def test_pure_loop_has_no_start_and_no_end():
    bp = clean()
    bp.add_edge(source="c3", target="c1", kind="flow")
    found = [f for f in validate(bp) if f.code.startswith("flow-")]
    assert [f.code for f in found] == ["flow-without-start", "flow-without-end"]
    assert found[0].ids == ("c1", "t1", "c2", "t2", "c3")


def test_loop_after_a_start_has_no_end_only():
    bp = clean()
    bp.add_edge(source="c3", target="c2", kind="flow")      # c2 -> t2 -> c3 -> c2
    assert [c for c in codes(bp) if c.startswith("flow-")] == ["flow-without-end"]


def test_touchpoint_off_flow():
    bp = clean()
    bp.add_node(id="t3", lane="frontstage", label="Hotline", stage="deliver")
    bp.add_edge(source="b1", target="t3", kind="support")
    [finding] = only(bp, "touchpoint-off-flow")
    assert finding.ids == ("t3",) and '"Hotline" (t3)' in finding.message
    assert codes(bp) == ["touchpoint-off-flow"]


def test_touchpoints_on_flow_are_fine():
    assert "touchpoint-off-flow" not in codes(clean())


def test_no_flow_also_lists_each_touchpoint():
    bp = Blueprint("no flow")
    bp.add_node(id="t1", lane="frontstage", label="Shop")
    assert "touchpoint-off-flow" in codes(bp) and "no-flow" in codes(bp)


@pytest.mark.parametrize("source,target", [("c2", "b1"), ("b1", "c3"), ("c1", "s1")])
def test_flow_across_the_line_of_visibility(source, target):
    bp = clean()
    bp.add_edge(source=source, target=target, kind="flow")
    [finding] = only(bp, "flow-bypasses-touchpoint")
    assert finding.ids == (source, target)


def test_flow_from_touchpoint_to_backstage_is_not_a_bypass():
    bp = clean()
    bp.add_edge(source="t1", target="b1", kind="flow")
    assert "flow-bypasses-touchpoint" not in codes(bp)


# ----- warnings: back office, owners, stages ---------------------------------------------

def test_touchpoint_without_back_office():
    bp = clean()
    bp.remove_edge(next(e.id for e in bp.edges(SUPPORT) if e.target == "t1"))
    [finding] = only(bp, "touchpoint-unsupported")
    assert finding.ids == ("t1",) and "line of visibility" in finding.message


def test_touchpoint_supported_only_by_frontstage_is_unsupported():
    bp = clean()
    bp.add_node(id="t3", lane="frontstage", label="Chat")
    bp.add_edge(source="c1", target="t3", kind="flow")
    bp.add_edge(source="t3", target="c2", kind="flow")
    bp.add_node(id="t4", lane="frontstage", label="Chat bot")
    bp.add_edge(source="t4", target="t3", kind="support")
    assert [f.ids for f in only(bp, "touchpoint-unsupported")] == [("t3",), ("t4",)]


def test_touchpoint_reached_indirectly_is_supported():
    bp = clean()
    bp.add_node(id="t3", lane="frontstage", label="Chat")
    bp.add_edge(source="c1", target="t3", kind="flow")
    bp.add_edge(source="t3", target="c2", kind="flow")
    bp.add_edge(source="t1", target="t3", kind="support")    # s1 -> t1 -> t3
    assert codes(bp) == []


def test_back_office_node_supporting_nothing():
    bp = clean()
    bp.add_node(id="b2", lane="backstage", label="Returns desk", owner="Logistics")
    bp.add_node(id="s2", lane="support", label="Archive", owner="IT")
    bp.add_edge(source="b2", target="s2", kind="support")   # b2 supports s2; s2 nothing
    assert [f.ids for f in only(bp, "supports-nothing")] == [("s2",)]


def test_customer_node_supporting_nothing_is_fine():
    assert "supports-nothing" not in codes(clean())


@pytest.mark.parametrize("owner", [None, "", "   "])
def test_back_office_without_owner(owner):
    bp = clean()
    bp.update_node("s1", owner=owner)
    [finding] = only(bp, "missing-owner")
    assert finding.ids == ("s1",)
    assert finding.message == 'Support node "Order system" (s1) has no owner.'


def test_frontstage_without_owner_is_fine():
    assert "missing-owner" not in codes(clean())         # t1, t2 have no owner


def test_stage_without_customer_action():
    bp = clean()
    bp.add_stage(id="help", name="Get help")
    bp.add_node(id="t3", lane="frontstage", label="Hotline", stage="help")
    [finding] = only(bp, "stage-without-customer-action")
    assert finding.ids == ("help",) and "'Get help'" in finding.message


def test_every_stage_with_customer_action_is_fine():
    assert "stage-without-customer-action" not in codes(clean())


# ----- scale ------------------------------------------------------------------------------

def _big(steps: int) -> Blueprint:
    """4 nodes per step: customer -> touchpoint -> next customer; support -> backstage ->
    touchpoint. Records are added directly to keep the test quick."""
    bp = Blueprint("big")
    bp.add_stage(id="all", name="All")
    add, edge = bp.add_node, bp.add_edge
    for i in range(steps):
        add(Node(id=f"c{i}", lane=Lane.CUSTOMER, label=f"Customer {i}", stage="all"))
        add(Node(id=f"t{i}", lane=Lane.FRONTSTAGE, label=f"Touch {i}", stage="all"))
        add(Node(id=f"b{i}", lane=Lane.BACKSTAGE, label=f"Back {i}", owner="Ops"))
        add(Node(id=f"s{i}", lane=Lane.SUPPORT, label=f"System {i}", owner="IT"))
    add(Node(id="end", lane=Lane.CUSTOMER, label="Done", stage="all"))
    for i in range(steps):
        edge(Edge(id=f"f{i}", source=f"c{i}", target=f"t{i}", kind=FLOW))
        edge(Edge(id=f"g{i}", source=f"t{i}", target=f"c{i + 1}" if i + 1 < steps else "end",
                  kind=FLOW))
        edge(Edge(id=f"u{i}", source=f"s{i}", target=f"b{i}", kind=SUPPORT))
        edge(Edge(id=f"v{i}", source=f"b{i}", target=f"t{i}", kind=SUPPORT))
    return bp


def test_twenty_thousand_nodes_validate_correctly():
    steps = 5000
    bp = _big(steps)
    assert len(bp) == 20001
    assert validate(bp).findings == ()
    # One support ring through every system: exactly one cycle, named in ring order.
    for i in range(steps):
        bp.add_edge(Edge(id=f"r{i}", source=f"s{i}", target=f"s{(i + 1) % steps}", kind=SUPPORT))
    bp.add_node(Node(id="lost", lane=Lane.FRONTSTAGE, label="Lost touchpoint"))
    report = validate(bp)
    assert report.codes() == ["support-cycle", "touchpoint-off-flow", "touchpoint-unsupported"]
    assert report.findings[0].ids == tuple(f"s{i}" for i in range(steps))
    assert "… and 4989 more" in report.findings[0].message
    assert isinstance(report, ValidationReport)
