"""The analysis against published fault-tree / reliability results (numbers not computed
by us; each source is cited at its test). Each published system is written as a
blueprint: intermediate events become nodes with probability 0 that pass failures on."""
from __future__ import annotations

import math

import pytest

from blueprint_app.analysis.failure import analyze_touchpoint
from blueprint_app.model import Blueprint


def _add(bp: Blueprint, node_id: str, lane: str, p: float = 0.0, requires="all") -> None:
    bp.add_node(id=node_id, lane=lane, label=node_id, failure_probability=p, requires=requires)


def _support(bp: Blueprint, source: str, target: str) -> None:
    bp.add_edge(source=source, target=target, kind="support")


def pressure_tank(p: float = 0.01) -> Blueprint:
    """NUREG-0492, Fault Tree Handbook (Vesely, Goldberg, Roberts, Haasl; U.S. NRC, 1981),
    Chapter VIII "The pressure tank example": top event E1 (tank rupture) = T OR E2;
    E2 = K2 OR E3; E3 = S AND E5; E5 = S1 OR E6; E6 = K1 OR R."""
    bp = Blueprint("pressure tank")
    _add(bp, "T", "frontstage", p)                       # E1, with primary failure T
    _add(bp, "K2", "backstage", p)
    _add(bp, "E3", "backstage", requires="any")          # AND: fails only if all supports fail
    _add(bp, "S", "support", p)
    _add(bp, "E5", "support")                            # OR
    _add(bp, "S1", "support", p)
    _add(bp, "E6", "support")                            # OR
    _add(bp, "K1", "support", p)
    _add(bp, "R", "support", p)
    for source, target in [("K2", "T"), ("E3", "T"), ("S", "E3"), ("E5", "E3"),
                           ("S1", "E5"), ("E6", "E5"), ("K1", "E6"), ("R", "E6")]:
        _support(bp, source, target)
    return bp


def test_pressure_tank_minimal_cut_sets_match_nureg_0492():
    # NUREG-0492 Chapter VIII, Boolean reduction of the pressure tank tree:
    # E1 = T + K2 + S.K1 + S.R + S.S1 (two single-event and three double-event cut sets).
    result = analyze_touchpoint(pressure_tank(), "T")
    assert result.cut_sets == (("K2",), ("T",), ("K1", "S"), ("R", "S"), ("S", "S1"))


def bridge(q: float) -> Blueprint:
    """The bridge (Wheatstone) structure: components 1, 2 leave the source, 4, 5 reach the
    terminal, 3 crosses the middle; minimal path sets {1,4}, {2,5}, {1,3,5}, {2,3,4}.
    The touchpoint works when all components of at least one path work: each path is a
    node needing all its components, and the touchpoint needs any one path."""
    bp = Blueprint("bridge")
    _add(bp, "t", "frontstage", requires="any")
    for c in "12345":
        _add(bp, f"c{c}", "support", q)
    for i, path in enumerate(["14", "25", "135", "234"]):
        _add(bp, f"path{i}", "backstage")
        _support(bp, f"path{i}", "t")
        for c in path:
            _support(bp, f"c{c}", f"path{i}")
    return bp


@pytest.mark.parametrize("p", [0.9, 0.5, 0.99, 0.3])
def test_bridge_matches_published_reliability_polynomial(p):
    # Bridge system reliability with identical component reliability p:
    # h(p) = 2p^2 + 2p^3 - 5p^4 + 2p^5. R. E. Barlow, "Engineering Reliability", SIAM
    # (ASA-SIAM Series on Statistics and Applied Probability), 1998, Sect. 6.1, eq. (6.1.3);
    # also M. Rausand & A. Hoyland, "System Reliability Theory", 2nd ed., Wiley 2004,
    # Ch. 4 (the bridge structure). p = 0.9 gives 0.97848.
    reliability = 2 * p**2 + 2 * p**3 - 5 * p**4 + 2 * p**5
    result = analyze_touchpoint(bridge(1 - p), "t")
    assert math.isclose(1 - result.failure_probability, reliability, rel_tol=1e-12)
    if p == 0.9:
        assert math.isclose(1 - result.failure_probability, 0.97848, rel_tol=1e-12)


def test_bridge_minimal_cut_sets_are_the_published_ones():
    # Minimal cut sets of the bridge structure: {1,2}, {4,5}, {1,3,5}, {2,3,4}
    # (Rausand & Hoyland 2004, Ch. 4, bridge structure; Barlow 1998, Sect. 6.1).
    result = analyze_touchpoint(bridge(0.1), "t")
    assert result.cut_sets == (("c1", "c2"), ("c4", "c5"), ("c1", "c3", "c5"),
                               ("c2", "c3", "c4"))


@pytest.mark.parametrize("p", [0.95, 0.9, 0.5])
def test_two_out_of_three_matches_published_formula(p):
    # A 2-out-of-3 system of identical independent components has reliability
    # R = 3p^2 - 2p^3 (Rausand & Hoyland 2004, Ch. 4, k-out-of-n structures;
    # NUREG-0492 Chapter IV, the "M out of N" gate). requires = 2: needs 2 working supports.
    bp = Blueprint("2oo3")
    _add(bp, "t", "frontstage", requires=2)
    for c in "abc":
        _add(bp, c, "support", 1 - p)
        _support(bp, c, "t")
    result = analyze_touchpoint(bp, "t")
    assert math.isclose(1 - result.failure_probability, 3 * p**2 - 2 * p**3, rel_tol=1e-12)
    assert result.cut_sets == (("a", "b"), ("a", "c"), ("b", "c"))
