"""GridItem: lane bands with titles, the three named separator lines and stage headers,
drawn by one item from the model's Layout (rebuilt whenever the layout's grid changes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ..model import SEPARATOR_LINES
from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, Layout
from .labels import lane_title, line_title
from .style import style_of

GRID_Z = -10.0
HEADER_LOD = 0.15


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class GridItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.setZValue(GRID_Z)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)
        self.layout: Layout | None = None
        self.title = ""
        self._bounds = QRectF()

    def grid_key(self, layout: Layout) -> tuple:
        return layout.columns, layout.bands

    def set_layout(self, layout: Layout, title: str) -> None:
        self.prepareGeometryChange()
        self.layout, self.title = layout, title
        self._bounds = QRectF(0, 0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def stage_at(self, x: float, y: float) -> str | None:
        """The stage id whose header is under (x, y), or None."""
        if self.layout is None or not 0 <= y <= STAGE_HEADER_HEIGHT:
            return None
        for column in self.layout.columns:
            if column.stage_id and column.x <= x < column.x + column.width:
                return column.stage_id
        return None

    def paint(self, painter, option, widget=None) -> None:
        if self.layout is None:
            return
        style = style_of(self)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        layout, width = self.layout, self.layout.width
        for band in layout.bands:
            painter.fillRect(QRectF(0, band.y, width, band.height), style.band_fill[band.lane])
            painter.fillRect(QRectF(0, band.y, 5, band.height), style.lane_accent[band.lane])
        painter.fillRect(QRectF(0, 0, width, STAGE_HEADER_HEIGHT), style.header_fill)
        painter.setPen(style.grid_pen)
        for column in layout.columns:
            painter.drawLine(QLineF(column.x, 0, column.x, layout.height))
        for band in layout.bands[1:]:
            painter.drawLine(QLineF(0, band.y, width, band.y))
        painter.drawLine(QLineF(0, STAGE_HEADER_HEIGHT, width, STAGE_HEADER_HEIGHT))
        painter.setPen(style.separator_pen)
        lines = self._separator_ys()
        for _, y in lines:
            painter.drawLine(QLineF(0, y, width, y))
        if lod >= HEADER_LOD:
            self._paint_titles(painter, style, lines)

    def _separator_ys(self) -> list[tuple[str, float]]:
        tops = {band.lane: band.y for band in self.layout.bands}
        return [(name, tops[below]) for name, _, below in SEPARATOR_LINES]

    def _paint_titles(self, painter, style, lines) -> None:
        layout = self.layout
        painter.setPen(style.text_pen)
        painter.setFont(style.header_font)
        flags = Qt.AlignCenter | Qt.TextWordWrap
        for column in layout.columns:
            rect = QRectF(column.x + 6, 4, column.width - 12, STAGE_HEADER_HEIGHT - 8)
            painter.drawText(rect, flags, column.title if column.stage_id else tr("(no stage)"))
        painter.drawText(QRectF(10, 4, LANE_HEADER_WIDTH - 16, STAGE_HEADER_HEIGHT - 8),
                         Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap, self.title)
        for band in layout.bands:
            rect = QRectF(14, band.y + 8, LANE_HEADER_WIDTH - 24, band.height - 16)
            painter.drawText(rect, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap,
                             lane_title(band.lane))
        painter.setFont(style.separator_font)
        metrics = painter.fontMetrics()
        for name, y in lines:  # a pill straddling the line, in the lane-title column
            text = line_title(name)
            w = min(LANE_HEADER_WIDTH - 12, metrics.horizontalAdvance(text) + 12)
            pill = QRectF(LANE_HEADER_WIDTH - w - 6, y - 8, w, 16)
            path = QPainterPath()
            path.addRoundedRect(pill, 8, 8)
            painter.fillPath(path, style.pill_brush)
            painter.setPen(style.muted_pen)
            painter.drawText(pill, Qt.AlignCenter,
                             metrics.elidedText(text, Qt.ElideRight, int(w - 8)))
