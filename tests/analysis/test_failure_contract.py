"""CONTRACT.md §3: the worked example, JSON shape, and the corner cases of §2."""
from __future__ import annotations

import json
import math

import pytest

from blueprint_app.analysis.failure import (AnalysisInputError, SupportCycleError,
                                            analysis_to_json, analyze_blueprint,
                                            analyze_touchpoint, failure_probability,
                                            what_if_fixed)
from blueprint_app.model import Blueprint, ModelError


def contract_example() -> Blueprint:
    bp = Blueprint("Online order to doorstep")
    bp.add_stage(id="order", name="Order")
    bp.add_node(id="c1", lane="customer", label="Places an order", stage="order")
    bp.add_node(id="t1", lane="frontstage", label="Order confirmation", stage="order",
                channel="email", requires="all")
    bp.add_node(id="s1", lane="support", label="Order management system", stage="order",
                category="it_system", owner="IT operations", failure_probability=0.01)
    bp.add_node(id="s2", lane="support", label="Mail server", failure_probability=0.01)
    bp.add_edge(source="c1", target="t1", kind="flow")
    bp.add_edge(source="s1", target="t1", kind="support")
    bp.add_edge(source="s2", target="t1", kind="support")
    return bp


def test_contract_example_numbers_and_json():
    document = analysis_to_json(analyze_blueprint(contract_example()))
    json.dumps(document)      # serialisable
    [tp] = document["touchpoints"]
    assert tp["id"] == "t1" and tp["label"] == "Order confirmation"
    assert tp["failure_probability"] == 0.0199
    assert tp["minimal_cut_sets"] == [["s1"], ["s2"]]
    assert tp["cut_sets_truncated"] is False
    assert [c["id"] for c in tp["causes"]] == ["s1", "s2"]
    assert tp["causes"][0] == {
        "id": "s1", "label": "Order management system", "lane": "support",
        "probability": 0.01, "birnbaum": 0.99, "fussell_vesely": 0.497487,
        "diagnostic": 0.502513, "raw": 50.2513, "rrw": 1.99}


def test_touchpoints_in_document_order_and_only_frontstage():
    bp = contract_example()
    bp.add_node(id="t0", lane="frontstage", label="Later touchpoint")
    ids = [a.touchpoint for a in analyze_blueprint(bp)]
    assert ids == ["t1", "t0"]
    assert [a.touchpoint for a in analyze_blueprint(bp, touchpoint="t0")] == ["t0"]
    with pytest.raises(ModelError):
        analyze_blueprint(bp, touchpoint="nope")


def test_zero_probability_node_passes_failures_through_and_is_no_cause():
    bp = Blueprint("pass")
    bp.add_node(id="t", lane="frontstage", label="T")
    bp.add_node(id="b", lane="backstage", label="B")                 # p = 0
    bp.add_node(id="s", lane="support", label="S", failure_probability=0.2)
    bp.add_edge(source="s", target="b", kind="support")
    bp.add_edge(source="b", target="t", kind="support")
    result = analyze_touchpoint(bp, "t")
    assert result.failure_probability == pytest.approx(0.2)
    assert [c.id for c in result.causes] == ["s"]
    assert result.cut_sets == (("s",),)


def test_all_zero_gives_null_importance_and_no_cut_sets():
    bp = Blueprint("zero")
    bp.add_node(id="t", lane="frontstage", label="T")
    result = analyze_touchpoint(bp, "t")
    assert result.failure_probability == 0 and result.causes == () and result.cut_sets == ()


def test_probability_one_is_conditioned_not_divided():
    bp = Blueprint("one")
    bp.add_node(id="t", lane="frontstage", label="T", requires="any")
    bp.add_node(id="a", lane="support", label="A", failure_probability=1.0)
    bp.add_node(id="b", lane="support", label="B", failure_probability=0.3)
    bp.add_edge(source="a", target="t", kind="support")
    bp.add_edge(source="b", target="t", kind="support")
    result = analyze_touchpoint(bp, "t")
    assert result.failure_probability == pytest.approx(0.3)
    a, b = result.cause("a"), result.cause("b")
    assert a.p_if_failed == pytest.approx(0.3) and a.p_if_working == 0.0
    assert a.rrw is None and a.fussell_vesely == pytest.approx(1.0)
    assert b.raw == pytest.approx(1 / 0.3) and b.rrw is None


