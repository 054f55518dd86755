"""Asking what to do with a document someone else has open (its lock file)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ..store.lockfile import LockInfo


def tr(text: str) -> str:
    return QCoreApplication.translate("LockPrompt", text)


def ask_take_over(parent, path: Path, owner: LockInfo) -> bool:
    """Say whose the lock is; True when the user takes the document over. The default is
    to keep it read-only: taking over a document that is really open elsewhere lets two
    people overwrite each other's work."""
    if owner.other_host:
        why = tr("It is locked from another computer, so this program cannot check whether "
                 "it is still open there.")
    else:
        why = tr("The program that locked it is still running on this computer.")
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Opened read-only"),
                      tr("%1 is already open by %2. %3\n\nIt was opened read-only; use Save As "
                         "to keep your changes in another file. Take it over only if you are "
                         "sure it is no longer open there.")
                      .replace("%1", path.name).replace("%2", owner.describe()).replace("%3", why),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    keep = box.addButton(tr("Keep read-only"), QMessageBox.ButtonRole.RejectRole)
    take = box.addButton(tr("Take over"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is take
