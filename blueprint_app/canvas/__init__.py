"""The canvas: QGraphicsScene/View drawing a Blueprint, its items, interactions and the
model->item bridge, plus PNG/SVG rendering (see DESIGN.md)."""
from .scene import BlueprintScene
from .view import BlueprintView
from .minimap import MinimapView
from .render import ensure_app, render_png, render_svg

__all__ = ["BlueprintScene", "BlueprintView", "MinimapView", "ensure_app", "render_png", "render_svg"]
