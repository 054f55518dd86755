"""Pareto of observed failure causes, from the blueprint's incident records.

``by`` chooses the measure: ``count`` (number of incidents), ``customers`` (customers
affected) or ``minutes`` (minutes lost); a row's ``customers_affected`` and ``minutes_lost``
are totals for that row, and missing values count as 0. Rows are causes, largest first
(ties by id); an incident without a recorded cause is the row with ``cause=None``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Blueprint, Incident, Lane, ModelError

MEASURES = ("count", "customers", "minutes")
NO_CAUSE_LABEL = "(cause not recorded)"

__all__ = ["MEASURES", "Pareto", "ParetoRow", "incident_value", "pareto", "pareto_by_touchpoint"]


@dataclass(frozen=True)
class ParetoRow:
    cause: str | None
    label: str
    lane: Lane | None           # None for no recorded cause or a node no longer in the map
    value: float
    share: float
    cumulative_share: float


@dataclass(frozen=True)
class Pareto:
    touchpoint: str | None      # None: the whole blueprint
    by: str
    total: float
    rows: tuple[ParetoRow, ...]
    behind_visibility_share: float | None   # share of ``total`` caused behind the line

    def row(self, cause: str | None) -> ParetoRow | None:
        return next((r for r in self.rows if r.cause == cause), None)


def incident_value(incident: Incident, by: str) -> float:
    if by == "count":
        return incident.count
    if by == "customers":
        return incident.customers_affected or 0
    if by == "minutes":
        return incident.minutes_lost or 0.0
    raise ValueError(f"unknown Pareto measure {by!r} (known: {', '.join(MEASURES)})")


def pareto(bp: Blueprint, touchpoint: str | None = None, by: str = "count") -> Pareto:
    """The Pareto of causes for one touchpoint, or for every incident when None."""
    if by not in MEASURES:
        raise ValueError(f"unknown Pareto measure {by!r} (known: {', '.join(MEASURES)})")
    if touchpoint is not None and not bp.has_node(touchpoint):
        raise ModelError(f"no node with id {touchpoint!r}", field="touchpoint")
    totals: dict[str | None, float] = {}
    for incident in bp.incidents:
        if touchpoint is None or incident.touchpoint == touchpoint:
            totals[incident.cause] = totals.get(incident.cause, 0) + incident_value(incident, by)
    total = sum(totals.values())
    ordered = sorted(((cause, value) for cause, value in totals.items() if value > 0),
                     key=lambda item: (-item[1], item[0] is None, item[0] or ""))
    rows, running, behind = [], 0.0, 0.0
    for cause, value in ordered:
        running += value
        lane = bp.node(cause).lane if cause is not None and bp.has_node(cause) else None
        if lane is not None and lane.behind_visibility:
            behind += value
        rows.append(ParetoRow(cause, _label(bp, cause), lane, value, value / total,
                              min(1.0, running / total)))
    return Pareto(touchpoint, by, total, tuple(rows), behind / total if total else None)


def pareto_by_touchpoint(bp: Blueprint, by: str = "count") -> dict[str, Pareto]:
    """A Pareto for every touchpoint (document order), including those without incidents."""
    return {tp.id: pareto(bp, tp.id, by) for tp in bp.touchpoints()}


def _label(bp: Blueprint, cause: str | None) -> str:
    if cause is None:
        return NO_CAUSE_LABEL
    if bp.has_node(cause):
        return bp.node(cause).label
    return f"(removed node {cause})"
