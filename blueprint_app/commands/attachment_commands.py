"""Commands on what is attached to nodes: commitments, perception points and the log of
commitment executions. Each stores ids and old/new records only."""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Commitment, Execution, PerceptionPoint
from ..model.commitments import COMMITMENT_FIELDS, PERCEPTION_FIELDS
from .base import ModelCommand, tr
from .wording import change_text, record_label


class _AddRecordCommand(ModelCommand):
    kind = ""

    def __init__(self, bp: Blueprint, record, index: int | None = None,
                 parent: QUndoCommand | None = None):
        super().__init__(self.text_for(record), parent)
        self.bp, self.record, self.index = bp, record, index

    def redo(self) -> None:
        getattr(self.bp, f"add_{self.kind}")(self.record, self.index)

    def undo(self) -> None:
        getattr(self.bp, f"remove_{self.kind}")(self.record.id)


class _UpdateRecordCommand(ModelCommand):
    kind = ""
    fields: tuple[str, ...] = ()

    def __init__(self, bp: Blueprint, record_id: str, changes: Mapping[str, Any],
                 parent: QUndoCommand | None = None):
        old = getattr(bp, self.kind)(record_id)
        super().__init__(change_text(changes, record_label(old, record_id)), parent)
        self.bp, self.record_id, self.new = bp, record_id, dict(changes)
        self.old = {name: getattr(old, name) for name in self.fields if name != "id"}
        if all(self.old.get(k) == v for k, v in self.new.items()):
            self.setObsolete(True)

    def redo(self) -> None:
        getattr(self.bp, f"update_{self.kind}")(self.record_id, **self.new)

    def undo(self) -> None:
        getattr(self.bp, f"update_{self.kind}")(self.record_id, **self.old)


class _RemoveRecordCommand(ModelCommand):
    kind = ""

    def __init__(self, bp: Blueprint, record_id: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Remove ‘%1’").replace(
            "%1", record_label(getattr(bp, self.kind)(record_id), record_id)), parent)
        self.bp, self.record_id = bp, record_id
        self.record, self.index = None, None

    def redo(self) -> None:
        self.record, self.index = getattr(self.bp, f"remove_{self.kind}")(self.record_id)

    def undo(self) -> None:
        getattr(self.bp, f"add_{self.kind}")(self.record, self.index)


class AddCommitmentCommand(_AddRecordCommand):
    kind = "commitment"

    @staticmethod
    def text_for(record: Commitment) -> str:
        return tr("Add commitment ‘%1’").replace("%1", record_label(record, record.id))


class UpdateCommitmentCommand(_UpdateRecordCommand):
    kind, fields = "commitment", COMMITMENT_FIELDS


class RemoveCommitmentCommand(_RemoveRecordCommand):
    kind = "commitment"


class AddPerceptionCommand(_AddRecordCommand):
    kind = "perception"

    @staticmethod
    def text_for(record: PerceptionPoint) -> str:
        return tr("Add perception point ‘%1’").replace("%1", record_label(record, record.id))


class UpdatePerceptionCommand(_UpdateRecordCommand):
    kind, fields = "perception", PERCEPTION_FIELDS


class RemovePerceptionCommand(_RemoveRecordCommand):
    kind = "perception"


class AddExecutionsCommand(ModelCommand):
    """Append imported execution records as one step."""

    def __init__(self, bp: Blueprint, records: Iterable[Execution], parent: QUndoCommand | None = None):
        self.bp, self.added = bp, list(records)
        super().__init__(tr("Import %1 execution record(s)").replace("%1", str(len(self.added))), parent)
        self.before: list[Execution] = []
        if not self.added:
            self.setObsolete(True)

    def redo(self) -> None:
        self.before = list(self.bp.executions)
        self.bp.set_executions(self.before + self.added)

    def undo(self) -> None:
        self.bp.set_executions(self.before)
