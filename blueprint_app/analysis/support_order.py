"""The order the ``support`` edges put on the work: "must finish before" (CONTRACT.md §4).

Support cycles are collapsed into one strongly connected component each: nodes in one loop
are not ordered against each other (loops are reported, never summed). Reachability between
components is held as one Python int bitset per component, computed in one pass in reverse
topological order, so "does a finish before b?" costs O(1) after an O(nodes + edges) build.
"""
from __future__ import annotations

import networkx as nx

from ..model import Blueprint


class SupportOrder:
    def __init__(self, bp: Blueprint):
        graph = bp.support_graph()
        condensed = nx.condensation(graph)
        self._component: dict[str, int] = condensed.graph["mapping"]
        topo = list(nx.topological_sort(condensed))
        self._position = {c: i for i, c in enumerate(topo)}
        reach: dict[int, int] = {}
        for component in reversed(topo):
            bits = 0
            for successor in condensed.successors(component):
                bits |= reach[successor] | (1 << self._position[successor])
            reach[component] = bits
        self._reach = reach
        order = {node_id: i for i, node_id in enumerate(bp.node_ids())}
        self.loops: tuple[tuple[str, ...], ...] = tuple(sorted(
            (tuple(sorted(members, key=order.get))
             for _, members in condensed.nodes(data="members") if len(members) > 1),
            key=lambda loop: order[loop[0]]))
        self.topo = topo
        self.condensed = condensed

    def component(self, node_id: str) -> int:
        return self._component[node_id]

    def index(self, node_id: str) -> int:
        """Position of the node's component in a topological order (sources first)."""
        return self._position[self._component[node_id]]

    def reaches(self, a: str, b: str) -> bool:
        """True when a support path leads from ``a`` to ``b`` (a must finish before b);
        False for the same node or two nodes of one loop."""
        ca, cb = self._component[a], self._component[b]
        return ca != cb and bool(self._reach[ca] >> self._position[cb] & 1)

    def in_loop(self, node_id: str) -> bool:
        return len(self.condensed.nodes[self._component[node_id]]["members"]) > 1
