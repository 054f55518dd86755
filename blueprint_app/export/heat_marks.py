"""Heat colouring with the figure behind each colour, so the map reads in greyscale: on a
touchpoint its chance to fail, on a back-office node the touchpoint failures it causes
(Σ over touchpoints of P − P0, per 100 visits), both as percentages (export.ranking)."""
from __future__ import annotations

from .layout_wording import percent
from .ranking import back_office_impact, heat_from_analysis


def heat_with_figures(bp, analyses=None) -> tuple[dict[str, float], dict[str, str]]:
    """(heat in [0, 1], printed figure) per node; ValueError when the analysis is not
    possible (a support cycle)."""
    if analyses is None:
        from ..analysis.failure import analyze_blueprint
        analyses = analyze_blueprint(bp, max_order=1)
    # P - P0 can come out a rounding error below zero
    heat = {k: min(1.0, max(0.0, v)) for k, v in heat_from_analysis(bp, analyses).items()}
    figures = {a.touchpoint: percent(a.failure_probability) for a in analyses}
    for row in back_office_impact(bp, analyses):
        figures[row.id] = percent(row.expected_failures)
    return heat, figures
