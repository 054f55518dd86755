"""Commands on the shared-resource catalogue: add, edit, remove, link a node, and merge two
resources that turn out to be the same (every node relinked, one undo step)."""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Resource
from ..model.resources import RESOURCE_FIELDS
from .base import ModelCommand, tr


class AddResourceCommand(ModelCommand):
    def __init__(self, bp: Blueprint, resource: Resource, parent: QUndoCommand | None = None):
        super().__init__(tr("Add resource ‘%1’").replace("%1", resource.label), parent)
        self.bp, self.resource = bp, resource

    def redo(self) -> None:
        self.bp.add_resource(self.resource)

    def undo(self) -> None:
        self.bp.remove_resource(self.resource.id)


class UpdateResourceCommand(ModelCommand):
    def __init__(self, bp: Blueprint, resource_id: str, changes: Mapping[str, Any],
                 parent: QUndoCommand | None = None):
        old = bp.resource(resource_id)
        super().__init__(tr("Edit resource ‘%1’").replace("%1", old.label), parent)
        self.bp, self.resource_id, self.new = bp, resource_id, dict(changes)
        self.old = {name: getattr(old, name) for name in RESOURCE_FIELDS if name in self.new}
        if all(self.old.get(k) == v for k, v in self.new.items()):
            self.setObsolete(True)

    def redo(self) -> None:
        self.bp.update_resource(self.resource_id, **self.new)

    def undo(self) -> None:
        self.bp.update_resource(self.resource_id, **self.old)


class RemoveResourceCommand(ModelCommand):
    """Remove a resource; nodes that depend on it lose the link (and get it back on undo)."""

    def __init__(self, bp: Blueprint, resource_id: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Remove resource ‘%1’").replace("%1", bp.resource(resource_id).label),
                         parent)
        self.bp, self.resource_id = bp, resource_id
        self.users = bp.resource_users(resource_id)
        self.record: Resource | None = None
        self.index = 0

    def redo(self) -> None:
        for node_id in self.users:
            self.bp.update_node(node_id, resource=None)
        self.record, self.index = self.bp.remove_resource(self.resource_id)

    def undo(self) -> None:
        self.bp.add_resource(self.record, self.index)
        for node_id in self.users:
            self.bp.update_node(node_id, resource=self.resource_id)


class MergeResourcesCommand(ModelCommand):
    """``duplicate`` is the same thing as ``keep``: its nodes depend on ``keep`` from now on
    and ``duplicate`` leaves the catalogue."""

    def __init__(self, bp: Blueprint, keep: str, duplicate: str,
                 parent: QUndoCommand | None = None):
        super().__init__(tr("Merge ‘%1’ into ‘%2’").replace("%1", bp.resource(duplicate).label)
                         .replace("%2", bp.resource(keep).label), parent)
        if keep == duplicate:
            self.setObsolete(True)
        self.bp, self.keep, self.duplicate = bp, keep, duplicate
        self.users = bp.resource_users(duplicate)
        self.record: Resource | None = None
        self.index = 0

    def redo(self) -> None:
        for node_id in self.users:
            self.bp.update_node(node_id, resource=self.keep)
        self.record, self.index = self.bp.remove_resource(self.duplicate)

    def undo(self) -> None:
        self.bp.add_resource(self.record, self.index)
        for node_id in self.users:
            self.bp.update_node(node_id, resource=self.duplicate)
