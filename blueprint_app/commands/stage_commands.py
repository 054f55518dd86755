"""Commands on stages and on the blueprint itself."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Stage
from .base import ModelCommand, RemovalSnapshot, tr


class AddStageCommand(ModelCommand):
    def __init__(self, bp: Blueprint, stage_id: str, name: str, index: int | None = None,
                 parent: QUndoCommand | None = None):
        super().__init__(tr("Add stage"), parent)
        self.bp, self.stage_id, self.name, self.index = bp, stage_id, name, index

    def redo(self) -> None:
        self.bp.add_stage(id=self.stage_id, name=self.name, index=self.index)

    def undo(self) -> None:
        self.bp.remove_stage(self.stage_id)


class RenameStageCommand(ModelCommand):
    def __init__(self, bp: Blueprint, stage_id: str, name: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Rename stage"), parent)
        self.bp, self.stage_id, self.new = bp, stage_id, name
        self.old = bp.stage(stage_id).name
        if self.old == self.new:
            self.setObsolete(True)

    def redo(self) -> None:
        self.bp.rename_stage(self.stage_id, self.new)

    def undo(self) -> None:
        self.bp.rename_stage(self.stage_id, self.old)


class MoveStageCommand(ModelCommand):
    def __init__(self, bp: Blueprint, stage_id: str, new_index: int, parent: QUndoCommand | None = None):
        super().__init__(tr("Move stage"), parent)
        self.bp, self.stage_id, self.new = bp, stage_id, new_index
        self.old = bp.stage_index(stage_id)
        if self.old == self.new:
            self.setObsolete(True)

    def redo(self) -> None:
        self.bp.move_stage(self.stage_id, self.new)

    def undo(self) -> None:
        self.bp.move_stage(self.stage_id, self.old)


class RemoveStageCommand(ModelCommand):
    """Delete a stage together with its nodes (and their edges); undo restores them all."""

    def __init__(self, bp: Blueprint, stage_id: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Delete stage"), parent)
        self.bp, self.stage_id = bp, stage_id
        bp.stage(stage_id)  # fail early, naming the stage, if it does not exist
        self.snapshot = RemovalSnapshot([n.id for n in bp.nodes() if n.stage == stage_id], [])
        self._removed: tuple[Stage, int] | None = None

    def redo(self) -> None:
        self.snapshot.node_ids = [n.id for n in self.bp.nodes() if n.stage == self.stage_id]
        self.snapshot.remove(self.bp)
        self._removed = self.bp.remove_stage(self.stage_id)

    def undo(self) -> None:
        stage, index = self._removed
        self.bp.add_stage(stage, index=index)
        self.snapshot.restore(self.bp)


class RenameBlueprintCommand(ModelCommand):
    def __init__(self, bp: Blueprint, name: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Rename blueprint"), parent)
        self.bp, self.new, self.old = bp, name, bp.name
        if self.old == self.new:
            self.setObsolete(True)

    def redo(self) -> None:
        self.bp.rename(self.new)

    def undo(self) -> None:
        self.bp.rename(self.old)
