"""One pass over a blueprint that every validation check shares.

Building the indexes once keeps validation O(nodes + edges): each check then looks up
degrees, lanes and names in dictionaries instead of asking the model again per node.
Records are read defensively (a lane may be a stray string, a graph node may lack its
record) so that a damaged blueprint yields findings, never an exception.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Blueprint, Edge, EdgeKind, Lane, Node

_NAME_LIMIT = 12  # nodes named in one message before "and N more"


def _as_enum(enum, value):
    if isinstance(value, enum):  # the usual case; Enum lookup by value is slow
        return value
    try:
        return enum(value)
    except (ValueError, TypeError):
        return None


@dataclass
class Context:
    bp: Blueprint
    nodes: dict[str, Node] = field(default_factory=dict)           # document order
    order: dict[str, int] = field(default_factory=dict)            # id -> document index
    lanes: dict[str, Lane | None] = field(default_factory=dict)    # None: invalid lane
    missing: list[str] = field(default_factory=list)               # graph nodes without record
    edges: list[Edge] = field(default_factory=list)
    kinds: dict[str, EdgeKind | None] = field(default_factory=dict)  # edge id -> kind
    flow_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    flow_out: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    support_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    support_out: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def build(cls, bp: Blueprint) -> "Context":
        ctx = cls(bp)
        for node_id, record in bp.graph.nodes(data="node"):
            if record is None:
                ctx.missing.append(node_id)
                continue
            ctx.order[node_id] = len(ctx.order)
            ctx.nodes[node_id] = record
            ctx.lanes[node_id] = _as_enum(Lane, record.lane)
        for edge in bp.edges():
            ctx.edges.append(edge)
            kind = ctx.kinds[edge.id] = _as_enum(EdgeKind, edge.kind)
            if kind is EdgeKind.FLOW:
                ctx.flow_out[edge.source].add(edge.target)
                ctx.flow_in[edge.target].add(edge.source)
            elif kind is EdgeKind.SUPPORT:
                ctx.support_out[edge.source].add(edge.target)
                ctx.support_in[edge.target].add(edge.source)
        return ctx

    # ----- lookups ------------------------------------------------------------------
    def lane_ids(self, *lanes: Lane) -> list[str]:
        return [i for i, lane in self.lanes.items() if lane in lanes]

    def behind_visibility(self, node_id: str) -> bool:
        lane = self.lanes.get(node_id)
        return lane is not None and lane.behind_visibility

    def in_document_order(self, ids) -> list[str]:
        big = len(self.order)
        return sorted(ids, key=lambda i: (self.order.get(i, big), i))

    # ----- wording --------------------------------------------------------------------
    def name(self, node_id: str) -> str:
        """'"Label" (id)', or just the id where the label is unusable."""
        record = self.nodes.get(node_id)
        label = getattr(record, "label", None)
        if isinstance(label, str) and label.strip():
            return f'"{label}" ({node_id})'
        return f"({node_id})"

    def names(self, ids, sep: str = ", ", limit: int = _NAME_LIMIT) -> str:
        ids = list(ids)
        text = sep.join(self.name(i) for i in ids[:limit])
        if len(ids) > limit:
            text += f"{sep}… and {len(ids) - limit} more"
        return text

    def kind_of(self, node_id: str) -> str:
        """The node's lane in words, for messages ("touchpoint", "support node"...)."""
        lane = self.lanes.get(node_id)
        return lane.row.noun if lane is not None else "node with an unknown lane"
