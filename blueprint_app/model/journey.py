"""Rules for capturing a journey step by step (the facilitator's keyboard entry): where the
next step goes and how it connects. Pure functions, no Qt.

- Same lane as the previous step: the next stage (a new stage after the last one).
- Back up to the customer lane: the journey moves on, so the stage after the last journey
  step (customer action or touchpoint).
- Any other lane change: the same stage as the previous step.
- A customer action or touchpoint is joined to the last journey step by a `flow` edge.
- Behind the line of visibility, the new step supports the step above it; in the same lane
  (or coming up from below) the previous step supports the new one: a chain of supports
  runs in sequence (CONTRACT.md §4).
- Physical evidence is placed but not connected.
"""
from __future__ import annotations

from dataclasses import dataclass

from .blueprint import Blueprint
from .enums import EdgeKind, Lane

NEW = "<new>"  # stands for the step being added in StepPlan.edges

JOURNEY_LANES = (Lane.CUSTOMER, Lane.FRONTSTAGE)


@dataclass(frozen=True)
class StepPlan:
    stage_index: int                              # == len(stages): add a stage first
    edges: tuple[tuple[str, str, EdgeKind], ...]  # (source, target, kind); NEW = the step


def _stage_index(bp: Blueprint, node_id: str | None) -> int:
    if node_id is None or not bp.has_node(node_id):
        return -1
    stage_ids = [s.id for s in bp.stages]
    stage = bp.node(node_id).stage
    return stage_ids.index(stage) if stage in stage_ids else -1


def plan_next_step(bp: Blueprint, previous_id: str | None, journey_id: str | None,
                   lane: Lane) -> StepPlan:
    """Plan a step in ``lane`` after ``previous_id`` (the last step captured) where
    ``journey_id`` is the last customer action or touchpoint captured."""
    previous = bp.node(previous_id) if previous_id and bp.has_node(previous_id) else None
    journey_id = journey_id if journey_id and bp.has_node(journey_id) else None
    if previous is None:
        return StepPlan(0 if not journey_id else _stage_index(bp, journey_id) + 1,
                        ((journey_id, NEW, EdgeKind.FLOW),) if journey_id and lane in JOURNEY_LANES else ())
    if lane == previous.lane:
        index = _stage_index(bp, previous_id) + 1
    elif lane is Lane.CUSTOMER:
        index = _stage_index(bp, journey_id or previous_id) + 1
    else:
        index = max(0, _stage_index(bp, previous_id))
    edges: list[tuple[str, str, EdgeKind]] = []
    if lane in JOURNEY_LANES and journey_id:
        edges.append((journey_id, NEW, EdgeKind.FLOW))
    elif lane.behind_visibility:
        if previous.lane.index < lane.index:
            edges.append((NEW, previous_id, EdgeKind.SUPPORT))
        else:
            edges.append((previous_id, NEW, EdgeKind.SUPPORT))
    return StepPlan(max(0, index), tuple(edges))
