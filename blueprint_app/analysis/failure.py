"""Quantitative failure analysis of touchpoints (CONTRACT.md §3 ``analyze``).

Exact failure probability from the touchpoint's BDD (shared supports are one event),
minimal cut sets by Rauzy's minimal solutions, and the importance of every cause by
conditioning the BDD on the cause (never dividing by 1 - p, so p = 1 is fine).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Sequence

import networkx as nx

from ..model import Blueprint, Lane, ModelError
from . import bdd as _bdd
from .cut_sets import CutSetList, minimal_cut_sets
from .failure_model import (AnalysisInputError, AnalysisTooLargeError, FailureFunction,
                            SupportCycleError, build_failure_function, failing_threshold,
                            support_orders)
from .resources import with_resources

# Listing more than this many cut sets of one touchpoint stops there: the first ones (the
# smallest) are listed and the touchpoint says how many there are. None: no limit.
MAX_CUT_SETS: int | None = 10_000_000

__all__ = [
    "AnalysisInputError", "AnalysisTooLargeError", "CauseImportance", "SupportCycleError", "TouchpointAnalysis",
    "analysis_to_json", "analyze_blueprint", "analyze_touchpoint", "check_support_cycles",
    "iter_analyses",
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
    """One touchpoint's answer. ``cut_sets`` is a lazy sequence (CutSetList) in the
    contract's order; ``limit`` says what a memory or count limit left out (None: nothing),
    and ``failure_probability`` is None only when even the probability was beyond it."""

    touchpoint: str
    label: str
    failure_probability: float | None
    cut_sets: CutSetList | tuple
    cut_sets_truncated: bool
    causes: tuple[CauseImportance, ...]
    limit: str | None = None

    @property
    def cut_set_count(self) -> int:
        """How many minimal cut sets there are in the listed scope (beyond those listed)."""
        return getattr(self.cut_sets, "total", len(self.cut_sets))

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
    return function.bdd.probability_of(function.root, function.probs)


def analyze_touchpoint(bp: Blueprint, touchpoint: str, max_order: int | None = None, *,
                       probabilities: Mapping[str, float] | None = None,
                       max_cut_sets: int | None = -1) -> TouchpointAnalysis:
    """Failure probability, minimal cut sets (of at most ``max_order`` nodes if given) and
    the importance of every cause of one touchpoint. Probability and importance come from
    the BDD and never wait for the cut sets; when those are beyond the memory budget or
    ``max_cut_sets`` (default MAX_CUT_SETS), the smallest ones are listed and ``limit``
    says so. Raises AnalysisTooLargeError only when the BDD itself is beyond the budget."""
    if max_order is not None and max_order < 1:
        raise ValueError(f"max_order must be at least 1, not {max_order}")
    function = build_failure_function(bp, touchpoint, probabilities=probabilities)
    total, p1, p0, birnbaum = function.bdd.importance(function.root, function.probs)
    causes = sorted((_importance(bp, function, level, total, p1[level], p0[level],
                                 birnbaum[level])
                     for level in range(len(function.variables))),
                    key=_cause_order)
    limit = MAX_CUT_SETS if max_cut_sets == -1 else max_cut_sets
    cut_sets, truncated, message = minimal_cut_sets(function.bdd, function.root,
                                                    function.variables, max_order, limit,
                                                    _bdd.MEMORY_LIMIT)
    return TouchpointAnalysis(touchpoint, bp.node(touchpoint).label, total, cut_sets,
                              truncated, tuple(causes),
                              None if message is None else f"touchpoint {touchpoint}: {message}")


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


def iter_analyses(bp: Blueprint, touchpoint: str | None = None, max_order: int | None = None,
                  max_cut_sets: int | None = -1) -> Iterator[TouchpointAnalysis]:
    """One touchpoint after the other, each dropped when the caller moves on. Bad input
    (a cycle, an impossible ``requires``) raises here, before anything is yielded. A
    touchpoint whose failure function is beyond the memory budget is yielded with a None
    probability and its ``limit`` message, and every other touchpoint still gets its full
    answer. Shared resources count as one event each (analysis.resources)."""
    bp = with_resources(bp)
    ids = touchpoint_ids(bp, touchpoint)
    check_support_cycles(bp)
    for tp in ids:
        for node_id in support_orders(bp, tp)[1]:
            failing_threshold(bp, node_id, len(bp.supports_of(node_id)))
    return _each(bp, ids, max_order, max_cut_sets)


def _each(bp: Blueprint, ids: list[str], max_order, max_cut_sets) -> Iterator[TouchpointAnalysis]:
    for tp in ids:
        try:
            yield analyze_touchpoint(bp, tp, max_order, max_cut_sets=max_cut_sets)
        except AnalysisTooLargeError as exc:
            yield TouchpointAnalysis(tp, bp.node(tp).label, None, (), True, (), str(exc))


def what_if_fixed(bp: Blueprint, node_id: str) -> dict[str, tuple[float, float]]:
    """Every touchpoint's failure probability now and if ``node_id`` never failed by itself
    (its probability set to 0; its supports still pass their failures through)."""
    if not bp.has_node(node_id):
        raise ModelError(f"no node with id {node_id!r}", field="node")
    bp = with_resources(bp)
    result = {}
    for tp in touchpoint_ids(bp):
        function = build_failure_function(bp, tp)
        old = new = function.bdd.probability_of(function.root, function.probs)
        if node_id in function.variables:
            probs = list(function.probs)
            probs[function.variables.index(node_id)] = 0.0
            new = function.bdd.probability_of(function.root, probs)
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
                           fixes: Sequence[frozenset[str]] = (),
                           supports: Mapping[str, list[str]] | None = None) -> Sensitivity:
    """All of it from one diagram (no cut sets). Resources must already be nodes
    (analysis.resources.with_resources); ``supports`` as for build_failure_function."""
    function = build_failure_function(bp, touchpoint, supports=supports)
    level_of = {node_id: level for level, node_id in enumerate(function.variables)}
    total, _, p0, _ = function.bdd.importance(function.root, function.probs)
    fixed = []
    for fix in fixes:
        levels = [level_of[n] for n in fix if n in level_of]
        if not levels:
            fixed.append(total)
            continue
        probs = list(function.probs)
        for level in levels:
            probs[level] = 0.0
        fixed.append(function.bdd.probability_of(function.root, probs))
    return Sensitivity(total, dict(zip(function.variables, p0)), tuple(fixed),
                       tuple(function.ancestors))


def _importance(bp: Blueprint, function: FailureFunction, level: int, total: float,
                p1: float, p0: float, birnbaum: float) -> CauseImportance:
    node = bp.node(function.variables[level])
    p = function.probs[level]
    measures: dict[str, float | None] = dict.fromkeys(
        ("birnbaum", "fussell_vesely", "diagnostic", "raw", "rrw"))
    if total > 0.0:
        birnbaum = max(birnbaum, 0.0)
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
        entry = touchpoint_json(analysis)
        entry["minimal_cut_sets"] = [list(s) for s in analysis.cut_sets]
        touchpoints.append(entry)
    return {"touchpoints": touchpoints}


def touchpoint_json(analysis: TouchpointAnalysis) -> dict[str, Any]:
    """One touchpoint's JSON object, its cut sets left as None (for streaming writers).
    Where a limit left something out, ``analysis_limit`` says what and
    ``minimal_cut_set_count`` how many sets there are in all."""
    entry: dict[str, Any] = {
        "id": analysis.touchpoint,
        "label": analysis.label,
        "failure_probability": _significant(analysis.failure_probability, 12),
        "minimal_cut_sets": None,
        "cut_sets_truncated": analysis.cut_sets_truncated,
        "causes": [_cause_json(c) for c in analysis.causes],
    }
    if analysis.limit is not None:
        entry["analysis_limit"] = analysis.limit
        entry["minimal_cut_set_count"] = analysis.cut_set_count
    return entry


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
