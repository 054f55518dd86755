"""How a BlueprintScene looks: the system's light or dark palette and the presentation font
scale. Each scene paints with one shared, prebuilt CanvasStyle (``scene.canvas_style``);
a change swaps it once and repaints, it never rebuilds pens per item."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication

from .style import CanvasStyle, prefers_dark, style_for


class SceneAppearance:
    """Mixed into BlueprintScene (before QGraphicsScene, so ``event`` overrides Qt's)."""

    canvas_style: CanvasStyle

    def _init_appearance(self, follow_palette: bool) -> None:
        self.canvas_style = style_for(False, 1.0)
        self.setBackgroundBrush(self.canvas_style.background_brush)
        self._follow_palette = follow_palette
        if follow_palette:
            hints = QGuiApplication.styleHints()
            if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+; Qt drops it with the scene
                hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
            self.refresh_palette()

    def refresh_palette(self) -> None:
        """Follow the system's light or dark palette (called when either changes)."""
        if getattr(self, "_follow_palette", False):  # events may come during __init__
            self._set_style(style_for(prefers_dark(self.palette()), self.canvas_style.font_scale))

    def font_scale(self) -> float:
        return self.canvas_style.font_scale

    def set_font_scale(self, scale: float) -> None:
        """Enlarge node, lane and stage text by ``scale`` (1.0 = normal; e.g. 1.4 for a
        projector). Node rectangles keep their size; a label that would be cut at the
        larger size uses the largest size that fits (never below normal)."""
        if not scale > 0:
            raise ValueError(f"font scale must be positive, not {scale}")
        self._set_style(style_for(self.canvas_style.dark, float(scale)))

    def _set_style(self, style: CanvasStyle) -> None:
        old, self.canvas_style = self.canvas_style, style
        if style is old:
            return
        self.setBackgroundBrush(style.background_brush)
        if style.font_scale != old.font_scale:
            for item in self.node_items.values():
                item.invalidate_text()
        self.update()

    def _on_style_hints_color_scheme_changed(self, scheme) -> None:
        self.refresh_palette()

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self.refresh_palette()
        return handled
