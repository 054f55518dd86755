"""Real mouse and keyboard events on the canvas: connect, move across lanes, rubber band,
nudges, inline label editing, double-clicks."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from blueprint_app.model import EdgeKind, Lane
from canvas_support import drag, view_point


def centre(scene, node_id) -> QPointF:
    return scene.node_items[node_id].body_rect().center()


def handle(scene, node_id, which=0) -> QPointF:
    item = scene.node_items[node_id]
    return item.mapToScene(item.handle_points()[which])


def type_text(widget, text):
    for kind in (QEvent.KeyPress, QEvent.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, text))


def hover(qtbot, view, pos):
    qtbot.mouseMove(view.viewport(), view_point(view, pos))


def test_connect_two_nodes_by_dragging_from_the_handle(qtbot, canvas):
    bp, scene, view, stack = canvas
    hover(qtbot, view, centre(scene, "t1"))
    drag(qtbot, view, handle(scene, "t1"), centre(scene, "c2"))
    new = [e for e in bp.edges() if e.id != "e1"]
    assert [(e.source, e.target, e.kind) for e in new] == [("t1", "c2", EdgeKind.FLOW)]
    assert stack.count() == 1
    assert new[0].id in scene.edge_items
    # from the support node up to the touchpoint: a support edge
    drag(qtbot, view, handle(scene, "sup", 1), centre(scene, "t1"))
    kinds = {(e.source, e.target): e.kind for e in bp.edges()}
    assert kinds[("sup", "t1")] is EdgeKind.SUPPORT
    stack.undo()
    stack.undo()
    assert [e.id for e in bp.edges()] == ["e1"] and len(scene.edge_items) == 1


def test_drag_to_empty_space_connects_nothing(qtbot, canvas):
    bp, scene, view, stack = canvas
    drag(qtbot, view, handle(scene, "t1"), QPointF(scene.layout.width - 5, 10))
    assert stack.count() == 0 and len(list(bp.edges())) == 1
    assert all(i.scene() is scene for i in scene.items()) and len(scene.edge_items) == 1


def test_move_node_into_another_lane_and_stage(qtbot, canvas):
    bp, scene, view, stack = canvas
    before = bp.node("c2")
    target_band = scene.layout.band(Lane.BACKSTAGE)
    column = scene.layout.column("s2")
    target = QPointF(column.x + column.width / 2, target_band.y + target_band.height / 2)
    drag(qtbot, view, centre(scene, "c2"), target)
    moved = bp.node("c2")
    assert moved.lane is Lane.BACKSTAGE and moved.stage == "s2"
    assert stack.count() == 1
    # the item snapped to the model's layout
    rect = scene.layout.nodes["c2"]
    assert (scene.node_items["c2"].x(), scene.node_items["c2"].y()) == (rect.x, rect.y)
    assert scene.layout.band(Lane.BACKSTAGE).y <= rect.y
    stack.undo()
    assert bp.node("c2") == before
    rect = scene.layout.nodes["c2"]
    assert (scene.node_items["c2"].x(), scene.node_items["c2"].y()) == (rect.x, rect.y)


def test_click_without_drag_pushes_nothing(qtbot, canvas):
    bp, scene, view, stack = canvas
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view_point(view, centre(scene, "c1")))
    assert scene.selected_node_ids() == ["c1"] and stack.count() == 0


def test_drag_moves_the_whole_selection_as_one_step(qtbot, canvas):
    bp, scene, view, stack = canvas
    scene.select_nodes(["c1", "c2"])
    drag(qtbot, view, centre(scene, "c1"), centre(scene, "c1") + QPointF(0, 30))
    assert stack.count() == 1
    assert bp.node("c1").y is not None and bp.node("c2").y is not None
    assert bp.node("c1").lane is Lane.CUSTOMER


def test_rubber_band_selects_the_nodes_inside(qtbot, canvas):
    bp, scene, view, stack = canvas
    seen = []
    scene.selection_changed_ids.connect(seen.append)
    c1, t1 = scene.node_items["c1"].body_rect(), scene.node_items["t1"].body_rect()
    start = QPointF(c1.left() - 10, c1.top() - 10)
    end = QPointF(t1.right() + 10, t1.bottom() + 10)
    drag(qtbot, view, start, end)
    assert scene.selected_node_ids() == ["c1", "t1"]
    assert seen and seen[-1] == ["c1", "t1"]
    assert stack.count() == 0


def test_arrow_nudges_merge_into_one_step(qtbot, canvas):
    bp, scene, view, stack = canvas
    scene.select_nodes(["c1"])
    x0 = scene.layout.offsets["c1"][0]
    for _ in range(3):
        qtbot.keyClick(view.viewport(), Qt.Key_Right)
    assert stack.count() == 1
    assert bp.node("c1").x == x0 + 30
    assert scene.node_items["c1"].x() == scene.layout.nodes["c1"].x
    stack.undo()
    assert bp.node("c1").x is None


def test_inline_edit_enter_commits_escape_cancels(qtbot, canvas):
    bp, scene, view, stack = canvas
    view.activateWindow()
    view.setFocus()
    editor = scene.start_inline_edit("t1")
    assert editor is not None and scene.focusItem() is editor
    qtbot.keyClicks(view.viewport(), "Sent ")
    type_text(view.viewport(), "已发送")  # QTest only types ASCII
    qtbot.keyClick(view.viewport(), Qt.Key_Return)
    assert bp.node("t1").label == "Sent 已发送"
    assert stack.count() == 1 and scene.focusItem() is None
    scene.start_inline_edit("t1")
    qtbot.keyClicks(view.viewport(), "nothing")
    qtbot.keyClick(view.viewport(), Qt.Key_Escape)
    assert bp.node("t1").label == "Sent 已发送" and stack.count() == 1


def test_double_clicks_emit_node_and_cell(qtbot, canvas):
    bp, scene, view, stack = canvas
    nodes, cells = [], []
    scene.node_double_clicked.connect(nodes.append)
    scene.cell_double_clicked.connect(lambda lane, stage, pos: cells.append((lane, stage)))
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=view_point(view, centre(scene, "c2")))
    band, column = scene.layout.band(Lane.BACKSTAGE), scene.layout.column("s2")
    empty = QPointF(column.x + column.width / 2, band.y + band.height / 2)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=view_point(view, empty))
    assert nodes == ["c2"]
    assert cells == [(Lane.BACKSTAGE, "s2")]
    assert stack.count() == 0
