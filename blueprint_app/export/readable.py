"""The readable layout of the blueprint (issue 13): never below 6 pt.

When the whole map fits one sheet with its smallest text at 6 pt or more, it prints on one
page (as ``fit``). Otherwise it is split into pages of **whole lanes and consecutive stages**
at one common scale (at least READABLE_SCALE, smallest text 6.3 pt): every page repeats the
lane titles (with the three named lines) on its left and the stage headers of its stages on
top, and names the pages it continues from and on ("← continued from page 2", "continued
on page 4 →", "↓ continued on page 5"). Pages run stage group by stage group, lane groups
top to bottom inside each.

Each page draws only its own nodes (not a clipped copy of the whole drawing), so every node
is printed, and extracted as text, on exactly one page. ``plan_pages`` is pure geometry (the
GUI dialog uses it for its preview of sizes and page count).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, Layout
from . import blueprint_page, style
from .blueprint_page import draw_lane_titles, draw_line_label, draw_stage_title, separator_ys
from .edges import draw_routes
from .layout_wording import layout_words
from .text import draw_text

READABLE_SCALE = 6.05 / 7  # the smallest drawing text (7 units) prints at 6.05 pt at least
MAX_SCALE = 1.0           # split pages are printed at most at full size
MARK_H = 12.0             # a line above and below the drawing for the "continued" marks
MARK_SIZE = 8.0


@dataclass(frozen=True)
class PageCut:
    """One page of the split map: columns and bands by index (first, last inclusive)."""
    number: int                 # 0-based place among the blueprint pages
    columns: tuple[int, int]
    bands: tuple[int, int]
    col_group: int
    band_group: int
    scale: float


@dataclass(frozen=True)
class ReadablePlan:
    single: bool                # the whole map on one page (fit scale >= readable)
    scale: float                # of the single page, or the common scale of the split pages
    cuts: tuple[PageCut, ...]   # empty when single
    col_groups: int
    band_groups: int

    @property
    def pages(self) -> int:
        return 1 if self.single else len(self.cuts)

    @property
    def smallest_pt(self) -> float:
        """The smallest drawing text as printed (owner, tags, probability)."""
        scales = [self.scale] if self.single else [c.scale for c in self.cuts]
        return style.SMALL_SIZE * min(scales)

    def neighbour(self, cut: PageCut, d_col: int, d_band: int) -> PageCut | None:
        col, band = cut.col_group + d_col, cut.band_group + d_band
        if not (0 <= col < self.col_groups and 0 <= band < self.band_groups):
            return None
        return self.cuts[col * self.band_groups + band]


def _groups(sizes: list[float], room: float) -> list[tuple[int, int]]:
    """Consecutive runs of ``sizes`` whose sum fits ``room`` (a run holds one item at least)."""
    groups, start, used = [], 0, 0.0
    for i, size in enumerate(sizes):
        if i > start and used + size > room:
            groups.append((start, i - 1))
            start, used = i, 0.0
        used += size
    if sizes:
        groups.append((start, len(sizes) - 1))
    return groups


def plan_pages(layout: Layout, area_w: float, area_h: float) -> ReadablePlan:
    """How the map prints readably in a drawing area of ``area_w`` × ``area_h`` points."""
    fit = min(area_w / layout.width, area_h / layout.height, 1.5)
    if style.SMALL_SIZE * fit >= style.MIN_PRINTED_PT:
        return ReadablePlan(True, fit, (), 1, 1)
    room_h = area_h - 2 * MARK_H
    col_w = [c.width for c in layout.columns]
    band_h = [b.height for b in layout.bands]
    cols = _groups(col_w, area_w / READABLE_SCALE - LANE_HEADER_WIDTH)
    bands = _groups(band_h, room_h / READABLE_SCALE - STAGE_HEADER_HEIGHT)

    def group_fit(c: tuple[int, int], b: tuple[int, int]) -> float:
        w = LANE_HEADER_WIDTH + sum(col_w[c[0]:c[1] + 1])
        h = STAGE_HEADER_HEIGHT + sum(band_h[b[0]:b[1] + 1])
        return min(area_w / w, room_h / h)

    fits = {(c, b): group_fit(c, b) for c in cols for b in bands}
    # one scale for every page; a single over-wide stage or over-tall lane gets its own
    common = min([MAX_SCALE] + [f for f in fits.values() if f >= READABLE_SCALE])
    cuts = []
    for ci, c in enumerate(cols):
        for bi, b in enumerate(bands):
            scale = min(common, fits[(c, b)])
            cuts.append(PageCut(len(cuts), c, b, ci, bi, scale))
    return ReadablePlan(False, common, tuple(cuts), len(cols), len(bands))


def readable_warning(plan: ReadablePlan, what: str) -> str | None:
    if plan.smallest_pt >= style.MIN_PRINTED_PT - 1e-9:
        return None
    return (f"{what}: one stage or lane is too large for a page, so its small text prints at "
            f"{plan.smallest_pt:.1f} pt (below {style.MIN_PRINTED_PT:g} pt); use a larger paper")


def cut_window(layout: Layout, cut: PageCut) -> tuple[float, float, float, float]:
    """The layout rectangle (x0, y0, x1, y1) of the page's cells."""
    first_c, last_c = layout.columns[cut.columns[0]], layout.columns[cut.columns[1]]
    first_b, last_b = layout.bands[cut.bands[0]], layout.bands[cut.bands[1]]
    return first_c.x, first_b.y, last_c.x + last_c.width, last_b.y + last_b.height


