"""Fit and tile placement of the blueprint form on pages.

Fit: one page, the whole drawing scaled down (a warning when small text drops below 6 pt).
Tile: the drawing at a readable scale over several pages. Each tile shows a window of the
lane/stage grid; the lane names are repeated on its left edge and the stage names on its top
edge, so every sheet reads on its own. Neighbouring windows overlap by OVERLAP_PT, crop marks
show where to trim, and the first page is an assembly map of all tiles.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, Layout
from . import style
from .blueprint_page import (FORM_NAME, draw_lane_titles, draw_line_label, draw_stage_title,
                             separator_ys)
from .fonts import FontSet
from .page_frame import GAP, MARGIN
from .text import draw_text, fit_lines
from .wording import Wording

TILE_SCALE = 0.9          # labels print at 9 pt, the smallest text at 6.3 pt
MAX_FIT_SCALE = 1.5
OVERLAP_PT = 28.35        # 10 mm
STRIP_W = 78.0            # repeated lane names
STRIP_H = 20.0            # repeated stage names
STRIP_SIZE = 7.5
MAP_HEADING = 28.0


@dataclass(frozen=True)
class Area:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


def drawing_area(page_size: tuple[float, float], footer_h: float) -> Area:
    w, h = page_size
    bottom = MARGIN + footer_h + GAP
    return Area(MARGIN, bottom, w - 2 * MARGIN, h - MARGIN - bottom)


def fit_scale(layout: Layout, area: Area) -> float:
    return min(area.width / layout.width, area.height / layout.height, MAX_FIT_SCALE)


def fit_warning(scale: float, what: str) -> str | None:
    smallest = style.SMALL_SIZE * scale
    if smallest >= style.MIN_PRINTED_PT:
        return None
    return (f"{what}: the blueprint is scaled to {scale:.0%}, so small text prints at "
            f"{smallest:.1f} pt and labels at {style.LABEL_SIZE * scale:.1f} pt (below "
            f"{style.MIN_PRINTED_PT:g} pt); use tiling (--tile) or a larger paper")


def place_form(canv, layout: Layout, area: Area, scale: float, top_gap: float = 0.0) -> tuple[float, float]:
    """Draw the whole form scaled, centred horizontally, at the top of ``area``."""
    x = area.x + (area.width - layout.width * scale) / 2
    y = area.top - top_gap - layout.height * scale
    canv.saveState()
    canv.translate(x, y)
    canv.scale(scale, scale)
    canv.doForm(FORM_NAME)
    canv.restoreState()
    return x, y


@dataclass(frozen=True)
class TileGrid:
    area: Area            # drawing area of a page (strips included)
    scale: float
    cols: int
    rows: int
    window_w: float       # layout units shown per tile
    window_h: float
    step_x: float
    step_y: float

    @property
    def count(self) -> int:
        return self.cols * self.rows

    def window(self, col: int, row: int) -> tuple[float, float, float, float]:
        x0 = LANE_HEADER_WIDTH + col * self.step_x
        y0 = STAGE_HEADER_HEIGHT + row * self.step_y
        return x0, y0, x0 + self.window_w, y0 + self.window_h

    @staticmethod
    def label(col: int, row: int) -> str:
        letters = ""
        col += 1
        while col:
            col, rem = divmod(col - 1, 26)
            letters = chr(65 + rem) + letters
        return f"{letters}{row + 1}"


def tile_count(content: float, window: float, step: float) -> int:
    return 1 if content <= window else 1 + math.ceil((content - window) / step - 1e-9)


def tile_grid(layout: Layout, area: Area, scale: float = TILE_SCALE) -> TileGrid:
    window_w = (area.width - STRIP_W) / scale
    window_h = (area.height - STRIP_H) / scale
    overlap = OVERLAP_PT / scale
    step_x, step_y = window_w - overlap, window_h - overlap
    cols = tile_count(layout.width - LANE_HEADER_WIDTH, window_w, step_x)
    rows = tile_count(layout.height - STAGE_HEADER_HEIGHT, window_h, step_y)
    return TileGrid(area, scale, cols, rows, window_w, window_h, step_x, step_y)


# ----- one tile -------------------------------------------------------------------------------
def draw_tile(canv, layout: Layout, grid: TileGrid, col: int, row: int, fonts: FontSet,
              words: Wording) -> None:
    area, s = grid.area, grid.scale
    x0, y0, x1, y1 = grid.window(col, row)
    wx, wtop = area.x + STRIP_W, area.top - STRIP_H          # window's top-left on the page
    ww = min(grid.window_w, layout.width - x0) * s
    wh = min(grid.window_h, layout.height - y0) * s
    canv.saveState()
    clip = canv.beginPath()
    clip.rect(wx, wtop - wh, ww, wh)
    canv.clipPath(clip, stroke=0, fill=0)
    canv.translate(wx - x0 * s, wtop - (layout.height - y0) * s)
    canv.scale(s, s)
    canv.doForm(FORM_NAME)
    canv.restoreState()
    _draw_strips(canv, layout, grid, (x0, y0, x1, y1), (wx, wtop, ww, wh), fonts, words)
    _draw_overlap_marks(canv, grid, col, row, (wx, wtop, ww, wh), fonts, words)
    crop_marks(canv, wx, wtop - wh, ww, wh)


def _draw_strips(canv, layout, grid: TileGrid, window, placed, fonts: FontSet,
                 words: Wording) -> None:
    x0, y0, x1, y1 = window
    wx, wtop, ww, wh = placed
    s = grid.scale

    def page_y(y: float) -> float:  # layout y -> PDF y on this page
        return wtop - (y - y0) * s

    canv.saveState()
    canv.translate(0, 0)
    # Lane names: reuse the full drawing's lane cells, mapped to this window.
    draw_lane_titles(canv, layout, fonts, words, page_y, wx - STRIP_W, STRIP_W - 2, STRIP_SIZE,
                     top=y0, bottom=min(y1, layout.height))
    for name, y in separator_ys(layout, words):
        if y0 < y < y1 and y < layout.height:
            canv.setStrokeColor(style.SEPARATOR)
            canv.setLineWidth(1.0)
            canv.setDash(*style.SEPARATOR_DASH)
            canv.line(wx - STRIP_W, page_y(y), wx, page_y(y))
            canv.setDash()
            draw_line_label(canv, name, wx - STRIP_W, page_y(y), STRIP_W, fonts, 6.5)
    # Stage names over the visible part of each column.
    canv.setFillColor(style.STAGE_FILL)
    canv.rect(wx, wtop, ww, STRIP_H - 2, stroke=0, fill=1)
    for column in layout.columns:
        a, b = max(column.x, x0), min(column.x + column.width, x1)
        if b - a <= 1:
            continue
        left = wx + (a - x0) * s
        canv.setStrokeColor(style.WHITE)
        canv.setLineWidth(0.6)
        canv.line(left, wtop, left, wtop + STRIP_H - 2)
        draw_stage_title(canv, column.title, left, (b - a) * s, 0, STRIP_H - 2, fonts,
                         lambda y: wtop + STRIP_H - 2 - y, STRIP_SIZE)
    canv.restoreState()


def _draw_overlap_marks(canv, grid: TileGrid, col: int, row: int, placed, fonts,
                        words: Wording) -> None:
    """Dashed lines where the next tile's window begins, named after that tile."""
    wx, wtop, ww, wh = placed
    canv.saveState()
    canv.setStrokeColor(style.MUTED)
    canv.setFillColor(style.MUTED)
    canv.setLineWidth(0.5)
    canv.setDash(2, 2)
    if col + 1 < grid.cols:
        x = wx + grid.step_x * grid.scale
        canv.line(x, wtop - wh, x, wtop)
        draw_text(canv, x + 2, wtop - wh - 9, words("overlap", tile=grid.label(col + 1, row)),
                  fonts.regular, 6)
    if row + 1 < grid.rows:
        y = wtop - grid.step_y * grid.scale
        canv.line(wx, y, wx + ww, y)
        draw_text(canv, wx + ww + 2, y - 2, f"↓ {grid.label(col, row + 1)}", fonts.regular, 6)
    canv.restoreState()


