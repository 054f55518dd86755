"""Checks on the promise tree, time standards, perception points and execution records.

The model refuses a broken tree when it is edited, but a file may carry one (written by
another tool, or broken by later edits such as removing a node): these checks name it.
Errors: the commitment analysis cannot be trusted as it stands. Warnings: review points.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Lane
from ..model.units import can_convert
from .validation_context import Context
from .validation_report import Finding, Severity

E, W = Severity.ERROR, Severity.WARNING


def _f(code, severity, node, message, hint) -> Finding:
    return Finding(code, severity, (node,), message, hint)


def check_tree(ctx: Context) -> Iterator[Finding]:
    commitments = {}
    for node in ctx.nodes.values():
        for c in node.commitments:
            commitments.setdefault(c.id, c)
    for c in commitments.values():
        lane = ctx.lanes.get(c.node)
        where = f"commitment {c.id} ({c.title}) on {c.node}"
        if c.level == 1 and lane is not Lane.FRONTSTAGE:
            yield _f("commitment-level-lane", E, c.node, f"{where}: a level-1 commitment is a "
                     "promise to the customer but its node is not a touchpoint",
                     "Move it to the touchpoint where the customer meets the promise.")
        elif c.level > 1 and lane is Lane.FRONTSTAGE:
            yield _f("commitment-level-lane", E, c.node, f"{where}: a level-{c.level} commitment "
                     "sits on a touchpoint", "Put it on the backstage or support step that "
                     "carries the promise, or make it level 1.")
        if c.level == 1:
            if c.parent is not None:
                yield _f("commitment-parent-level", E, c.node, f"{where}: a level-1 commitment "
                         f"names a parent ({c.parent})", "Remove the parent.")
            continue
        parent = commitments.get(c.parent) if c.parent else None
        if c.parent is None:
            yield _f("commitment-without-parent", E, c.node, f"{where}: a level-{c.level} "
                     f"commitment needs a parent at level {c.level - 1}",
                     "Choose the commitment it helps to keep.")
        elif parent is None:
            yield _f("commitment-unknown-parent", E, c.node, f"{where}: its parent "
                     f"{c.parent!r} does not exist", "Choose an existing commitment as parent.")
        elif parent.level != c.level - 1:
            yield _f("commitment-parent-level", E, c.node, f"{where}: its parent {parent.id} "
                     f"is at level {parent.level}, not {c.level - 1}",
                     "A parent sits exactly one level up: fix the level or the parent.")
        elif c.unit and parent.unit and not can_convert(c.unit, parent.unit):
            yield _f("commitment-unit-mismatch", E, c.node, f"{where}: its unit {c.unit!r} "
                     f"cannot convert to its parent's {parent.unit!r}",
                     "Measure child and parent the same way (durations in min, h or d).")


def check_records(ctx: Context) -> Iterator[Finding]:
    known = {c.id for n in ctx.nodes.values() for c in n.commitments}
    unknown = sorted({x.commitment for x in ctx.bp.executions if x.commitment not in known})
    if unknown:
        yield Finding("execution-unknown-commitment", E, (), f"{len(unknown)} commitment id(s) "
                      f"in the execution records do not exist: {', '.join(unknown[:12])}",
                      "Restore the commitments or remove their records.")
    for node in ctx.nodes.values():
        for c in node.commitments:
            if c.target is None or c.unit is None:
                yield _f("commitment-incomplete", W, node.id, f"commitment {c.id} on {node.id} "
                         "has no target or no unit, so it cannot be checked or monitored",
                         "Give it a target and a unit.")
        if node.perceptions and ctx.lanes.get(node.id) is not Lane.FRONTSTAGE:
            yield _f("perception-off-touchpoint", W, node.id, f"{node.id} carries perception "
                     "points but is not a touchpoint", "Move them to the touchpoint.")
        if node.fmea is not None and not node.fail_point:
            yield _f("fmea-not-fail-point", W, node.id, f"{node.id} has FMEA scores but is not "
                     "marked as a fail point", "Mark it as a fail point or remove the scores.")


def check_budget(ctx: Context) -> Iterator[Finding]:
    if not any(n.commitments for n in ctx.nodes.values()):
        return
    from .commitments import budget_checks  # only when there are commitments
    try:
        checks = budget_checks(ctx.bp)
    except Exception:  # a damaged blueprint: other checks name the cause
        return
    for check in checks:
        node = ctx.bp.commitment(check.commitment).node
        if not check.fits:
            yield _f("commitment-budget-overrun", W, node, f"commitment {check.commitment}: "
                     f"the chain {' → '.join(check.chain)} takes {check.chain_hours:g} h, "
                     f"{-check.slack_hours:g} h more than its target of {check.target_hours:g} h",
                     "Shorten a step of the chain or loosen the promise.")
        if check.unplaced:
            yield _f("commitment-unplaced", W, node, f"commitment {check.commitment}: "
                     f"{', '.join(check.unplaced)} lie on no support path to {node}",
                     "Connect their steps with support edges, or move the commitments.")


CHECKS = (check_tree, check_records, check_budget)