def nodes_on(layout: Layout, cut: PageCut) -> list[str]:
    """Ids of the nodes whose centre lies in the page's cells (each node on one page)."""
    x0, y0, x1, y1 = cut_window(layout, cut)
    last_col = cut.columns[1] == len(layout.columns) - 1
    last_band = cut.bands[1] == len(layout.bands) - 1
    out = []
    for node_id, rect in layout.nodes.items():
        cx, cy = rect.center
        if x0 <= cx and (cx < x1 or last_col and cx <= x1) and y0 <= cy \
                and (cy < y1 or last_band and cy <= y1):
            out.append(node_id)
    return out


class PageContents:
    """Which nodes and routes each page of a plan draws, sorted out once for the handout:
    the same answers as ``nodes_on`` and the bounding-box test per page, without walking
    every node and route once per page (which was quadratic in big maps)."""

    def __init__(self, layout: Layout, plan: ReadablePlan, routes):
        self._cuts = {(c.col_group, c.band_group): c.number for c in plan.cuts}
        cols = sorted({c.columns for c in plan.cuts})
        bands = sorted({c.bands for c in plan.cuts})
        # each group's layout span: x0 of its first column .. x1 of its last
        self._xs = [(layout.columns[a].x, layout.columns[b].x + layout.columns[b].width)
                    for a, b in cols]
        self._ys = [(layout.bands[a].y, layout.bands[b].y + layout.bands[b].height)
                    for a, b in bands]
        self._nodes: dict[int, list[str]] = {c.number: [] for c in plan.cuts}
        self._routes: dict[int, list] = {c.number: [] for c in plan.cuts}
        if not plan.cuts:
            return
        x_starts, y_starts = [x0 for x0, _ in self._xs], [y0 for y0, _ in self._ys]
        for node_id, rect in layout.nodes.items():
            cx, cy = rect.center
            col, band = self._group(x_starts, self._xs, cx), self._group(y_starts, self._ys, cy)
            if col is not None and band is not None:
                self._nodes[self._cuts[(col, band)]].append(node_id)
        for route, box in _boxed(routes):
            bx0, by0, bx1, by1 = box
            for col, (x0, x1) in enumerate(self._xs):
                if not (bx0 <= x1 and bx1 >= x0):
                    continue
                for band, (y0, y1) in enumerate(self._ys):
                    if by0 <= y1 and by1 >= y0:
                        self._routes[self._cuts[(col, band)]].append(route)

    @staticmethod
    def _group(starts: list[float], spans: list[tuple[float, float]], v: float) -> int | None:
        """The group whose half-open span holds v (the last one closed), as nodes_on."""
        i = bisect_right(starts, v) - 1
        if i < 0:
            return None
        if v < spans[i][1] or (i == len(spans) - 1 and v <= spans[i][1]):
            return i
        return None

    def nodes(self, cut: PageCut) -> list[str]:
        return self._nodes[cut.number]

    def routes(self, cut: PageCut) -> list:
        return self._routes[cut.number]


