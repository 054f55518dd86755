"""Edge routes between two node rectangles: which sides they leave and enter, where on
each side (edges sharing a side are spread out), and a gently curved path."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from ..model import EdgeKind

GAP = 8.0
ARROW = 9.0
SPREAD = 0.7  # share of a side over which attached edges are spread

# sides: "r", "l", "t", "b"
_OPPOSITE = {"r": "l", "l": "r", "t": "b", "b": "t"}


def sides(kind: EdgeKind, s: QRectF, t: QRectF) -> tuple[str, str]:
    """Leaving side of the source, entering side of the target."""
    if kind is EdgeKind.SUPPORT:  # supports run vertically: up from below, else down
        if t.bottom() <= s.top() - GAP:
            return "t", "b"
        if t.top() >= s.bottom() + GAP:
            return "b", "t"
    if t.left() >= s.right() + GAP:
        return "r", "l"
    if t.top() >= s.bottom() + GAP:
        return "b", "t"
    if t.bottom() <= s.top() - GAP:
        return "t", "b"
    if t.right() <= s.left() - GAP:
        return "l", "r"
    return "r", "l"


def port(rect: QRectF, side: str, fraction: float = 0.5) -> QPointF:
    """A point on ``side`` of ``rect``; fraction runs left->right or top->bottom."""
    if side in ("t", "b"):
        x = rect.left() + rect.width() * fraction
        return QPointF(x, rect.top() if side == "t" else rect.bottom())
    y = rect.top() + rect.height() * fraction
    return QPointF(rect.right() if side == "r" else rect.left(), y)


def spread(index: int, count: int) -> float:
    """Where the index-th of count edges sits along a side (0.5 for a single edge)."""
    if count <= 1:
        return 0.5
    return 0.5 - SPREAD / 2 + SPREAD * index / (count - 1)


_NORMAL = {"r": (1, 0), "l": (-1, 0), "t": (0, -1), "b": (0, 1)}


def curve(p1: QPointF, side1: str, p2: QPointF, side2: str) -> QPainterPath:
    """A cubic leaving p1 along side1's normal and entering p2 against side2's normal."""
    # reach along the leaving direction: half the gap to cross, so the curve never
    # overshoots past the target and comes back (an S-loop)
    gap = abs(p2.y() - p1.y()) if side1 in ("t", "b") else abs(p2.x() - p1.x())
    reach = max(16.0, min(120.0, gap * 0.5))
    n1, n2 = _NORMAL[side1], _NORMAL[side2]
    c1 = QPointF(p1.x() + n1[0] * reach, p1.y() + n1[1] * reach)
    c2 = QPointF(p2.x() + n2[0] * reach, p2.y() + n2[1] * reach)
    path = QPainterPath(p1)
    path.cubicTo(c1, c2, p2)
    return path


def orthogonal(p1: QPointF, p2: QPointF, corridor_y: float, radius: float = 10.0) -> QPainterPath:
    """Vertical from p1 to the corridor, along it, then vertical to p2; rounded corners."""
    path = QPainterPath(p1)
    for a, corner, b in (((p1), QPointF(p1.x(), corridor_y), QPointF(p2.x(), corridor_y)),
                         (QPointF(p1.x(), corridor_y), QPointF(p2.x(), corridor_y), p2)):
        r = min(radius, abs(corner.x() - (a.x() if a.x() != corner.x() else b.x())) / 2,
                abs(corner.y() - (a.y() if a.y() != corner.y() else b.y())) / 2)
        path.lineTo(_towards(corner, a, r))
        path.quadTo(corner, _towards(corner, b, r))
    path.lineTo(p2)
    return path


def _towards(origin: QPointF, target: QPointF, distance: float) -> QPointF:
    dx, dy = target.x() - origin.x(), target.y() - origin.y()
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    return QPointF(origin.x() + dx / length * distance, origin.y() + dy / length * distance)


def wants_corridor(p1: QPointF, p2: QPointF, sides_: tuple[str, str]) -> bool:
    """Long, flat support connections read better as orthogonal runs in a lane corridor
    than as S-curves crossing the lane diagonally."""
    return sides_ == ("t", "b") and abs(p2.x() - p1.x()) > 1.5 * abs(p2.y() - p1.y())


def arrow_head(tip: QPointF, side: str) -> QPolygonF:
    """A filled triangle pointing into ``side`` of the target at ``tip``."""
    nx, ny = _NORMAL[side]  # outward normal of the target side; the arrow points against it
    bx, by = tip.x() + nx * ARROW, tip.y() + ny * ARROW
    px, py = -ny * ARROW * 0.5, nx * ARROW * 0.5
    return QPolygonF([tip, QPointF(bx + px, by + py), QPointF(bx - px, by - py)])