def crop_marks(canv, x: float, y: float, w: float, h: float, length: float = 12.0,
               offset: float = 3.0) -> None:
    canv.saveState()
    canv.setStrokeColor(style.TEXT)
    canv.setLineWidth(0.4)
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            canv.line(cx + sx * offset, cy, cx + sx * (offset + length), cy)
            canv.line(cx, cy + sy * offset, cx, cy + sy * (offset + length))
    canv.restoreState()


# ----- assembly map -----------------------------------------------------------------------------
def draw_assembly_map(canv, layout: Layout, grid: TileGrid, fonts: FontSet, paper: str,
                      words: Wording) -> None:
    area = grid.area
    canv.setFillColor(style.TEXT)
    heading = words("map_heading", cols=grid.cols, rows=grid.rows, count=grid.count,
                    paper=paper, scale=f"{grid.scale:.0%}")
    for i, line in enumerate(fit_lines(heading, fonts.bold, 9, area.width, 2)):
        draw_text(canv, area.x, area.top - 10 - i * 11, line, fonts.bold, 9)
    scale = min(area.width / layout.width, (area.height - MAP_HEADING) / layout.height)
    ox, oy = place_form(canv, layout, area, scale, MAP_HEADING)
    canv.saveState()
    canv.setLineWidth(1.2)
    size = max(6.0, min(16.0, grid.window_h * scale / 4, grid.window_w * scale / 4))
    for row in range(grid.rows):
        for col in range(grid.cols):
            x0, y0, x1, y1 = grid.window(col, row)
            x1, y1 = min(x1, layout.width), min(y1, layout.height)
            px, py = ox + x0 * scale, oy + (layout.height - y1) * scale
            pw, ph = (x1 - x0) * scale, (y1 - y0) * scale
            canv.setStrokeColor(style.FLOW_COLOUR)
            canv.rect(px, py, pw, ph, stroke=1, fill=0)
            label = f"{grid.label(col, row)} ({row * grid.cols + col + 1})"
            canv.setFillColorRGB(1, 1, 1, alpha=0.8)
            tw = fonts.bold.width(label, size)
            canv.rect(px + pw / 2 - tw / 2 - 3, py + ph / 2 - size * 0.5, tw + 6, size * 1.3,
                      stroke=0, fill=1)
            canv.setFillColor(style.FLOW_COLOUR)
            draw_text(canv, px + pw / 2, py + ph / 2 - size * 0.2, label, fonts.bold, size, "center")
    canv.restoreState()
