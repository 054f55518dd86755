"""Blueprint validation: ``validate(bp) -> ValidationReport``.

Errors first (the blueprint cannot be analysed as it stands), then warnings (what a
blueprint expert would object to). Every code is listed in docs/validation.md. All checks
share one index built in a single pass, so validation stays O(nodes + edges); only the
listing of support cycles can cost more, and it stops after MAX_CYCLES cycles.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model import Blueprint
from . import (validation_backoffice, validation_commitments, validation_integrity,
               validation_journey, validation_resources)
from .validation_context import Context
from .validation_integrity import MAX_CYCLES
from .validation_report import Finding, Severity, ValidationReport

__all__ = ["CHECKS", "Finding", "MAX_CYCLES", "Severity", "ValidationReport", "validate"]

Check = Callable[[Context], Iterable[Finding]]

# Report order: errors, then journey warnings, then back-office and stage warnings, then
# the promise tree, perception and FMEA findings (errors and warnings of their own).
CHECKS: tuple[Check, ...] = (validation_integrity.CHECKS + validation_journey.CHECKS
                             + validation_backoffice.CHECKS + validation_commitments.CHECKS
                             + validation_resources.CHECKS)


def validate(bp: Blueprint) -> ValidationReport:
    """Every finding on ``bp``; never raises on a damaged blueprint."""
    ctx = Context.build(bp)
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(ctx))
    return ValidationReport(tuple(findings))
