"""Structural failure tracing over support edges (no probabilities involved).

- causal subgraph: everything whose failure can reach a touchpoint;
- blast radius: every touchpoint a node can break, weighted by touchpoint importance;
- single points of failure: nodes whose failure alone breaks a touchpoint (from the
  structure function of CONTRACT §2, so ``any`` and k-of-n redundancy is respected);
- visibility share: how many of the possible causes lie behind the line of visibility.

Walks start from the node asked about and visit only what they reach (``supports_of`` /
``supported_by`` on the model's graph); nothing is precomputed or cached in the model.
"""
from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from ..model import Blueprint, EdgeKind, Lane, ModelError
from .failure_model import failing_threshold, support_orders

__all__ = [
    "AffectedTouchpoint", "BlastRadius", "TouchpointTrace", "VisibilityShare",
    "alone_sets", "blast_radius", "causal_subgraph", "single_points_of_failure", "touchpoint_importance",
    "trace_touchpoint", "visibility_share",
]


@dataclass(frozen=True)
class TouchpointTrace:
    """A touchpoint's causal subgraph: ``nodes`` (the touchpoint included), the support
    ``edges`` (ids) among them, and those of the nodes behind the line of visibility."""

    touchpoint: str
    nodes: frozenset[str]
    edges: frozenset[str]
    behind_visibility: frozenset[str]

    @property
    def behind_share(self) -> float:
        return len(self.behind_visibility) / len(self.nodes)


@dataclass(frozen=True)
class AffectedTouchpoint:
    id: str
    label: str
    importance: float | None     # node.extra["importance"] when given


@dataclass(frozen=True)
class BlastRadius:
    node: str
    touchpoints: tuple[AffectedTouchpoint, ...]   # document order
    weight: float    # sum of importances, 1 for a touchpoint without one

    def __len__(self) -> int:
        return len(self.touchpoints)


@dataclass(frozen=True)
class VisibilityShare:
    """Possible causes are, per touchpoint, its causal subgraph (itself included).
    ``causes``/``behind``: distinct nodes over all touchpoints; ``pairs``/``pairs_behind``:
    (touchpoint, cause) pairs, so a node counts once per touchpoint it can break."""

    touchpoints: int
    causes: int
    behind: int
    pairs: int
    pairs_behind: int

    @property
    def share(self) -> float | None:
        return self.behind / self.causes if self.causes else None

    @property
    def pair_share(self) -> float | None:
        return self.pairs_behind / self.pairs if self.pairs else None


def _reach(bp: Blueprint, start: str, step: Callable[[str], Iterable[str]]) -> set[str]:
    if not bp.has_node(start):
        raise ModelError(f"no node with id {start!r}", field="node")
    seen = {start}
    queue = deque([start])
    while queue:
        for other in step(queue.popleft()):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return seen


def causal_subgraph(bp: Blueprint, touchpoint: str) -> frozenset[str]:
    """The touchpoint and every node upstream of it through support edges."""
    return frozenset(_reach(bp, touchpoint, bp.supports_of))


def trace_touchpoint(bp: Blueprint, touchpoint: str) -> TouchpointTrace:
    """The causal subgraph with its support edges, in one walk over the graph's
    predecessor map (the hot path of the Analysis dock's highlighting)."""
    if not bp.has_node(touchpoint):
        raise ModelError(f"no node with id {touchpoint!r}", field="touchpoint")
    graph = bp.graph
    pred, attrs = graph.pred, graph.nodes
    support = EdgeKind.SUPPORT
    nodes, edges = {touchpoint}, set()
    stack = [touchpoint]
    while stack:
        for source, keyed in pred[stack.pop()].items():
            for key, data in keyed.items():
                if data["edge"].kind is support:
                    edges.add(key)
                    if source not in nodes:
                        nodes.add(source)
                        stack.append(source)
    behind = {nid for nid in nodes if attrs[nid]["node"].lane.behind_visibility}
    return TouchpointTrace(touchpoint, frozenset(nodes), frozenset(edges), frozenset(behind))


