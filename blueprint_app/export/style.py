"""The printed blueprint's colours, shapes and text sizes, as reportlab values taken from the
look's print palette and the lane table (so the paper shows what the screen shows). Sizes
are in layout units; the blueprint form is drawn 1 unit = 1 pt and scaled on the page."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

from ..look import palette as look_palette
from ..model.enums import LANE_ROW, Category, EdgeKind, Lane

PALETTE = look_palette.PRINT


@dataclass(frozen=True)
class LaneStyle:
    fill: Color      # node fill
    stroke: Color    # node outline and lane title
    band: Color      # lane background
    header: Color    # lane title cell
    shape: str       # a look/shapes.py outline (the lane table's shape column)


LANE_STYLES: dict[Lane, LaneStyle] = {
    lane: LaneStyle(HexColor(c.fill), HexColor(c.outline), HexColor(c.band), HexColor(c.header),
                    LANE_ROW[lane].shape)
    for lane, c in PALETTE.lanes.items()}

CATEGORY_COLOURS: dict[Category, Color] = {k: HexColor(v) for k, v in PALETTE.categories.items()}

TEXT = HexColor(PALETTE.text)
MUTED = HexColor(PALETTE.muted)
GRID = HexColor(PALETTE.grid)
STAGE_FILL = HexColor(PALETTE.header)
STAGE_TEXT = HexColor(PALETTE.header_text)
SEPARATOR = HexColor(PALETTE.separator)
FLOW_COLOUR = HexColor(PALETTE.edges[EdgeKind.FLOW])
SUPPORT_COLOUR = HexColor(PALETTE.edges[EdgeKind.SUPPORT])
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



def heat_colour(value: float) -> Color:
    """The look's heat scale (pale yellow 0 to warm red 1)."""
    return HexColor(look_palette.heat_colour(value))
