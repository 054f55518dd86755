"""Colours, shapes and text sizes of the printed blueprint (one place, so the legend and the
drawing always agree). Sizes are in layout units; the blueprint form is drawn 1 unit = 1 pt
and scaled on the page."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

from ..model.enums import Category, Lane


@dataclass(frozen=True)
class LaneStyle:
    fill: Color      # node fill
    stroke: Color    # node outline and lane title
    band: Color      # lane background
    header: Color    # lane title cell
    shape: str       # document | pill | card | box | chamfer (legend names: wording.py)


LANE_STYLES: dict[Lane, LaneStyle] = {
    Lane.EVIDENCE: LaneStyle(HexColor("#F4EEDF"), HexColor("#86754F"), HexColor("#FCFAF5"),
                             HexColor("#EDE4CC"), "document"),
    Lane.CUSTOMER: LaneStyle(HexColor("#DCEBFA"), HexColor("#2F6299"), HexColor("#F6FAFE"),
                             HexColor("#CFE2F6"), "pill"),
    Lane.FRONTSTAGE: LaneStyle(HexColor("#DDF1E1"), HexColor("#2A7444"), HexColor("#F5FBF6"),
                               HexColor("#CDE9D4"), "card"),
    Lane.BACKSTAGE: LaneStyle(HexColor("#FCE6CF"), HexColor("#A85B16"), HexColor("#FEF9F3"),
                              HexColor("#F7DABC"), "box"),
    Lane.SUPPORT: LaneStyle(HexColor("#E9E0F4"), HexColor("#5E4387"), HexColor("#FAF7FD"),
                            HexColor("#DDD0EE"), "chamfer"),
}

CATEGORY_COLOURS: dict[Category, Color] = {
    Category.IT_SYSTEM: HexColor("#3E6AA8"),
    Category.KNOWLEDGE: HexColor("#23867A"),
    Category.PROCESS: HexColor("#B7791F"),
    Category.POLICY: HexColor("#8A5A3C"),
    Category.PEOPLE: HexColor("#B0285E"),
    Category.PARTNER: HexColor("#5B4F8F"),
}

TEXT = HexColor("#1B1F24")
MUTED = HexColor("#5A6270")
GRID = HexColor("#D5D9DF")
STAGE_FILL = HexColor("#34495E")
STAGE_TEXT = HexColor("#FFFFFF")
SEPARATOR = HexColor("#37474F")
FLOW_COLOUR = HexColor("#1F3A5F")
SUPPORT_COLOUR = HexColor("#7A4FA3")
WHITE = HexColor("#FFFFFF")

FLOW_WIDTH = 1.0
SUPPORT_WIDTH = 0.9
SUPPORT_DASH = (4, 2.5)
SEPARATOR_DASH = (7, 3)
ARROW_LENGTH = 7.0
ARROW_HALF_WIDTH = 3.0

LABEL_SIZE = 10.0
LABEL_MIN_SIZE = 8.0
SMALL_SIZE = 7.0          # owner, tags, probability: the smallest text in the drawing
HEADER_SIZE = 11.0        # lane and stage titles
SEPARATOR_LABEL_SIZE = 7.5
NODE_PADDING = 6.0
MIN_PRINTED_PT = 6.0      # below this a warning is returned

_HEAT_STOPS = ((0.0, (1.0, 0.97, 0.84)), (0.5, (0.99, 0.68, 0.38)), (1.0, (0.95, 0.45, 0.36)))


def heat_colour(value: float) -> Color:
    """Pale yellow (0) through orange to red (1)."""
    value = min(max(value, 0.0), 1.0)
    for (v0, c0), (v1, c1) in zip(_HEAT_STOPS, _HEAT_STOPS[1:]):
        if value <= v1:
            t = (value - v0) / (v1 - v0)
            return Color(*(a + (b - a) * t for a, b in zip(c0, c1)))
    return Color(*_HEAT_STOPS[-1][1])
