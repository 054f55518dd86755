"""Back-office ranking for the committee summary and the heat colouring, computed from the
failure analysis (analysis.failure.analyze_blueprint).

A node's *expected touchpoint failures* is the sum over touchpoints of P − P0 (the drop in
the touchpoint's failure probability if the node never failed by itself), i.e. the expected
number of touchpoint failures per analysed period that the node is responsible for; per
touchpoint it equals Fussell–Vesely × P (CONTRACT.md §3).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model.enums import Lane


@dataclass(frozen=True)
class BackOfficeImpact:
    id: str
    label: str
    lane: Lane
    owner: str | None
    probability: float
    expected_failures: float          # Σ over touchpoints of (P − P0)
    touchpoints: tuple[str, ...]      # touchpoints it can break (document order)
    worst_touchpoint: str | None      # the one it contributes most to
    worst_share: float | None         # Fussell–Vesely there


def back_office_impact(bp, analyses) -> list[BackOfficeImpact]:
    """Every backstage/support node that causes some touchpoint failure, worst first."""
    totals: dict[str, float] = {}
    reached: dict[str, list[str]] = {}
    worst: dict[str, tuple[float, str]] = {}
    for analysis in analyses:
        for cause in analysis.causes:
            if not cause.lane.behind_visibility:
                continue
            drop = analysis.failure_probability - cause.p_if_working
            totals[cause.id] = totals.get(cause.id, 0.0) + drop
            reached.setdefault(cause.id, []).append(analysis.touchpoint)
            share = cause.fussell_vesely or 0.0
            if share > worst.get(cause.id, (-1.0, ""))[0]:
                worst[cause.id] = (share, analysis.touchpoint)
    rows = []
    for node_id, total in totals.items():
        node = bp.node(node_id)
        share, tp = worst.get(node_id, (None, None))
        rows.append(BackOfficeImpact(node_id, node.label, node.lane, node.owner,
                                     node.failure_probability, total,
                                     tuple(reached.get(node_id, ())), tp, share))
    rows.sort(key=lambda r: (-r.expected_failures, r.id))
    return rows


def heat_from_analysis(bp, analyses=None) -> dict[str, float]:
    """Heat values in [0, 1] for ``PdfOptions(heat=...)``: touchpoints by failure
    probability, back-office nodes by expected touchpoint failures, each relative to the
    largest of its kind."""
    if analyses is None:
        from ..analysis.failure import analyze_blueprint
        analyses = analyze_blueprint(bp, max_order=1)
    heat: dict[str, float] = {}
    top = max((a.failure_probability for a in analyses), default=0.0)
    for analysis in analyses:
        heat[analysis.touchpoint] = analysis.failure_probability / top if top else 0.0
    impacts = back_office_impact(bp, analyses)
    worst = impacts[0].expected_failures if impacts else 0.0
    for row in impacts:
        heat[row.id] = row.expected_failures / worst if worst else 0.0
    return heat
