"""Pens, brushes and fonts of the canvas, built once per (palette, font scale) from the
look's palettes (look/palette.py: the same colours the PDF prints; DESIGN.md convention 8).

Each scene holds the style it paints with (``scene.canvas_style``); ``style_of`` finds it
for an item. Exports always use the light style at scale 1.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPen

from ..look import palette as look_palette
from ..look.palette import DARK, LIGHT, Palette
from ..look.shapes import outline_width
from ..model.enums import LANE_ROW, EdgeKind

__all__ = ["CanvasStyle", "DARK", "LIGHT", "Palette", "canvas_style", "heat_colour",
           "prefers_dark", "style_for", "style_of"]

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
        self.heat_text_pen = _pen(c.heat_text)
        self.background_brush = QBrush(QColor(c.background))
        self.node_fill = {lane: QBrush(QColor(v.fill)) for lane, v in c.lanes.items()}
        self.node_pen = {lane: _pen(v.outline, outline_width(LANE_ROW[lane].shape))
                         for lane, v in c.lanes.items()}
        self.band_fill = {lane: QBrush(QColor(v.band)) for lane, v in c.lanes.items()}
        self.lane_accent = {lane: QBrush(QColor(v.outline)) for lane, v in c.lanes.items()}
        self.lane_title_pen = {lane: _pen(v.outline) for lane, v in c.lanes.items()}
        self.category_brush = {k: QBrush(QColor(v)) for k, v in c.categories.items()}
        self.category_pen = {k: _pen(v) for k, v in c.categories.items()}
        self.selection_pen = _pen(c.selection, 3.0)
        self.ring_pen = _pen(c.selection, 2.0)
        self.ring_pen.setStyle(Qt.PenStyle.DashLine)
        self.error_brush = QBrush(QColor(c.error))
        self.white_pen = _pen("#ffffff", 1.6)
        self.handle_brush = QBrush(QColor(c.pill))
        self.handle_pen = _pen(c.selection, 1.6)
        self.pill_brush = QBrush(QColor(c.pill))
        self.header_fill = QBrush(QColor(c.header))
        self.grid_pen = _pen(c.grid, 1.0)
        self.separator_pen = _pen(c.separator, 1.6, Qt.DashLine)
        self._build_edge_pens(c.edges, c.selection)
        self.connect_pen = _pen(c.selection, 2.0, Qt.DashLine)
        self.drop_indicator_pen = _pen(c.selection, 3.0)
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

    def _build_edge_pens(self, colours, selection: str) -> None:
        self.edge_pen = {k: _pen(v, 1.6, Qt.SolidLine if k is EdgeKind.FLOW else Qt.DashLine)
                         for k, v in colours.items()}
        self.edge_far_pen = {k: _far_pen(v) for k, v in colours.items()}
        self.edge_brush = {k: QBrush(QColor(v)) for k, v in colours.items()}
        self.edge_selected_pen = {k: _pen(selection, 2.6, p.style()) for k, p in self.edge_pen.items()}
        self.edge_selected_brush = QBrush(QColor(selection))


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
    """The look's heat scale (0 pale yellow, 1 warm red) as a QColor."""
    return QColor(look_palette.heat_colour(value))
