"""Perception dock: every perception point with its gap and priority (importance × gap),
flagged below the competitor, the Pareto focus list, and the importance–performance chart."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QDockWidget, QDoubleSpinBox, QHBoxLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..model.readable import significant
from ..analysis.perception import FOCUS_SHARE, PerceptionReport, perception_report
from .background import BackgroundRunner
from .findings_dock import BACKGROUND_FROM_NODES
from .model_watch import DebouncedWatch
from .quadrant_chart import QuadrantChart

COLUMNS = (QT_TRANSLATE_NOOP("PerceptionDock", "Touchpoint"), QT_TRANSLATE_NOOP("PerceptionDock", "Perception"),
           QT_TRANSLATE_NOOP("PerceptionDock", "Importance"), QT_TRANSLATE_NOOP("PerceptionDock", "Today"),
           QT_TRANSLATE_NOOP("PerceptionDock", "Expected"), QT_TRANSLATE_NOOP("PerceptionDock", "Competitor"),
           QT_TRANSLATE_NOOP("PerceptionDock", "Gap"), QT_TRANSLATE_NOOP("PerceptionDock", "Priority"), QT_TRANSLATE_NOOP("PerceptionDock", "Focus"))
FLAG = QColor("#c0392b")


def tr(text: str) -> str:
    return QCoreApplication.translate("PerceptionDock", text)


class PerceptionDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Perception"), window)
        self.setObjectName("perception_dock")
        self.window = window
        self._session = None
        self.report: PerceptionReport | None = None
        self._watch = DebouncedWatch(self, self.refresh_soon)
        self._runner = BackgroundRunner(self, shared=True)
        self._runner.finished.connect(self._show_report)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Focus on the points covering"), body))
        self.share = QDoubleSpinBox(body)
        self.share.setRange(10, 100)
        self.share.setSuffix(" %")
        self.share.setDecimals(0)
        self.share.setValue(FOCUS_SHARE * 100)
        self.share.valueChanged.connect(lambda _: self.refresh())
        controls.addWidget(self.share)
        controls.addWidget(QLabel(tr("of the weighted gap"), body))
        controls.addStretch(1)
        layout.addLayout(controls)
        self.summary = QLabel(body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(body)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._on_table_double_clicked)
        self.chart = QuadrantChart(body)
        self.tabs.addTab(self.table, tr("Points"))
        self.tabs.addTab(self.chart, tr("Importance–performance"))
        layout.addWidget(self.tabs)
        self.setWidget(body)

    def set_session(self, session) -> None:
        self._session = session
        self._watch.attach(session.blueprint)
        if len(session.blueprint) < BACKGROUND_FROM_NODES:
            self.refresh()
        else:  # after the canvas has painted
            self.summary.setText(tr("Computing…"))
            self._watch.trigger()

    def shutdown(self) -> None:
        self._watch.detach()
        self._runner.cancel_pending()

    def refresh(self) -> None:
        """Compute now, on this thread (opening, a changed focus share)."""
        if self._session is None:
            return
        self._runner.cancel_pending()  # an older answer must not replace this one
        self._show_report(perception_report(self._session.blueprint, self.share.value() / 100))

    def refresh_soon(self) -> None:
        """After an edit: small maps at once, big ones on a worker thread over the shared
        snapshot (the report walks every node's perception points)."""
        if self._session is None:
            return
        if len(self._session.blueprint) < BACKGROUND_FROM_NODES:
            self.refresh()
            return
        self.summary.setText(tr("Computing…"))
        snapshot, share = self._session.snapshot(), self.share.value() / 100
        self._runner.submit(lambda: perception_report(snapshot, share))

    def _show_report(self, report: PerceptionReport) -> None:
        if self._session is None:
            return
        self.report = report
        self.chart.set_report(self.report)
        rows = self.report.rows
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            number = significant
            values = (row.touchpoint, row.name, number(row.importance), number(row.current),
                      number(row.expected), "" if row.competitor is None else number(row.competitor),
                      number(row.gap), number(row.priority), "●" if row.in_focus else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.node)
                if row.below_competitor:
                    item.setForeground(QBrush(FLAG))
                    item.setToolTip(tr("Below the competitor's score (the minimum acceptable)"))
                if row.in_focus:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        flagged = sum(1 for row in rows if row.below_competitor)
        covered = self.report.covered_share
        self.summary.setText(
            tr("%1 perception points; %2 below the competitor (red); the focus list of %3 covers %4 "
               "of the weighted gap.").replace("%1", str(len(rows))).replace("%2", str(flagged))
            .replace("%3", str(len(self.report.focus)))
            .replace("%4", "—" if covered is None else f"{covered:.0%}"))

    def _on_table_double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            node_id = item.data(Qt.ItemDataRole.UserRole)
            self.window.scene.select_nodes([node_id])
            self.window.view.center_on_node(node_id)
