"""Checks on shared resources and touchpoint volumes.

A node and the resource it names should tell the same story: the same owner, the same kind
of resource. A resource id that is also a node id would make two things one event, so it is
an error; the rest are warnings.
"""
from __future__ import annotations

from typing import Iterator

from ..model import CATEGORY_TITLES, Lane
from .validation_context import Context
from .validation_report import Finding, Severity

E, W = Severity.ERROR, Severity.WARNING
BACK_OFFICE = (Lane.BACKSTAGE, Lane.SUPPORT)


def check_resource_ids(ctx: Context) -> Iterator[Finding]:
    for resource in ctx.bp.resources:
        if resource.id in ctx.nodes:
            yield Finding("resource-id-clash", E, (resource.id,),
                          f"Resource \"{resource.label}\" has the id {resource.id!r} of node "
                          f"{ctx.name(resource.id)}; the analysis cannot tell them apart.",
                          "Give the resource or the node another id.")


def check_resource_references(ctx: Context) -> Iterator[Finding]:
    catalogue = {r.id: r for r in ctx.bp.resources}
    for node_id, node in ctx.nodes.items():
        resource_id = getattr(node, "resource", None)
        if resource_id is None:
            continue
        if ctx.lanes.get(node_id) not in BACK_OFFICE:
            yield Finding("resource-outside-back-office", W, (node_id,),
                          f"{ctx.name(node_id)} depends on resource {resource_id!r}, but only "
                          "backstage and support nodes can depend on shared resources.",
                          "Move the dependency to the backstage or support step that uses it.")
        resource = catalogue.get(resource_id)
        if resource is None:
            yield Finding("resource-unknown", W, (node_id,),
                          f"{ctx.name(node_id)} depends on resource {resource_id!r}, which is "
                          "not in the catalogue; it is analysed as never failing.",
                          "Add the resource to the catalogue or choose an existing one.")
            continue
        if resource.owner and node.owner and resource.owner != node.owner:
            yield Finding("resource-owner-differs", W, (node_id,),
                          f"{ctx.name(node_id)} is owned by {node.owner!r} but its resource "
                          f"\"{resource.label}\" by {resource.owner!r}.",
                          "Agree on one owner, or link the node to the right resource.")
        if resource.category and node.category and resource.category != node.category:
            yield Finding("resource-category-differs", W, (node_id,),
                          f"{ctx.name(node_id)} is in category {CATEGORY_TITLES[node.category]!r} but "
                          f"its resource \"{resource.label}\" in "
                          f"{CATEGORY_TITLES[resource.category]!r}.",
                          "Correct the category of the node or of the resource.")


def check_volumes(ctx: Context) -> Iterator[Finding]:
    for node_id, node in ctx.nodes.items():
        if getattr(node, "volume", None) is not None and ctx.lanes.get(node_id) is not Lane.FRONTSTAGE:
            yield Finding("volume-not-touchpoint", W, (node_id,),
                          f"{ctx.name(node_id)} has a volume of customer visits, but only "
                          "touchpoints are counted.",
                          "Remove the volume, or give it to the touchpoint the customers visit.")


CHECKS = (check_resource_ids, check_resource_references, check_volumes)
