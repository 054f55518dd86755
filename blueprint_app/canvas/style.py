"""Colours, pens, brushes and fonts of the canvas, built once (DESIGN.md convention 8).

Lane colours follow the usual blueprint reading: warm for the customer, blue for
touchpoints, green backstage, violet for support processes; categories get a stripe colour.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

from ..model import Category, EdgeKind, Lane

LANE_COLOURS: dict[Lane, tuple[str, str, str]] = {
    # lane: (band tint, node fill, node outline)
    Lane.EVIDENCE: ("#f4f5f7", "#ffffff", "#78828c"),
    Lane.CUSTOMER: ("#fff9ec", "#fff3cd", "#d49a00"),
    Lane.FRONTSTAGE: ("#f0f6fd", "#dcecfc", "#1f6fc5"),
    Lane.BACKSTAGE: ("#f1f8f1", "#dff1df", "#3b8a3e"),
    Lane.SUPPORT: ("#f7f2f9", "#efe3f5", "#7b3f98"),
}

CATEGORY_COLOURS: dict[Category, str] = {
    Category.IT_SYSTEM: "#1565c0", Category.KNOWLEDGE: "#00897b", Category.PROCESS: "#6d4c41",
    Category.POLICY: "#c62828", Category.PEOPLE: "#ef6c00", Category.PARTNER: "#5e35b1",
}

TEXT_COLOUR = "#1d232a"
MUTED_TEXT = "#5b6570"
SELECTION_COLOUR = "#ff8f00"
ERROR_COLOUR = "#d32f2f"
HEADER_FILL = "#e7ebf0"
GRID_LINE = "#c9d0d8"
SEPARATOR_COLOUR = "#59636e"
EDGE_COLOURS = {EdgeKind.FLOW: "#37474f", EdgeKind.SUPPORT: "#7b3f98"}

LABEL_PIXELS = 12
SMALL_PIXELS = 9
HEADER_PIXELS = 13


def _font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()  # the application's default family; fontconfig supplies CJK glyphs
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


COSMETIC = False


def _pen(colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(COSMETIC)
    return pen


def _far_pen(colour: str) -> QPen:
    """One device pixel wide, solid: for edges seen from far away."""
    pen = QPen(QColor(colour), 1.0)
    pen.setCosmetic(True)
    return pen


class CanvasStyle:
    """Everything the items paint with. Create after the QGuiApplication exists."""

    def __init__(self) -> None:
        self.label_font = _font(LABEL_PIXELS)
        self.small_font = _font(SMALL_PIXELS)
        self.tag_font = _font(SMALL_PIXELS, bold=True)
        self.header_font = _font(HEADER_PIXELS, bold=True)
        self.separator_font = _font(SMALL_PIXELS + 1, italic=True)
        self.label_metrics = QFontMetricsF(self.label_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.tag_metrics = QFontMetricsF(self.tag_font)
        self.text_pen = _pen(TEXT_COLOUR)
        self.muted_pen = _pen(MUTED_TEXT)
        self.node_fill = {lane: QBrush(QColor(c[1])) for lane, c in LANE_COLOURS.items()}
        self.node_pen = {lane: _pen(c[2], 1.4) for lane, c in LANE_COLOURS.items()}
        self.band_fill = {lane: QBrush(QColor(c[0])) for lane, c in LANE_COLOURS.items()}
        self.lane_accent = {lane: QBrush(QColor(c[2])) for lane, c in LANE_COLOURS.items()}
        self.category_brush = {c: QBrush(QColor(v)) for c, v in CATEGORY_COLOURS.items()}
        self.category_pen = {c: _pen(v) for c, v in CATEGORY_COLOURS.items()}
        self.selection_pen = _pen(SELECTION_COLOUR, 3.0)
        self.error_brush = QBrush(QColor(ERROR_COLOUR))
        self.white_pen = _pen("#ffffff", 1.6)
        self.handle_brush = QBrush(QColor("#ffffff"))
        self.handle_pen = _pen(SELECTION_COLOUR, 1.6)
        self.header_fill = QBrush(QColor(HEADER_FILL))
        self.grid_pen = _pen(GRID_LINE, 1.0)
        self.separator_pen = _pen(SEPARATOR_COLOUR, 1.6, Qt.DashLine)
        self.edge_pen = {k: _pen(c, 1.6, Qt.SolidLine if k is EdgeKind.FLOW else Qt.DashLine)
                         for k, c in EDGE_COLOURS.items()}
        self.edge_far_pen = {k: _far_pen(c) for k, c in EDGE_COLOURS.items()}
        self.edge_brush = {k: QBrush(QColor(c)) for k, c in EDGE_COLOURS.items()}
        self.edge_selected_pen = {k: _pen(SELECTION_COLOUR, 2.6, p.style()) for k, p in self.edge_pen.items()}
        self.edge_selected_brush = QBrush(QColor(SELECTION_COLOUR))
        self.connect_pen = _pen(SELECTION_COLOUR, 2.0, Qt.DashLine)
        self.drop_indicator_pen = _pen(SELECTION_COLOUR, 3.0)
        ghost = QColor(SELECTION_COLOUR)
        ghost.setAlpha(50)
        self.drag_ghost_brush = QBrush(ghost)
        self.no_pen = QPen(Qt.NoPen)


@lru_cache(maxsize=1)
def canvas_style() -> CanvasStyle:
    return CanvasStyle()


def heat_colour(value: float) -> QColor:
    """0 -> pale yellow, 1 -> deep red (for analysis highlights)."""
    v = min(1.0, max(0.0, value))
    return QColor.fromHsvF((1 - v) * 50 / 360, 0.25 + 0.7 * v, 1.0 - 0.25 * v)
