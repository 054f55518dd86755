"""What is drawn, Qt-free: palettes, node outlines, edge routes and the legend, computed from
the model's layout. The canvas, the PNG/SVG export and the PDF all draw from here, so the
screen and the paper show the same drawing. Imports only ``model``."""
from .palette import DARK, LIGHT, PALETTES, PRINT, LaneColours, Palette, heat_colour
from .routes import Route, route_edges
from .shapes import SHAPES, node_outline, outline_width

__all__ = ["DARK", "LIGHT", "PALETTES", "PRINT", "LaneColours", "Palette", "Route",
           "SHAPES", "heat_colour", "node_outline", "outline_width", "route_edges"]
