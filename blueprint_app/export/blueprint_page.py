"""The blueprint drawing: lanes, stage headers, the three named lines, edges and nodes, drawn
once into a PDF form XObject (1 layout unit = 1 pt) from ``model.layout.compute_layout`` —
the geometry the canvas uses. Fit pages and tiles place that one form scaled and clipped, so
a tiled 5 000-node blueprint stores its drawing once."""
from __future__ import annotations

from ..model.enums import SEPARATOR_LINES, Lane
from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, Layout, Rect
from . import style
from ..look.shapes import node_outline, outline_width
from .edges import draw_routes, replay, route_edges
from .fonts import FontSet
from .stamps import place, stamp
from .text import draw_text, fit_lines
from .wording import Wording

FORM_NAME = "BlueprintDrawing"
OUTLINE_SCALE = 0.75  # paper is read closer than a screen: thinner outlines, same shapes


def define_blueprint_form(canv, bp, layout: Layout, fonts: FontSet, words: Wording,
                          heat=None, heat_text=None) -> str:
    """Draw the whole blueprint into the form FORM_NAME (bounding box 0, 0, width, height)."""
    width, height = layout.width, layout.height

    def flip(y: float) -> float:
        return height - y

    canv.beginForm(FORM_NAME, 0, 0, width, height)
    draw_grid(canv, layout, flip)
    draw_lane_titles(canv, layout, fonts, words, flip, 0.0, LANE_HEADER_WIDTH, style.HEADER_SIZE)
    draw_stage_titles(canv, layout, fonts, flip)
    draw_separators(canv, layout, fonts, words, flip, 0.0, width, LANE_HEADER_WIDTH)
    draw_routes(canv, route_edges(bp.edges(), layout.nodes, layout), flip)
    for node in bp.nodes():
        draw_node(canv, node, layout.nodes[node.id], fonts, words, flip,
                  (heat or {}).get(node.id), (heat_text or {}).get(node.id))
    canv.endForm()
    return FORM_NAME


def draw_grid(canv, layout: Layout, flip) -> None:
    width = layout.width
    canv.saveState()
    canv.setLineWidth(0.4)
    canv.setStrokeColor(style.GRID)
    for band in layout.bands:
        lane_style = style.LANE_STYLES[band.lane]
        canv.setFillColor(lane_style.band)
        canv.rect(0, flip(band.y + band.height), width, band.height, stroke=0, fill=1)
    lines = canv.beginPath()
    for column in layout.columns:
        lines.moveTo(column.x, flip(STAGE_HEADER_HEIGHT))
        lines.lineTo(column.x, flip(layout.height))
    for band in layout.bands[1:]:
        lines.moveTo(0, flip(band.y))
        lines.lineTo(width, flip(band.y))
    canv.drawPath(lines, stroke=1, fill=0)
    canv.restoreState()


