"""EdgeItem: a disposable view of one model edge. Flow edges are solid arrows along the
journey; support edges dashed arrows from the supporting node up to the supported one."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..model import Edge, EdgeKind
from . import routing
from .style import style_of

EDGE_Z = 0.5
HIT_WIDTH = 8.0
FAR_LOD = 0.4  # the same threshold as node text


class EdgeItem(QGraphicsItem):
    def __init__(self, edge: Edge, source, target):
        super().__init__()
        self.edge_id = edge.id
        self.kind = edge.kind
        self.source, self.target = source, target
        self.dimmed = False
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setZValue(EDGE_Z)
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.sides = ("r", "l")

    def set_record(self, edge: Edge) -> None:
        self.kind = edge.kind
        self.update_path()

    def side_at(self, node_item) -> str:
        return self.sides[0] if node_item is self.source else self.sides[1]

    def other_end(self, node_item):
        return self.target if node_item is self.source else self.source

    def compute_sides(self) -> None:
        self.sides = routing.sides(self.kind, self.source.body_rect(), self.target.body_rect())

    def _fraction(self, node_item, side: str) -> float:
        """Spread edges sharing one side of a node, ordered by where their other end lies."""
        horizontal = side in ("t", "b")
        siblings = [e for e in node_item.edges if e.side_at(node_item) == side]
        if len(siblings) <= 1:
            return 0.5

        def key(e):
            other = e.other_end(node_item)
            return ((other.x() + other.size[0] / 2) if horizontal else (other.y() + other.size[1] / 2),
                    e.edge_id)
        siblings.sort(key=key)
        return routing.spread(siblings.index(self), len(siblings))

    def update_path(self) -> None:
        """Recompute the route from the two nodes' current rectangles (call compute_sides
        on every edge of a moved node first, so the spreading sees current sides)."""
        s_side, t_side = self.sides
        p1 = routing.port(self.source.body_rect(), s_side, self._fraction(self.source, s_side))
        p2 = routing.port(self.target.body_rect(), t_side, self._fraction(self.target, t_side))
        self.prepareGeometryChange()
        self._arrow = routing.arrow_head(p2, t_side)
        nx, ny = {"r": (1, 0), "l": (-1, 0), "t": (0, -1), "b": (0, 1)}[t_side]
        end = p2 + QPointF(nx * routing.ARROW * 0.8, ny * routing.ARROW * 0.8)
        self._path = self._route(p1, s_side, end, t_side)
        self._shape = None
        pad = routing.ARROW + 2
        self._bounds = self._path.boundingRect().united(self._arrow.boundingRect()).adjusted(-pad, -pad, pad, pad)
        self.update()

    def _route(self, p1: QPointF, s_side: str, p2: QPointF, t_side: str):
        layout = getattr(self.scene(), "layout", None)
        if (self.kind is EdgeKind.SUPPORT and layout is not None
                and routing.wants_corridor(p1, p2, (s_side, t_side))):
            band = layout.band(self.source.node.lane)
            # inside the source lane's top padding, a few lanes apart so runs stay distinct
            corridor = band.y + 6 + 3 * (sum(map(ord, self.edge_id)) % 4)
            if p2.y() < corridor < p1.y():
                return routing.orthogonal(p1, p2, corridor)
        return routing.curve(p1, s_side, p2, t_side)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._arrow)
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        style = style_of(self)
        if self.dimmed:
            painter.setOpacity(0.2)
        selected = self.isSelected()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < FAR_LOD:  # zoomed out: thin aliased solid lines, no arrowheads (5x faster)
            painter.setRenderHint(QPainter.Antialiasing, False)
            painter.setPen(style.edge_selected_pen[self.kind] if selected else style.edge_far_pen[self.kind])
            painter.drawPath(self._path)
            return
        painter.setPen(style.edge_selected_pen[self.kind] if selected else style.edge_pen[self.kind])
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(style.no_pen)
        painter.setBrush(style.edge_selected_brush if selected else style.edge_brush[self.kind])
        painter.drawPolygon(self._arrow)
