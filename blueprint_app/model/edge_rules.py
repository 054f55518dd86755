"""Which kind of edge a drawn connection is (CONTRACT.md §2). No Qt."""
from __future__ import annotations

from .enums import EdgeKind, Lane


def infer_edge_kind(source_lane: Lane | str, target_lane: Lane | str) -> EdgeKind:
    """``flow`` (the customer's journey) when both ends are in the lanes the customer sees;
    otherwise ``support`` when the source lies in a lower lane than the target (supporting
    work sits below what it supports) or both ends are behind the line of visibility in the
    same lane (a chain of supports runs in sequence); anything else is ``flow``."""
    source, target = Lane(source_lane), Lane(target_lane)
    if not (source.behind_visibility or target.behind_visibility):
        return EdgeKind.FLOW
    if source.index > target.index:
        return EdgeKind.SUPPORT
    if source is target and source.behind_visibility:
        return EdgeKind.SUPPORT
    return EdgeKind.FLOW
