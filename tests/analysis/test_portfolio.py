"""The portfolio and shared resources against figures computed independently: by hand on a
small case, and by brute-force enumeration of every failure state on random portfolios."""
from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint_app.analysis.failure import analyze_blueprint
from blueprint_app.analysis.portfolio import (Journey, PortfolioInputError, analyze_portfolio,
                                              merge_catalogues)
from blueprint_app.interchange.json_format import blueprint_from_dict
from blueprint_app.model import make_resource


def _journey(jid, nodes, edges, resources=()):
    data = {"format": "touchpoint-blueprint", "version": 1, "name": f"Journey {jid}",
            "stages": [], "nodes": nodes, "edges": edges}
    if resources:
        data["resources"] = list(resources)
    return Journey(jid, data["name"], blueprint_from_dict(data))


OMS = {"id": "oms", "label": "Order system", "owner": "IT", "failure_probability": 0.1}
CARRIER = {"id": "carrier", "label": "Carrier", "owner": "Logistics", "failure_probability": 0.2}


def test_hand_computed_portfolio():
    # A: t1 (100 visits) needs b1, which fails by itself (0.05) or when the order system
    # fails: P = 1 - 0.95*0.9 = 0.145. B: t2 (10 visits) fails by itself (0.2) or needs
    # either of s1 (order system) and s2 (carrier) working ("any"): P = 1 - 0.8*(1 - 0.1*0.2)
    a = _journey("a", [{"id": "t1", "lane": "frontstage", "label": "Order page", "volume": 100},
                       {"id": "b1", "lane": "backstage", "label": "Enter order",
                        "resource": "oms", "failure_probability": 0.05}],
                 [{"source": "b1", "target": "t1", "kind": "support"}], [OMS])
    b = _journey("b", [{"id": "t2", "lane": "frontstage", "label": "Track", "volume": 10,
                        "failure_probability": 0.2, "requires": "any"},
                       {"id": "s1", "lane": "support", "label": "Lookup", "resource": "oms"},
                       {"id": "s2", "lane": "support", "label": "Carrier feed",
                        "resource": "carrier"}],
                 [{"source": "s1", "target": "t2", "kind": "support"},
                  {"source": "s2", "target": "t2", "kind": "support"}], [OMS, CARRIER])
    result = analyze_portfolio([a, b], merge_catalogues([("a", a.blueprint.resources),
                                                         ("b", b.blueprint.resources)]))
    pa, pb = 1 - 0.95 * 0.9, 1 - 0.8 * (1 - 0.1 * 0.2)
    assert result.journeys[0].expected_failures == pytest.approx(100 * pa)
    assert result.journeys[1].expected_failures == pytest.approx(10 * pb)
    total = 100 * pa + 10 * pb
    assert result.expected_failures == pytest.approx(total)
    by_id = {r.id: r for r in result.resources}
    oms_avoid = 100 * (pa - 0.05) + 10 * (pb - 0.2)          # without oms: b needs only s2
    carrier_avoid = 10 * (pb - 0.2)                           # same: either alone is enough
    assert by_id["oms"].avoidable_failures == pytest.approx(oms_avoid)
    assert by_id["carrier"].avoidable_failures == pytest.approx(carrier_avoid)
    assert by_id["oms"].share == pytest.approx(oms_avoid / total)
    assert by_id["oms"].journeys == ("a", "b") and by_id["oms"].touchpoints == 2
    assert by_id["carrier"].journeys == ("b",)
    # the order system alone breaks t1 but not t2 (t2 has the carrier feed as well)
    assert by_id["oms"].single_points == (("a", "t1"),)
    assert [r.id for r in result.resources] == ["oms", "carrier"]
    departments = {d.owner: d for d in result.departments}
    assert departments["Logistics"].avoidable_failures == pytest.approx(carrier_avoid)


