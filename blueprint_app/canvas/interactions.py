"""Mouse gestures as objects the scene forwards events to (DESIGN.md convention 6).

``IdleInteraction`` decides what a press starts: a connection from a node's handle, a
move of the selection, or (returning False) Qt's own handling: edge selection and the
view's rubber band. Each gesture pushes at most one command when it ends.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from ..commands import AddEdgeCommand, MoveNodesCommand, position_of
from ..model import make_edge
from ..model.arrange import position_at
from ..model.edge_rules import infer_edge_kind
from .style import canvas_style


class Interaction:
    def __init__(self, scene):
        self.scene = scene

    def mouse_press(self, event) -> bool:
        return False

    def mouse_move(self, event) -> bool:
        return False

    def mouse_release(self, event) -> bool:
        return False

    def cancel(self) -> None:
        pass


class IdleInteraction(Interaction):
    def mouse_press(self, event) -> bool:
        scene = self.scene
        if event.button() != Qt.LeftButton:
            return False
        item = scene.node_item_at(event.scenePos())
        if item is None:
            return False
        handle = item.handle_at(event.scenePos()) if not scene.read_only else None
        if handle is not None:
            scene.set_interaction(ConnectInteraction(scene, item, handle))
            return True
        if event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier):
            item.setSelected(not item.isSelected())
            return True
        if not item.isSelected():
            scene.select_nodes([item.node_id])
        if not scene.read_only:
            scene.set_interaction(MoveNodesInteraction(scene, event.scenePos()))
        return True


class MoveNodesInteraction(Interaction):
    """Drag the selected nodes freely; on release they snap to the cell under their centre
    and one MoveNodesCommand is pushed (only if something moved)."""

    def __init__(self, scene, press_pos: QPointF):
        super().__init__(scene)
        self.press_pos = QPointF(press_pos)
        self.items = [scene.node_items[i] for i in scene.selected_node_ids()]
        self.start = {item: QPointF(item.pos()) for item in self.items}
        self.dragging = False

    def mouse_move(self, event) -> bool:
        delta = event.scenePos() - self.press_pos
        if not self.dragging and delta.manhattanLength() < QApplication.startDragDistance():
            return True
        self.dragging = True
        self.move_by(delta)
        return True

    def move_by(self, delta: QPointF) -> None:
        for item, start in self.start.items():
            item.setPos(start + delta)
        self.scene.refresh_edges(self.items)

    def mouse_release(self, event) -> bool:
        scene = self.scene
        scene.set_interaction(None)
        if self.dragging:
            bp, layout = scene.blueprint, scene.layout
            moves = {}
            for item in self.items:
                w, h = item.size
                moves[item.node_id] = (position_of(bp.node(item.node_id)),
                                       position_at(layout, item.x(), item.y(), w, h))
            scene.push(MoveNodesCommand(bp, moves))
            scene.relayout()  # snap, also when the drop changed nothing
        return True

    def cancel(self) -> None:
        if self.dragging:
            self.scene.relayout()


class ConnectInteraction(Interaction):
    """Drag from a node's handle to another node: one AddEdgeCommand, kind inferred."""

    def __init__(self, scene, source, start: QPointF):
        super().__init__(scene)
        self.source, self.start = source, QPointF(start)
        self.target = None
        self.line = QGraphicsPathItem()
        self.line.setPen(canvas_style().connect_pen)
        self.line.setZValue(5)
        scene.addItem(self.line)

    def mouse_move(self, event) -> bool:
        pos = event.scenePos()
        path = QPainterPath(self.start)
        path.lineTo(pos)
        self.line.setPath(path)
        target = self.scene.node_item_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.setSelected(False)
            self.target = target
            if target is not None:
                target.setSelected(True)
        return True

    def mouse_release(self, event) -> bool:
        scene = self.scene
        self.cancel()
        scene.set_interaction(None)
        target = scene.node_item_at(event.scenePos(), exclude=self.source)
        if target is None or QLineF(self.start, event.scenePos()).length() < 4:
            return True
        bp = scene.blueprint
        source_node, target_node = bp.node(self.source.node_id), bp.node(target.node_id)
        kind = infer_edge_kind(source_node.lane, target_node.lane)
        edge = make_edge(id=bp.new_id("e"), source=source_node.id, target=target_node.id, kind=kind)
        scene.push(AddEdgeCommand(bp, edge))
        scene.select_nodes([target_node.id])
        return True

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
        if self.target is not None:
            self.target.setSelected(False)
