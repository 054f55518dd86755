"""Pareto chart of observed incidents: bars per cause, largest first, with the cumulative
share as a line; for the selected touchpoint or the whole blueprint."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..analysis.pareto import Pareto, pareto
from ..model import events as ev
from .model_watch import DebouncedWatch

BY_CHOICES = (("count", QT_TRANSLATE_NOOP("ParetoView", "Incidents")),
              ("customers", QT_TRANSLATE_NOOP("ParetoView", "Customers affected")),
              ("minutes", QT_TRANSLATE_NOOP("ParetoView", "Minutes lost")))
MAX_BARS = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("ParetoView", text)


class ParetoChart(QWidget):
    """Bars (value per cause) and the cumulative-share line on a 0–100 % right axis."""

    BAR = QColor("#4a7fb5")
    BEHIND = QColor("#c0504d")
    LINE = QColor("#e69f00")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: Pareto | None = None
        self.setMinimumHeight(220)

    def set_data(self, data: Pareto | None) -> None:
        self.data = data
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        if self.data is None or not self.data.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No incidents recorded."))
            return
        rows = self.data.rows[:MAX_BARS]
        area = QRectF(self.rect()).adjusted(44, 12, -44, -70)
        top = max(r.value for r in rows) or 1.0
        step = area.width() / len(rows)
        points = []
        for i, row in enumerate(rows):
            height = area.height() * row.value / top
            bar = QRectF(area.left() + i * step + step * 0.15, area.bottom() - height, step * 0.7, height)
            behind = row.lane is not None and row.lane.behind_visibility
            painter.fillRect(bar, self.BEHIND if behind else self.BAR)
            points.append(QPointF(bar.center().x(), area.bottom() - area.height() * row.cumulative_share))
            painter.save()
            painter.translate(bar.center().x(), area.bottom() + 6)
            painter.rotate(35)
            painter.drawText(QRectF(0, -7, 110, 14), Qt.AlignmentFlag.AlignLeft, row.label[:18])
            painter.restore()
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawText(QRectF(0, area.top() - 6, 40, 14), Qt.AlignmentFlag.AlignRight, f"{top:g}")
        painter.drawText(QRectF(area.right() + 4, area.top() - 6, 40, 14), Qt.AlignmentFlag.AlignLeft, "100 %")
        painter.setPen(QPen(self.LINE, 2))
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        for p in points:
            painter.drawEllipse(p, 3, 3)


class ParetoView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._session = None
        self.touchpoint: str | None = None
        self.by = QComboBox(self)
        for key, title in BY_CHOICES:
            self.by.addItem(tr(title), key)
        self.whole = QCheckBox(tr("Whole blueprint"), self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.summary.setWordWrap(True)
        self.chart = ParetoChart(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("By:"), self))
        controls.addWidget(self.by)
        controls.addWidget(self.whole)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        self.by.currentIndexChanged.connect(lambda _: self.refresh())
        self.whole.toggled.connect(lambda _: self.refresh())
        self._watch = DebouncedWatch(self, self.refresh, ev.INCIDENTS_CHANGED)

    def set_session(self, session) -> None:
        self._session = session
        self._watch.attach(session.blueprint)
        self.refresh()

    def shutdown(self) -> None:
        self._watch.detach()

    def set_touchpoint(self, touchpoint: str | None) -> None:
        self.touchpoint = touchpoint
        self.refresh()

    def current(self) -> Pareto | None:
        if self._session is None:
            return None
        scope = None if self.whole.isChecked() or self.touchpoint is None else self.touchpoint
        return pareto(self._session.blueprint, scope, self.by.currentData())

    def refresh(self) -> None:
        data = self.current()
        self.chart.set_data(data)
        if data is None or not data.rows:
            self.summary.setText(tr("No incidents recorded. File → Import incident log… adds them."))
            return
        behind = data.behind_visibility_share
        scope = tr("the whole blueprint") if data.touchpoint is None else \
            self._session.blueprint.node(data.touchpoint).label
        self.summary.setText(
            tr("%1 for %2: total %3; %4 caused behind the line of visibility (red bars).")
            .replace("%1", self.by.currentText()).replace("%2", scope)
            .replace("%3", f"{data.total:g}")
            .replace("%4", "—" if behind is None else f"{behind * 100:.0f} %"))
