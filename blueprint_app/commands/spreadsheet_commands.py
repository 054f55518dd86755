"""Steps pasted from a spreadsheet: new stages, nodes and edges added as one undo step."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Edge, Node, Stage
from .base import ModelCommand, tr


class PasteStepsCommand(ModelCommand):
    """Add ``stages`` (at the end), then ``nodes`` and ``edges``; ids must be fresh."""

    def __init__(self, bp: Blueprint, stages: Iterable[Stage], nodes: Iterable[Node],
                 edges: Iterable[Edge] = (), parent: QUndoCommand | None = None):
        super().__init__(tr("Paste steps"), parent)
        self.bp = bp
        self.stages, self.nodes, self.edges = list(stages), list(nodes), list(edges)
        if not self.nodes:
            self.setObsolete(True)

    def redo(self) -> None:
        for stage in self.stages:
            self.bp.add_stage(stage)
        for node in self.nodes:
            self.bp.add_node(node)
        for edge in self.edges:
            self.bp.add_edge(edge)

    def undo(self) -> None:
        for edge in reversed(self.edges):
            self.bp.remove_edge(edge.id)
        for node in reversed(self.nodes):
            self.bp.remove_node(node.id)
        for stage in reversed(self.stages):
            self.bp.remove_stage(stage.id)
