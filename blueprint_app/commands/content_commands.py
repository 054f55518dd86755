"""The whole document replaced by another state as one undo step: bringing a merged
repository revision into the working copy (Update, a merged Commit)."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint
from .base import ModelCommand


class ReplaceContentCommand(ModelCommand):
    """Make ``bp`` a copy of ``target``; undo gives back exactly what it held before
    (its blueprint properties, the repository link among them, included)."""

    def __init__(self, bp: Blueprint, target: Blueprint, text: str,
                 parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.bp = bp
        self.target = target.snapshot()
        self.before = bp.snapshot()

    def redo(self) -> None:
        self.bp.take_content(self.target)

    def undo(self) -> None:
        self.bp.take_content(self.before)
