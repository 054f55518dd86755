"""In-place label editor over a node: Enter commits, Esc cancels, clicking away commits."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from .style import style_of

EDITOR_Z = 10.0


class InlineLabelEditor(QGraphicsTextItem):
    def __init__(self, scene, node_item):
        super().__init__()
        self._scene = scene
        self.node_id = node_item.node_id
        self._done = False
        width, _ = node_item.size
        style = style_of(node_item)
        self.setFont(style.label_font)
        self.setDefaultTextColor(style.text_pen.color())
        self.setPlainText(node_item.node.label)
        self.setTextWidth(max(40.0, width - 8))
        self.setPos(node_item.x() + 4, node_item.y() + 4)
        self.setZValue(EDITOR_Z)
        self.setTextInteractionFlags(Qt.TextEditorInteraction)

    def begin(self) -> None:
        self.setFocus(Qt.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.Document)
        self.setTextCursor(cursor)

    def finish(self) -> str:
        """Stop editing; returns the text. Safe to call once the item is about to go."""
        self._done = True
        self.clearFocus()
        return self.toPlainText()

    def paint(self, painter, option, widget=None) -> None:
        style = style_of(self)
        painter.fillRect(self.boundingRect(), style.pill_brush)
        painter.setPen(style.selection_pen)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ShiftModifier:
            self._scene.finish_inline_edit(True)
        elif event.key() == Qt.Key_Escape:
            self._scene.finish_inline_edit(False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if not self._done:
            self._scene.finish_inline_edit(True)
