"""Find (Ctrl+F): nodes whose label, owner or id contains the text; Enter cycles hits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from ..canvas.highlight_layers import FIND


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


def matching_nodes(bp, text: str) -> list[str]:
    """Ids of nodes matching ``text`` (case-insensitive) in label, owner or id."""
    needle = text.strip().casefold()
    if not needle:
        return []
    return [n.id for n in bp.nodes()
            if needle in n.label.casefold() or needle in (n.owner or "").casefold()
            or needle in n.id.casefold()]


class FindBar(QToolBar):
    def __init__(self, window):
        super().__init__(tr("Find"), window)
        self.setObjectName("find_bar")
        self.window = window
        self.addWidget(QLabel(tr("Find: ")))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("label, owner or id — Enter for next"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(280)
        self.addWidget(self.edit)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.addWidget(self.status)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # not the window's Esc
        close.activated.connect(self.deactivate)
        self._hits: list[str] = []
        self._index = -1

    def activate(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def deactivate(self) -> None:
        self.hide()
        self.window.scene.clear_highlight_layer(FIND)
        self.window.view.setFocus()

    def _on_edit_text_changed(self, text: str) -> None:
        self._hits = matching_nodes(self.window.session.blueprint, text)
        self._index = -1
        self.status.setText(tr("%1 found").replace("%1", str(len(self._hits))) if text else "")
        # Every hit gets a ring (its own layer: another panel's heat or fading stays put).
        self.window.scene.set_highlight_layer(FIND, dict.fromkeys(self._hits), ring=True)

    def find_next(self) -> None:
        if not self.isVisible():
            self.activate()
            return
        self._hits = matching_nodes(self.window.session.blueprint, self.edit.text())
        if not self._hits:
            self.status.setText(tr("not found"))
            return
        self._index = (self._index + 1) % len(self._hits)
        node_id = self._hits[self._index]
        self.window.scene.select_nodes([node_id])
        self.window.view.center_on_node(node_id, readable=True)
        self.status.setText(tr("%1 of %2").replace("%1", str(self._index + 1))
                            .replace("%2", str(len(self._hits))))