def draw_lane_titles(canv, layout: Layout, fonts: FontSet, words: Wording, flip, x: float,
                     width: float, size: float, top: float | None = None,
                     bottom: float | None = None) -> None:
    """Lane title cells at [x, x+width]; ``top``/``bottom`` clip the bands (in layout y)."""
    canv.saveState()
    for band in layout.bands:
        y0 = max(band.y, top if top is not None else band.y)
        y1 = min(band.y + band.height, bottom if bottom is not None else band.y + band.height)
        if y1 - y0 < 2:
            continue
        lane_style = style.LANE_STYLES[band.lane]
        upper, lower = flip(y0), flip(y1)   # PDF y of the cell's top and bottom
        canv.setFillColor(lane_style.header)
        canv.setStrokeColor(style.GRID)
        canv.setLineWidth(0.4)
        canv.rect(x, lower, width, upper - lower, stroke=1, fill=1)
        lines = fit_lines(words.lanes[band.lane], fonts.bold, size, width - 10,
                          max(1, int((upper - lower - 4) // (size * 1.2))))
        canv.setFillColor(lane_style.stroke)
        first = (upper + lower) / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
        for i, line in enumerate(lines):
            draw_text(canv, x + width / 2, first - i * size * 1.2, line, fonts.bold, size,
                      "center")
    canv.restoreState()


def draw_stage_titles(canv, layout: Layout, fonts: FontSet, flip) -> None:
    canv.saveState()
    canv.setFillColor(style.STAGE_FILL)
    canv.rect(0, flip(STAGE_HEADER_HEIGHT), layout.width, STAGE_HEADER_HEIGHT, stroke=0, fill=1)
    canv.setStrokeColor(style.GRID)
    canv.setLineWidth(0.6)
    for column in layout.columns:
        canv.line(column.x, flip(0), column.x, flip(STAGE_HEADER_HEIGHT))
        draw_stage_title(canv, column.title, column.x, column.width, 0.0, STAGE_HEADER_HEIGHT,
                         fonts, flip, style.HEADER_SIZE)
    canv.restoreState()


def draw_stage_title(canv, title, x, width, y, height, fonts, flip, size) -> None:
    lines = fit_lines(title, fonts.bold, size, width - 10, max(1, int((height - 4) // (size * 1.2))))
    canv.setFillColor(style.STAGE_TEXT)
    first = y + height / 2 - (len(lines) - 1) * size * 0.6 + size * 0.35
    for i, line in enumerate(lines):
        draw_text(canv, x + width / 2, flip(first + i * size * 1.2), line, fonts.bold, size,
                  "center")


def separator_ys(layout: Layout, words: Wording) -> list[tuple[str, float]]:
    """(printed name, layout y) of the three named lines."""
    return [(words.line(name), layout.band(below).y) for name, _above, below in SEPARATOR_LINES]


def draw_separators(canv, layout: Layout, fonts: FontSet, words: Wording, flip, x0: float,
                    x1: float, label_width: float, label_x: float | None = None) -> None:
    """The three named lines as dashed rules, each named in the lane-title column."""
    canv.saveState()
    canv.setStrokeColor(style.SEPARATOR)
    canv.setLineWidth(1.3)
    canv.setDash(*style.SEPARATOR_DASH)
    for _name, y in separator_ys(layout, words):
        canv.line(x0, flip(y), x1, flip(y))
    canv.setDash()
    size = style.SEPARATOR_LABEL_SIZE
    for name, y in separator_ys(layout, words):
        draw_line_label(canv, name, x0 if label_x is None else label_x, flip(y), label_width,
                        fonts, size)
    canv.restoreState()


def draw_line_label(canv, name: str, x: float, pdf_y: float, width: float, fonts, size) -> None:
    """The line's name on a white tab straddling the line at the left."""
    text_w = min(fonts.regular.width(name, size), width - 6)
    canv.setFillColor(style.WHITE)
    canv.setStrokeColor(style.SEPARATOR)
    canv.setLineWidth(0.6)
    canv.roundRect(x + 2, pdf_y - size * 0.75, text_w + 6, size * 1.5, 2, stroke=1, fill=1)
    canv.setFillColor(style.SEPARATOR)
    line = fit_lines(name, fonts.regular, size, width - 10, 1)[0]
    draw_text(canv, x + 5, pdf_y - size * 0.33, line, fonts.regular, size)


# ----- nodes ----------------------------------------------------------------------------------
def draw_node_shape(canv, lane: Lane, x: float, y: float, w: float, h: float, fill=None) -> None:
    """The lane's node outline (look/shapes.py) with its lower-left corner at PDF (x, y)."""
    lane_style = style.LANE_STYLES[lane]
    canv.setFillColor(fill or lane_style.fill)
    canv.setStrokeColor(lane_style.stroke)
    canv.setLineWidth(outline_width(lane_style.shape) * OUTLINE_SCALE)
    path = canv.beginPath()
    replay(path, node_outline(lane_style.shape, x, 0.0, w, h), lambda ly: y + h - ly)
    canv.drawPath(path, stroke=1, fill=1)


def _tag(canv, text: str, x: float, top: float, fonts: FontSet, fill, filled: bool) -> float:
    """A small tag whose top-left corner is (x, top) in PDF coordinates; returns its width."""
    size = style.SMALL_SIZE
    width = fonts.regular.width(text, size) + 6
    height = size + 3

    def draw(c) -> None:
        c.setLineWidth(0.6)
        c.setStrokeColor(fill)
        c.setFillColor(fill if filled else style.WHITE)
        c.roundRect(0, 0, width, height, 2.5, stroke=1, fill=1)
        c.setFillColor(style.WHITE if filled else fill)
        draw_text(c, 3, 2.4, text, fonts.regular, size)

    key = ("tag", text, fill.hexval(), filled, id(fonts.regular))
    place(canv, stamp(canv, key, width, height, draw), x, top - height)
    return width


def _top_row(canv, node, rect: Rect, fonts: FontSet, words: Wording, flip) -> bool:
    """Channel tag (touchpoints), category tag (back office) and probability; True if drawn."""
    pad, top, drawn = style.NODE_PADDING, flip(rect.y) - 4, False
    right_w = 0.0
    if node.failure_probability:
        value = f"{node.failure_probability:.2%}" if node.failure_probability >= 0.001 \
            else f"{node.failure_probability:.1e}"
        text = words("probability", value=value)
        canv.setFillColor(style.MUTED)
        right_w = draw_text(canv, rect.right - pad, top - style.SMALL_SIZE, text, fonts.regular,
                            style.SMALL_SIZE, "right") + 4
        drawn = True
    space = rect.width - 2 * pad - right_w - 6
    if node.category is not None:
        label = words.categories[node.category]
        if fonts.regular.width(label, style.SMALL_SIZE) + 6 <= space:
            _tag(canv, label, rect.x + pad, top, fonts, style.CATEGORY_COLOURS[node.category], True)
            drawn = True
    elif node.lane is Lane.FRONTSTAGE and node.channel:
        label = fit_lines(node.channel, fonts.regular, style.SMALL_SIZE, max(space, 10), 1)[0]
        _tag(canv, label, rect.x + pad, top, fonts, style.LANE_STYLES[Lane.FRONTSTAGE].stroke, False)
        drawn = True
    return drawn


def draw_node(canv, node, rect: Rect, fonts: FontSet, words: Wording, flip,
              heat: float | None = None, heat_text: str | None = None) -> None:
    # the lane's own fill, as on the screen; the heat is a badge with its figure, so it
    # still reads in greyscale
    draw_node_shape(canv, node.lane, rect.x, flip(rect.bottom), rect.width, rect.height)
    if heat is not None:
        _heat_badge(canv, rect, heat, heat_text or f"{heat:.0%}".replace("%", " %"), fonts, flip)
    has_top = _top_row(canv, node, rect, fonts, words, flip)
    pad = style.NODE_PADDING
    top = rect.y + (pad + style.SMALL_SIZE + 4 if has_top else pad)
    bottom = rect.bottom - pad
    if node.owner:
        canv.setFillColor(style.MUTED)
        owner = fit_lines(node.owner, fonts.regular, style.SMALL_SIZE, rect.width - 2 * pad, 1)[0]
        draw_text(canv, rect.x + rect.width / 2, flip(bottom - 1), owner, fonts.regular,
                  style.SMALL_SIZE, "center")
        bottom -= style.SMALL_SIZE + 3
    _draw_label(canv, node.label, rect, top, bottom, fonts, flip)


def _heat_badge(canv, rect: Rect, heat: float, text: str, fonts: FontSet, flip) -> None:
    """A pill in the heat colour straddling the node's lower edge at the right, naming the
    figure behind the colour (e.g. "12 %")."""
    size = style.SMALL_SIZE
    width, height = fonts.bold.width(text, size) + 8, size * 1.5
    colour = style.heat_colour(heat)

    def draw(c) -> None:
        c.setFillColor(colour)
        c.setStrokeColor(style.TEXT)
        c.setLineWidth(0.6)
        c.roundRect(0, 0, width, height, size * 0.75, stroke=1, fill=1)
        c.setFillColor(style.TEXT)
        draw_text(c, 4, size * 0.4, text, fonts.bold, size)

    key = ("heat", text, colour.hexval(), id(fonts.bold))
    x, mid = rect.right - width - style.NODE_PADDING, flip(rect.bottom)
    place(canv, stamp(canv, key, width, height, draw), x, mid - size * 0.75)


def _draw_label(canv, label: str, rect: Rect, top: float, bottom: float, fonts, flip) -> None:
    width = rect.width - 2 * style.NODE_PADDING
    size = style.LABEL_SIZE
    while True:
        leading = size * 1.18
        max_lines = max(1, int((bottom - top) // leading))
        lines = fit_lines(label, fonts.regular, size, width, max_lines)
        if not lines[-1].endswith("…") or size <= style.LABEL_MIN_SIZE:
            break
        size -= 1
    canv.setFillColor(style.TEXT)
    block = len(lines) * leading
    first = (top + bottom) / 2 - block / 2 + size * 0.9
    for i, line in enumerate(lines):
        draw_text(canv, rect.x + rect.width / 2, flip(first + i * leading), line, fonts.regular,
                  size, "center")
