"""Ctrl+Z / Ctrl+Shift+Z in a field that has nothing of its own to undo go to the document.

A text field accepts the undo keys for itself (Qt's ShortcutOverride), so the window's
Undo action never fires while the cursor is in the facilitator bar or a Properties field.
This filter lets the keys through to the window's actions when the field's own undo (or
redo) history is empty, and leaves them to the field otherwise.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

_installed: list["FieldUndoFilter"] = []


def _own_history(widget, redo: bool) -> bool | None:
    """Whether ``widget`` can undo (redo) by itself; None when it is not a text field."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class FieldUndoFilter(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        combined = event.keyCombination()
        if event.matches(QKeySequence.StandardKey.Undo):
            redo = False
        elif event.matches(QKeySequence.StandardKey.Redo) or combined.toCombined() in _REDO_KEYS:
            redo = True
        else:
            return False
        own = _own_history(QApplication.focusWidget(), redo)
        if own is False:
            event.ignore()  # not overridden: the window's shortcut fires
            return True
        return False


_REDO_KEYS = {QKeySequence("Ctrl+Shift+Z")[0].toCombined(), QKeySequence("Ctrl+Y")[0].toCombined()}


def install_field_undo() -> None:
    app = QApplication.instance()
    if app is not None and not _installed:
        _installed.append(FieldUndoFilter(app))
        app.installEventFilter(_installed[0])
