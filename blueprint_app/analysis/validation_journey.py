"""Warning checks on the customer's journey (the ``flow`` edges): is it a closed loop?

A blueprint's journey starts with a customer action and ends with one (DOMAIN.md). We read
the flow edges as a graph and judge each weakly connected piece of it: its *starts* are the
nodes with no incoming flow edge, its *ends* the nodes with no outgoing one.
"""
from __future__ import annotations

from typing import Iterator

from ..model import EdgeKind, Lane
from .validation_context import Context
from .validation_report import Finding, Severity

W = Severity.WARNING


def check_flow_present(ctx: Context) -> Iterator[Finding]:
    if ctx.nodes and not any(kind is EdgeKind.FLOW for kind in ctx.kinds.values()):
        yield Finding("no-flow", W, (),
                      f"The blueprint has {len(ctx.nodes)} nodes but no flow edges, so the "
                      "customer's journey is not drawn.",
                      "Connect the customer actions and touchpoints with flow edges, in the "
                      "order the customer meets them.")


def flow_components(ctx: Context) -> Iterator[list[str]]:
    """Weakly connected pieces of the flow graph, each in document order."""
    seen: set[str] = set()
    for start in ctx.nodes:
        if start in seen or not (ctx.flow_in.get(start) or ctx.flow_out.get(start)):
            continue
        seen.add(start)
        stack, component = [start], []
        while stack:
            node = stack.pop()
            component.append(node)
            for other in (*ctx.flow_in.get(node, ()), *ctx.flow_out.get(node, ())):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        yield ctx.in_document_order(component)


def check_flow_ends(ctx: Context) -> Iterator[Finding]:
    for component in flow_components(ctx):
        starts = [n for n in component if not ctx.flow_in.get(n)]
        ends = [n for n in component if not ctx.flow_out.get(n)]
        yield from _start_findings(ctx, component, starts)
        yield from _end_findings(ctx, component, ends)


def _start_findings(ctx: Context, component: list[str], starts: list[str]) -> Iterator[Finding]:
    if not starts:
        yield Finding("flow-without-start", W, tuple(component),
                      f"The journey through {ctx.names(component)} has no first step: every "
                      "step has a flow edge leading into it.",
                      "Remove the flow edge that leads back into the customer's first action, "
                      "so the journey has a start.")
    for node_id in starts:
        if ctx.lanes.get(node_id) is not Lane.CUSTOMER:
            yield Finding("flow-start-not-customer", W, (node_id,),
                          f"The journey starts at {ctx.kind_of(node_id)} {ctx.name(node_id)}, "
                          "not at a customer action.",
                          "Add a flow edge into it from the customer action that triggers it.")


def _end_findings(ctx: Context, component: list[str], ends: list[str]) -> Iterator[Finding]:
    if not ends:
        yield Finding("flow-without-end", W, tuple(component),
                      f"The journey through {ctx.names(component)} has no last step: every "
                      "step has a flow edge leading out of it.",
                      "Remove the flow edge that leaves the customer's last action, so the "
                      "journey has an end.")
    for node_id in ends:
        if ctx.lanes.get(node_id) is not Lane.CUSTOMER:
            yield Finding("flow-end-not-customer", W, (node_id,),
                          f"The journey ends at {ctx.kind_of(node_id)} {ctx.name(node_id)}, "
                          "not at a customer action.",
                          "Add a flow edge from it to the customer action that follows it, so "
                          "the journey ends with the customer.")


def check_touchpoints_on_flow(ctx: Context) -> Iterator[Finding]:
    """Touchpoints with no flow edge at all. One with edges on one side only is a start or
    an end of the flow, already reported by check_flow_ends."""
    for node_id in ctx.lane_ids(Lane.FRONTSTAGE):
        if not (ctx.flow_in.get(node_id) or ctx.flow_out.get(node_id)):
            yield Finding("touchpoint-off-flow", W, (node_id,),
                          f"Touchpoint {ctx.name(node_id)} is not on the customer's journey: "
                          "no flow edge enters or leaves it.",
                          "Connect it with flow edges from the customer action that leads to "
                          "it and to the customer action that follows.")


def check_flow_crossing(ctx: Context) -> Iterator[Finding]:
    """Flow edges between the customer lane and the back office, in either direction: the
    customer never meets backstage work except through a touchpoint."""
    for edge in ctx.edges:
        if ctx.kinds.get(edge.id) is not EdgeKind.FLOW:
            continue
        ends = (ctx.lanes.get(edge.source), ctx.lanes.get(edge.target))
        if Lane.CUSTOMER in ends and (ctx.behind_visibility(edge.source)
                                      or ctx.behind_visibility(edge.target)):
            yield Finding("flow-bypasses-touchpoint", W, (edge.source, edge.target),
                          f"Flow edge {edge.id} goes from {ctx.kind_of(edge.source)} "
                          f"{ctx.name(edge.source)} straight to {ctx.kind_of(edge.target)} "
                          f"{ctx.name(edge.target)}, across the line of visibility.",
                          "Route the journey through the touchpoint the customer meets, and "
                          "link the back-office node to that touchpoint with a support edge.")


CHECKS = (check_flow_present, check_flow_ends, check_touchpoints_on_flow, check_flow_crossing)
