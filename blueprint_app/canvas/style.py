"""Colours, pens, brushes and fonts of the canvas, built once per (palette, font scale)
(DESIGN.md convention 8).

Lane colours follow the usual blueprint reading: warm for the customer, blue for
touchpoints, green backstage, violet for support processes; categories get a stripe colour.
The dark variant keeps every hue and swaps lightness: dark bands and fills, light outlines
and text. Each scene holds the style it paints with (``scene.canvas_style``); ``style_of``
finds it for an item. Exports always use the light style at scale 1.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPen

from ..model import Category, EdgeKind, Lane


@dataclass(frozen=True)
class Colours:
    lanes: dict  # lane: (band tint, node fill, node outline)
    categories: dict  # category: stripe and tag colour
    edges: dict  # edge kind: colour
    text: str
    muted: str
    header: str
    grid: str
    separator: str
    background: str
    pill: str  # the separator-name pills and the inline editor


LIGHT = Colours(
    lanes={
        Lane.EVIDENCE: ("#f4f5f7", "#ffffff", "#78828c"),
        Lane.CUSTOMER: ("#fff9ec", "#fff3cd", "#d49a00"),
        Lane.FRONTSTAGE: ("#f0f6fd", "#dcecfc", "#1f6fc5"),
        Lane.BACKSTAGE: ("#f1f8f1", "#dff1df", "#3b8a3e"),
        Lane.SUPPORT: ("#f7f2f9", "#efe3f5", "#7b3f98"),
    },
    categories={
        Category.IT_SYSTEM: "#1565c0", Category.KNOWLEDGE: "#00897b", Category.PROCESS: "#6d4c41",
        Category.POLICY: "#c62828", Category.PEOPLE: "#ef6c00", Category.PARTNER: "#5e35b1",
    },
    edges={EdgeKind.FLOW: "#37474f", EdgeKind.SUPPORT: "#7b3f98"},
    text="#1d232a", muted="#5b6570", header="#e7ebf0", grid="#c9d0d8", separator="#59636e",
    background="#ffffff", pill="#ffffff",
)

DARK = Colours(
    lanes={
        Lane.EVIDENCE: ("#22262b", "#30363d", "#9aa4ae"),
        Lane.CUSTOMER: ("#29251a", "#463a17", "#e2ae2c"),
        Lane.FRONTSTAGE: ("#1b2330", "#1f3a5a", "#62a6ee"),
        Lane.BACKSTAGE: ("#1c261d", "#254327", "#70c074"),
        Lane.SUPPORT: ("#251e2a", "#3d2b4a", "#b886d2"),
    },
    categories={
        Category.IT_SYSTEM: "#6aaaf2", Category.KNOWLEDGE: "#4fc3b3", Category.PROCESS: "#c09a88",
        Category.POLICY: "#f07a7a", Category.PEOPLE: "#ffa857", Category.PARTNER: "#a98ee8",
    },
    edges={EdgeKind.FLOW: "#b8c4cc", EdgeKind.SUPPORT: "#c792e2"},
    text="#e4e8ed", muted="#a7b1bc", header="#2a3038", grid="#3b434d", separator="#929daa",
    background="#1b1f24", pill="#2a3038",
)

# Kept for callers of the first version (light values).
LANE_COLOURS = LIGHT.lanes
CATEGORY_COLOURS = LIGHT.categories
EDGE_COLOURS = LIGHT.edges
TEXT_COLOUR = LIGHT.text
MUTED_TEXT = LIGHT.muted
HEADER_FILL = LIGHT.header
GRID_LINE = LIGHT.grid
SEPARATOR_COLOUR = LIGHT.separator
SELECTION_COLOUR = "#ff8f00"
ERROR_COLOUR = "#d32f2f"
HEAT_TEXT = "#1d232a"  # heat fills are light in both palettes

LABEL_PIXELS = 12
SMALL_PIXELS = 9
HEADER_PIXELS = 13


def _font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()  # the application's default family; fontconfig supplies CJK glyphs
    font.setPixelSize(max(1, round(pixels)))
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


class TextFonts:
    """The fonts and metrics of a node's text (tag, label, owner) at one scale."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.label_font = _font(LABEL_PIXELS * scale)
        self.small_font = _font(SMALL_PIXELS * scale)
        self.tag_font = _font(SMALL_PIXELS * scale, bold=True)
        self.label_metrics = QFontMetricsF(self.label_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.tag_metrics = QFontMetricsF(self.tag_font)


def fit_scales(font_scale: float, step: float = 0.1) -> list[float]:
    """Scales a node's text may use, largest first: above 1 a label that does not fit its
    node at ``font_scale`` steps down toward the normal size (never below it)."""
    if font_scale <= 1.0:
        return [font_scale]
    count = max(1, round((font_scale - 1.0) / step))
    return [font_scale - i * (font_scale - 1.0) / count for i in range(count + 1)]


class CanvasStyle:
    """Everything the items paint with. Create after the QGuiApplication exists; use
    ``style_for`` so each variant is built once."""

    def __init__(self, dark: bool = False, font_scale: float = 1.0) -> None:
        self.dark, self.font_scale = dark, font_scale
        self.colours = c = DARK if dark else LIGHT
        self._build_fonts(font_scale)
        self.text_pen = _pen(c.text)
        self.muted_pen = _pen(c.muted)
        self.heat_text_pen = _pen(HEAT_TEXT)
        self.background_brush = QBrush(QColor(c.background))
        self.node_fill = {lane: QBrush(QColor(v[1])) for lane, v in c.lanes.items()}
        self.node_pen = {lane: _pen(v[2], 1.4) for lane, v in c.lanes.items()}
        self.band_fill = {lane: QBrush(QColor(v[0])) for lane, v in c.lanes.items()}
        self.lane_accent = {lane: QBrush(QColor(v[2])) for lane, v in c.lanes.items()}
        self.category_brush = {k: QBrush(QColor(v)) for k, v in c.categories.items()}
        self.category_pen = {k: _pen(v) for k, v in c.categories.items()}
        self.selection_pen = _pen(SELECTION_COLOUR, 3.0)
        self.error_brush = QBrush(QColor(ERROR_COLOUR))
        self.white_pen = _pen("#ffffff", 1.6)
        self.handle_brush = QBrush(QColor(c.pill))
        self.handle_pen = _pen(SELECTION_COLOUR, 1.6)
        self.pill_brush = QBrush(QColor(c.pill))
        self.header_fill = QBrush(QColor(c.header))
        self.grid_pen = _pen(c.grid, 1.0)
        self.separator_pen = _pen(c.separator, 1.6, Qt.DashLine)
        self._build_edge_pens(c.edges)
        self.connect_pen = _pen(SELECTION_COLOUR, 2.0, Qt.DashLine)
        self.drop_indicator_pen = _pen(SELECTION_COLOUR, 3.0)
        ghost = QColor(c.header)  # a dragged stage header: nearly opaque, so its title reads
        ghost.setAlpha(235)
        self.drag_ghost_brush = QBrush(ghost)
        self.no_pen = QPen(Qt.NoPen)

    def _build_fonts(self, scale: float) -> None:
        self.text_fonts = [TextFonts(s) for s in fit_scales(scale)]
        main = self.text_fonts[0]
        self.label_font, self.small_font, self.tag_font = main.label_font, main.small_font, main.tag_font
        self.label_metrics, self.small_metrics = main.label_metrics, main.small_metrics
        self.tag_metrics = main.tag_metrics
        self.header_font = _font(HEADER_PIXELS * scale, bold=True)
        self.separator_font = _font((SMALL_PIXELS + 1) * scale, italic=True)

    def _build_edge_pens(self, colours: dict) -> None:
        self.edge_pen = {k: _pen(v, 1.6, Qt.SolidLine if k is EdgeKind.FLOW else Qt.DashLine)
                         for k, v in colours.items()}
        self.edge_far_pen = {k: _far_pen(v) for k, v in colours.items()}
        self.edge_brush = {k: QBrush(QColor(v)) for k, v in colours.items()}
        self.edge_selected_pen = {k: _pen(SELECTION_COLOUR, 2.6, p.style()) for k, p in self.edge_pen.items()}
        self.edge_selected_brush = QBrush(QColor(SELECTION_COLOUR))


@lru_cache(maxsize=16)
def style_for(dark: bool = False, font_scale: float = 1.0) -> CanvasStyle:
    return CanvasStyle(dark, font_scale)


def canvas_style() -> CanvasStyle:
    """The light style at scale 1 (exports, and items outside a BlueprintScene)."""
    return style_for(False, 1.0)


def style_of(item) -> CanvasStyle:
    """The style an item paints with: its scene's, else the light default."""
    return getattr(item.scene(), "canvas_style", None) or canvas_style()


def prefers_dark(palette: QPalette | None = None) -> bool:
    """True when the system asks for a dark colour scheme (Qt 6.5+) or the palette's window
    colour is dark (a dark theme set through the palette, or an older Qt)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.Window).lightnessF() < 0.5


def heat_colour(value: float) -> QColor:
    """0 -> pale yellow, 1 -> warm red (for analysis highlights); light enough at every
    value for the dark label text to stay readable."""
    v = min(1.0, max(0.0, value))
    return QColor.fromHsvF((1 - v) * 50 / 360, 0.2 + 0.55 * v, 1.0 - 0.05 * v)
