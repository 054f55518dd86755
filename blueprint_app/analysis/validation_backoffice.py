"""Warning checks on what lies behind the line of visibility, and on stages.

These are the objections a blueprint expert raises in review: a touchpoint that nothing
backstage makes happen, a back-office node that serves nobody, work that nobody owns, a
stage in which the customer does nothing.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Lane
from .validation_context import Context
from .validation_report import Finding, Severity

W = Severity.WARNING
BACK_OFFICE = tuple(lane for lane in Lane if lane.behind_visibility)


def _reached_from_back_office(ctx: Context) -> set[str]:
    """Nodes reached through 1+ support edges from any backstage or support node (one
    multi-source search, linear in nodes + edges)."""
    reached: set[str] = set()
    stack = [t for n in ctx.lane_ids(*BACK_OFFICE) for t in ctx.support_out.get(n, ())]
    while stack:
        node = stack.pop()
        if node not in reached:
            reached.add(node)
            stack.extend(ctx.support_out.get(node, ()))
    return reached


def check_touchpoint_support(ctx: Context) -> Iterator[Finding]:
    touchpoints = ctx.lane_ids(Lane.FRONTSTAGE)
    if not touchpoints:
        return
    reached = _reached_from_back_office(ctx)
    for node_id in touchpoints:
        if node_id not in reached:
            yield Finding("touchpoint-unsupported", W, (node_id,),
                          f"Touchpoint {ctx.name(node_id)} has nothing behind the line of "
                          "visibility: no backstage or support node reaches it through "
                          "support edges.",
                          "Add support edges from the backstage work and support processes "
                          "that make this touchpoint happen.")


def check_back_office_used(ctx: Context) -> Iterator[Finding]:
    for node_id in ctx.lane_ids(*BACK_OFFICE):
        if not ctx.support_out.get(node_id):
            yield Finding("supports-nothing", W, (node_id,),
                          f"{ctx.kind_of(node_id).capitalize()} {ctx.name(node_id)} supports "
                          "nothing: it has no outgoing support edge.",
                          "Add a support edge to the step that needs it, or delete the node "
                          "if no step does.")


def check_back_office_owner(ctx: Context) -> Iterator[Finding]:
    for node_id in ctx.lane_ids(*BACK_OFFICE):
        owner = ctx.nodes[node_id].owner
        if not isinstance(owner, str) or not owner.strip():
            yield Finding("missing-owner", W, (node_id,),
                          f"{ctx.kind_of(node_id).capitalize()} {ctx.name(node_id)} has no "
                          "owner.",
                          "Name the department or responsible post that answers for it.")


def check_stage_customer_action(ctx: Context) -> Iterator[Finding]:
    with_action = {ctx.nodes[n].stage for n in ctx.lane_ids(Lane.CUSTOMER)
                   if isinstance(ctx.nodes[n].stage, str)}
    for stage in ctx.bp.stages:
        if stage.id not in with_action:
            yield Finding("stage-without-customer-action", W, (stage.id,),
                          f"Stage {stage.name!r} ({stage.id}) has no customer action.",
                          "Add what the customer does in this stage, or merge the stage into "
                          "a neighbouring one.")


CHECKS = (check_touchpoint_support, check_back_office_used, check_back_office_owner,
          check_stage_customer_action)
