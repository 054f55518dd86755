"""Commands on edges: connect two nodes, change an edge (kind, label)."""
from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Edge
from .base import tr


class AddEdgeCommand(QUndoCommand):
    def __init__(self, bp: Blueprint, edge: Edge, parent: QUndoCommand | None = None):
        super().__init__(tr("Connect"), parent)
        self.bp, self.edge = bp, edge

    def redo(self) -> None:
        self.bp.add_edge(self.edge)

    def undo(self) -> None:
        self.bp.remove_edge(self.edge.id)


class UpdateEdgeCommand(QUndoCommand):
    """Change fields of one edge, e.g. its kind (flow <-> support) or label."""

    def __init__(self, bp: Blueprint, edge_id: str, changes: Mapping[str, Any],
                 parent: QUndoCommand | None = None):
        super().__init__(tr("Edit connection"), parent)
        self.bp, self.edge_id = bp, edge_id
        edge = bp.edge(edge_id)
        self.new = dict(changes)
        self.old = {name: getattr(edge, name) for name in self.new}
        if self.old == self.new:
            self.setObsolete(True)

    def redo(self) -> None:
        self.bp.update_edge(self.edge_id, **self.new)

    def undo(self) -> None:
        self.bp.update_edge(self.edge_id, **self.old)
