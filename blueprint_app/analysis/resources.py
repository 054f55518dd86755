"""Shared resources in the failure analysis: one event for every node that depends on it.

A node that names a resource fails when the resource fails, by itself, or through its
supports by its ``requires`` rule — as if the resource were one more support it needs. The
analysis engine knows only nodes and support edges, so :func:`with_resources` turns the
catalogue into that shape on a copy of the blueprint: each resource used becomes a support
node (id = resource id, its probability and label), with a support edge to every node that
depends on it. A node whose own supports are combined by ``any`` or ``k`` keeps that rule on
a stand-in node ("gate", probability 0, never a cause) that takes over those supports, and
itself needs both the gate and the resource.

The original blueprint is never changed, and a blueprint without resource references is
returned as it is (no copy).
"""
from __future__ import annotations

from typing import Mapping

from ..model import Blueprint, EdgeKind, Lane, Resource
from .failure_model import AnalysisInputError

GATE_MARK = "\u2192supports"   # a gate's id is the node's id followed by this mark


def used_resource_ids(bp: Blueprint) -> list[str]:
    """Resource ids named by nodes, in order of first use."""
    return list(dict.fromkeys(n.resource for n in bp.nodes() if n.resource is not None))


def catalogue_of(bp: Blueprint) -> dict[str, Resource]:
    return {r.id: r for r in bp.resources}


def with_resources(bp: Blueprint, catalogue: Mapping[str, Resource] | None = None) -> Blueprint:
    """The blueprint as the engine sees it (see the module text). ``catalogue`` gives the
    resources by id (default: the document's own); a resource found in neither never fails
    (probability 0) and is named by its id."""
    used = used_resource_ids(bp)
    if not used:
        return bp
    resources = catalogue_of(bp) if catalogue is None else dict(catalogue)
    out = bp.snapshot()
    for resource_id in used:
        if out.has_node(resource_id):
            raise AnalysisInputError(f"resource {resource_id!r} has the id of a node; give "
                                     f"one of them another id", item=resource_id)
        resource = resources.get(resource_id)
        out.add_node(id=resource_id, lane=Lane.SUPPORT,
                     label=resource.label if resource else resource_id,
                     owner=resource.owner if resource else None,
                     category=resource.category if resource else None,
                     failure_probability=resource.failure_probability if resource else 0.0)
    for node in [n for n in bp.nodes() if n.resource is not None]:
        supports = [e for e in bp.edges_of(node.id)
                    if e.kind is EdgeKind.SUPPORT and e.target == node.id]
        if supports and node.requires != "all":
            gate = _free_id(out, node.id + GATE_MARK)
            out.add_node(id=gate, lane=node.lane, label=node.label, stage=node.stage,
                         requires=node.requires)
            for edge in supports:
                out.remove_edge(edge.id)
                out.add_edge(id=edge.id, source=edge.source, target=gate, kind=EdgeKind.SUPPORT)
            out.add_edge(id=_free_edge_id(out, gate), source=gate, target=node.id,
                         kind=EdgeKind.SUPPORT)
            out.update_node(node.id, requires="all")
        out.add_edge(id=_free_edge_id(out, f"{node.resource}->{node.id}"),
                     source=node.resource, target=node.id, kind=EdgeKind.SUPPORT)
        out.update_node(node.id, resource=None)
    return out


def is_stand_in(node_id: str) -> bool:
    """True for the gate nodes :func:`with_resources` adds (never shown to people)."""
    return GATE_MARK in node_id


def _free_id(bp: Blueprint, wanted: str) -> str:
    candidate, n = wanted, 1
    while bp.has_node(candidate):
        n += 1
        candidate = f"{wanted}{n}"
    return candidate


def _free_edge_id(bp: Blueprint, wanted: str) -> str:
    candidate, n = wanted, 1
    while bp.has_edge(candidate):
        n += 1
        candidate = f"{wanted}#{n}"
    return candidate