def touchpoint_importance(bp: Blueprint, node_id: str) -> float | None:
    """A touchpoint's importance weight from ``extra["importance"]``, if it is a number."""
    value = bp.node(node_id).extra.get("importance")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def blast_radius(bp: Blueprint, node_id: str) -> BlastRadius:
    """Every touchpoint the node's failure can reach (itself too if it is one)."""
    reached = _reach(bp, node_id, bp.supported_by)
    affected = tuple(
        AffectedTouchpoint(n.id, n.label, touchpoint_importance(bp, n.id))
        for n in bp.nodes() if n.id in reached and n.lane is Lane.FRONTSTAGE)
    weight = sum(1.0 if t.importance is None else t.importance for t in affected)
    return BlastRadius(node_id, affected, weight)


def single_points_of_failure(bp: Blueprint, touchpoint: str) -> tuple[str, ...]:
    """Nodes (sorted by id, the touchpoint included) whose failure alone makes the
    touchpoint fail, whatever their probabilities.

    For each node n, alone(n) = the nodes whose sole failure fails n: n itself plus, over
    its m supports, those in alone(s) of at least t supports, where t is the number of
    failing supports that fail n (1 for all, m for any, m - k + 1 for k-of-m).
    Raises SupportCycleError on a cycle.
    """
    if not bp.has_node(touchpoint):
        raise ModelError(f"no node with id {touchpoint!r}", field="touchpoint")
    _, postorder = support_orders(bp, touchpoint)
    alone: dict[str, frozenset[str]] = {}
    for node_id in postorder:
        alone[node_id] = _alone(bp, node_id, bp.supports_of(node_id), alone)
    return tuple(sorted(alone[touchpoint]))


def alone_sets(bp: Blueprint, supports: Mapping[str, list[str]], starts: Iterable[str],
               known: dict[str, frozenset[str]] | None = None) -> dict[str, frozenset[str]]:
    """alone(n) of :func:`single_points_of_failure` for the ``starts`` and everything
    upstream of them, added to ``known`` (kept between calls, so many touchpoints of one
    journey share the work). ``supports``: node -> its supports (failure_model.supports_map).
    The blueprint must have no support cycle (check_support_cycles)."""
    alone = {} if known is None else known
    stack = [n for n in starts if n not in alone]
    while stack:
        node_id = stack[-1]
        if node_id in alone:
            stack.pop()
            continue
        missing = [s for s in supports[node_id] if s not in alone]
        if missing:
            stack.extend(missing)
            continue
        stack.pop()
        alone[node_id] = _alone(bp, node_id, supports[node_id], alone)
    return alone


def _alone(bp: Blueprint, node_id: str, supports: list[str],
           alone: Mapping[str, frozenset[str]]) -> frozenset[str]:
    need = failing_threshold(bp, node_id, len(supports))
    if need == 0:
        through: set[str] | frozenset[str] = frozenset()
    elif need == 1:
        through = set().union(*(alone[s] for s in supports))
    elif need == len(supports):
        through = frozenset.intersection(*(alone[s] for s in supports))
    else:
        counts = Counter(x for s in supports for x in alone[s])
        through = {x for x, c in counts.items() if c >= need}
    return frozenset(through) | {node_id}


def visibility_share(bp: Blueprint) -> VisibilityShare:
    causes: set[str] = set()
    pairs = pairs_behind = 0
    touchpoints = bp.touchpoints()
    for tp in touchpoints:
        upstream = _reach(bp, tp.id, bp.supports_of)
        causes |= upstream
        pairs += len(upstream)
        pairs_behind += sum(bp.node(n).lane.behind_visibility for n in upstream)
    behind = sum(bp.node(n).lane.behind_visibility for n in causes)
    return VisibilityShare(len(touchpoints), len(causes), behind, pairs, pairs_behind)
