"""FMEA of the fail points: risk priority number RPN = severity x occurrence x detection,
ranked over front and back office together. Pure function."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Blueprint, Lane


@dataclass(frozen=True)
class FmeaRow:
    rank: int
    id: str
    label: str
    lane: Lane
    behind_visibility: bool
    fail_point: bool
    owner: str | None
    severity: int
    occurrence: int
    detection: int
    rpn: int


def fmea_ranking(bp: Blueprint) -> tuple[FmeaRow, ...]:
    """Every node with FMEA scores, highest RPN first (then severity, then document order)."""
    scored = [(i, n) for i, n in enumerate(bp.nodes()) if n.fmea is not None]
    scored.sort(key=lambda item: (-item[1].fmea.rpn, -item[1].fmea.severity, item[0]))
    return tuple(FmeaRow(rank, n.id, n.label, n.lane, n.lane.behind_visibility, n.fail_point,
                         n.owner, n.fmea.severity, n.fmea.occurrence, n.fmea.detection,
                         n.fmea.rpn)
                 for rank, (_, n) in enumerate(scored, 1))
