"""Commands on edges: connect two nodes, change an edge (kind, label), reverse it."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Edge
from .base import ModelCommand, tr


class AddEdgeCommand(ModelCommand):
    def __init__(self, bp: Blueprint, edge: Edge, parent: QUndoCommand | None = None):
        super().__init__(tr("Connect"), parent)
        self.bp, self.edge = bp, edge

    def redo(self) -> None:
        self.bp.add_edge(self.edge)

    def undo(self) -> None:
        self.bp.remove_edge(self.edge.id)


class UpdateEdgeCommand(ModelCommand):
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


class ReverseEdgeCommand(ModelCommand):
    """Swap an edge's source and target as one step. The model fixes an edge's ends, so
    redo removes it and adds it back reversed under the same id (kind, label and extra
    fields kept) at the same place in the document's edge order; undo does the same with
    the original."""

    def __init__(self, bp: Blueprint, edge_id: str, parent: QUndoCommand | None = None):
        super().__init__(tr("Reverse connection"), parent)
        self.bp = bp
        self.original = bp.edge(edge_id)
        self.reversed = replace(self.original, source=self.original.target,
                                target=self.original.source)

    def _put(self, edge: Edge) -> None:
        index = self.bp.edge_index(edge.id)
        self.bp.remove_edge(edge.id)
        self.bp.add_edge(edge, index=index)

    def redo(self) -> None:
        self._put(self.reversed)

    def undo(self) -> None:
        self._put(self.original)
