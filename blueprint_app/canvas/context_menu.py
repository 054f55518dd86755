"""Right-click menus on the canvas.

``context_actions(scene, pos)`` builds the actions for whatever lies under a scene point (a
node, an edge, an empty cell, a stage header); ``show_context_menu`` only puts them in a
QMenu. Tests trigger the actions directly, so nothing here depends on a blocking
``QMenu.exec``. Every edit is one command pushed through ``scene.push``; actions that open
an editor or ask the window to act run on the next turn of the event loop, after the menu
has closed and focus has come back to the view.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..commands import RemoveItemsCommand, UpdateEdgeCommand
from ..commands.edge_commands import ReverseEdgeCommand
from ..model import EdgeKind
from .edge_item import EdgeItem
from .labels import lane_add_here
from .node_item import NodeItem


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def _action(text: str, slot, checked: bool | None = None) -> QAction:
    action = QAction(text)  # no parent: the caller's list (or the menu's run) keeps it alive
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(slot)
    return action


def _separator() -> QAction:
    action = QAction()
    action.setSeparator(True)
    return action


def _later(scene, function) -> None:
    QTimer.singleShot(0, scene, function)  # dropped if the scene is gone by then


def item_under(scene, pos: QPointF) -> NodeItem | EdgeItem | None:
    for item in scene.items(pos):
        if isinstance(item, (NodeItem, EdgeItem)):
            return item
    return None


def context_actions(scene, pos: QPointF) -> list[QAction]:
    """The actions for a right-click at scene point ``pos`` (empty when read-only)."""
    if scene.blueprint is None or scene.read_only:
        return []
    item = item_under(scene, pos)
    if isinstance(item, NodeItem):
        return node_actions(scene, item)
    if isinstance(item, EdgeItem):
        return edge_actions(scene, item)
    stage_id = scene.stage_at(pos)
    if stage_id is not None:
        emit = partial(scene.stage_double_clicked.emit, stage_id)
        return [_action(tr("Rename stage…"), lambda: _later(scene, emit))]
    cell = scene.cell_at(pos)
    if cell is not None:
        lane, stage_id = cell
        emit = partial(scene.cell_double_clicked.emit, lane, stage_id, QPointF(pos))
        return [_action(lane_add_here(lane), lambda: _later(scene, emit))]
    return []


def _delete_targets(scene, item) -> tuple[list[str], list[str]]:
    """The whole selection when the clicked item is part of it, else just the item."""
    if item.isSelected():
        return scene.selected_node_ids(), scene.selected_edge_ids()
    if isinstance(item, NodeItem):
        return [item.node_id], []
    return [], [item.edge_id]


def _delete(scene, item) -> QAction:
    nodes, edges = _delete_targets(scene, item)
    return _action(tr("Delete"), lambda: scene.push(RemoveItemsCommand(scene.blueprint, nodes, edges)))


def node_actions(scene, item: NodeItem) -> list[QAction]:
    rename = partial(scene.start_inline_edit, item.node_id)
    return [_action(tr("Rename"), lambda: _later(scene, rename)), _separator(), _delete(scene, item)]


def edge_actions(scene, item: EdgeItem) -> list[QAction]:
    edge_id, bp = item.edge_id, scene.blueprint

    def set_kind(kind: EdgeKind) -> None:
        if bp.edge(edge_id).kind is not kind:
            scene.push(UpdateEdgeCommand(bp, edge_id, {"kind": kind}))

    kind = bp.edge(edge_id).kind
    return [
        _action(tr("Flow edge"), lambda: set_kind(EdgeKind.FLOW), kind is EdgeKind.FLOW),
        _action(tr("Support edge"), lambda: set_kind(EdgeKind.SUPPORT), kind is EdgeKind.SUPPORT),
        _separator(),
        _action(tr("Reverse direction"), lambda: scene.push(ReverseEdgeCommand(bp, edge_id))),
        _separator(),
        _delete(scene, item),
    ]


def select_for_menu(scene, pos: QPointF) -> None:
    """Right-clicking an unselected node or edge selects it alone, so the user sees what
    the menu acts on; a click on the selection keeps it."""
    item = item_under(scene, pos)
    if item is None or item.isSelected():
        return
    if isinstance(item, NodeItem):
        scene.select_nodes([item.node_id])
    else:
        scene.clearSelection()
        item.setSelected(True)


def exec_menu(actions: list[QAction], screen_pos, parent=None) -> QAction | None:
    """Show the actions in a popup menu (blocks until it closes)."""
    menu = QMenu(parent)
    menu.addActions(actions)
    chosen = menu.exec(screen_pos)
    menu.deleteLater()
    return chosen


def show_context_menu(scene, event) -> bool:
    """Handle a QGraphicsSceneContextMenuEvent; False when there is nothing to offer."""
    pos = event.scenePos()
    if scene.blueprint is None or scene.read_only:
        return False
    select_for_menu(scene, pos)
    actions = context_actions(scene, pos)
    if not actions:
        return False
    exec_menu(actions, event.screenPos(), event.widget())
    return True
