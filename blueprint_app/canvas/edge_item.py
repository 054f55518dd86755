"""EdgeItem: a disposable view of one model edge. Flow edges are solid arrows along the
journey; support edges dashed arrows from the supporting node up to the supported one."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..model import Edge, EdgeKind
from ..look.routes import Route
from .qt_paths import qpath
from .style import style_of

EDGE_Z = 0.5
HIT_WIDTH = 8.0
ARROW = 9.0
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
        self.route: Route | None = None

    def set_record(self, edge: Edge) -> None:
        self.kind = edge.kind

    def other_end(self, node_item):
        return self.target if node_item is self.source else self.source

    def set_route(self, route: Route) -> None:
        """Take the look's route (the one the PDF draws); a no-op when it is unchanged."""
        if route == self.route:
            return
        self.route = route
        self.prepareGeometryChange()
        self._arrow = QPolygonF([QPointF(*p) for p in route.arrow_head(ARROW, ARROW * 0.5)])
        self._path = qpath(route.line_ops(ARROW))
        self._shape = None
        pad = ARROW + 2
        self._bounds = self._path.boundingRect().united(self._arrow.boundingRect()).adjusted(-pad, -pad, pad, pad)
        self.update()

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
