"""Error checks: what makes a blueprint impossible to analyse as it stands.

Each check takes the shared :class:`Context` and yields findings in document order.
The model already refuses most bad values and references; these checks catch what it can
still hold (a ``requires`` count that outgrew its supports after edges were removed, an
incident log naming a deleted node) and re-check values for robustness, since records can
also be built directly, bypassing the model's checks.
"""
from __future__ import annotations

import math
from collections import defaultdict
from itertools import islice
from typing import Iterator

import networkx as nx

from .validation_context import Context
from .validation_report import Finding, Severity

MAX_CYCLES = 20  # cycles listed one by one; beyond this one summary finding

E = Severity.ERROR


def check_support_cycles(ctx: Context) -> Iterator[Finding]:
    graph = ctx.bp.support_graph()
    # Only nodes in a strongly connected component of 2+ nodes (or with a self-loop) lie on
    # a cycle; listing cycles on that subgraph alone keeps acyclic graphs linear.
    on_cycle: set[str] = set(nx.nodes_with_selfloops(graph))
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            on_cycle.update(component)
    if not on_cycle:
        return
    found = list(islice(nx.simple_cycles(graph.subgraph(on_cycle)), MAX_CYCLES + 1))
    cycles = sorted((_rotated(ctx, c) for c in found[:MAX_CYCLES]),
                    key=lambda c: [ctx.order.get(i, -1) for i in c])
    for cycle in cycles:
        path = ctx.names(cycle + [cycle[0]], sep=" → ")
        yield Finding("support-cycle", E, tuple(cycle),
                      f"Support cycle of {len(cycle)} nodes: {path}.",
                      "Remove or reverse one support edge of the cycle, so that failures "
                      "travel one way only.")
    if len(found) > MAX_CYCLES:
        nodes = ctx.in_document_order(on_cycle)
        yield Finding("support-cycles-truncated", E, tuple(nodes),
                      f"More than {MAX_CYCLES} support cycles exist; only the first "
                      f"{MAX_CYCLES} are listed. {len(nodes)} nodes lie on support cycles: "
                      f"{ctx.names(nodes)}.",
                      "Break the listed cycles first, then validate again to see the rest.")


def _rotated(ctx: Context, cycle: list[str]) -> list[str]:
    """The cycle starting at its earliest node in document order (edge direction kept)."""
    start = min(range(len(cycle)), key=lambda i: (ctx.order.get(cycle[i], -1), cycle[i]))
    return cycle[start:] + cycle[:start]


def check_requires_range(ctx: Context) -> Iterator[Finding]:
    for node_id, node in ctx.nodes.items():
        k = node.requires
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            continue  # not a count (or an invalid one, reported by check_values)
        count = len(ctx.support_in.get(node_id, ()))
        if k > count:
            has = f"only {count}" if count else "none"
            yield Finding("requires-out-of-range", E, (node_id,),
                          f"{ctx.name(node_id)} requires {k} working supports but has {has}.",
                          _requires_hint(count))


def _requires_hint(count: int) -> str:
    if count == 0:
        return "Set 'requires' to 'all', or add support edges into the node."
    allowed = "1" if count == 1 else f"a number from 1 to {count}"
    return f"Set 'requires' to {allowed}, 'all' or 'any', or add the missing support edges."


def check_stage_refs(ctx: Context) -> Iterator[Finding]:
    known = {stage.id for stage in ctx.bp.stages}
    for node_id, node in ctx.nodes.items():
        if node.stage is not None and (not isinstance(node.stage, str) or node.stage not in known):
            yield Finding("unknown-stage", E, (node_id,),
                          f"{ctx.name(node_id)} is placed in stage {node.stage!r}, "
                          "which does not exist.",
                          "Move the node to an existing stage or add the stage back.")


def check_node_records(ctx: Context) -> Iterator[Finding]:
    """Graph nodes without a record: only reachable by editing ``bp.graph`` directly."""
    if not ctx.missing:
        return
    referring: dict[str, list[str]] = defaultdict(list)
    for edge in ctx.edges:
        for end in {edge.source, edge.target}:
            if end not in ctx.nodes:
                referring[end].append(edge.id)
    for node_id in ctx.missing:
        edges = referring.get(node_id, [])
        used = f"; edges {', '.join(edges)} refer to it" if edges else ""
        yield Finding("unknown-node", E, (node_id,),
                      f"Node id {node_id!r} is in the graph but has no node record{used}.",
                      "Remove the edges that refer to it, or add the node again.")


def check_incident_refs(ctx: Context) -> Iterator[Finding]:
    """One finding per unknown id, however many incident rows name it."""
    rows: dict[str, int] = defaultdict(int)
    for incident in ctx.bp.incidents:
        for ref in (incident.touchpoint, incident.cause):
            if ref is not None and ref not in ctx.nodes:
                rows[ref] += 1
    for ref, count in rows.items():
        plural = "row names" if count == 1 else "rows name"
        yield Finding("unknown-incident-node", E, (ref,),
                      f"{count} incident {plural} node {ref!r}, which does not exist.",
                      "Restore the node, or correct or delete those incident rows.")


def check_values(ctx: Context) -> Iterator[Finding]:
    for node_id, node in ctx.nodes.items():
        yield from _node_value_findings(ctx, node_id, node)
    for edge in ctx.edges:
        if ctx.kinds.get(edge.id) is None:
            yield Finding("invalid-edge-kind", E, (edge.source, edge.target),
                          f"Edge {edge.id} from {ctx.name(edge.source)} to "
                          f"{ctx.name(edge.target)} has unknown kind {edge.kind!r}.",
                          "Make the edge 'flow' or 'support'.")


def _node_value_findings(ctx: Context, node_id: str, node) -> Iterator[Finding]:
    ids = (node_id,)
    if not isinstance(node.label, str) or not node.label.strip():
        yield Finding("empty-label", E, ids, f"Node {node_id!r} has no label.",
                      "Give the node a short label saying what happens or what it is.")
    if ctx.lanes.get(node_id) is None:
        yield Finding("invalid-lane", E, ids,
                      f"{ctx.name(node_id)} has unknown lane {node.lane!r}.",
                      "Move the node to one of the lanes evidence, customer, frontstage, "
                      "backstage or support.")
    p = node.failure_probability
    if (isinstance(p, bool) or not isinstance(p, (int, float)) or math.isnan(p)
            or not 0.0 <= p <= 1.0):
        yield Finding("invalid-failure-probability", E, ids,
                      f"{ctx.name(node_id)} has failure probability {p!r}, "
                      "not a number between 0 and 1.",
                      "Enter the chance that the node fails by itself, between 0 and 1.")
    k = node.requires
    if k not in ("all", "any") and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
        yield Finding("invalid-requires", E, ids,
                      f"{ctx.name(node_id)} has 'requires' {k!r}; expected 'all', 'any' "
                      "or a whole number of at least 1.",
                      "Set 'requires' to 'all', 'any' or the number of supports it needs.")


CHECKS = (check_values, check_node_records, check_stage_refs, check_incident_refs,
          check_requires_range, check_support_cycles)
