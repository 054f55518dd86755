"""Commands on nodes: add, remove (with edges), edit a field, move, paste, tidy up."""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from PySide6.QtGui import QUndoCommand

from ..model import Blueprint, Edge, Node
from ..model.layout import tidy_offsets
from .base import (MERGE_NUDGE, MERGE_UPDATE_NODE, ModelCommand, RemovalSnapshot, same_position,
                   tr)
from .wording import change_text

Position = dict[str, Any]


class AddNodeCommand(ModelCommand):
    def __init__(self, bp: Blueprint, node: Node, parent: QUndoCommand | None = None):
        super().__init__(tr("Add ‘%1’").replace("%1", node.label), parent)
        self.bp, self.node = bp, node

    def redo(self) -> None:
        self.bp.add_node(self.node)

    def undo(self) -> None:
        self.bp.remove_node(self.node.id)


class RemoveItemsCommand(ModelCommand):
    """Delete nodes (with their incident edges) and edges as one step."""

    def __init__(self, bp: Blueprint, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = (),
                 parent: QUndoCommand | None = None):
        super().__init__(tr("Delete"), parent)
        self.bp = bp
        self.snapshot = RemovalSnapshot(list(node_ids), list(edge_ids))
        if not self.snapshot.node_ids and not self.snapshot.edge_ids:
            self.setObsolete(True)

    def redo(self) -> None:
        self.snapshot.remove(self.bp)

    def undo(self) -> None:
        self.snapshot.restore(self.bp)


class UpdateNodeCommand(ModelCommand):
    """Change fields of one node. Consecutive edits of the same node and fields merge, so
    typing in a properties field is one undo step."""

    def __init__(self, bp: Blueprint, node_id: str, changes: Mapping[str, Any],
                 merge: bool = True, parent: QUndoCommand | None = None):
        node = bp.node(node_id)
        super().__init__(change_text(changes, node.label), parent)
        self.bp, self.node_id, self.merge = bp, node_id, merge
        self.new = dict(changes)
        self.old = {name: getattr(node, name) for name in self.new}
        if self.old == self.new:
            self.setObsolete(True)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_UPDATE_NODE if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, UpdateNodeCommand) and other.merge
                and other.node_id == self.node_id and other.new.keys() == self.new.keys()):
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.bp.update_node(self.node_id, **self.new)

    def undo(self) -> None:
        self.bp.update_node(self.node_id, **self.old)


class MoveNodesCommand(ModelCommand):
    """Move nodes: ``moves`` maps node id -> (old position, new position), a position being
    a dict of lane/stage/x/y. With ``nudge=True`` consecutive moves of the same nodes merge
    (arrow-key nudges); a move that changes nothing is obsolete and never lands on the stack."""

    def __init__(self, bp: Blueprint, moves: Mapping[str, tuple[Position, Position]],
                 nudge: bool = False, text: str | None = None,
                 parent: QUndoCommand | None = None):
        super().__init__(text or tr("Move"), parent)
        self.bp, self.nudge = bp, nudge
        self.moves = {nid: (dict(old), dict(new)) for nid, (old, new) in moves.items()}
        self._update_obsolete()

    def _update_obsolete(self) -> None:
        self.setObsolete(all(same_position(o, n) for o, n in self.moves.values()))

    def id(self) -> int:  # noqa: A003
        return MERGE_NUDGE if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not (isinstance(other, MoveNodesCommand) and other.nudge
                and other.moves.keys() == self.moves.keys()):
            return False
        self.moves = {nid: (old, other.moves[nid][1]) for nid, (old, _) in self.moves.items()}
        self._update_obsolete()
        return True

    def redo(self) -> None:
        for node_id, (_, new) in self.moves.items():
            self.bp.update_node(node_id, **new)

    def undo(self) -> None:
        for node_id, (old, _) in self.moves.items():
            self.bp.update_node(node_id, **old)


class PasteItemsCommand(ModelCommand):
    """Add many nodes and edges (paste, duplicate) as one step. Ids must already be fresh."""

    def __init__(self, bp: Blueprint, nodes: Iterable[Node], edges: Iterable[Edge] = (),
                 text: str | None = None, parent: QUndoCommand | None = None):
        super().__init__(text or tr("Paste"), parent)
        self.bp, self.nodes, self.edges = bp, list(nodes), list(edges)
        if not self.nodes and not self.edges:
            self.setObsolete(True)

    def redo(self) -> None:
        for node in self.nodes:
            self.bp.add_node(node)
        for edge in self.edges:
            self.bp.add_edge(edge)

    def undo(self) -> None:
        for edge in reversed(self.edges):
            self.bp.remove_edge(edge.id)
        for node in reversed(self.nodes):
            self.bp.remove_node(node.id)


class TidyUpCommand(ModelCommand):
    """Give every node an explicit, non-overlapping place in its cell (model.layout)."""

    def __init__(self, bp: Blueprint, parent: QUndoCommand | None = None):
        super().__init__(tr("Tidy up"), parent)
        self.bp = bp
        offsets = tidy_offsets(bp)
        self.changes = {}
        for node in bp.nodes():
            new = offsets[node.id]
            if (node.x, node.y) != new:
                self.changes[node.id] = ((node.x, node.y), new)
        if not self.changes:
            self.setObsolete(True)

    def redo(self) -> None:
        for node_id, (_, (x, y)) in self.changes.items():
            self.bp.update_node(node_id, x=x, y=y)

    def undo(self) -> None:
        for node_id, ((x, y), _) in self.changes.items():
            self.bp.update_node(node_id, x=x, y=y)
