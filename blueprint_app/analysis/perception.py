"""Customer perception at the touchpoints: gaps, priorities, the Pareto focus list and the
importance-performance quadrants. Pure functions.

gap = expected - current; priority = importance x gap; a point is flagged when today's score
is below the competitor's (the minimum acceptable). The focus list is the smallest set of
points, highest priority first, covering ``share`` of the total weighted gap (positive
priorities only). Quadrants split importance and performance (today's score) at their means.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Blueprint

FOCUS_SHARE = 0.8
# (high importance?, high performance?) -> quadrant
QUADRANTS = {(True, False): "concentrate_here", (True, True): "keep_up_the_good_work",
             (False, False): "low_priority", (False, True): "possible_overkill"}
QUADRANT_TITLES = {"concentrate_here": "Concentrate here",
                   "keep_up_the_good_work": "Keep up the good work",
                   "low_priority": "Low priority", "possible_overkill": "Possible overkill"}


@dataclass(frozen=True)
class PerceptionRow:
    id: str
    node: str
    touchpoint: str          # the touchpoint's label
    name: str
    importance: float
    current: float
    expected: float
    competitor: float | None
    gap: float
    priority: float
    below_competitor: bool
    quadrant: str
    in_focus: bool


@dataclass(frozen=True)
class PerceptionReport:
    rows: tuple[PerceptionRow, ...]   # highest priority first, then document order
    focus: tuple[str, ...]            # ids of the focus list, in rank order
    focus_share: float                # the share asked for
    covered_share: float | None       # the share of the weighted gap the focus list covers
    total_priority: float             # sum of positive priorities
    importance_cut: float | None      # quadrant boundaries (means), None without points
    performance_cut: float | None


def perception_report(bp: Blueprint, share: float = FOCUS_SHARE) -> PerceptionReport:
    if not 0 < share <= 1:
        raise ValueError(f"share must be in (0, 1], not {share}")
    points = list(bp.perceptions())
    if not points:
        return PerceptionReport((), (), share, None, 0.0, None, None)
    imp_cut = sum(p.importance for p in points) / len(points)
    perf_cut = sum(p.current for p in points) / len(points)
    ranked = sorted(enumerate(points), key=lambda ip: (-ip[1].priority, ip[0]))
    total = sum(p.priority for p in points if p.priority > 0)
    focus, covered = [], 0.0
    for _, p in ranked:
        if total <= 0 or covered >= share * total - 1e-12 or p.priority <= 0:
            break
        focus.append(p.id)
        covered += p.priority
    chosen = set(focus)
    rows = tuple(PerceptionRow(
        p.id, p.node, bp.node(p.node).label if bp.has_node(p.node) else p.node, p.name,
        p.importance, p.current, p.expected, p.competitor, p.gap, p.priority,
        p.below_competitor, QUADRANTS[(p.importance >= imp_cut, p.current >= perf_cut)],
        p.id in chosen) for _, p in ranked)
    return PerceptionReport(rows, tuple(focus), share, covered / total if total > 0 else None,
                            total, imp_cut, perf_cut)
