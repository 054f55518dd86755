"""Quantitative failure analysis of touchpoints (CONTRACT.md §3 ``analyze``).

Exact failure probability from the touchpoint's BDD (shared supports are one event),
minimal cut sets by Rauzy's minimal solutions, and the importance of every cause by
conditioning the BDD on the cause (never dividing by 1 - p, so p = 1 is fine).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import networkx as nx

from ..model import Blueprint, Lane, ModelError
from .bdd import ZDD, DiagramTooLarge, deep_recursion, minimal_solutions, upward_closure
from .failure_model import (AnalysisInputError, AnalysisTooLargeError, FailureFunction,
                            SupportCycleError, build_failure_function)
from .resources import with_resources

MAX_CUT_SETS = 1_000_000    # listing more is refused: ask for a --max-order instead

__all__ = [
    "AnalysisInputError", "AnalysisTooLargeError", "CauseImportance", "SupportCycleError", "TouchpointAnalysis",
    "analysis_to_json", "analyze_blueprint", "analyze_touchpoint", "check_support_cycles",
    "failure_probability", "touchpoint_ids", "what_if_fixed",
]


@dataclass(frozen=True)
class CauseImportance:
    """Importance of one cause for one touchpoint (CONTRACT §3). ``p_if_failed`` = P1 and
    ``p_if_working`` = P0; the measures are None where P = 0 (``rrw`` also where P0 = 0)."""

    id: str
    label: str
    lane: Lane
    probability: float
    p_if_failed: float
    p_if_working: float
    birnbaum: float | None
    fussell_vesely: float | None
    diagnostic: float | None
    raw: float | None
    rrw: float | None


@dataclass(frozen=True)
class TouchpointAnalysis:
    touchpoint: str
    label: str
    failure_probability: float
    cut_sets: tuple[tuple[str, ...], ...]
    cut_sets_truncated: bool
    causes: tuple[CauseImportance, ...]

    def cause(self, node_id: str) -> CauseImportance | None:
        return next((c for c in self.causes if c.id == node_id), None)


def touchpoint_ids(bp: Blueprint, touchpoint: str | None = None) -> list[str]:
    """Every frontstage node in document order, or just ``touchpoint`` (any existing node)."""
    if touchpoint is None:
        return [n.id for n in bp.touchpoints()]
    if not bp.has_node(touchpoint):
        raise ModelError(f"no node with id {touchpoint!r}", field="touchpoint")
    return [touchpoint]


def check_support_cycles(bp: Blueprint) -> None:
    """Raise SupportCycleError naming a cycle of support edges, if there is one."""
    try:
        cycle = nx.find_cycle(bp.support_graph())
    except nx.NetworkXNoCycle:
        return
    raise SupportCycleError([source for source, _ in cycle])


def failure_probability(bp: Blueprint, touchpoint: str, *,
                        probabilities: Mapping[str, float] | None = None) -> float:
    function = build_failure_function(bp, touchpoint, probabilities=probabilities)
    with deep_recursion(len(function.variables)):
        return function.bdd.probability(function.root, function.probs)[function.root]


def analyze_touchpoint(bp: Blueprint, touchpoint: str, max_order: int | None = None, *,
                       probabilities: Mapping[str, float] | None = None) -> TouchpointAnalysis:
    """Failure probability, minimal cut sets (of at most ``max_order`` nodes if given) and
    the importance of every cause of one touchpoint."""
    if max_order is not None and max_order < 1:
        raise ValueError(f"max_order must be at least 1, not {max_order}")
    function = build_failure_function(bp, touchpoint, probabilities=probabilities)
    with deep_recursion(len(function.variables)):
        total, p1, p0 = function.bdd.conditionals(function.root, function.probs)
        cut_sets, truncated = _cut_sets(function, max_order)
    causes = sorted((_importance(bp, function, level, total, p1[level], p0[level])
                     for level in range(len(function.variables))),
                    key=_cause_order)
    return TouchpointAnalysis(touchpoint, bp.node(touchpoint).label, total, cut_sets,
                              truncated, tuple(causes))


def _cause_order(cause: CauseImportance) -> tuple[float, str]:
    # by Fussell-Vesely as printed (6 significant digits), so equal causes (equal up to
    # rounding noise) are ordered by id, as a reader of the JSON sees them
    return (-(_significant(cause.fussell_vesely, 6) or 0.0), cause.id)


def analyze_blueprint(bp: Blueprint, touchpoint: str | None = None,
                      max_order: int | None = None) -> list[TouchpointAnalysis]:
    """``analyze_touchpoint`` for every touchpoint (document order) or the one given; shared
    resources count as one event each (analysis.resources)."""
    bp = with_resources(bp)
    ids = touchpoint_ids(bp, touchpoint)
    check_support_cycles(bp)
    return [analyze_touchpoint(bp, tp, max_order) for tp in ids]


def what_if_fixed(bp: Blueprint, node_id: str) -> dict[str, tuple[float, float]]:
    """Every touchpoint's failure probability now and if ``node_id`` never failed by itself
    (its probability set to 0; its supports still pass their failures through)."""
    if not bp.has_node(node_id):
        raise ModelError(f"no node with id {node_id!r}", field="node")
    bp = with_resources(bp)
    result = {}
    for tp in touchpoint_ids(bp):
        function = build_failure_function(bp, tp)
        with deep_recursion(len(function.variables)):
            old = function.bdd.probability(function.root, function.probs)[function.root]
            new = old
            if node_id in function.variables:
                probs = list(function.probs)
                probs[function.variables.index(node_id)] = 0.0
                new = function.bdd.probability(function.root, probs)[function.root]
        result[tp] = (old, new)
    return result


@dataclass(frozen=True)
class Sensitivity:
    """One touchpoint's failure probability P, P0 per cause (P if the cause never failed),
    P with each set of ``fixes`` never failing, and every node its failure can come from."""

    probability: float
    if_working: dict[str, float]
    if_fixed: tuple[float, ...]
    ancestors: tuple[str, ...]


def touchpoint_sensitivity(bp: Blueprint, touchpoint: str,
                           fixes: Sequence[frozenset[str]] = ()) -> Sensitivity:
    """All of it from one diagram (no cut sets). Resources must already be nodes
    (analysis.resources.with_resources)."""
    function = build_failure_function(bp, touchpoint)
    level_of = {node_id: level for level, node_id in enumerate(function.variables)}
    with deep_recursion(len(function.variables)):
        total, _, p0 = function.bdd.conditionals(function.root, function.probs)
        fixed = []
        for fix in fixes:
            levels = [level_of[n] for n in fix if n in level_of]
            if not levels:
                fixed.append(total)
                continue
            probs = list(function.probs)
            for level in levels:
                probs[level] = 0.0
            fixed.append(function.bdd.probability(function.root, probs)[function.root])
    return Sensitivity(total, dict(zip(function.variables, p0)), tuple(fixed),
                       tuple(function.ancestors))


def _cut_sets(function: FailureFunction, max_order: int | None):
    bdd, n = function.bdd, len(function.variables)
    bound = None if max_order is None or max_order >= n else max_order
    zdd = ZDD(n)
    try:
        family = minimal_solutions(bdd, zdd, function.root, bound)
        truncated = bound is not None and upward_closure(bdd, zdd, family) != function.root
    except DiagramTooLarge as exc:
        raise AnalysisTooLargeError(f"touchpoint {function.touchpoint}: too many cut sets to "
                                    f"compute ({exc}); give a smaller max order",
                                    item=function.touchpoint) from None
    count = zdd.count(family)
    if count > MAX_CUT_SETS:
        raise AnalysisTooLargeError(f"touchpoint {function.touchpoint}: {count} minimal cut "
                                    f"sets; give a max order to list only the small ones",
                                    item=function.touchpoint)
    names = function.variables
    sets = [tuple(sorted(names[level] for level in levels)) for levels in zdd.sets(family)]
    sets.sort(key=lambda s: (len(s), s))
    return tuple(sets), truncated


def _importance(bp: Blueprint, function: FailureFunction, level: int, total: float,
                p1: float, p0: float) -> CauseImportance:
    node = bp.node(function.variables[level])
    p = function.probs[level]
    measures: dict[str, float | None] = dict.fromkeys(
        ("birnbaum", "fussell_vesely", "diagnostic", "raw", "rrw"))
    if total > 0.0:
        birnbaum = max(p1 - p0, 0.0)
        measures.update(
            birnbaum=birnbaum,
            # (P - P0)/P written as the equal p.(P1 - P0)/P, which does not cancel digits
            fussell_vesely=min(1.0, p * birnbaum / total),
            diagnostic=min(1.0, p * p1 / total),
            raw=p1 / total,
            rrw=total / p0 if p0 > 0.0 else None)
    return CauseImportance(node.id, node.label, node.lane, p, p1, p0, **measures)


# ----- JSON (CONTRACT §3) -------------------------------------------------------------------
def _significant(value: float | None, digits: int) -> float | None:
    if value is None or value == 0.0 or not math.isfinite(value):
        return value
    return float(f"{value:.{digits}g}")


def analysis_to_json(analyses: list[TouchpointAnalysis]) -> dict[str, Any]:
    """The ``analyze --json`` document. Probabilities keep 12 significant digits, importance
    measures 6 (the contract's example: 0.497487, 50.2513)."""
    touchpoints = []
    for analysis in analyses:
        touchpoints.append({
            "id": analysis.touchpoint,
            "label": analysis.label,
            "failure_probability": _significant(analysis.failure_probability, 12),
            "minimal_cut_sets": [list(s) for s in analysis.cut_sets],
            "cut_sets_truncated": analysis.cut_sets_truncated,
            "causes": [_cause_json(c) for c in analysis.causes],
        })
    return {"touchpoints": touchpoints}


def _cause_json(cause: CauseImportance) -> dict[str, Any]:
    return {
        "id": cause.id, "label": cause.label, "lane": cause.lane.value,
        "probability": _significant(cause.probability, 12),
        "birnbaum": _significant(cause.birnbaum, 6),
        "fussell_vesely": _significant(cause.fussell_vesely, 6),
        "diagnostic": _significant(cause.diagnostic, 6),
        "raw": _significant(cause.raw, 6),
        "rrw": _significant(cause.rrw, 6),
    }
