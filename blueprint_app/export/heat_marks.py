"""Heat colouring with the figure behind each colour, so the map reads in greyscale: on a
touchpoint its chance to fail, on a back-office node the touchpoint failures it causes
(Σ over touchpoints of P − P0, per 100 visits), both as percentages. The numbers come from
the handout (one analysis run); this module only formats them."""
from __future__ import annotations

from .layout_wording import percent


def heat_with_figures(handout) -> tuple[dict[str, float], dict[str, str]]:
    """(heat in [0, 1], printed figure) per node of ``handout``."""
    # a difference of probabilities can come out a rounding error below zero
    heat = {k: min(1.0, max(0.0, v)) for k, v in handout.heat.items()}
    figures = {k: percent(v) for k, v in handout.heat_figure.items()}
    return heat, figures
