"""Vertical slices of the handout (issue 13): for each of the riskiest touchpoints, only its
causal subgraph — the backstage and support steps whose failure can make it fail, with
their own probabilities, owners, commitments and share of the touchpoint's failures.

Risk = P(touchpoint fails) × its visits (volume, 1 where none is given): the expected
number of failed visits. Plain frozen data, no Qt, no drawing (export/slice_pages.py draws).
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from ..model.enums import Lane

TOP_TOUCHPOINTS = 5
MAX_CAUSES = 8


@dataclass(frozen=True)
class SliceCause:
    id: str
    label: str
    lane: Lane
    owner: str | None
    probability: float            # its own failure probability
    share: float                  # Fussell–Vesely: share of the touchpoint's failures
    commitments: tuple[str, ...]  # titles of the commitments it carries
    links: tuple[str, ...]        # the slice nodes it supports directly (touchpoint included)
    depth: int                    # 1: supports the touchpoint directly (through slice nodes)


@dataclass(frozen=True)
class TouchpointSlice:
    rank: int
    id: str
    label: str
    channel: str | None
    owner: str | None
    probability: float
    visits: float
    promises: tuple[str, ...]     # level-1 commitments on the touchpoint
    causes: tuple[SliceCause, ...]  # largest share first, at most MAX_CAUSES
    more: int                     # causes left out

    @property
    def failed_visits(self) -> float:
        return self.probability * self.visits


def _titles(node, levels) -> tuple[str, ...]:
    return tuple(c.title for c in node.commitments if c.level in levels)


def _upstream(bp, touchpoint: str) -> set[str]:
    """Every node whose support can reach the touchpoint."""
    seen, queue = set(), deque([touchpoint])
    while queue:
        for source in bp.supports_of(queue.popleft()):
            if source not in seen:
                seen.add(source)
                queue.append(source)
    return seen


def _links(bp, start: str, members: set[str], allowed: set[str]) -> tuple[str, ...]:
    """The first slice members reached from ``start`` along support edges, passing through
    steps that cannot fail by themselves."""
    found, seen, queue = [], {start}, deque([start])
    while queue:
        for target in bp.supported_by(queue.popleft()):
            if target in seen or target not in allowed:
                continue
            seen.add(target)
            if target in members:
                found.append(target)
            else:
                queue.append(target)
    return tuple(found)


def _depths(touchpoint: str, links: dict[str, tuple[str, ...]]) -> dict[str, int]:
    depth: dict[str, int] = {}

    def of(node: str, path: frozenset) -> int:
        if node == touchpoint:
            return 0
        if node not in depth:
            ahead = [of(t, path | {node}) for t in links.get(node, ()) if t not in path]
            depth[node] = 1 + max(ahead, default=0)
        return depth[node]
    for node in links:
        of(node, frozenset())
    return depth


def top_slices(bp, analyses=None, count: int = TOP_TOUCHPOINTS) -> tuple[TouchpointSlice, ...]:
    """The ``count`` touchpoints with the most expected failed visits (ties: document order),
    each with its causal subgraph; touchpoints that cannot fail are left out."""
    if analyses is None:
        from ..analysis.failure import analyze_blueprint
        analyses = analyze_blueprint(bp, max_order=1)
    order = {node.id: i for i, node in enumerate(bp.nodes())}
    risky = [a for a in analyses if a.failure_probability]
    risky.sort(key=lambda a: (-a.failure_probability * bp.node(a.touchpoint).visits,
                              order.get(a.touchpoint, 0)))
    slices = []
    for rank, analysis in enumerate(risky[:count], start=1):
        tp = bp.node(analysis.touchpoint)
        causes = [c for c in analysis.causes if c.lane.behind_visibility and bp.has_node(c.id)]
        causes.sort(key=lambda c: (-(c.fussell_vesely or 0.0), order.get(c.id, 0)))
        kept = causes[:MAX_CAUSES]
        members = {c.id for c in kept} | {tp.id}
        allowed = _upstream(bp, tp.id) | {tp.id}
        links = {c.id: _links(bp, c.id, members, allowed) for c in kept}
        depth = _depths(tp.id, links)
        rows = []
        for cause in kept:
            node = bp.node(cause.id)
            rows.append(SliceCause(cause.id, node.label, node.lane, node.owner,
                                   cause.probability, cause.fussell_vesely or 0.0,
                                   _titles(node, (2, 3)), links[cause.id], depth[cause.id]))
        slices.append(TouchpointSlice(rank, tp.id, tp.label, tp.channel, tp.owner,
                                      analysis.failure_probability, tp.visits,
                                      _titles(tp, (1,)), tuple(rows), len(causes) - len(kept)))
    return tuple(slices)
