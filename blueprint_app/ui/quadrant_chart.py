"""Importance–performance chart: one dot per perception point, split into four quadrants at
the means (the classic IPA chart); focus points filled, points below the competitor ringed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..analysis.perception import PerceptionReport

QUADRANT_LABELS = {  # (high importance, high performance): label, placed in that corner
    (True, False): QT_TRANSLATE_NOOP("QuadrantChart", "Concentrate here"),
    (True, True): QT_TRANSLATE_NOOP("QuadrantChart", "Keep up the good work"),
    (False, False): QT_TRANSLATE_NOOP("QuadrantChart", "Low priority"),
    (False, True): QT_TRANSLATE_NOOP("QuadrantChart", "Possible overkill"),
}
MIN_WIDTH, MIN_HEIGHT = 320, 240
FOCUS = QColor("#c0392b")
OTHER = QColor("#4a7fb5")


def tr(text: str) -> str:
    return QCoreApplication.translate("QuadrantChart", text)


class QuadrantChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: PerceptionReport | None = None
        self.placed_labels: list[QRectF] = []
        # Below this the labels cannot be placed apart and the titles clip (seen at 70 px).
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

    def set_report(self, report: PerceptionReport | None) -> None:
        self.report = report
        self.update()

    def points(self, area: QRectF) -> dict[str, QPointF]:
        """Where each point is drawn: x = performance (today's score), y = importance."""
        rows = self.report.rows if self.report else ()
        if not rows:
            return {}
        perf = [r.current for r in rows] + [r.expected for r in rows]
        imp = [r.importance for r in rows]
        x0, x1 = min(perf), max(perf)
        y0, y1 = min(imp), max(imp)
        sx = area.width() / ((x1 - x0) or 1)
        sy = area.height() / ((y1 - y0) or 1)
        return {r.id: QPointF(area.left() + (r.current - x0) * sx, area.bottom() - (r.importance - y0) * sy)
                for r in rows}

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        painter.setPen(text)
        if not self.report or not self.report.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No perception points yet."))
            return
        frame = QRectF(self.rect()).adjusted(32, 10, -10, -30)
        area = frame.adjusted(14, 24, -14, -14)  # room for the dots and the quadrant titles
        spots = self.points(area)
        rows = {r.id: r for r in self.report.rows}
        # Quadrant boundaries at the means.
        cut_x = self._x_of(area, self.report.performance_cut)
        cut_y = self._y_of(area, self.report.importance_cut)
        painter.setPen(QPen(QColor(128, 128, 128), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(cut_x, frame.top()), QPointF(cut_x, frame.bottom()))
        painter.drawLine(QPointF(frame.left(), cut_y), QPointF(frame.right(), cut_y))
        painter.setPen(text)
        painter.drawRect(frame)
        taken: list[QRectF] = []  # titles and labels already drawn: nothing may overlap them
        metrics = painter.fontMetrics()
        for (high_imp, high_perf), label in QUADRANT_LABELS.items():
            box = QRectF(cut_x if high_perf else frame.left(), frame.top() if high_imp else cut_y,
                         (frame.right() - cut_x) if high_perf else (cut_x - frame.left()),
                         (cut_y - frame.top()) if high_imp else (frame.bottom() - cut_y))
            text = metrics.elidedText(tr(label), Qt.TextElideMode.ElideRight, int(box.width() - 8))
            width = metrics.horizontalAdvance(text)
            left = box.right() - 4 - width if high_perf else box.left() + 4
            top = box.top() + 2 if high_imp else box.bottom() - metrics.height() - 2
            title = QRectF(left, top, width, metrics.height())
            painter.setPen(QColor(128, 128, 128))
            painter.drawText(title, Qt.AlignmentFlag.AlignLeft, text)
            taken.append(title)
        painter.setPen(text)
        painter.drawText(QRectF(frame.left(), frame.bottom() + 4, frame.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, tr("Performance (today's score) →"))
        painter.save()
        painter.translate(frame.left() - 18, frame.center().y())  # inside the widget: not clipped
        painter.rotate(-90)
        painter.drawText(QRectF(-frame.height() / 2, -8, frame.height(), 16), Qt.AlignmentFlag.AlignCenter,
                         tr("Importance →"))
        painter.restore()
        taken += [QRectF(spot.x() - 6, spot.y() - 6, 12, 12) for spot in spots.values()]
        for point_id, spot in spots.items():
            row = rows[point_id]
            colour = FOCUS if row.in_focus else OTHER
            painter.setPen(QPen(QColor("black"), 2) if row.below_competitor else QPen(colour))
            painter.setBrush(colour)
            painter.drawEllipse(spot, 5, 5)
        painter.setPen(text)
        self.placed_labels = list(taken[:len(QUADRANT_LABELS)])  # for tests: what was drawn where
        for point_id, spot in spots.items():
            name = metrics.elidedText(rows[point_id].name, Qt.TextElideMode.ElideRight, 150)
            place = label_place(spot, metrics.horizontalAdvance(name), metrics.height(), frame, taken)
            if place is not None:  # no free place: the table beside the chart names it
                painter.drawText(place, Qt.AlignmentFlag.AlignLeft, name)
                taken.append(place)
                self.placed_labels.append(place)

    def _x_of(self, area: QRectF, value: float | None) -> float:
        rows = self.report.rows
        perf = [r.current for r in rows] + [r.expected for r in rows]
        x0, x1 = min(perf), max(perf)
        return area.left() + ((value or x0) - x0) * area.width() / ((x1 - x0) or 1)

    def _y_of(self, area: QRectF, value: float | None) -> float:
        imp = [r.importance for r in self.report.rows]
        y0, y1 = min(imp), max(imp)
        return area.bottom() - ((value or y0) - y0) * area.height() / ((y1 - y0) or 1)


def label_place(spot: QPointF, width: float, height: float, frame: QRectF,
                taken: list[QRectF]) -> QRectF | None:
    """The first free place for a point's label: right, left, above, below, then further
    out; None when every place overlaps another label, a dot or a title, or leaves the frame."""
    for distance in (8, 18, 30):
        for dx, dy in ((distance, -height / 2), (-distance - width, -height / 2),
                       (-width / 2, -distance - height), (-width / 2, distance)):
            rect = QRectF(spot.x() + dx, spot.y() + dy, width, height)
            if frame.contains(rect) and not any(rect.intersects(other) for other in taken
                                                if not other.contains(spot) or other.width() > 12):
                return rect
    return None
