"""Edge routes on the printed blueprint.

Edges are drawn under the nodes, whose opaque fills keep lines from crossing labels. Edges
between nodes side by side are gentle curves; a vertical run between lanes is straight when
nothing stands in its way, and otherwise orthogonal: out of the source into the gap just
beyond it, along that gap, and up (or down) to the target — through the padding that every
cell keeps around its nodes (model.layout.CELL_PADDING) — or, when another node sits under
the target, along the column's edge and into the target's side. Ends on one side are spread
apart, ordered by where the other end lies, so lines do not cross at the nodes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model.enums import EdgeKind
from ..model.layout import Rect
from . import style

Point = tuple[float, float]
GAP = 9.0          # distance of an orthogonal run from the node it leaves
CORNER = 6.0       # radius of the rounded corners of orthogonal routes


@dataclass(frozen=True)
class Route:
    kind: EdgeKind
    points: tuple[Point, ...]   # curved: start, control 1, control 2, end; else a polyline
    curved: bool


def _spread(count: int, index: int) -> float:
    """Fraction along a side for the index-th of count edge ends (middle 70 %)."""
    return 0.5 if count == 1 else 0.15 + 0.7 * index / (count - 1)


def _anchor(rect: Rect, side: str, fraction: float) -> Point:
    if side in ("top", "bottom"):
        return (rect.x + rect.width * fraction, rect.y if side == "top" else rect.bottom)
    return (rect.x if side == "left" else rect.right, rect.y + rect.height * fraction)


_OUTWARD = {"top": (0, -1), "bottom": (0, 1), "left": (-1, 0), "right": (1, 0)}


class _Obstacles:
    """Node rectangles bucketed by (lane, stage) cell, to tell whether a vertical run
    would pass behind another node."""

    def __init__(self, layout) -> None:
        self.layout = layout
        self.cells: dict[tuple, list[tuple[str, Rect]]] = {}
        for node_id, rect in layout.nodes.items():
            self.cells.setdefault(layout.cell_at(*rect.center), []).append((node_id, rect))
        self.lane_index = {b.lane: i for i, b in enumerate(layout.bands)}

    def blocked(self, x: float, y0: float, y1: float, ends: tuple[str, str]) -> bool:
        top, bottom = min(y0, y1), max(y0, y1)
        lane_a, stage = self.layout.cell_at(x, top)
        lane_b, _ = self.layout.cell_at(x, bottom)
        for band in self.layout.bands[self.lane_index[lane_a]:self.lane_index[lane_b] + 1]:
            for node_id, rect in self.cells.get((band.lane, stage), ()):
                if node_id not in ends and rect.x - 2 <= x <= rect.right + 2 \
                        and rect.y < bottom and rect.bottom > top:
                    return True
        return False

    def column_edge(self, rect: Rect, towards_x: float) -> float:
        """x of the target column's boundary on the side facing ``towards_x``."""
        column = self.layout.column(self.layout.cell_at(*rect.center)[1])
        if column is None:
            return rect.x - GAP
        return column.x + 1 if towards_x < rect.center[0] else column.x + column.width - 1


def _sides(src: Rect, tgt: Rect) -> tuple[str, str] | None:
    """Sides for a curve between nodes side by side; None for a vertical relation."""
    if src.bottom < tgt.y or tgt.bottom < src.y:
        return None
    if src.right < tgt.x:
        return ("right", "left")
    if tgt.right < src.x:
        return ("left", "right")
    return ("bottom", "top") if src.center[1] <= tgt.center[1] else ("top", "bottom")


def route_edges(edges, rects: dict[str, Rect], layout=None) -> list[Route]:
    """Routes for every edge whose two ends have rectangles."""
    obstacles = _Obstacles(layout) if layout is not None else None
    ends: dict[tuple[str, str], list[tuple[float, int, int]]] = {}
    plan = []
    for edge in edges:
        src, tgt = rects.get(edge.source), rects.get(edge.target)
        if src is None or tgt is None:
            continue
        sides = _sides(src, tgt)
        if sides is None:
            up = tgt.bottom < src.y
            sides = ("top", "bottom") if up else ("bottom", "top")
        i = len(plan)
        plan.append((edge, src, tgt, sides))
        s_key = tgt.center[0] if sides[0] in ("top", "bottom") else tgt.center[1]
        t_key = src.center[0] if sides[1] in ("top", "bottom") else src.center[1]
        ends.setdefault((edge.source, sides[0]), []).append((s_key, i, 0))
        ends.setdefault((edge.target, sides[1]), []).append((t_key, i, 1))
    fractions: dict[tuple[int, int], float] = {}
    for members in ends.values():
        members.sort()
        for k, (_, i, which) in enumerate(members):
            fractions[(i, which)] = _spread(len(members), k)
    routes = []
    for i, (edge, src, tgt, (s_side, t_side)) in enumerate(plan):
        start = _anchor(src, s_side, fractions[(i, 0)])
        end = _anchor(tgt, t_side, fractions[(i, 1)])
        if s_side in ("left", "right"):
            routes.append(_curve(edge.kind, start, end, s_side, t_side))
        else:
            routes.append(_vertical(edge, src, tgt, start, end, obstacles, fractions[(i, 0)]))
    return routes


