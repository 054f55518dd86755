"""Limits per touchpoint, Birnbaum's importance computed on the diagram, and the streamed
``analyze --json`` (the same text as the whole document dumped at once)."""
from __future__ import annotations

import io
import json

import pytest

from blueprint_app.analysis import bdd
from blueprint_app.analysis.failure import analysis_to_json, analyze_touchpoint, iter_analyses
from blueprint_app.analysis.failure_json import write_analysis_json
from blueprint_app.model import Blueprint


def tiny_and_blueprint() -> Blueprint:
    """t fails by itself (0.01) or when both x (0.3) and y (1e-20) fail."""
    bp = Blueprint("tiny")
    bp.add_node(id="t", lane="frontstage", label="T", failure_probability=0.01)
    bp.add_node(id="g", lane="backstage", label="G", requires="any")
    bp.add_node(id="x", lane="support", label="X", failure_probability=0.3)
    bp.add_node(id="y", lane="support", label="Y", failure_probability=1e-20)
    bp.add_edge(source="g", target="t", kind="support")
    bp.add_edge(source="x", target="g", kind="support")
    bp.add_edge(source="y", target="g", kind="support")
    return bp


def test_birnbaum_keeps_its_digits_below_the_precision_of_p():
    result = analyze_touchpoint(tiny_and_blueprint(), "t")
    x, y = result.cause("x"), result.cause("y")
    # by hand: B(x) = P(f | x) - P(f | not x) = (1 - 0.01) * 1e-20; B(y) = 0.99 * 0.3
    assert x.birnbaum == pytest.approx(0.99e-20, rel=1e-12)
    assert x.p_if_failed - x.p_if_working == 0.0        # what the subtraction would give
    assert y.birnbaum == pytest.approx(0.99 * 0.3, rel=1e-12)
    assert result.cut_sets == (("t",), ("x", "y"))


def two_touchpoints(n: int = 16, k: int = 9) -> Blueprint:
    """``small`` fails by itself; ``big`` when k of its n supports fail."""
    bp = Blueprint("two")
    bp.add_node(id="small", lane="frontstage", label="Small", failure_probability=0.2)
    bp.add_node(id="big", lane="frontstage", label="Big", requires=n - k + 1)
    for i in range(n):
        bp.add_node(id=f"s{i:02}", lane="support", label=f"S {i}", failure_probability=0.05)
        bp.add_edge(source=f"s{i:02}", target="big", kind="support")
    return bp


def test_one_touchpoint_over_the_memory_limit_leaves_the_others_whole(monkeypatch):
    bp = two_touchpoints()
    expected_small = analyze_touchpoint(bp, "small")
    bp = two_touchpoints(40, 20)        # about 800 BDD nodes: over a 12 kB budget
    monkeypatch.setattr(bdd, "MEMORY_LIMIT", 12_000)
    small, big = iter_analyses(bp)
    assert small.failure_probability == expected_small.failure_probability
    assert small.limit is None and small.cut_sets == (("small",),)
    assert big.failure_probability is None and "memory limit" in big.limit


@pytest.mark.parametrize("max_order", [None, 1])
def test_streamed_json_is_the_dumped_document(max_order):
    bp = two_touchpoints()
    bp.add_node(id="empty", lane="frontstage", label="Nothing fails 失效")
    analyses = list(iter_analyses(bp, max_order=max_order))
    out = io.StringIO()
    assert write_analysis_json(analyses, out) == []
    assert out.getvalue() == json.dumps(analysis_to_json(analyses), indent=2,
                                        ensure_ascii=False) + "\n"
    empty = io.StringIO()
    write_analysis_json([], empty)
    assert empty.getvalue() == json.dumps({"touchpoints": []}, indent=2) + "\n"


def test_lazy_cut_sets_read_in_order_without_listing_all():
    from blueprint_app.analysis import cut_sets

    bp = two_touchpoints()
    eager = analyze_touchpoint(bp, "big").cut_sets          # 16 choose 9 = 11 440 sets
    assert len(eager) == 11440 and eager[0] == tuple(f"s{i:02}" for i in range(9))
    assert list(eager) == sorted(eager)
    old = cut_sets.EAGER_SETS
    try:
        cut_sets.EAGER_SETS = 10
        lazy = analyze_touchpoint(bp, "big").cut_sets
    finally:
        cut_sets.EAGER_SETS = old
    assert lazy._eager is None and len(lazy) == 11440
    assert lazy[:3] == eager[:3] and lazy[-1] == eager[-1] and lazy == eager