def test_resource_is_one_more_needed_support_whatever_requires_says():
    # b needs any one of s1, s2 ("any") and the order system besides: it fails when the
    # system fails even though s1 and s2 both work.
    j = _journey("j", [{"id": "t", "lane": "frontstage", "label": "Touchpoint"},
                       {"id": "b", "lane": "backstage", "label": "Step", "requires": "any",
                        "resource": "oms"},
                       {"id": "s1", "lane": "support", "label": "One", "failure_probability": 0.5},
                       {"id": "s2", "lane": "support", "label": "Two", "failure_probability": 0.5}],
                 [{"source": "b", "target": "t", "kind": "support"},
                  {"source": "s1", "target": "b", "kind": "support"},
                  {"source": "s2", "target": "b", "kind": "support"}], [OMS])
    [analysis] = analyze_blueprint(j.blueprint)
    assert analysis.failure_probability == pytest.approx(1 - 0.9 * (1 - 0.25))
    assert analysis.cut_sets == (("oms",), ("s1", "s2"))
    assert {c.id for c in analysis.causes} == {"oms", "s1", "s2"}


def test_same_resource_defined_twice_differently_is_refused():
    one = make_resource(id="oms", label="Order system", failure_probability=0.1)
    two = make_resource(id="oms", label="Order system", failure_probability=0.2)
    with pytest.raises(PortfolioInputError, match="'oms'.*a.json.*b.json"):
        merge_catalogues([("a.json", [one]), ("b.json", [two])])
    assert merge_catalogues([("a.json", [one]), ("b.json", [one])]) == {"oms": one}


# ----- brute force ----------------------------------------------------------------------
def _fails(node, failed, nodes, supports, resource_of, memo):
    """§2/§6 read literally: own failure, or the resource, or the supports by `requires`."""
    if node in memo:
        return memo[node]
    result = node in failed or (resource_of.get(node) in failed)
    if not result and supports[node]:
        down = sum(_fails(s, failed, nodes, supports, resource_of, memo) for s in supports[node])
        req, m = nodes[node]["requires"], len(supports[node])
        need = m if req == "any" else 1 if req == "all" else m - req + 1
        result = down >= need
    memo[node] = result
    return result


def _brute_force(journeys, resources):
    events = {r["id"]: r["failure_probability"] for r in resources}
    for jid, nodes, _ in journeys:
        for nid, node in nodes.items():
            if node["p"] > 0:
                events[(jid, nid)] = node["p"]
    names = list(events)
    p_tp: dict = {}
    p_tp_without: dict = {}
    for states in itertools.product((False, True), repeat=len(names)):
        weight = math.prod(events[n] if s else 1 - events[n] for n, s in zip(names, states))
        failed_all = {n for n, s in zip(names, states) if s}
        for jid, nodes, supports in journeys:
            failed = {n[1] for n in failed_all if isinstance(n, tuple) and n[0] == jid}
            failed |= {n for n in failed_all if isinstance(n, str)}
            resource_of = {nid: node["resource"] for nid, node in nodes.items() if node["resource"]}
            for tp in [n for n, node in nodes.items() if node["lane"] == "frontstage"]:
                if _fails(tp, failed, nodes, supports, resource_of, {}):
                    p_tp[(jid, tp)] = p_tp.get((jid, tp), 0.0) + weight
                for r in resources:   # the same state with the resource working
                    if r["id"] in failed:
                        continue
                    key = (jid, tp, r["id"])
                    if _fails(tp, failed, nodes, supports, resource_of, {}):
                        # P(tp | r never fails) = P(tp fails and r works) / P(r works)
                        p_tp_without[key] = p_tp_without.get(key, 0.0) + weight
    return p_tp, {k: v / (1 - events[k[2]]) for k, v in p_tp_without.items()}