# ----- drawing one page ------------------------------------------------------------------------
def draw_cut(canv, bp, layout: Layout, contents: PageContents, plan: ReadablePlan,
             cut: PageCut, area, fonts, words, heat=None, heat_text=None) -> None:
    """Draw page ``cut`` in ``area`` (an export.tiling.Area): lane titles, stage headers,
    the cells with their nodes and edges (clipped), and the continued marks."""
    s = cut.scale
    x0, y0, x1, y1 = cut_window(layout, cut)
    cells_w, cells_h = (x1 - x0) * s, (y1 - y0) * s
    total_w = LANE_HEADER_WIDTH * s + cells_w
    left = area.x + (area.width - total_w) / 2
    top = area.top - MARK_H
    cells_left, cells_top = left + LANE_HEADER_WIDTH * s, top - STAGE_HEADER_HEIGHT * s
    flip = lambda y: -y  # noqa: E731 - layout y down, PDF y up, inside the translated frame

    def frame(page_x: float, page_y: float, lx: float, ly: float) -> None:
        """Map layout point (lx, ly) to page point (page_x, page_y), scaled by s."""
        canv.translate(page_x - lx * s, page_y + ly * s)
        canv.scale(s, s)

    def clip(x: float, y: float, w: float, h: float) -> None:  # layout rectangle
        path = canv.beginPath()
        path.rect(x, -(y + h), w, h)
        canv.clipPath(path, stroke=0, fill=0)

    # cells: bands, grid, separators, edges, nodes
    canv.saveState()
    frame(cells_left, cells_top, x0, y0)
    clip(x0, y0, x1 - x0, y1 - y0)
    _draw_cells(canv, layout, (x0, y0, x1, y1), flip, words)
    draw_routes(canv, contents.routes(cut), flip)
    for node_id in contents.nodes(cut):
        blueprint_page.draw_node(canv, bp.node(node_id), layout.nodes[node_id], fonts, words,
                                 flip, (heat or {}).get(node_id), (heat_text or {}).get(node_id))
    canv.restoreState()
    # lane titles, with the named lines crossing them
    canv.saveState()
    frame(left, cells_top, 0.0, y0)
    draw_lane_titles(canv, layout, fonts, words, flip, 0.0, LANE_HEADER_WIDTH,
                     style.HEADER_SIZE, top=y0, bottom=y1)
    for name, y in separator_ys(layout, words):
        if y0 <= y <= y1:   # a line at the page's top or bottom edge is named there too
            draw_line_label(canv, name, 0.0, flip(y), LANE_HEADER_WIDTH, fonts,
                            style.SEPARATOR_LABEL_SIZE)
    canv.restoreState()
    # stage headers of this page's stages
    canv.saveState()
    frame(cells_left, top, x0, 0.0)
    canv.setFillColor(style.STAGE_FILL)
    canv.rect(x0 - LANE_HEADER_WIDTH, -STAGE_HEADER_HEIGHT, LANE_HEADER_WIDTH + x1 - x0,
              STAGE_HEADER_HEIGHT, stroke=0, fill=1)
    canv.setStrokeColor(style.GRID)
    canv.setLineWidth(0.6)
    for column in layout.columns[cut.columns[0]:cut.columns[1] + 1]:
        canv.line(column.x, 0, column.x, -STAGE_HEADER_HEIGHT)
        draw_stage_title(canv, column.title, column.x, column.width, 0.0, STAGE_HEADER_HEIGHT,
                         fonts, flip, style.HEADER_SIZE)
    canv.restoreState()
    _draw_marks(canv, plan, cut, (left, top, total_w, STAGE_HEADER_HEIGHT * s + cells_h),
                canv.getPageNumber() - cut.number, fonts, words)


