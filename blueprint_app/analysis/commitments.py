"""Path times and the budget check of the promise tree (CONTRACT.md §4). Pure functions.

Path time: every node's own time standard, and the longest chain of its supports that must
finish before it (supports of one node run in parallel: the longest counts; a chain adds up).
Budget check: for every duration commitment with duration children, the longest sequence of
its DIRECT children along the support edges must fit inside its own target, at every level.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import Blueprint, Commitment
from .support_order import SupportOrder

_EPS = 1e-9


def _r(value: float) -> float:
    return round(value, 6) + 0.0  # no "-0.0" in reports


@dataclass(frozen=True)
class PathTime:
    node: str
    own_hours: float | None          # the node's time standard, None when it has none
    support_hours: float             # longest chain of supports that finish before it
    finish_hours: float              # support_hours + own time
    critical_path: tuple[str, ...]   # that chain of supports, first to last
    in_loop: bool                    # on a support loop (edges inside the loop not summed)


@dataclass(frozen=True)
class PathTimeReport:
    times: dict[str, PathTime] = field(hash=False)
    loops: tuple[tuple[str, ...], ...]

    def touchpoints(self, bp: Blueprint) -> list[PathTime]:
        return [self.times[n.id] for n in bp.touchpoints()]


@dataclass(frozen=True)
class BudgetCheck:
    commitment: str
    target_hours: float
    chain: tuple[str, ...]
    chain_hours: float
    slack_hours: float
    fits: bool
    unplaced: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The entry of ``commitments --json`` (CONTRACT.md §4); ``unplaced`` only when any."""
        out = {"commitment": self.commitment, "target_hours": self.target_hours,
               "chain": list(self.chain), "chain_hours": self.chain_hours,
               "slack_hours": self.slack_hours, "fits": self.fits}
        if self.unplaced:
            out["unplaced"] = list(self.unplaced)
        return out


def path_times(bp: Blueprint, order: SupportOrder | None = None) -> PathTimeReport:
    order = order or SupportOrder(bp)
    times: dict[str, PathTime] = {}
    members = order.condensed.nodes
    for component in order.topo:
        loop = len(members[component]["members"]) > 1
        for node_id in members[component]["members"]:
            node = bp.node(node_id)
            best, path = 0.0, ()
            for support in bp.supports_of(node_id):
                done = times.get(support)
                if done is not None and order.component(support) != component \
                        and (done.finish_hours > best or not path):
                    best, path = done.finish_hours, done.critical_path + (support,)
            own = None if node.time_standard is None else node.time_standard.hours
            times[node_id] = PathTime(node_id, own, _r(best), _r(best + (own or 0.0)), path, loop)
    ordered = {node_id: times[node_id] for node_id in bp.node_ids()}
    return PathTimeReport(ordered, order.loops)


def _duration_children(bp: Blueprint) -> dict[str, list[Commitment]]:
    children: dict[str, list[Commitment]] = defaultdict(list)
    for c in bp.commitments():
        if c.parent is not None and c.target_hours is not None:
            children[c.parent].append(c)
    return children


def _longest_chain(kids: list[Commitment], order: SupportOrder) -> tuple[list[Commitment], float]:
    """The heaviest sequence of children ordered by "finishes before" (a longest path in a
    small DAG, O(k^2) for k children)."""
    kids = sorted(kids, key=lambda c: order.index(c.node))  # stable: document order on ties
    best: list[float] = []
    back: list[int | None] = []
    for j, child in enumerate(kids):
        top, previous = 0.0, None
        for i in range(j):
            if best[i] > top and order.reaches(kids[i].node, child.node):
                top, previous = best[i], i
        best.append(top + child.target_hours)
        back.append(previous)
    end = max(range(len(kids)), key=lambda k: (best[k], -k))
    chain, k = [], end
    while k is not None:
        chain.append(kids[k])
        k = back[k]
    return chain[::-1], best[end]


def budget_checks(bp: Blueprint, order: SupportOrder | None = None) -> tuple[BudgetCheck, ...]:
    """One check per duration commitment with duration children, in document order."""
    order = order or SupportOrder(bp)
    children = _duration_children(bp)
    checks = []
    for parent in bp.commitments():
        target = parent.target_hours
        kids = children.get(parent.id)
        if target is None or not kids or not bp.has_node(parent.node):
            continue
        placed = [c for c in kids if bp.has_node(c.node)
                  and (c.node == parent.node or order.reaches(c.node, parent.node))]
        unplaced = tuple(c.id for c in kids if c not in placed)
        chain, hours = _longest_chain(placed, order) if placed else ([], 0.0)
        slack = target - hours
        checks.append(BudgetCheck(parent.id, _r(target), tuple(c.id for c in chain), _r(hours),
                                  _r(slack), slack >= -_EPS, unplaced))
    return tuple(checks)


def budget_json(checks: tuple[BudgetCheck, ...]) -> dict[str, Any]:
    """The whole ``commitments --json`` document."""
    return {"budget_checks": [c.to_json() for c in checks]}
