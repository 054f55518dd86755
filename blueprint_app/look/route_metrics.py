"""How well edge routes read, in numbers: crossings between edges, length of edges running
on top of each other, length running along a lane or column line, and length drawn over a
node other than the edge's own ends. Used by ``benchmarks/bench_routes.py`` and the tests;
routes are polylines in layout coordinates (curves flattened by the caller)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model.layout import Layout

Point = tuple[float, float]
NEAR = 1.5        # two runs closer than this lie on top of each other
LINE_NEAR = 2.0   # a run this close to a lane or column line runs along it
STEP = 2.0        # sampling step along a route


@dataclass(frozen=True)
class RouteMetrics:
    edges: int
    crossings: int
    overlap_length: float      # length of route lying on top of another edge's route
    along_lines: float         # length running along a lane line or a column edge
    over_nodes: float          # length drawn over a node that is not one of its ends

    def row(self) -> tuple:
        return (self.edges, self.crossings, round(self.overlap_length),
                round(self.along_lines), round(self.over_nodes))


def _segments(points):
    return list(zip(points, points[1:]))


def _cross(p, q, r, s) -> bool:
    """Proper crossing of segments pq and rs (touching ends do not count)."""
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2 = orient(r, s, p), orient(r, s, q)
    d3, d4 = orient(p, q, r), orient(p, q, s)
    eps = 1e-6
    return ((d1 > eps and d2 < -eps) or (d1 < -eps and d2 > eps)) and \
        ((d3 > eps and d4 < -eps) or (d3 < -eps and d4 > eps))


def _distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))


def _samples(points):
    """(point, direction, step length) along a polyline."""
    for a, b in _segments(points):
        length = math.dist(a, b)
        if length == 0:
            continue
        n = max(1, int(length // STEP))
        ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
        for i in range(n):
            t = (i + 0.5) * length / n
            yield (a[0] + ux * t, a[1] + uy * t), (ux, uy), length / n


def _bbox(points, pad=0.0):
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _boxes_meet(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def measure(routes: list[tuple[str, str, list[Point]]], layout: Layout) -> RouteMetrics:
    """``routes``: (source id, target id, polyline) per edge."""
    boxes = [_bbox(pts, NEAR) for _, _, pts in routes]
    segs = [_segments(pts) for _, _, pts in routes]
    crossings = 0
    overlap = 0.0
    for i, (_, _, pts) in enumerate(routes):
        for j in range(i + 1, len(routes)):
            if _boxes_meet(boxes[i], boxes[j]):
                crossings += sum(_cross(p, q, r, s) for p, q in segs[i] for r, s in segs[j])
    for i, (_, _, pts) in enumerate(routes):
        others = [j for j in range(len(routes)) if j != i and _boxes_meet(boxes[i], boxes[j])]
        for point, (ux, uy), step in _samples(pts):
            for j in others:
                if any(_distance(point, a, b) < NEAR and _parallel(a, b, ux, uy) for a, b in segs[j]):
                    overlap += step
                    break
    lane_ys = [b.y for b in layout.bands[1:]]
    column_xs = [c.x for c in layout.columns]
    rects = layout.nodes
    along = over = 0.0
    for source, target, pts in routes:
        for (x, y), (ux, uy), step in _samples(pts):
            if (abs(uy) < 0.2 and any(abs(y - ly) < LINE_NEAR for ly in lane_ys)) or \
                    (abs(ux) < 0.2 and any(abs(x - cx) < LINE_NEAR for cx in column_xs)):
                along += step
            for node_id, r in rects.items():
                if node_id not in (source, target) and r.x + 1 < x < r.right - 1 \
                        and r.y + 1 < y < r.bottom - 1:
                    over += step
                    break
    return RouteMetrics(len(routes), crossings, overlap, along, over)


def _parallel(a: Point, b: Point, ux: float, uy: float) -> bool:
    length = math.dist(a, b) or 1.0
    return abs((b[0] - a[0]) / length * uy - (b[1] - a[1]) / length * ux) < 0.2


def flatten_cubic(p0: Point, p1: Point, p2: Point, p3: Point, steps: int = 16) -> list[Point]:
    out = []
    for i in range(steps + 1):
        t = i / steps
        m = 1 - t
        out.append((m ** 3 * p0[0] + 3 * m * m * t * p1[0] + 3 * m * t * t * p2[0] + t ** 3 * p3[0],
                    m ** 3 * p0[1] + 3 * m * m * t * p1[1] + 3 * m * t * t * p2[1] + t ** 3 * p3[1]))
    return out
