"""The repository History dock (revisions of the current journey, *Compare with this
revision*) and the comparison overlay it draws on the canvas: added, removed and changed
nodes marked in three styles, with a list to step through. The overlay is its own set of
scene items (not selectable, above the nodes), removed with ``clear``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (QDockWidget, QGraphicsRectItem, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
                               QAbstractItemView)

from ..canvas.highlight_layers import DIFF
from ..repository.diff import diff

# kind of change -> (colour, pen style, fill alpha)
STYLES = {"added": ("#1a9850", Qt.PenStyle.SolidLine, 40),
          "changed": ("#f08c00", Qt.PenStyle.DashLine, 30),
          "removed": ("#d7301f", Qt.PenStyle.DotLine, 60)}
OVERLAY_Z = 900


def tr(text: str) -> str:
    return QCoreApplication.translate("RepositoryHistory", text)


class CompareOverlay:
    """Marks on the scene for one comparison; ``entries`` lists (change, node id, label)."""

    def __init__(self, scene):
        self.scene = scene
        self.items: dict[str, QGraphicsRectItem] = {}
        self.entries: list[tuple[str, str, str]] = []

    def show(self, old_state, new_state) -> None:
        self.clear()
        part = diff(old_state, new_state).kinds["node"]
        for node_id in part.added:
            self._mark("added", node_id, new_state.label("node", node_id))
        for node_id, fields in part.changed.items():
            self._mark("changed", node_id, new_state.label("node", node_id),
                       ", ".join(fields))
        for node_id in part.removed:
            self._mark("removed", node_id, old_state.label("node", node_id),
                       rect=_old_rect(old_state.nodes[node_id]))
        # The comparison's own layer: changed nodes stay bright when another panel fades
        # the rest (the marks above are drawn by the overlay's items).
        self.scene.set_highlight_layer(DIFF, dict.fromkeys(
            node_id for _change, node_id, _label in self.entries))

    def _mark(self, change: str, node_id: str, label: str, detail: str = "",
              rect: QRectF | None = None) -> None:
        self.entries.append((change, node_id, label if not detail else f"{label} — {detail}"))
        item = self.scene.node_items.get(node_id) if change != "removed" else None
        if item is not None:
            rect = item.sceneBoundingRect()
        if rect is None:
            return
        colour, style, alpha = STYLES[change]
        pen = QPen(QColor(colour), 4, style)
        pen.setCosmetic(True)
        fill = QColor(colour)
        fill.setAlpha(alpha)
        mark = QGraphicsRectItem(rect.adjusted(-6, -6, 6, 6))
        mark.setPen(pen)
        mark.setBrush(QBrush(fill))
        mark.setZValue(OVERLAY_Z)
        mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        mark.setToolTip(label)
        self.scene.addItem(mark)
        self.items[f"{change}:{node_id}"] = mark

    def rect_of(self, change: str, node_id: str) -> QRectF | None:
        mark = self.items.get(f"{change}:{node_id}")
        return mark.sceneBoundingRect() if mark is not None else None

    def clear(self) -> None:
        for mark in self.items.values():
            if mark.scene() is self.scene:
                self.scene.removeItem(mark)
        self.items.clear()
        self.entries.clear()
        self.scene.clear_highlight_layer(DIFF)


def _old_rect(node: dict) -> QRectF | None:
    try:
        return QRectF(float(node["x"]), float(node["y"]), float(node.get("width", 160)),
                      float(node.get("height", 60)))
    except (KeyError, TypeError, ValueError):
        return None


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
