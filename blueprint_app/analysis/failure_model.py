"""The failure function of a touchpoint as a BDD (CONTRACT.md §2 semantics).

A node fails when it fails by itself (probability ``failure_probability``) OR its supports
fail according to ``requires``: ``all`` -> any support failing; ``any`` -> every support
failing; ``k`` -> fewer than k supports working, i.e. at least m - k + 1 of m failing.
A support reached through several paths is one BDD variable, so it is counted once.

Variable order: depth-first pre-order from the touchpoint over supports (in edge order),
the usual fault-tree heuristic that keeps shared sub-trees close together. Nodes with
probability 0 are not variables (they never fail by themselves) but still pass on the
failures of their supports. In ``structural`` mode every ancestor is a variable, whatever its
probability (used for single points of failure).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..model import Blueprint, EdgeKind, ModelError
from .bdd import BDD, FALSE, DiagramTooLarge, deep_recursion


class AnalysisInputError(ValueError):
    """The blueprint cannot be analysed as it stands (a cycle, an impossible ``requires``)."""

    def __init__(self, message: str, *, item: str | None = None):
        super().__init__(message)
        self.item = item


class AnalysisTooLargeError(AnalysisInputError):
    """The touchpoint's failure function is beyond exact analysis within memory limits."""


class SupportCycleError(AnalysisInputError):
    def __init__(self, cycle: list[str]):
        path = " -> ".join(cycle + cycle[:1])
        super().__init__(f"support edges form a cycle: {path}", item=cycle[0])
        self.cycle = cycle


@dataclass
class FailureFunction:
    """A touchpoint's failure function: ``root`` in ``bdd``; ``variables[level]`` is the
    node id of each level and ``probs[level]`` its failure probability."""

    touchpoint: str
    bdd: BDD
    root: int
    variables: list[str]
    probs: list[float]
    ancestors: list[str]     # every node whose failure can reach the touchpoint (DFS order)


def support_orders(bp: Blueprint, start: str,
                   supports: Mapping[str, list[str]] | None = None) -> tuple[list[str], list[str]]:
    """``start`` and every node upstream of it via support edges, in DFS pre-order and in
    post-order (supports before the nodes they support). Raises SupportCycleError for a
    cycle reachable from ``start``. ``supports`` (node -> ``bp.supports_of(node)``, see
    :func:`supports_map`) saves walking the graph again when many touchpoints are built."""
    supports_of = bp.supports_of if supports is None else supports.__getitem__
    order: list[str] = []
    finished: list[str] = []
    state: dict[str, int] = {}           # 1 = on the current path, 2 = finished
    path: list[str] = []
    stack: list[tuple[str, iter]] = []

    def enter(node_id: str) -> None:
        state[node_id] = 1
        order.append(node_id)
        path.append(node_id)
        stack.append((node_id, iter(supports_of(node_id))))

    enter(start)
    while stack:
        node_id, children = stack[-1]
        for child in children:
            seen = state.get(child)
            if seen is None:
                enter(child)
                break
            if seen == 1:
                raise SupportCycleError(path[path.index(child):])
        else:
            stack.pop()
            path.pop()
            state[node_id] = 2
            finished.append(node_id)
    return order, finished


def supports_map(bp: Blueprint) -> dict[str, list[str]]:
    """Every node's supports (as ``bp.supports_of``), read once from the graph."""
    support = EdgeKind.SUPPORT
    return {node_id: [source for source, keyed in sources.items()
                      if any(data["edge"].kind is support for data in keyed.values())]
            for node_id, sources in bp.graph.pred.items()}


def has_cycle(supports: Mapping[str, list[str]]) -> bool:
    """True when the support edges of ``supports`` (supports_map) form a cycle (an
    iterative three-colour depth-first search, cheaper than building a graph for it)."""
    state: dict[str, int] = {}           # 1 = on the current path, 2 = finished
    for start in supports:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(supports[start]))]
        while stack:
            node_id, children = stack[-1]
            for child in children:
                seen = state.get(child)
                if seen is None:
                    state[child] = 1
                    stack.append((child, iter(supports[child])))
                    break
                if seen == 1:
                    return True
            else:
                stack.pop()
                state[node_id] = 2
    return False


def failing_threshold(bp: Blueprint, node_id: str, n_supports: int) -> int:
    """How many of the node's supports must fail for it to fail (0: none needed, never)."""
    requires = bp.node(node_id).requires
    if n_supports == 0:
        if isinstance(requires, int) and requires > 0:
            raise AnalysisInputError(
                f"node {node_id}: requires {requires} working supports but has none", item=node_id)
        return 0
    if requires == "all":
        return 1
    if requires == "any":
        return n_supports
    if requires > n_supports:
        raise AnalysisInputError(
            f"node {node_id}: requires {requires} working supports but has only {n_supports}",
            item=node_id)
    return n_supports - requires + 1


def build_failure_function(bp: Blueprint, touchpoint: str, *,
                           probabilities: Mapping[str, float] | None = None,
                           structural: bool = False,
                           supports: Mapping[str, list[str]] | None = None) -> FailureFunction:
    """Build the touchpoint's failure BDD. ``probabilities`` overrides nodes' own
    probabilities (what-if) without touching the blueprint; ``supports`` as for
    :func:`support_orders`."""
    if not bp.has_node(touchpoint):
        raise ModelError(f"no node with id {touchpoint!r}", field="touchpoint")
    overrides = probabilities or {}
    order, postorder = support_orders(bp, touchpoint, supports)
    own = {nid: float(overrides.get(nid, bp.node(nid).failure_probability)) for nid in order}
    variables = [nid for nid in order if structural or own[nid] > 0.0]
    level_of = {nid: level for level, nid in enumerate(variables)}
    bdd = BDD(len(variables))
    fails: dict[str, int] = {}
    with deep_recursion(len(variables)):
        try:
            for node_id in postorder:
                fails[node_id] = _node_function(bp, bdd, node_id, fails, level_of.get(node_id),
                                                 supports)
        except DiagramTooLarge as exc:
            raise AnalysisTooLargeError(
                f"touchpoint {touchpoint}: its failure function is too large for exact "
                f"analysis ({exc}; {len(variables)} causes)", item=touchpoint) from None
    return FailureFunction(touchpoint, bdd, fails[touchpoint], variables,
                           [own[v] for v in variables], order)


def _node_function(bp: Blueprint, bdd: BDD, node_id: str, fails: dict[str, int],
                   level: int | None, known: Mapping[str, list[str]] | None) -> int:
    supports = bp.supports_of(node_id) if known is None else known[node_id]
    threshold = failing_threshold(bp, node_id, len(supports))
    inputs = [fails[s] for s in supports]
    if threshold == 0:
        gate = FALSE
    elif threshold == 1:
        gate = bdd.or_all(inputs)
    elif threshold == len(inputs):
        gate = bdd.and_all(inputs)
    else:
        gate = bdd.at_least(threshold, inputs)
    return gate if level is None else bdd.or_(bdd.var(level), gate)