def test_support_cycle_is_an_error_naming_the_cycle():
    bp = Blueprint("cycle")
    bp.add_node(id="t", lane="frontstage", label="T")
    for n in "abc":
        bp.add_node(id=n, lane="support", label=n, failure_probability=0.1)
    for s, t in [("a", "t"), ("b", "a"), ("c", "b"), ("a", "c")]:
        bp.add_edge(source=s, target=t, kind="support")
    with pytest.raises(SupportCycleError) as info:
        analyze_touchpoint(bp, "t")
    assert set(info.value.cycle) == {"a", "b", "c"}
    assert "cycle" in str(info.value) and "a" in str(info.value)
    with pytest.raises(SupportCycleError):
        analyze_blueprint(bp)


def test_requires_more_than_supports_is_an_input_error_naming_the_node():
    bp = Blueprint("k")
    bp.add_node(id="t", lane="frontstage", label="T", requires=3)
    bp.add_node(id="a", lane="support", label="A", failure_probability=0.1)
    bp.add_edge(source="a", target="t", kind="support")
    with pytest.raises(AnalysisInputError, match="node t: requires 3 .* only 1"):
        analyze_touchpoint(bp, "t")


def test_shared_support_counts_once():
    # t needs x and y; both need the same database d. Gate-by-gate multiplication would
    # give 1 - (1 - 0.1)^2 = 0.19; the truth is 0.1.
    bp = Blueprint("shared")
    bp.add_node(id="t", lane="frontstage", label="T", requires="any")
    for n in "xy":
        bp.add_node(id=n, lane="backstage", label=n)
        bp.add_edge(source=n, target="t", kind="support")
    bp.add_node(id="d", lane="support", label="D", failure_probability=0.1)
    bp.add_edge(source="d", target="x", kind="support")
    bp.add_edge(source="d", target="y", kind="support")
    assert failure_probability(bp, "t") == pytest.approx(0.1)
    assert analyze_touchpoint(bp, "t").cut_sets == (("d",),)


def test_max_order_truncation_flag_and_json():
    bp = contract_example()
    bp.add_node(id="r", lane="frontstage", label="Redundant", requires="any")
    for n in ("s1", "s2"):
        bp.add_edge(source=n, target="r", kind="support")
    [result] = analyze_blueprint(bp, touchpoint="r", max_order=1)
    assert result.cut_sets == () and result.cut_sets_truncated
    assert result.failure_probability == pytest.approx(1e-4)
    assert analysis_to_json([result])["touchpoints"][0]["cut_sets_truncated"] is True
    with pytest.raises(ValueError):
        analyze_touchpoint(bp, "r", max_order=0)


def test_what_if_does_not_touch_the_model():
    bp = contract_example()
    result = what_if_fixed(bp, "s1")
    assert result["t1"][0] == pytest.approx(0.0199) and result["t1"][1] == pytest.approx(0.01)
    assert bp.node("s1").failure_probability == 0.01


def test_deep_chain_does_not_hit_the_recursion_limit():
    bp = Blueprint("deep")
    bp.add_node(id="n0", lane="frontstage", label="n0", failure_probability=0.001)
    for i in range(1, 3000):
        bp.add_node(id=f"n{i}", lane="support", label=f"n{i}", failure_probability=0.001)
        bp.add_edge(source=f"n{i}", target=f"n{i - 1}", kind="support")
    result = analyze_touchpoint(bp, "n0", max_order=1)
    assert math.isclose(result.failure_probability, 1 - 0.999 ** 3000, rel_tol=1e-9)
    assert len(result.cut_sets) == 3000


def test_limits_list_the_smallest_sets_and_keep_probability_and_importance(monkeypatch):
    from blueprint_app.analysis import bdd, failure

    bp = Blueprint("wide")
    bp.add_node(id="t", lane="frontstage", label="T", requires=10)
    for i in range(12):
        bp.add_node(id=f"s{i}", lane="support", label=f"s{i}", failure_probability=0.1)
        bp.add_edge(source=f"s{i}", target="t", kind="support")
    full = analyze_touchpoint(bp, "t")
    assert full.limit is None and len(full.cut_sets) == math.comb(12, 3)
    monkeypatch.setattr(failure, "MAX_CUT_SETS", 5)
    limited = analyze_touchpoint(bp, "t")
    assert limited.cut_sets == full.cut_sets[:5] and limited.cut_sets_truncated
    assert limited.cut_set_count == math.comb(12, 3) and "220 minimal cut sets" in limited.limit
    assert limited.failure_probability == full.failure_probability
    assert limited.causes == full.causes
    monkeypatch.setattr(bdd, "MEMORY_LIMIT", 1)     # nothing fits: the BDD itself is refused
    with pytest.raises(failure.AnalysisTooLargeError, match="touchpoint t: its failure function"):
        analyze_touchpoint(bp, "t")
