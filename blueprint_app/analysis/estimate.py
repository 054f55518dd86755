"""Suggest nodes' own failure probabilities from the incident log. A suggestion only: it is
shown for review and never written into the blueprint by this module.

Counting: a node's observed failures n are the summed ``count`` of the incidents whose
``cause`` is that node (incidents without a cause are not attributed). If one back-office
failure was logged at several touchpoints it is counted once per log row, so n may
overstate; the ``basis`` text says what was counted so the reviewer can judge.

Estimators (choose one):
- per period (``period_days``): failures are taken as a Poisson process with rate
  lambda = n / T per day over the observed window of T days (``observed_days``, by default
  the log's span from its first to its last date, inclusive); the probability of failing at
  least once in a period of ``period_days`` is p = 1 - exp(-lambda * period_days).
- per occasion (``opportunities``): the log covers that many service occasions (orders,
  calls...); p = n / opportunities (the binomial maximum-likelihood estimate), at most 1.
Nodes without attributed incidents get no suggestion: no observation is not proof of 0.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Blueprint

__all__ = ["ProbabilitySuggestion", "suggest_probabilities"]


@dataclass(frozen=True)
class ProbabilitySuggestion:
    node: str
    label: str
    current: float
    suggested: float
    failures: int
    basis: str


def suggest_probabilities(bp: Blueprint, *, period_days: float | None = None,
                          opportunities: int | None = None,
                          observed_days: float | None = None) -> list[ProbabilitySuggestion]:
    """One suggestion per node with attributed incidents, in document order."""
    if (period_days is None) == (opportunities is None):
        raise ValueError("give exactly one of period_days or opportunities")
    if period_days is not None and not period_days > 0:
        raise ValueError(f"period_days must be positive, not {period_days}")
    if opportunities is not None and not opportunities > 0:
        raise ValueError(f"opportunities must be positive, not {opportunities}")
    failures: dict[str, int] = {}
    for incident in bp.incidents:
        if incident.cause is not None and bp.has_node(incident.cause):
            failures[incident.cause] = failures.get(incident.cause, 0) + incident.count
    if not failures:
        return []
    window = observed_days if observed_days is not None else _span_days(bp)
    if not window > 0:
        raise ValueError(f"observed_days must be positive, not {window}")
    suggestions = []
    for node in bp.nodes():
        n = failures.get(node.id)
        if not n:
            continue
        if opportunities is not None:
            p = min(1.0, n / opportunities)
            basis = f"{n} failures in {opportunities} occasions"
        else:
            p = 1.0 - math.exp(-n / window * period_days)
            basis = (f"{n} failures in {window:g} days -> 1 - exp(-{n}/{window:g} x "
                     f"{period_days:g}) for a {period_days:g}-day period")
        suggestions.append(ProbabilitySuggestion(node.id, node.label, node.failure_probability,
                                                 p, n, basis))
    return suggestions


def _span_days(bp: Blueprint) -> float:
    dates = [incident.date for incident in bp.incidents]
    return float((max(dates) - min(dates)).days + 1)
