"""One traffic-light status per commitment, for the Commitments dock and the canvas badges.

- breached: the budget check does not fit (the chain of child targets overruns), or the
  recorded executions met the target less often than ATTAINMENT_GOAL (95 %);
- at risk: otherwise, when any execution missed the target or used >= the warning share of
  it (early warning), or the budget leaves less than AT_RISK_SLACK of the target as slack;
- fits: everything else (also: no budget to check and no records yet).
A node's status is the worst of its commitments'.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Blueprint
from .commitments import BudgetCheck, budget_checks
from .monitoring import CommitmentStatus, MonitoringReport, monitoring_summary

FITS, AT_RISK, BREACHED = "fits", "at_risk", "breached"
SEVERITY = {FITS: 0, AT_RISK: 1, BREACHED: 2}
AT_RISK_SLACK = 0.10
ATTAINMENT_GOAL = 0.95


@dataclass(frozen=True)
class CommitmentOverview:
    statuses: dict[str, str]                 # commitment id -> fits / at_risk / breached
    node_statuses: dict[str, str]            # node id -> worst status of its commitments
    budgets: dict[str, BudgetCheck]          # commitment id -> its budget check (parents only)
    monitoring: MonitoringReport

    def monitored(self, commitment_id: str) -> CommitmentStatus | None:
        return next((s for s in self.monitoring.statuses if s.commitment == commitment_id), None)


def _status(budget: BudgetCheck | None, monitored: CommitmentStatus | None) -> str:
    attainment = monitored.attainment if monitored is not None else None
    if (budget is not None and not budget.fits) or (attainment is not None and attainment < ATTAINMENT_GOAL):
        return BREACHED
    tight = budget is not None and budget.slack_hours < AT_RISK_SLACK * budget.target_hours
    if tight or (monitored is not None and (monitored.breaches or monitored.warnings)):
        return AT_RISK
    return FITS


def commitment_overview(bp: Blueprint) -> CommitmentOverview:
    budgets = {check.commitment: check for check in budget_checks(bp)}
    monitoring = monitoring_summary(bp)
    monitored = {s.commitment: s for s in monitoring.statuses}
    statuses: dict[str, str] = {}
    node_statuses: dict[str, str] = {}
    for c in bp.commitments():
        status = _status(budgets.get(c.id), monitored.get(c.id))
        statuses[c.id] = status
        if SEVERITY[status] >= SEVERITY.get(node_statuses.get(c.node, FITS), 0):
            node_statuses[c.node] = status
    return CommitmentOverview(statuses, node_statuses, budgets, monitoring)
