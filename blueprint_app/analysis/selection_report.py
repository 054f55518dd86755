"""What the Analysis dock shows for one selected node, computed in one pure call so the GUI
can run it on a worker thread over a snapshot of the blueprint."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Blueprint, Lane
from .resources import is_stand_in, with_resources
from .failure import TouchpointAnalysis, analyze_touchpoint, check_support_cycles, what_if_fixed
from .tracing import (BlastRadius, TouchpointTrace, blast_radius, single_points_of_failure,
                      trace_touchpoint)

DISPLAY_MAX_ORDER = 4  # cut sets shown in the dock; probabilities never depend on it


@dataclass(frozen=True)
class NodeReport:
    node_id: str
    is_touchpoint: bool
    analysis: TouchpointAnalysis | None = None   # touchpoints
    trace: TouchpointTrace | None = None         # touchpoints
    blast: BlastRadius | None = None             # other nodes
    what_if: dict[str, tuple[float, float]] | None = None  # other nodes with a probability
    error: str | None = None                     # e.g. a support cycle
    single_points: tuple[str, ...] = ()          # touchpoints: nodes whose failure alone breaks it

    def heat(self) -> dict[str, float]:
        """Values 0..1 for the canvas: a touchpoint's causes by Fussell–Vesely (the rest of
        its causal subgraph faintly); a resource's breakable touchpoints fully."""
        if self.analysis is not None and self.trace is not None:
            heat = {node: 0.08 for node in self.trace.nodes}
            top = max((c.fussell_vesely or 0.0 for c in self.analysis.causes), default=0.0)
            for cause in self.analysis.causes:
                if top > 0 and cause.fussell_vesely:
                    heat[cause.id] = max(0.1, cause.fussell_vesely / top)
            heat[self.node_id] = 1.0
            return heat
        if self.blast is not None:
            heat = {tp.id: 1.0 for tp in self.blast.touchpoints}
            heat[self.node_id] = 1.0
            return heat
        return {}


def report_for_node(bp: Blueprint, node_id: str) -> NodeReport:
    node = bp.node(node_id)
    try:
        check_support_cycles(bp)
        bp = with_resources(bp)
    except ValueError as exc:
        return NodeReport(node_id, node.lane is Lane.FRONTSTAGE, error=str(exc))
    if node.lane is Lane.FRONTSTAGE:
        return NodeReport(node_id, True,
                          analysis=analyze_touchpoint(bp, node_id, DISPLAY_MAX_ORDER),
                          trace=trace_touchpoint(bp, node_id),
                          single_points=tuple(n for n in single_points_of_failure(bp, node_id)
                                              if n != node_id and not is_stand_in(n)))
    what_if = what_if_fixed(bp, node_id) if node.failure_probability > 0 else None
    return NodeReport(node_id, False, blast=blast_radius(bp, node_id), what_if=what_if)