def _curve(kind, start: Point, end: Point, s_side: str, t_side: str) -> Route:
    reach = max(14.0, 0.45 * abs(end[0] - start[0]))
    (sx, sy), (tx, ty) = _OUTWARD[s_side], _OUTWARD[t_side]
    return Route(kind, (start, (start[0] + sx * reach, start[1] + sy * reach),
                        (end[0] + tx * reach, end[1] + ty * reach), end), True)


def _vertical(edge, src: Rect, tgt: Rect, start: Point, end: Point, obstacles,
              fraction: float) -> Route:
    ends = (edge.source, edge.target)
    if abs(start[0] - end[0]) < 0.5 and not (obstacles and obstacles.blocked(
            start[0], start[1], end[1], ends)):
        return Route(edge.kind, (start, end), False)
    if max(src.x, tgt.x) < min(src.right, tgt.right):
        x = (max(src.x, tgt.x) + min(src.right, tgt.right)) / 2
        if not (obstacles and obstacles.blocked(x, start[1], end[1], ends)):
            return Route(edge.kind, ((x, start[1]), (x, end[1])), False)
    direction = -1 if end[1] < start[1] else 1
    # The run along the gap beyond the source; its offset varies with the end's place on
    # the side, so runs of different edges do not lie on top of each other.
    lane_y = start[1] + direction * (3 + GAP * fraction * 1.3)
    if not (obstacles and obstacles.blocked(end[0], lane_y, end[1], ends)):
        return Route(edge.kind, (start, (start[0], lane_y), (end[0], lane_y), end), False)
    # Something sits under (or over) the target: climb along its column's edge instead
    # and enter the target from the side.
    edge_x = obstacles.column_edge(tgt, start[0])
    edge_x += (2 + 8 * fraction) * (1 if edge_x < tgt.x else -1)
    side_x = tgt.x if edge_x < tgt.x else tgt.right
    mid_y = tgt.center[1]
    return Route(edge.kind, (start, (start[0], lane_y), (edge_x, lane_y), (edge_x, mid_y),
                             (side_x, mid_y)), False)


# ----- drawing --------------------------------------------------------------------------------
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
            _add_route(lines, route, flip)
            _arrowhead(heads, route, flip)
        canv.drawPath(lines, stroke=1, fill=0)
        canv.setDash()
        canv.drawPath(heads, stroke=0, fill=1)
        canv.restoreState()


def _direction(route: Route) -> Point:
    (ax, ay), (bx, by) = route.points[-2], route.points[-1]
    norm = math.hypot(bx - ax, by - ay) or 1.0
    return (bx - ax) / norm, (by - ay) / norm


def _add_route(path, route: Route, flip) -> None:
    ux, uy = _direction(route)
    pts = list(route.points)
    # Stop at the arrowhead's base so the line does not poke through its tip.
    pts[-1] = (pts[-1][0] - ux * style.ARROW_LENGTH * 0.8, pts[-1][1] - uy * style.ARROW_LENGTH * 0.8)
    path.moveTo(pts[0][0], flip(pts[0][1]))
    if route.curved:
        (x1, y1), (x2, y2), (x3, y3) = pts[1:]
        path.curveTo(x1, flip(y1), x2, flip(y2), x3, flip(y3))
        return
    for prev, corner, nxt in zip(pts, pts[1:], pts[2:]):
        r = min(CORNER, math.dist(prev, corner) / 2, math.dist(corner, nxt) / 2)
        a = _towards(corner, prev, r)
        b = _towards(corner, nxt, r)
        path.lineTo(a[0], flip(a[1]))
        path.curveTo(corner[0], flip(corner[1]), corner[0], flip(corner[1]), b[0], flip(b[1]))
    path.lineTo(pts[-1][0], flip(pts[-1][1]))


def _towards(origin: Point, target: Point, distance: float) -> Point:
    d = math.dist(origin, target) or 1.0
    return (origin[0] + (target[0] - origin[0]) * distance / d,
            origin[1] + (target[1] - origin[1]) * distance / d)


def _arrowhead(path, route: Route, flip) -> None:
    ux, uy = _direction(route)
    tip = route.points[-1]
    bx, by = tip[0] - ux * style.ARROW_LENGTH, tip[1] - uy * style.ARROW_LENGTH
    px, py = -uy * style.ARROW_HALF_WIDTH, ux * style.ARROW_HALF_WIDTH
    path.moveTo(tip[0], flip(tip[1]))
    path.lineTo(bx + px, flip(by + py))
    path.lineTo(bx - px, flip(by - py))
    path.close()
