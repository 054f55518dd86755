"""Shared fixtures for canvas tests: a small blueprint and a shown scene/view."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from blueprint_app.canvas import BlueprintScene, BlueprintView
from blueprint_app.model import Blueprint


def sample_blueprint() -> Blueprint:
    bp = Blueprint("Order")
    bp.add_stage(id="s1", name="Order")
    bp.add_stage(id="s2", name="Deliver")
    bp.add_node(id="c1", lane="customer", label="Orders", stage="s1")
    bp.add_node(id="t1", lane="frontstage", label="Confirmation", stage="s1", channel="email")
    bp.add_node(id="c2", lane="customer", label="Receives", stage="s2")
    bp.add_node(id="sup", lane="support", label="OMS", stage="s1", category="it_system")
    bp.add_edge(id="e1", source="c1", target="t1", kind="flow")
    return bp


def view_point(view, scene_pos: QPointF):
    return view.mapFromScene(scene_pos)


def drag(qtbot, view, start: QPointF, end: QPointF, steps: int = 6, button=Qt.LeftButton,
         modifier=Qt.NoModifier) -> None:
    """Press at scene point ``start``, move in steps, release at ``end`` (real events)."""
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, end)
    qtbot.mousePress(viewport, button, modifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * i / steps
        # QTest.mouseMove sends no buttons; a real drag holds one: send the event ourselves
        _move(viewport, p, button)
    qtbot.mouseRelease(viewport, button, modifier, b)


def _move(widget, pos, button) -> None:
    event = QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.NoButton, button, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def canvas(qtbot):
    """(blueprint, scene, view, undo stack) with the view shown at 100 %."""
    bp = sample_blueprint()
    stack = QUndoStack()
    scene = BlueprintScene()
    scene.set_blueprint(bp, stack)
    view = BlueprintView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(scene.sceneRect().center())
    yield bp, scene, view, stack
    scene.clear_blueprint()
