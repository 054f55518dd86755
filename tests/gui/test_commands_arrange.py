"""Align/distribute geometry (pure) and the one-step commands built from it; edge kinds."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from blueprint_app.commands import align_nodes_command, distribute_nodes_command
from blueprint_app.model import Blueprint, EdgeKind, Lane
from blueprint_app.model.arrange import align, distribute, position_at
from blueprint_app.model.edge_rules import infer_edge_kind
from blueprint_app.model.layout import Rect, compute_layout

RECTS = {"a": Rect(0, 0, 10, 10), "b": Rect(30, 5, 20, 10), "c": Rect(100, 40, 10, 30)}


@pytest.mark.parametrize("mode, expected", [
    ("left", {"a": (0, 0), "b": (0, 5), "c": (0, 40)}),
    ("right", {"a": (100, 0), "b": (90, 5), "c": (100, 40)}),
    ("top", {"a": (0, 0), "b": (30, 0), "c": (100, 0)}),
    ("bottom", {"a": (0, 60), "b": (30, 60), "c": (100, 40)}),
    # centres x: 5, 40, 105 -> mean 50; centres y: 5, 10, 55 -> mean 70/3
    ("hcenter", {"a": (45, 0), "b": (40, 5), "c": (45, 40)}),
    ("vcenter", {"a": (0, 70 / 3 - 5), "b": (30, 70 / 3 - 5), "c": (100, 70 / 3 - 15)}),
])
def test_align(mode, expected):
    got = align(RECTS, mode)
    assert got.keys() == expected.keys()
    for key, (x, y) in expected.items():
        assert got[key] == pytest.approx((x, y))


def test_distribute_keeps_ends_and_equalises_gaps():
    got = distribute(RECTS, "horizontal")
    # span 0..110, widths 40 -> two gaps of 35
    assert got == {"a": (0, 0), "b": (45, 5), "c": (100, 40)}
    got = distribute(RECTS, "vertical")
    # span 0..70, heights 50 -> gaps of 10: a 0..10, b 20..30, c 40..70
    assert got == {"a": (0, 0), "b": (30, 20), "c": (100, 40)}
    with pytest.raises(ValueError, match="diagonal"):
        distribute(RECTS, "diagonal")


def test_position_at_follows_the_cell_under_the_centre():
    bp = Blueprint("x")
    bp.add_stage(id="s1", name="One")
    bp.add_stage(id="s2", name="Two")
    bp.add_node(id="n", lane="customer", label="N", stage="s1")
    layout = compute_layout(bp)
    band = layout.band(Lane.BACKSTAGE)
    col = layout.column("s2")
    pos = position_at(layout, col.x + 7, band.y + 9, 150, 64)
    assert pos == {"lane": Lane.BACKSTAGE, "stage": "s2", "x": 7.0, "y": 9.0}


def test_infer_edge_kind():
    assert infer_edge_kind("customer", "frontstage") is EdgeKind.FLOW
    assert infer_edge_kind("frontstage", "customer") is EdgeKind.FLOW
    assert infer_edge_kind("support", "frontstage") is EdgeKind.SUPPORT
    assert infer_edge_kind("backstage", "frontstage") is EdgeKind.SUPPORT
    assert infer_edge_kind("support", "support") is EdgeKind.SUPPORT
    assert infer_edge_kind("customer", "customer") is EdgeKind.FLOW
    assert infer_edge_kind("frontstage", "backstage") is EdgeKind.FLOW
    assert infer_edge_kind("evidence", "customer") is EdgeKind.FLOW


def test_align_command_is_one_undoable_step(qapp):
    bp = Blueprint("x")
    bp.add_stage(id="s1", name="One")
    for i, x in enumerate((10.0, 60.0, 200.0)):
        bp.add_node(id=f"n{i}", lane="backstage", label="N", stage="s1", x=x, y=20.0 + 80 * i)
    before = list(bp.nodes())
    stack = QUndoStack()
    stack.push(align_nodes_command(bp, ["n0", "n1", "n2"], "left"))
    assert [bp.node(f"n{i}").x for i in range(3)] == [10.0, 10.0, 10.0]
    assert stack.count() == 1
    stack.push(align_nodes_command(bp, ["n0", "n1", "n2"], "left"))  # already aligned: no step
    assert stack.count() == 1
    stack.push(distribute_nodes_command(bp, ["n0", "n1", "n2"], "vertical"))
    assert stack.count() == 1  # already evenly spaced
    stack.undo()
    assert list(bp.nodes()) == before
