"""Outlines as plain path operations, in layout coordinates (y down), so the canvas
(QPainterPath) and the PDF (reportlab path, y flipped) replay the same geometry.

An outline is a tuple of ops: ("M", x, y) move, ("L", x, y) line, ("C", x1, y1, x2, y2,
x, y) cubic, ("Z",) close."""
from __future__ import annotations

import math

Point = tuple[float, float]
KAPPA = 0.5523  # cubic approximation of a quarter circle


def polyline(points, radius: float = 0.0) -> tuple:
    """An open polyline through ``points`` with corners rounded by ``radius``."""
    ops = [("M", *points[0])]
    for prev, corner, nxt in zip(points, points[1:], points[2:]):
        r = min(radius, math.dist(prev, corner) / 2, math.dist(corner, nxt) / 2)
        if r <= 0.01:
            ops.append(("L", *corner))
            continue
        a, b = _towards(corner, prev, r), _towards(corner, nxt, r)
        ops.append(("L", *a))
        ops.append(("C", *_towards(a, corner, r * KAPPA), *_towards(b, corner, r * KAPPA), *b))
    ops.append(("L", *points[-1]))
    return tuple(ops)


def polygon(points, radius: float = 0.0) -> tuple:
    """A closed polygon with corners rounded by ``radius``."""
    n = len(points)
    ops = []
    for i in range(n):
        prev, corner, nxt = points[i - 1], points[i], points[(i + 1) % n]
        r = min(radius, math.dist(prev, corner) / 2, math.dist(corner, nxt) / 2)
        a, b = _towards(corner, prev, r), _towards(corner, nxt, r)
        ops.append(("M" if i == 0 else "L", *a))
        if r > 0.01:
            ops.append(("C", *_towards(a, corner, r * KAPPA), *_towards(b, corner, r * KAPPA), *b))
    ops.append(("Z",))
    return tuple(ops)


def rounded_rect(x: float, y: float, w: float, h: float, radius: float) -> tuple:
    return polygon(((x, y), (x + w, y), (x + w, y + h), (x, y + h)), min(radius, w / 2, h / 2))


def _towards(origin: Point, target: Point, distance: float) -> Point:
    d = math.dist(origin, target) or 1.0
    return (origin[0] + (target[0] - origin[0]) * distance / d,
            origin[1] + (target[1] - origin[1]) * distance / d)


def flatten(ops, steps: int = 12) -> list[Point]:
    """The outline as one polyline (cubics sampled), for measuring."""
    points: list[Point] = []
    for op in ops:
        if op[0] in ("M", "L"):
            points.append((op[1], op[2]))
        elif op[0] == "C":
            p0 = points[-1]
            c1, c2, p3 = (op[1], op[2]), (op[3], op[4]), (op[5], op[6])
            for i in range(1, steps + 1):
                t = i / steps
                m = 1 - t
                points.append(tuple(m ** 3 * a + 3 * m * m * t * b + 3 * m * t * t * c + t ** 3 * d
                                    for a, b, c, d in zip(p0, c1, c2, p3)))
    return points
