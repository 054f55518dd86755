"""Shared helpers for undo commands: translation and position records.

A *position* is a plain dict ``{"lane", "stage", "x", "y"}`` (the model's own fields), so a
command can hand it straight to ``Blueprint.update_node``.
"""
from __future__ import annotations

from functools import wraps
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Edge, Node

POSITION_FIELDS = ("lane", "stage", "x", "y")

# Command ids for QUndoCommand.id(): commands with the same id may merge.
MERGE_UPDATE_NODE = 1001
MERGE_NUDGE = 1002


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def position_of(node: Node) -> dict[str, Any]:
    return {name: getattr(node, name) for name in POSITION_FIELDS}


def same_position(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in POSITION_FIELDS)


class ModelCommand(QUndoCommand):
    """Base of every command on a blueprint (held in ``self.bp``): its ``redo`` and ``undo``
    run inside one event batch, so each push, undo or redo sends the model's coarse
    ``changed`` notice exactly once, however many nodes and edges it touched."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            if name in cls.__dict__:
                setattr(cls, name, _batched(cls.__dict__[name]))


def _batched(method):
    @wraps(method)
    def run(self) -> None:
        with self.bp.events.batch():
            method(self)
    return run


class MacroCommand(ModelCommand):
    """Several commands as one undo step, in place of ``QUndoStack.beginMacro`` (whose macro
    is a plain QUndoCommand: undoing it sent one coarse notice per child). Undo and redo run
    the children inside one event batch. ``run`` runs each child at once (a later child may
    need what an earlier one made, e.g. a fresh id) and keeps it: the macro holds its children
    itself rather than as Qt children, whose Python side could be collected while C++ still
    calls it. The first redo, from the push, has nothing left to do. Build and push inside
    ``bp.events.batch()`` so that the push, too, sends a single notice::

        with bp.events.batch():
            macro = MacroCommand(bp, text)
            macro.run(AddNodeCommand(bp, node))
            stack.push(macro)
    """

    def __init__(self, bp: Blueprint, text: str):
        super().__init__(text)
        self.bp = bp
        self.children: list[QUndoCommand] = []
        self._pushed = False

    def run(self, child: QUndoCommand) -> QUndoCommand:
        child.redo()
        self.children.append(child)
        return child

    def redo(self) -> None:
        if not self._pushed:        # the children ran as they were added
            self._pushed = True
            return
        for child in self.children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self.children):
            child.undo()


class RemovalSnapshot:
    """Removes nodes and edges and puts them back in place (DESIGN.md convention 4).

    Nodes are removed last-first so each recorded index is the node's original document
    index; undo restores them first-first, then re-adds every edge once both ends exist, in
    ascending order of its original edge index, so the edge order comes back exactly.
    """

    def __init__(self, node_ids: list[str], edge_ids: list[str]):
        self.node_ids = list(dict.fromkeys(node_ids))
        self.edge_ids = list(dict.fromkeys(edge_ids))
        self._nodes: list[tuple[Node, int]] = []
        self._edges: list[Edge] = []
        self._edge_index: dict[str, int] = {}

    def remove(self, bp: Blueprint) -> None:
        self._nodes, self._edges = [], []
        self._edge_index = {e.id: i for i, e in enumerate(bp.edges())}
        doomed = set(self.node_ids)
        for edge_id in self.edge_ids:
            if bp.has_edge(edge_id):
                edge = bp.edge(edge_id)
                if edge.source not in doomed and edge.target not in doomed:
                    self._edges.append(bp.remove_edge(edge_id))
        order = {nid: i for i, nid in enumerate(bp.node_ids())}
        for node_id in sorted(doomed & order.keys(), key=order.get, reverse=True):
            node, index, edges = bp.remove_node(node_id)
            self._nodes.append((node, index))
            self._edges.extend(edges)

    def restore(self, bp: Blueprint) -> None:
        for node, index in reversed(self._nodes):
            bp.restore_node(node, index)
        for edge in sorted(self._edges, key=lambda e: self._edge_index[e.id]):
            bp.add_edge(edge, index=self._edge_index[edge.id])
