"""Monitoring of commitments from their execution records. Pure functions.

Per commitment: attainment rate, breaches and early warnings (met, but using at least
``warning_share`` of an "at most" target). For every breach of a level-1 commitment, the
lower commitments of its tree that overran on the same date (attribution). And a
responsibility matrix per department (commitment owner) and post.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..model import Blueprint, Commitment

WARNING_SHARE = 0.8
NO_OWNER, NO_POST = "(no owner)", "(no post)"


@dataclass(frozen=True)
class CommitmentStatus:
    commitment: str
    node: str
    level: int
    name: str
    owner: str | None
    post: str | None
    target: float | None
    unit: str | None
    records: int
    judged: int              # records with a target to judge them by
    met: int
    breaches: int
    warnings: int            # met, but at or above warning_share of an "at most" target
    attainment: float | None  # met / judged
    worst: float | None       # the worst actual recorded

    @property
    def status(self) -> str:
        """"no data", "breached", "at risk" or "fits" (the dock's colours)."""
        if not self.judged:
            return "no data"
        return "breached" if self.breaches else "at risk" if self.warnings else "fits"


@dataclass(frozen=True)
class Overrun:
    commitment: str
    actual: float
    target: float
    overrun: float           # how far past the target, in the commitment's unit


@dataclass(frozen=True)
class Attribution:
    """A breach of a level-1 commitment and the lower commitments that overran that day."""

    date: dt.date
    commitment: str
    actual: float
    target: float
    culprits: tuple[Overrun, ...]


@dataclass(frozen=True)
class ResponsibilityRow:
    owner: str
    post: str
    commitments: int
    records: int
    met: int
    attainment: float | None
    breaches: int
    breaches_caused: int     # level-1 breaches this post's commitments overran in


@dataclass(frozen=True)
class MonitoringReport:
    statuses: tuple[CommitmentStatus, ...]       # document order
    attributions: tuple[Attribution, ...]        # by date, then commitment order
    responsibility: tuple[ResponsibilityRow, ...]  # most breaches caused first
    warning_share: float
    unknown: int                                 # records naming no known commitment

    def status_of(self, commitment_id: str) -> CommitmentStatus | None:
        return next((s for s in self.statuses if s.commitment == commitment_id), None)


def breached(c: Commitment, actual: float) -> bool:
    return actual < c.target if c.at_least else actual > c.target


def _overrun(c: Commitment, actual: float) -> float:
    return c.target - actual if c.at_least else actual - c.target


def _descendants(bp: Blueprint) -> dict[str, list[Commitment]]:
    children: dict[str, list[Commitment]] = defaultdict(list)
    for c in bp.commitments():
        if c.parent is not None:
            children[c.parent].append(c)
    out = {}
    for c in bp.commitments():
        if c.level == 1:
            found, stack, seen = [], list(children[c.id]), {c.id}
            while stack:
                child = stack.pop(0)
                if child.id not in seen:
                    seen.add(child.id)
                    found.append(child)
                    stack.extend(children[child.id])
            out[c.id] = found
    return out


def monitoring_summary(bp: Blueprint, warning_share: float = WARNING_SHARE) -> MonitoringReport:
    if not 0 < warning_share <= 1:
        raise ValueError(f"warning_share must be in (0, 1], not {warning_share}")
    commitments = {c.id: c for c in bp.commitments()}
    actuals: dict[str, list] = defaultdict(list)
    breaches_on: dict[tuple[str, dt.date], float] = {}
    unknown = 0
    for record in bp.executions:
        c = commitments.get(record.commitment)
        if c is None:
            unknown += 1
            continue
        actuals[c.id].append(record)
        if c.target is not None and breached(c, record.actual):
            key = (c.id, record.date)
            # several records on one day: keep the worst
            if key not in breaches_on or _overrun(c, record.actual) > _overrun(c, breaches_on[key]):
                breaches_on[key] = record.actual
    statuses = tuple(_status(c, actuals[c.id], warning_share) for c in commitments.values())
    attributions = _attributions(bp, commitments, actuals, breaches_on)
    return MonitoringReport(statuses, attributions,
                            _responsibility(commitments, statuses, attributions),
                            warning_share, unknown)


def _status(c: Commitment, records: list, share: float) -> CommitmentStatus:
    judged = met = warnings = 0
    worst = None
    for record in records:
        actual = record.actual
        if worst is None or (actual < worst if c.at_least else actual > worst):
            worst = actual
        if c.target is None:
            continue
        judged += 1
        if not breached(c, actual):
            met += 1
            if not c.at_least and actual >= share * c.target:
                warnings += 1
    return CommitmentStatus(c.id, c.node, c.level, c.title, c.owner, c.post, c.target, c.unit,
                            len(records), judged, met, judged - met, warnings,
                            met / judged if judged else None, worst)


def _attributions(bp, commitments, actuals, breaches_on) -> tuple[Attribution, ...]:
    below = _descendants(bp)
    found = []
    for position, c in enumerate(commitments.values()):
        if c.level != 1 or c.target is None:
            continue
        days = sorted({r.date for r in actuals[c.id] if (c.id, r.date) in breaches_on})
        for day in days:
            culprits = tuple(Overrun(d.id, breaches_on[(d.id, day)], d.target,
                                     _overrun(d, breaches_on[(d.id, day)]))
                             for d in below.get(c.id, ()) if (d.id, day) in breaches_on)
            found.append((day, position, Attribution(day, c.id, breaches_on[(c.id, day)],
                                                     c.target, culprits)))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(a for _, _, a in found)


def _responsibility(commitments, statuses, attributions) -> tuple[ResponsibilityRow, ...]:
    caused: dict[str, int] = defaultdict(int)
    for attribution in attributions:
        for culprit in attribution.culprits:
            caused[culprit.commitment] += 1
    rows: dict[tuple[str, str], list] = {}
    for s in statuses:
        key = (s.owner or NO_OWNER, s.post or NO_POST)
        row = rows.setdefault(key, [0, 0, 0, 0, 0, 0])  # commitments, records, judged, met, breaches, caused
        for i, value in enumerate((1, s.records, s.judged, s.met, s.breaches, caused[s.commitment])):
            row[i] += value
    out = [ResponsibilityRow(owner, post, n, records, met, met / judged if judged else None,
                             breaches, by)
           for (owner, post), (n, records, judged, met, breaches, by) in rows.items()]
    out.sort(key=lambda r: (-r.breaches_caused, -r.breaches, r.owner, r.post))
    return tuple(out)
