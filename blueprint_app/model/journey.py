"""Rules for capturing a journey step by step (the facilitator's keyboard entry) and for
placing each step. Pure functions."""
from __future__ import annotations

from dataclasses import dataclass

from .blueprint import Blueprint
from .edge_rules import infer_edge_kind
from .enums import EdgeKind, Lane

@dataclass(frozen=True)
class StepPlan:
    """Where the next captured step goes and how it connects to the previous one."""

    stage_index: int           # index into bp.stages; == len(stages) means "add a stage"
    edge_kind: EdgeKind | None  # None when there is no previous step
    new_is_source: bool        # True: edge new -> previous (a support from below)


def plan_next_step(bp: Blueprint, previous_id: str | None, lane: Lane) -> StepPlan:
    """Same lane: the next stage (a new stage after the last one). Another lane: the same
    stage as the previous step. The edge follows ``infer_edge_kind``."""
    stage_ids = [s.id for s in bp.stages]
    if previous_id is None or not bp.has_node(previous_id):
        return StepPlan(0, None, False)
    previous = bp.node(previous_id)
    current = stage_ids.index(previous.stage) if previous.stage in stage_ids else -1
    index = current + 1 if lane == previous.lane else max(current, 0)
    if lane.index > previous.lane.index and lane.behind_visibility:
        return StepPlan(index, EdgeKind.SUPPORT, True)
    kind = infer_edge_kind(previous.lane, lane)
    return StepPlan(index, kind, kind is EdgeKind.SUPPORT and lane.index > previous.lane.index)
