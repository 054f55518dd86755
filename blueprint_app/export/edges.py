"""Edge routes on the printed blueprint: the look's routes (look/routes.py, the same the
canvas draws), replayed on a reportlab canvas. Edges are drawn under the nodes."""
from __future__ import annotations

from ..look.routes import ARROW_HALF_WIDTH, ARROW_LENGTH, Route, route_edges
from ..model.enums import EdgeKind
from . import style

__all__ = ["Route", "draw_routes", "replay", "route_edges"]


def replay(path, ops, flip) -> None:
    """Add look path ops (layout coordinates, y down) to a reportlab path."""
    for op in ops:
        if op[0] == "M":
            path.moveTo(op[1], flip(op[2]))
        elif op[0] == "L":
            path.lineTo(op[1], flip(op[2]))
        elif op[0] == "C":
            path.curveTo(op[1], flip(op[2]), op[3], flip(op[4]), op[5], flip(op[6]))
        else:
            path.close()


def draw_routes(canv, routes: list[Route], flip) -> None:
    """Draw every route (flip maps layout y to PDF y), flow first, then support."""
    for kind in (EdgeKind.FLOW, EdgeKind.SUPPORT):
        chosen = [r for r in routes if r.kind is kind]
        if not chosen:
            continue
        colour = style.FLOW_COLOUR if kind is EdgeKind.FLOW else style.SUPPORT_COLOUR
        canv.saveState()
        canv.setStrokeColor(colour)
        canv.setFillColor(colour)
        canv.setLineWidth(style.FLOW_WIDTH if kind is EdgeKind.FLOW else style.SUPPORT_WIDTH)
        if kind is EdgeKind.SUPPORT:
            canv.setDash(*style.SUPPORT_DASH)
        lines, heads = canv.beginPath(), canv.beginPath()
        for route in chosen:
            replay(lines, route.line_ops(ARROW_LENGTH), flip)
            tip, left, right = route.arrow_head(ARROW_LENGTH, ARROW_HALF_WIDTH)
            replay(heads, (("M", *tip), ("L", *left), ("L", *right), ("Z",)), flip)
        canv.drawPath(lines, stroke=1, fill=0)
        canv.setDash()
        canv.drawPath(heads, stroke=0, fill=1)
        canv.restoreState()
