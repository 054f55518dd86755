"""Help menu: keyboard shortcuts (listed from the real actions) and About."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .. import __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


FACILITATOR_KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("HelpDialogs", "Facilitator mode: add the typed step")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpDialogs", "Facilitator mode: next / previous lane")),
    ("Arrow keys", QT_TRANSLATE_NOOP("HelpDialogs", "Nudge the selected nodes")),
    ("Space + drag, middle drag", QT_TRANSLATE_NOOP("HelpDialogs", "Pan")),
    ("Ctrl + wheel", QT_TRANSLATE_NOOP("HelpDialogs", "Zoom")),
    ("Double-click an empty cell", QT_TRANSLATE_NOOP("HelpDialogs", "Add a node there")),
)


def shortcut_rows(window) -> list[tuple[str, str]]:
    rows = []
    actions = [window.undo_action, window.redo_action, *window.actions_.by_name.values(),
               *window.actions_.lane_actions.values()]
    for action in actions:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    rows += [(tr(what), key) for key, what in FACILITATOR_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
        for i, (what, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(what))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.table = table


def show_about(parent) -> None:
    QMessageBox.about(parent, tr("About Touchpoint Blueprint Studio"),
                      tr("<b>Touchpoint Blueprint Studio</b> %1<br>Closed-loop customer-journey "
                         "blueprints, and which back-office nodes cause the failures at each "
                         "touchpoint.").replace("%1", __version__))
