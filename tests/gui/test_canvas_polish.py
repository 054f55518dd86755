"""Canvas polish: reordering stages by dragging their header, light/dark palettes, context
menu actions (and ReverseEdgeCommand), presentation font scale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack

from blueprint_app.canvas import BlueprintScene, BlueprintView
from canvas_support import drag, sample_blueprint


@pytest.fixture
def canvas3(qtbot):
    """The sample blueprint with a third stage, shown at 100 %."""
    bp = sample_blueprint()
    bp.add_stage(id="s3", name="Return")
    bp.add_node(id="c3", lane="customer", label="Returns", stage="s3")
    stack = QUndoStack()
    scene = BlueprintScene()
    scene.set_blueprint(bp, stack)
    view = BlueprintView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(scene.sceneRect().center())
    yield bp, scene, view, stack
    scene.clear_blueprint()


def header_point(scene, stage_id, dx=0.0) -> QPointF:
    column = scene.layout.column(stage_id)
    return QPointF(column.x + column.width / 2 + dx, 20)


def order(bp):
    return [s.id for s in bp.stages]


# ----- 1. reorder stages by dragging their header ------------------------------------------
def test_drag_stage_header_right_moves_the_stage_in_one_undo_step(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    last = scene.layout.column("s3")
    drag(qtbot, view, header_point(scene, "s1"), QPointF(last.x + last.width - 10, 20))
    assert order(bp) == ["s2", "s3", "s1"]
    assert stack.count() == 1
    # the grid followed: s1's column is now the rightmost one
    assert [c.stage_id for c in scene.layout.columns] == ["s2", "s3", "s1"]
    assert scene.node_items["c1"].x() > scene.node_items["c3"].x()
    stack.undo()
    assert order(bp) == ["s1", "s2", "s3"]
    assert [c.stage_id for c in scene.layout.columns] == ["s1", "s2", "s3"]
    stack.redo()
    assert order(bp) == ["s2", "s3", "s1"]


def test_drag_stage_header_left_between_two_stages(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    s2 = scene.layout.column("s2")
    drag(qtbot, view, header_point(scene, "s3"), QPointF(s2.x + 10, 20))  # the gap s1|s2
    assert order(bp) == ["s1", "s3", "s2"]
    assert stack.count() == 1


def test_drop_in_place_pushes_nothing_and_leaves_no_feedback(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    before = set(scene.items())
    drag(qtbot, view, header_point(scene, "s2"), header_point(scene, "s2", dx=30))
    # just past the neighbour's edge is still the same place (the gap s1|s2 or s2|s3)
    s3 = scene.layout.column("s3")
    drag(qtbot, view, header_point(scene, "s2"), QPointF(s3.x + 5, 20))
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0
    assert set(scene.items()) == before


def test_drop_indicator_shows_the_gap_while_dragging(qtbot, canvas3):
    from canvas_support import _move, view_point
    bp, scene, view, stack = canvas3
    start = view_point(view, header_point(scene, "s1"))
    qtbot.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    s3 = scene.layout.column("s3")
    target = view_point(view, QPointF(s3.x + 5, 20))
    for i in range(1, 5):
        _move(view.viewport(), start + (target - start) * i / 4, Qt.LeftButton)
    interaction = scene._interaction
    assert interaction.indicator.isVisible()
    assert interaction.indicator.path().boundingRect().left() == pytest.approx(s3.x)
    assert interaction.indicator.path().boundingRect().height() == pytest.approx(scene.layout.height)
    assert interaction.ghost.scene() is scene
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, target)
    assert interaction.indicator is None and order(bp) == ["s2", "s1", "s3"]


def test_escape_cancels_a_stage_drag(qtbot, canvas3):
    from canvas_support import _move, view_point
    bp, scene, view, stack = canvas3
    start = view_point(view, header_point(scene, "s1"))
    end = view_point(view, header_point(scene, "s3", dx=60))
    qtbot.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    _move(view.viewport(), end, Qt.LeftButton)
    assert scene._interaction.new_index(header_point(scene, "s3", dx=60).x()) == 2
    qtbot.keyClick(view.viewport(), Qt.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, end)
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0
    assert not [i for i in scene.items() if i.zValue() == 6]  # feedback removed


def test_read_only_scene_does_not_reorder(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    scene.read_only = True
    drag(qtbot, view, header_point(scene, "s1"), header_point(scene, "s3", dx=40))
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0


def test_double_click_on_a_stage_header_still_signals(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    seen = []
    scene.stage_double_clicked.connect(seen.append)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier,
                      view.mapFromScene(header_point(scene, "s2")))
    assert seen == ["s2"] and stack.count() == 0
