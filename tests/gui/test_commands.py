"""Undo/redo round trip for every command: undo restores the state before, redo the
state after the first do; merging and obsolete commands behave as Qt documents."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from blueprint_app.commands import (AddEdgeCommand, AddNodeCommand, AddStageCommand,
                                    MoveNodesCommand, MoveStageCommand, PasteItemsCommand,
                                    RemoveItemsCommand, RemoveStageCommand,
                                    RenameBlueprintCommand, RenameStageCommand, TidyUpCommand,
                                    UpdateEdgeCommand, UpdateNodeCommand, position_of)
from blueprint_app.model import Blueprint, EdgeKind, Lane, make_edge, make_node


def state(bp: Blueprint):
    """Everything a document holds, as comparable records (document order kept)."""
    return (bp.name, bp.stages, list(bp.nodes()), sorted(bp.edges(), key=lambda e: e.id),
            list(bp.incidents), dict(bp.properties))


@pytest.fixture
def bp() -> Blueprint:
    bp = Blueprint("Order")
    bp.add_stage(id="s1", name="Order")
    bp.add_stage(id="s2", name="Deliver")
    bp.add_node(id="c1", lane="customer", label="Orders", stage="s1")
    bp.add_node(id="t1", lane="frontstage", label="Confirmation", stage="s1", channel="email")
    bp.add_node(id="b1", lane="backstage", label="Pick", stage="s2", x=20.0, y=30.0)
    bp.add_node(id="s1n", lane="support", label="OMS", stage="s1", category="it_system")
    bp.add_node(id="c2", lane="customer", label="Receives", stage="s2")
    bp.add_edge(id="e1", source="c1", target="t1", kind="flow")
    bp.add_edge(id="e2", source="s1n", target="t1", kind="support")
    bp.add_edge(id="e3", source="s1n", target="b1", kind="support")
    bp.add_edge(id="e4", source="t1", target="c2", kind="flow")
    return bp


def round_trip(bp: Blueprint, make_command) -> None:
    stack = QUndoStack()
    before = state(bp)
    stack.push(make_command())
    after = state(bp)
    assert after != before, "the command changed nothing"
    assert stack.count() == 1
    stack.undo()
    assert state(bp) == before
    stack.redo()
    assert state(bp) == after
    stack.undo()
    assert state(bp) == before


def moved(bp, node_id, **new):
    old = position_of(bp.node(node_id))
    return {node_id: (old, {**old, **new})}


CASES = {
    "add node": lambda bp: AddNodeCommand(bp, make_node(id="n9", lane="evidence", label="Receipt", stage="s2")),
    "remove node": lambda bp: RemoveItemsCommand(bp, ["t1"], []),
    "remove nodes sharing edges": lambda bp: RemoveItemsCommand(bp, ["s1n", "t1", "c1"], ["e4"]),
    "remove edge only": lambda bp: RemoveItemsCommand(bp, [], ["e2"]),
    "update node": lambda bp: UpdateNodeCommand(bp, "t1", {"label": "Order confirmed", "owner": "Sales"}),
    "move node to other lane": lambda bp: MoveNodesCommand(bp, moved(bp, "c1", lane=Lane.EVIDENCE, x=5.0, y=6.0)),
    "move many": lambda bp: MoveNodesCommand(bp, {**moved(bp, "c1", stage="s2"), **moved(bp, "b1", x=99.0)}),
    "add edge": lambda bp: AddEdgeCommand(bp, make_edge(id="e9", source="c1", target="c2")),
    "update edge kind": lambda bp: UpdateEdgeCommand(bp, "e1", {"kind": EdgeKind.SUPPORT}),
    "paste": lambda bp: PasteItemsCommand(
        bp, [make_node(id="p1", lane="customer", label="A"), make_node(id="p2", lane="customer", label="B")],
        [make_edge(id="pe1", source="p1", target="p2"), make_edge(id="pe2", source="c1", target="p1")]),
    "add stage": lambda bp: AddStageCommand(bp, "s0", "Discover", index=0),
    "rename stage": lambda bp: RenameStageCommand(bp, "s1", "Ordering"),
    "move stage": lambda bp: MoveStageCommand(bp, "s2", 0),
    "remove stage with nodes": lambda bp: RemoveStageCommand(bp, "s1"),
    "rename blueprint": lambda bp: RenameBlueprintCommand(bp, "订单到家"),
    "tidy up": lambda bp: TidyUpCommand(bp),
}


@pytest.mark.parametrize("name", list(CASES))
def test_round_trip(qapp, bp, name):
    round_trip(bp, lambda: CASES[name](bp))


def test_remove_restores_document_order_and_edges(qapp, bp):
    stack = QUndoStack()
    order = bp.node_ids()
    stack.push(RemoveItemsCommand(bp, ["c1", "b1", "c2"], []))
    assert bp.node_ids() == ["t1", "s1n"]
    assert [e.id for e in bp.edges()] == ["e2"]
    stack.undo()
    assert bp.node_ids() == order
    assert {e.id for e in bp.edges()} == {"e1", "e2", "e3", "e4"}


def test_remove_stage_refuses_unknown_stage(qapp, bp):
    with pytest.raises(ValueError, match="nope"):
        RemoveStageCommand(bp, "nope")


def test_typing_merges_into_one_step(qapp, bp):
    stack = QUndoStack()
    for text in ("C", "Co", "Con"):
        stack.push(UpdateNodeCommand(bp, "t1", {"label": text}))
    assert stack.count() == 1 and bp.node("t1").label == "Con"
    stack.push(UpdateNodeCommand(bp, "t1", {"owner": "Sales"}))  # another field: new step
    stack.push(UpdateNodeCommand(bp, "c1", {"owner": "Sales"}))  # another node: new step
    assert stack.count() == 3
    stack.undo(); stack.undo(); stack.undo()
    assert bp.node("t1").label == "Confirmation"


def test_typing_back_to_the_original_drops_the_step(qapp, bp):
    stack = QUndoStack()
    stack.push(UpdateNodeCommand(bp, "t1", {"label": "X"}))
    stack.push(UpdateNodeCommand(bp, "t1", {"label": "Confirmation"}))
    assert stack.count() == 0


def test_nudges_merge_and_cancel(qapp, bp):
    stack = QUndoStack()
    start = position_of(bp.node("b1"))
    for dx in (10, 20, 30):
        old = position_of(bp.node("b1"))
        stack.push(MoveNodesCommand(bp, {"b1": (old, {**old, "x": 20.0 + dx})}, nudge=True))
    assert stack.count() == 1 and bp.node("b1").x == 50.0
    stack.undo()
    assert position_of(bp.node("b1")) == start
    stack.redo()
    old = position_of(bp.node("b1"))
    stack.push(MoveNodesCommand(bp, {"b1": (old, start)}, nudge=True))  # nudged back home
    assert stack.count() == 0


def test_drag_moves_do_not_merge(qapp, bp):
    stack = QUndoStack()
    stack.push(MoveNodesCommand(bp, moved(bp, "b1", x=1.0)))
    stack.push(MoveNodesCommand(bp, moved(bp, "b1", x=2.0)))
    assert stack.count() == 2


@pytest.mark.parametrize("make", [
    lambda bp: MoveNodesCommand(bp, moved(bp, "b1")),
    lambda bp: UpdateNodeCommand(bp, "t1", {"label": "Confirmation"}),
    lambda bp: UpdateEdgeCommand(bp, "e1", {"kind": EdgeKind.FLOW}),
    lambda bp: RemoveItemsCommand(bp, [], []),
    lambda bp: PasteItemsCommand(bp, [], []),
    lambda bp: RenameStageCommand(bp, "s1", "Order"),
    lambda bp: MoveStageCommand(bp, "s1", 0),
    lambda bp: RenameBlueprintCommand(bp, "Order"),
])
def test_no_op_commands_never_land_on_the_stack(qapp, bp, make):
    stack = QUndoStack()
    before = state(bp)
    stack.push(make(bp))
    assert stack.count() == 0 and state(bp) == before


def test_tidy_up_is_obsolete_once_tidy(qapp, bp):
    stack = QUndoStack()
    stack.push(TidyUpCommand(bp))
    stack.push(TidyUpCommand(bp))
    assert stack.count() == 1