@st.composite
def portfolios(draw):
    n_resources = draw(st.integers(1, 3))
    resources = [{"id": f"r{i}", "label": f"Resource {i}", "owner": draw(st.sampled_from(["IT", "Ops"])),
                  "failure_probability": draw(st.sampled_from([0.1, 0.25, 0.5]))}
                 for i in range(n_resources)]
    journeys = []
    budget = 10 - n_resources           # basic events in all, to keep 2^n small
    for j in range(draw(st.integers(1, 3))):
        size = draw(st.integers(2, 5))
        nodes = {}
        for i in range(size):
            lane = "frontstage" if i == 0 or (i == 1 and draw(st.booleans())) else \
                draw(st.sampled_from(["backstage", "support"]))
            p = draw(st.sampled_from([0.0, 0.0, 0.05, 0.3])) if budget > 0 else 0.0
            budget -= p > 0
            resource = None
            if lane != "frontstage" and draw(st.booleans()):
                resource = draw(st.sampled_from([r["id"] for r in resources]))
            nodes[f"n{i}"] = {"lane": lane, "p": p, "resource": resource, "requires": "all"}
        supports = {nid: [] for nid in nodes}
        for i in range(1, size):
            for k in range(i):      # supports only from later to earlier nodes: no cycles
                if draw(st.booleans()) and nodes[f"n{i}"]["lane"] != "frontstage":
                    supports[f"n{k}"].append(f"n{i}")
        for nid, sups in supports.items():
            if len(sups) >= 2:
                nodes[nid]["requires"] = draw(st.sampled_from(["all", "any", *range(1, len(sups) + 1)]))
        volume = {nid: draw(st.sampled_from([1, 3, 10])) for nid in nodes}
        journeys.append((f"j{j}", nodes, supports, volume))
    return resources, journeys


def _as_journey(jid, nodes, supports, volume, resources):
    node_dicts = []
    for nid, node in nodes.items():
        d = {"id": nid, "lane": node["lane"], "label": f"{jid} {nid}",
             "failure_probability": node["p"], "requires": node["requires"]}
        if node["resource"]:
            d["resource"] = node["resource"]
        if node["lane"] == "frontstage":
            d["volume"] = volume[nid]
        node_dicts.append(d)
    edges = [{"source": s, "target": t, "kind": "support"} for t, sups in supports.items() for s in sups]
    return _journey(jid, node_dicts, edges, resources)


@settings(max_examples=60, deadline=None)
@given(portfolios())
def test_portfolio_matches_brute_force(portfolio):
    resources, journeys = portfolio
    built = [_as_journey(j, n, s, v, resources) for j, n, s, v in journeys]
    result = analyze_portfolio(built, merge_catalogues([(j.id, j.blueprint.resources) for j in built]))
    p_tp, p_without = _brute_force([(j, n, s) for j, n, s, _ in journeys], resources)
    expected_total = 0.0
    avoid = {r["id"]: 0.0 for r in resources}
    for (jid, nodes, supports, volume), jr in zip(journeys, result.journeys):
        expected = 0.0
        for tp in [n for n, node in nodes.items() if node["lane"] == "frontstage"]:
            p = p_tp.get((jid, tp), 0.0)
            expected += volume[tp] * p
            for r in resources:
                avoid[r["id"]] += volume[tp] * (p - p_without.get((jid, tp, r["id"]), 0.0))
        assert jr.expected_failures == pytest.approx(expected, abs=1e-12)
        expected_total += expected
    assert result.expected_failures == pytest.approx(expected_total, abs=1e-12)
    for r in result.resources:
        assert r.avoidable_failures == pytest.approx(avoid[r.id], abs=1e-12)
    # the single-journey analysis agrees with the enumeration too (resources counted once)
    for (jid, nodes, _, _), journey in zip(journeys, built):
        for analysis in analyze_blueprint(journey.blueprint):
            assert analysis.failure_probability == pytest.approx(
                p_tp.get((jid, analysis.touchpoint), 0.0), abs=1e-12)


def test_validation_names_resource_disagreements():
    from blueprint_app.analysis.validation import validate

    j = _journey("j", [{"id": "t", "lane": "frontstage", "label": "Order page"},
                       {"id": "b", "lane": "backstage", "label": "Enter order", "owner": "Sales",
                        "category": "process", "resource": "oms"},
                       {"id": "c", "lane": "customer", "label": "Orders", "resource": "ghost",
                        "volume": 3}],
                 [{"source": "b", "target": "t", "kind": "support"}],
                 [{**OMS, "category": "it_system"}])
    found = {(f.code, f.ids) for f in validate(j.blueprint).findings}
    assert {("resource-owner-differs", ("b",)), ("resource-category-differs", ("b",)),
            ("resource-unknown", ("c",)), ("resource-outside-back-office", ("c",)),
            ("volume-not-touchpoint", ("c",))} <= found
    assert not any(code.startswith("resource-") and ids == ("t",) for code, ids in found)
