"""Commands on the document's incident log."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Incident
from .base import ModelCommand, tr


class AddIncidentsCommand(ModelCommand):
    """Append imported incident records as one step (undo removes exactly them)."""

    def __init__(self, bp: Blueprint, incidents: Iterable[Incident],
                 parent: QUndoCommand | None = None):
        self.bp = bp
        self.added = list(incidents)
        super().__init__(tr("Import %n incident record(s)").replace("%n", str(len(self.added))), parent)
        self.before: list[Incident] = []
        if not self.added:
            self.setObsolete(True)

    def redo(self) -> None:
        self.before = list(self.bp.incidents)
        self.bp.set_incidents(self.before + self.added)

    def undo(self) -> None:
        self.bp.set_incidents(self.before)
