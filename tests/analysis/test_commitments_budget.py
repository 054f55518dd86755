"""Budget check and path times (CONTRACT.md §4), the worked example from the field first."""
import itertools
import random

import networkx as nx
import pytest

from blueprint_app.analysis.commitments import budget_checks, budget_json, path_times
from blueprint_app.model import Blueprint, Lane


def delivery(extra_steps=()) -> Blueprint:
    """Promise "delivered within 2 days" = entry <= 2 h, then dispatch <= 4 h, then carrier
    <= 1.5 days. ``extra_steps``: (node id, target, unit, support edges) added as level 2."""
    bp = Blueprint("Worked example")
    bp.add_node(id="parcel", lane=Lane.FRONTSTAGE, label="Parcel arrives")
    bp.add_commitment(id="c-2days", node="parcel", level=1, target=2, unit="d",
                      metric="duration", direction="at_most")
    steps = [("entry", 2, "h"), ("dispatch", 4, "h"), ("carrier", 1.5, "d")]
    for name, target, unit in steps:
        bp.add_node(id=name, lane=Lane.BACKSTAGE, label=name)
        bp.add_commitment(id=f"c-{name}", node=name, level=2, parent="c-2days", target=target,
                          unit=unit, metric="duration")
    for source, target in (("entry", "dispatch"), ("dispatch", "carrier"), ("carrier", "parcel")):
        bp.add_edge(source=source, target=target, kind="support")
    for name, target, unit, edges in extra_steps:
        bp.add_node(id=name, lane=Lane.BACKSTAGE, label=name)
        bp.add_commitment(id=f"c-{name}", node=name, level=2, parent="c-2days", target=target,
                          unit=unit)
        for source, sink in edges:
            bp.add_edge(source=source, target=sink, kind="support")
    return bp


def only(bp):
    (check,) = budget_checks(bp)
    return check


def test_worked_example_fits_with_6_hours_of_slack():
    assert budget_json(budget_checks(delivery())) == {"budget_checks": [
        {"commitment": "c-2days", "target_hours": 48.0,
         "chain": ["c-entry", "c-dispatch", "c-carrier"], "chain_hours": 42.0,
         "slack_hours": 6.0, "fits": True}]}


def _credit(hours):
    # entry -> credit -> dispatch: in sequence
    return delivery([("credit", hours, "h", [("entry", "credit"), ("credit", "dispatch")])])


def test_a_6_hour_credit_check_in_sequence_fits_exactly():
    check = only(_credit(6))
    assert check.chain == ("c-entry", "c-credit", "c-dispatch", "c-carrier")
    assert (check.chain_hours, check.slack_hours, check.fits) == (48.0, 0.0, True)


def test_an_8_hour_credit_check_overruns_by_2_hours():
    check = only(_credit(8))
    assert (check.chain_hours, check.slack_hours, check.fits) == (50.0, -2.0, False)


def test_a_5_hour_payment_check_in_parallel_with_dispatch():
    bp = delivery([("payment", 5, "h", [("entry", "payment"), ("payment", "carrier")])])
    check = only(bp)
    assert check.chain == ("c-entry", "c-payment", "c-carrier")
    assert (check.chain_hours, check.slack_hours, check.fits) == (43.0, 5.0, True)


def test_every_level_is_checked_and_units_convert():
    bp = delivery()
    bp.add_node(id="pick", lane=Lane.SUPPORT, label="Pick")
    bp.add_node(id="pack", lane=Lane.SUPPORT, label="Pack")
    bp.add_edge(source="pick", target="pack", kind="support")
    bp.add_edge(source="pack", target="dispatch", kind="support")
    bp.add_commitment(id="c-pick", node="pick", level=3, parent="c-dispatch", target=90, unit="min")
    bp.add_commitment(id="c-pack", node="pack", level=3, parent="c-dispatch", target=0.1, unit="d")
    first, second = budget_checks(bp)
    assert first.commitment == "c-2days" and second.commitment == "c-dispatch"
    assert second.chain == ("c-pick", "c-pack")
    assert second.chain_hours == pytest.approx(1.5 + 2.4)
    assert second.slack_hours == pytest.approx(4 - 3.9)


def test_children_off_the_support_paths_are_unplaced():
    bp = delivery([("marketing", 1, "h", [])])
    check = only(bp)
    assert check.unplaced == ("c-marketing",) and check.chain_hours == 42
    assert check.to_json()["unplaced"] == ["c-marketing"]
    assert "unplaced" not in only(delivery()).to_json()


def test_loops_are_reported_not_summed():
    bp = delivery()
    bp.add_edge(source="carrier", target="entry", kind="support")  # entry -> ... -> carrier -> entry
    report = path_times(bp)
    assert report.loops == (("entry", "dispatch", "carrier"),)
    check = only(bp)  # the three children are one loop: no order, the longest alone
    assert check.chain == ("c-carrier",) and check.chain_hours == 36


def test_path_times_parallel_supports_take_the_longest():
    bp = Blueprint()
    bp.add_node(id="t", lane="frontstage", label="T")
    for name, hours in (("a", 1), ("b", 3), ("c", 2)):
        bp.add_node(id=name, lane="backstage", label=name,
                    time_standard={"value": hours, "unit": "h"})
    bp.add_node(id="m", lane="support", label="m", time_standard={"value": 30, "unit": "min"})
    for s, t in (("a", "t"), ("b", "t"), ("c", "b"), ("m", "a")):
        bp.add_edge(source=s, target=t, kind="support")
    t = path_times(bp).times["t"]
    assert (t.support_hours, t.critical_path, t.own_hours) == (5.0, ("c", "b"), None)
    assert path_times(bp).times["a"].finish_hours == 1.5


def _brute_force(bp, parent_node, kids):
    graph = bp.support_graph()
    placed = [k for k in kids if k.node == parent_node or nx.has_path(graph, k.node, parent_node)]
    best = 0.0
    for size in range(1, len(placed) + 1):
        for combo in itertools.permutations(placed, size):
            if all(a.node != b.node and nx.has_path(graph, a.node, b.node)
                   for a, b in zip(combo, combo[1:])):
                best = max(best, sum(k.target_hours for k in combo))
    return best


@pytest.mark.parametrize("seed", range(25))
def test_longest_chain_against_brute_force_on_random_dags(seed):
    rng = random.Random(seed)
    bp = Blueprint()
    bp.add_node(id="t", lane="frontstage", label="T")
    bp.add_commitment(id="p", node="t", level=1, target=100, unit="h")
    names = [f"n{i}" for i in range(7)]
    for i, name in enumerate(names):
        bp.add_node(id=name, lane="backstage", label=name)
        if rng.random() < 0.8:
            bp.add_commitment(id=f"c{i}", node=name, level=2, parent="p",
                              target=rng.choice([1, 2, 5, 30]), unit=rng.choice(["h", "min"]))
    for i, j in itertools.combinations(range(7), 2):
        if rng.random() < 0.3:
            bp.add_edge(source=names[i], target=names[j], kind="support")
    for name in rng.sample(names, 3):
        bp.add_edge(source=name, target="t", kind="support")
    kids = [c for c in bp.commitments() if c.parent == "p"]
    if not kids:
        return
    check = only(bp)
    assert check.chain_hours == pytest.approx(_brute_force(bp, "t", kids))
    chain = [bp.commitment(c) for c in check.chain]
    graph = bp.support_graph()
    assert all(nx.has_path(graph, a.node, b.node) for a, b in zip(chain, chain[1:]))
