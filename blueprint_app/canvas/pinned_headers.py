"""Frozen panes: lane titles stay at the view's left edge and stage headers at its top
edge while the map scrolls or zooms (drawn over the scene, in viewport pixels).

They appear only once the real titles have scrolled out of sight, and keep a readable
size whatever the zoom (the strip is as wide as the lane-title column at 100 %, at most).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT
from .labels import lane_title
from .style import canvas_style

STRIP_WIDTH = 132.0  # pixels: lane titles when pinned
STRIP_HEIGHT = 34.0  # pixels: stage titles when pinned
_EDGE = QPen(QColor(120, 120, 120, 160), 1)


def pinned_geometry(view) -> tuple[bool, bool]:
    """(lane titles pinned, stage headers pinned): True once the real ones are scrolled
    partly out of the viewport."""
    top_left = view.mapToScene(0, 0)
    return (top_left.x() > LANE_HEADER_WIDTH * 0.25, top_left.y() > STAGE_HEADER_HEIGHT * 0.25)


def paint_pinned_headers(view, painter) -> None:
    scene = view.scene()
    layout = getattr(scene, "layout", None)
    if layout is None or not layout.columns:
        return
    lanes_pinned, stages_pinned = pinned_geometry(view)
    if not (lanes_pinned or stages_pinned):
        return
    style = getattr(scene, "canvas_style", None) or canvas_style()
    painter.save()
    painter.resetTransform()
    viewport = QRectF(view.viewport().rect())
    font = style.header_font
    painter.setFont(font)
    left = STRIP_WIDTH if lanes_pinned else 0.0
    if lanes_pinned:
        for band in layout.bands:
            top = view.mapFromScene(QPointF(0, band.y)).y()
            bottom = view.mapFromScene(QPointF(0, band.y + band.height)).y()
            rect = QRectF(0, top, STRIP_WIDTH, bottom - top)
            painter.fillRect(rect, style.band_fill[band.lane])
            painter.fillRect(QRectF(0, top, 5, bottom - top), style.lane_accent[band.lane])
            painter.setPen(style.text_pen)
            painter.drawText(rect.adjusted(10, 4, -6, -4), Qt.AlignLeft | Qt.AlignVCenter
                             | Qt.TextWordWrap, lane_title(band.lane))
            painter.setPen(_EDGE)
            painter.drawLine(QPointF(0, bottom), QPointF(STRIP_WIDTH, bottom))
        painter.drawLine(QPointF(STRIP_WIDTH, 0), QPointF(STRIP_WIDTH, viewport.height()))
    if stages_pinned:
        painter.fillRect(QRectF(left, 0, viewport.width() - left, STRIP_HEIGHT), style.header_fill)
        for column in layout.columns:
            x0 = view.mapFromScene(QPointF(column.x, 0)).x()
            x1 = view.mapFromScene(QPointF(column.x + column.width, 0)).x()
            visible = QRectF(max(x0, left), 0, min(x1, viewport.width()) - max(x0, left), STRIP_HEIGHT)
            if visible.width() <= 4:
                continue
            painter.setPen(style.text_pen)
            title = column.title if column.stage_id else ""
            text = painter.fontMetrics().elidedText(title, Qt.ElideRight, int(visible.width() - 12))
            painter.drawText(visible.adjusted(6, 0, -6, 0), Qt.AlignCenter, text)
            painter.setPen(_EDGE)
            painter.drawLine(QPointF(x1, 0), QPointF(x1, STRIP_HEIGHT))
        painter.drawLine(QPointF(left, STRIP_HEIGHT), QPointF(viewport.width(), STRIP_HEIGHT))
        if lanes_pinned:
            painter.fillRect(QRectF(0, 0, STRIP_WIDTH, STRIP_HEIGHT), style.header_fill)
    painter.restore()


def pinned_stage_at(view, pos) -> str | None:
    """The stage whose pinned header is under the viewport point ``pos``, or None."""
    layout = getattr(view.scene(), "layout", None)
    if layout is None or not pinned_geometry(view)[1] or not 0 <= pos.y() <= STRIP_HEIGHT:
        return None
    x = view.mapToScene(pos).x()
    for column in layout.columns:
        if column.stage_id and column.x <= x < column.x + column.width:
            return column.stage_id
    return None
