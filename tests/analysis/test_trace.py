"""Structural tracing: causal subgraph, blast radius, single points of failure, visibility
share. (Single points of failure are also checked against brute force in
test_failure_bruteforce.py.)"""
from __future__ import annotations

import pytest

from blueprint_app.analysis.failure_model import SupportCycleError
from blueprint_app.analysis.tracing import (blast_radius, causal_subgraph,
                                            single_points_of_failure, trace_touchpoint,
                                            visibility_share)
from blueprint_app.model import Blueprint, ModelError


@pytest.fixture
def bp() -> Blueprint:
    """c1 -> t1 (flow); t1 <- b1 <- s1, t1 <- b2 <- s1 (shared), t2 <- b2 (t2 needs any of
    b2, b3); s9 supports nothing."""
    bp = Blueprint("trace")
    bp.add_node(id="c1", lane="customer", label="Customer")
    bp.add_node(id="t1", lane="frontstage", label="T1", extra={"importance": 3})
    bp.add_node(id="t2", lane="frontstage", label="T2", requires="any")
    for n in ("b1", "b2", "b3"):
        bp.add_node(id=n, lane="backstage", label=n.upper())
    bp.add_node(id="s1", lane="support", label="S1")
    bp.add_node(id="s9", lane="support", label="S9")
    bp.add_edge(source="c1", target="t1", kind="flow")
    for s, t in [("b1", "t1"), ("b2", "t1"), ("s1", "b1"), ("s1", "b2"), ("b2", "t2"),
                 ("b3", "t2")]:
        bp.add_edge(source=s, target=t, kind="support", id=f"{s}-{t}")
    return bp


def test_causal_subgraph_and_trace(bp):
    assert causal_subgraph(bp, "t1") == {"t1", "b1", "b2", "s1"}
    trace = trace_touchpoint(bp, "t1")
    assert trace.edges == {"b1-t1", "b2-t1", "s1-b1", "s1-b2"}
    assert trace.behind_visibility == {"b1", "b2", "s1"}
    assert trace.behind_share == pytest.approx(0.75)
    with pytest.raises(ModelError):
        causal_subgraph(bp, "zz")


def test_blast_radius_with_importance(bp):
    radius = blast_radius(bp, "s1")
    assert [t.id for t in radius.touchpoints] == ["t1", "t2"]
    assert [t.importance for t in radius.touchpoints] == [3.0, None]
    assert radius.weight == 4.0
    assert len(blast_radius(bp, "s9")) == 0 and blast_radius(bp, "s9").weight == 0
    assert [t.id for t in blast_radius(bp, "b3").touchpoints] == ["t2"]


def test_single_points_of_failure_respect_redundancy(bp):
    # t1 needs all: every upstream node alone breaks it
    assert single_points_of_failure(bp, "t1") == ("b1", "b2", "s1", "t1")
    # t2 needs any of b2, b3: no single back-office node breaks it
    assert single_points_of_failure(bp, "t2") == ("t2",)
    bp.add_edge(source="s1", target="b3", kind="support")
    # now s1 fails both b2 and b3
    assert single_points_of_failure(bp, "t2") == ("s1", "t2")


def test_single_points_with_k_of_n():
    bp = Blueprint("k")
    bp.add_node(id="t", lane="frontstage", label="T", requires=2)
    for n in "abc":
        bp.add_node(id=n, lane="backstage", label=n)
        bp.add_edge(source=n, target="t", kind="support")
    bp.add_node(id="s", lane="support", label="S")
    bp.add_edge(source="s", target="a", kind="support")
    assert single_points_of_failure(bp, "t") == ("t",)      # one of three may fail
    bp.add_edge(source="s", target="b", kind="support")
    assert single_points_of_failure(bp, "t") == ("s", "t")  # s takes two of three


def test_cycle_raises(bp):
    bp.add_edge(source="t1", target="s1", kind="support")
    assert "s1" in causal_subgraph(bp, "t1")                 # reachability is still fine
    with pytest.raises(SupportCycleError):
        single_points_of_failure(bp, "t1")


def test_visibility_share(bp):
    share = visibility_share(bp)
    # t1: {t1, b1, b2, s1}; t2: {t2, b2, b3, s1} -> distinct {t1, t2, b1, b2, b3, s1}
    assert (share.touchpoints, share.causes, share.behind) == (2, 6, 4)
    assert share.share == pytest.approx(4 / 6)
    assert (share.pairs, share.pairs_behind) == (8, 6)
    assert share.pair_share == pytest.approx(0.75)
    assert visibility_share(Blueprint("empty")).share is None
