"""The BDD analysis against brute-force enumeration of every failure combination, on many
random small blueprints (hypothesis): probability, every importance measure, cut sets,
single points of failure."""
from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_app.analysis.failure import analyze_touchpoint, what_if_fixed
from blueprint_app.analysis.tracing import causal_subgraph, single_points_of_failure
from blueprint_app.model import Blueprint

PROBABILITIES = [0.0, 0.0, 1.0, 0.5, 0.1, 0.01, 0.3, 0.9, 0.77]


@st.composite
def blueprints(draw, max_nodes: int = 9):
    n = draw(st.integers(min_value=1, max_value=max_nodes))
    bp = Blueprint("random")
    lanes = ["frontstage", "backstage", "support", "customer"]
    for i in range(n):
        lane = "frontstage" if i == 0 else draw(st.sampled_from(lanes))
        # real probabilities, not denormal floats whose products underflow to 0
        p = draw(st.sampled_from(PROBABILITIES) | st.floats(1e-6, 1.0))
        bp.add_node(id=f"n{i}", lane=lane, label=f"Node {i}", failure_probability=p)
    for target in range(n):
        # support edges only go from a higher index to a lower one: acyclic by construction
        sources = draw(st.lists(st.integers(target + 1, n - 1), unique=True, max_size=4)
                       if target + 1 < n else st.just([]))
        for source in sources:
            bp.add_edge(source=f"n{source}", target=f"n{target}", kind="support")
        m = len(sources)
        options = ["all", "any"] + list(range(1, m + 1))
        bp.update_node(f"n{target}", requires=draw(st.sampled_from(options)))
    return bp


def fails(bp: Blueprint, failed_by_itself: set[str], node_id: str, memo: dict) -> bool:
    """CONTRACT §2, read literally, one node at a time."""
    if node_id not in memo:
        supports = bp.supports_of(node_id)
        failing = sum(fails(bp, failed_by_itself, s, memo) for s in supports)
        working = len(supports) - failing
        requires = bp.node(node_id).requires
        if not supports:
            by_supports = False
        elif requires == "all":
            by_supports = failing > 0
        elif requires == "any":
            by_supports = working == 0
        else:
            by_supports = working < requires
        memo[node_id] = node_id in failed_by_itself or by_supports
    return memo[node_id]


def brute_force(bp: Blueprint, tp: str):
    """P, P(.|x failed), P(.|x works) per cause, and minimal failing sets, by evaluating the
    touchpoint on every combination of own failures (2^n evaluations)."""
    upstream = sorted(causal_subgraph(bp, tp))
    probs = {nid: bp.node(nid).failure_probability for nid in upstream}
    variables = [nid for nid in upstream if probs[nid] > 0]
    n = len(variables)
    outcome = {}
    for bits in itertools.product((False, True), repeat=n):
        outcome[bits] = fails(bp, {v for v, b in zip(variables, bits) if b}, tp, {})
    factors = [(1 - probs[v], probs[v]) for v in variables]
    total = 0.0
    p1 = [0.0] * n
    p0 = [0.0] * n
    for bits, failed in outcome.items():
        if not failed:
            continue
        terms = [factors[i][b] for i, b in enumerate(bits)]
        total += math.prod(terms)
        for i, b in enumerate(bits):
            # the weight of the other variables, with this one forced to its state
            others = math.prod(terms[:i]) * math.prod(terms[i + 1:])
            if b:
                p1[i] += others
            else:
                p0[i] += others
    # monotone: a failing set is minimal when dropping any one member stops the failure
    minimal = sorted((tuple(sorted(v for v, b in zip(variables, bits) if b))
                      for bits, failed in outcome.items() if failed
                      and not any(outcome[bits[:i] + (False,) + bits[i + 1:]]
                                  for i, b in enumerate(bits) if b)),
                     key=lambda s: (len(s), s))
    conditionals = {v: (p1[i], p0[i]) for i, v in enumerate(variables)}
    return total, conditionals, minimal


def close(a, b, tol=1e-9):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blueprints())
def test_probability_importance_and_cut_sets_match_brute_force(bp):
    total, conditionals, minimal = brute_force(bp, "n0")
    result = analyze_touchpoint(bp, "n0")
    assert close(result.failure_probability, total)
    assert [list(s) for s in result.cut_sets] == [list(s) for s in minimal]
    assert sorted(c.id for c in result.causes) == sorted(conditionals)
    for cause in result.causes:
        p1, p0 = conditionals[cause.id]
        p = cause.probability
        assert close(cause.p_if_failed, p1) and close(cause.p_if_working, p0)
        if total == 0:
            assert (cause.birnbaum, cause.fussell_vesely, cause.diagnostic, cause.raw,
                    cause.rrw) == (None,) * 5
            continue
        assert close(cause.birnbaum, p1 - p0)
        assert close(cause.fussell_vesely, (total - p0) / total, 1e-7)
        assert close(cause.diagnostic, p * p1 / total)
        assert close(cause.raw, p1 / total, 1e-7)
        if p0 == 0:
            assert cause.rrw is None
        else:
            assert close(cause.rrw, total / p0, 1e-7)
    fv = [(-float(f"{c.fussell_vesely or 0:.6g}"), c.id) for c in result.causes]
    assert fv == sorted(fv)


@settings(max_examples=150, deadline=None)
@given(blueprints(), st.integers(1, 3))
def test_max_order_keeps_small_sets_and_flags_truncation(bp, order):
    full = analyze_touchpoint(bp, "n0")
    bounded = analyze_touchpoint(bp, "n0", max_order=order)
    assert bounded.cut_sets == tuple(s for s in full.cut_sets if len(s) <= order)
    assert bounded.cut_sets_truncated == (len(bounded.cut_sets) < len(full.cut_sets))
    assert bounded.failure_probability == full.failure_probability
    assert bounded.causes == full.causes


@settings(max_examples=150, deadline=None)
@given(blueprints())
def test_single_points_of_failure_match_brute_force(bp):
    upstream = causal_subgraph(bp, "n0")
    expected = sorted(n for n in upstream if fails(bp, {n}, "n0", {}))
    assert sorted(single_points_of_failure(bp, "n0")) == expected


@settings(max_examples=80, deadline=None)
@given(blueprints(max_nodes=7), st.data())
def test_what_if_fixed_equals_probability_with_node_at_zero(bp, data):
    node = data.draw(st.sampled_from(bp.node_ids()))
    before = {tp.id: analyze_touchpoint(bp, tp.id).failure_probability for tp in bp.touchpoints()}
    result = what_if_fixed(bp, node)
    bp.update_node(node, failure_probability=0.0)
    for tp in bp.touchpoints():
        old, new = result[tp.id]
        assert close(old, before[tp.id])
        assert close(new, analyze_touchpoint(bp, tp.id).failure_probability)


@pytest.mark.parametrize("requires, expected", [("all", 1 - 0.9 ** 3), ("any", 0.1 ** 3),
                                                (2, 3 * 0.1 ** 2 * 0.9 + 0.1 ** 3)])
def test_requires_modes_on_three_supports(requires, expected):
    bp = Blueprint("k")
    bp.add_node(id="t", lane="frontstage", label="T", requires=requires)
    for s in "abc":
        bp.add_node(id=s, lane="support", label=s, failure_probability=0.1)
        bp.add_edge(source=s, target="t", kind="support")
    assert close(analyze_touchpoint(bp, "t").failure_probability, expected, 1e-12)
