"""The repository History dock: revisions of the current journey, *Compare with this
revision*, and the list of changed nodes to step through, which the comparison overlay
(``compare_overlay``) marks on the canvas."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
                               QAbstractItemView)

from .compare_overlay import STYLES, CompareOverlay


def tr(text: str) -> str:
    return QCoreApplication.translate("RepositoryHistory", text)


class RepositoryHistoryDock(QDockWidget):
    def __init__(self, window, controller):
        super().__init__(tr("Repository history"), window)
        self.setObjectName("repository_history_dock")
        self.window = window
        self.controller = controller
        self.overlay = CompareOverlay(window.scene)
        body = QWidget(self)
        self.status = QLabel(tr("This document is not from a repository."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4, body)
        self.table.setHorizontalHeaderLabels([tr("Rev"), tr("Author"), tr("Time (UTC)"),
                                              tr("Message")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.compare_button = QPushButton(tr("&Compare with this revision"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.clear_button = QPushButton(tr("C&lear comparison"))
        self.clear_button.clicked.connect(self.clear_comparison)
        self.changes = QListWidget(body)
        self.changes.currentItemChanged.connect(self._on_changes_current_changed)
        previous, following = QPushButton(tr("◀ Previous")), QPushButton(tr("Next ▶"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        buttons = QHBoxLayout()
        for b in (self.compare_button, self.clear_button):
            buttons.addWidget(b)
        steps = QHBoxLayout()
        steps.addWidget(previous)
        steps.addWidget(following)
        top, bottom = QWidget(), QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.status)
        upper.addWidget(self.table, 1)
        upper.addLayout(buttons)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        self.changes_label = QLabel(tr("Changes"))
        lower.addWidget(self.changes_label)
        lower.addWidget(self.changes, 1)
        lower.addLayout(steps)
        split = QSplitter(Qt.Orientation.Vertical, body)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setWidget(body)
        self.revisions = []

    # ----- revisions ------------------------------------------------------------------------
    def show_revisions(self, status: str, revisions) -> None:
        self.status.setText(status)
        self.revisions = list(revisions)
        self.table.setRowCount(0)
        for r in self.revisions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((r.rev, r.author, r.time.replace("T", " ").rstrip("Z"),
                                            r.message)):
                cell = QTableWidgetItem(str(value))
                cell.setToolTip(str(value))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.compare_button.setEnabled(bool(self.revisions))

    def compare_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.revisions:
            self.compare_with(self.revisions[rows[0].row()].rev)

    def compare_with(self, rev: int) -> None:
        old = self.controller.revision_state(rev)
        if old is None:
            return
        self.overlay.show(old, self.controller.current_state())
        self.changes.clear()
        names = {"added": tr("Added"), "changed": tr("Changed"), "removed": tr("Removed")}
        for change, node_id, label in self.overlay.entries:
            item = QListWidgetItem(f"{names[change]}: {label}")
            item.setData(Qt.ItemDataRole.UserRole, (change, node_id))
            item.setForeground(QBrush(QColor(STYLES[change][0])))
            self.changes.addItem(item)
        self.changes_label.setText(tr("Changes since revision %1: %2 nodes")
                                   .replace("%1", str(rev))
                                   .replace("%2", str(len(self.overlay.entries))))

    def clear_comparison(self) -> None:
        self.overlay.clear()
        self.changes.clear()
        self.changes_label.setText(tr("Changes"))

    def step(self, delta: int) -> None:
        count = self.changes.count()
        if count:
            self.changes.setCurrentRow((self.changes.currentRow() + delta) % count)

    def _on_changes_current_changed(self, current, _previous) -> None:
        if current is None:
            return
        change, node_id = current.data(Qt.ItemDataRole.UserRole)
        rect = self.overlay.rect_of(change, node_id)
        if rect is not None:
            self.window.view.centerOn(rect.center())
        if change != "removed":
            self.window.scene.select_nodes([node_id])

    def shutdown(self) -> None:
        self.overlay.clear()