class BoxedRoutes(list):
    """Routes with their bounding boxes, measured once for all pages of a handout (a page
    keeps the routes whose box meets its window; measuring per page was quadratic)."""

    def __init__(self, routes):
        super().__init__((route, _box(route)) for route in routes)


def _boxed(routes) -> "BoxedRoutes":
    return routes if isinstance(routes, BoxedRoutes) else BoxedRoutes(routes)


def _box(route) -> tuple[float, float, float, float]:
    if not route.points:  # nothing to draw: a box no window meets
        return float("inf"), float("inf"), float("-inf"), float("-inf")
    xs = [p[0] for p in route.points]
    ys = [p[1] for p in route.points]
    return min(xs), min(ys), max(xs), max(ys)


def _overlaps(box, x0, y0, x1, y1) -> bool:
    bx0, by0, bx1, by1 = box
    return bx0 <= x1 and bx1 >= x0 and by0 <= y1 and by1 >= y0


def _draw_cells(canv, layout: Layout, window, flip, words) -> None:
    x0, y0, x1, y1 = window
    canv.saveState()
    for band in layout.bands:
        if band.y + band.height <= y0 or band.y >= y1:
            continue
        canv.setFillColor(style.LANE_STYLES[band.lane].band)
        canv.rect(x0, flip(band.y + band.height), x1 - x0, band.height, stroke=0, fill=1)
    canv.setLineWidth(0.4)
    canv.setStrokeColor(style.GRID)
    lines = canv.beginPath()
    for column in layout.columns:
        if x0 <= column.x <= x1:
            lines.moveTo(column.x, flip(y0))
            lines.lineTo(column.x, flip(y1))
    for band in layout.bands[1:]:
        if y0 <= band.y <= y1:
            lines.moveTo(x0, flip(band.y))
            lines.lineTo(x1, flip(band.y))
    canv.drawPath(lines, stroke=1, fill=0)
    canv.setStrokeColor(style.SEPARATOR)
    canv.setLineWidth(1.3)
    canv.setDash(*style.SEPARATOR_DASH)
    for _name, y in separator_ys(layout, words):
        if y0 <= y <= y1:
            canv.line(x0, flip(y), x1, flip(y))
    canv.restoreState()


def _draw_marks(canv, plan: ReadablePlan, cut: PageCut, box, first_page: int, fonts,
                words) -> None:
    """"continued" marks above (left/right neighbours, the part above) and below."""
    left, top, width, height = box
    page = lambda other: first_page + other.number  # noqa: E731 - blueprint pages are consecutive
    lw = layout_words(words.language)
    canv.saveState()
    canv.setFillColor(style.TEXT)
    y_above, y_below = top + 3.5, top - height - MARK_SIZE - 2
    before, after = plan.neighbour(cut, -1, 0), plan.neighbour(cut, 1, 0)
    above, below = plan.neighbour(cut, 0, -1), plan.neighbour(cut, 0, 1)
    if before:
        draw_text(canv, left, y_above, lw("continued_from", page=page(before)), fonts.bold,
                  MARK_SIZE)
    if after:
        draw_text(canv, left + width, y_above, lw("continued_on", page=page(after)), fonts.bold,
                  MARK_SIZE, "right")
    if above:
        draw_text(canv, left + width / 2, y_above, lw("continued_above", page=page(above)),
                  fonts.bold, MARK_SIZE, "center")
    if below:
        draw_text(canv, left + width / 2, y_below, lw("continued_below", page=page(below)),
                  fonts.bold, MARK_SIZE, "center")
    canv.restoreState()
