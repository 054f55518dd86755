"""Mouse gestures as objects the scene forwards events to (DESIGN.md convention 6).

``IdleInteraction`` decides what a press starts: a connection from a node's handle, a
move of the selection, a stage reorder from a stage header, or (returning False) Qt's own
handling: edge selection and the view's rubber band. Each gesture pushes at most one command when it ends.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import (QApplication, QGraphicsPathItem, QGraphicsRectItem,
                               QGraphicsSimpleTextItem)

from ..commands import AddEdgeCommand, MoveNodesCommand, MoveStageCommand, position_of
from ..model import make_edge
from ..model.arrange import position_at
from ..model.edge_rules import infer_edge_kind
from ..model.layout import STAGE_HEADER_HEIGHT


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
            return self._press_on_stage_header(event)
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

    def _press_on_stage_header(self, event) -> bool:
        scene, pos = self.scene, event.scenePos()
        stage_id = scene.stage_at(pos)
        if stage_id is None or scene.read_only:
            return False
        scene.set_interaction(MoveStageInteraction(scene, stage_id, pos))
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
            command = MoveNodesCommand(bp, moves)
            if command.isObsolete():
                scene.relayout()  # the drop changed nothing: snap back
            else:
                scene.push(command)  # the push lays out once and snaps every item
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
        self.line.setPen(scene.canvas_style.connect_pen)
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


class MoveStageInteraction(Interaction):
    """Drag a stage header left or right: a ghost of the header follows the mouse and a
    line marks the gap it would drop into; release pushes one MoveStageCommand (none when
    dropped in place)."""

    def __init__(self, scene, stage_id: str, press_pos: QPointF):
        super().__init__(scene)
        self.stage_id, self.press_pos = stage_id, QPointF(press_pos)
        self.columns = [c for c in scene.layout.columns if c.stage_id is not None]
        self.old_index = [c.stage_id for c in self.columns].index(stage_id)
        self.dragging = False
        self.ghost: QGraphicsRectItem | None = None
        self.indicator: QGraphicsPathItem | None = None

    def gap_at(self, x: float) -> int:
        """The gap (0 = before the first stage, n = after the last) nearest to ``x``."""
        return sum(1 for c in self.columns if c.x + c.width / 2 < x)

    def new_index(self, x: float) -> int:
        gap = self.gap_at(x)
        return gap - 1 if gap > self.old_index else gap

    def gap_x(self, gap: int) -> float:
        if gap < len(self.columns):
            return self.columns[gap].x
        last = self.columns[-1]
        return last.x + last.width

    def mouse_move(self, event) -> bool:
        pos = event.scenePos()
        if not self.dragging:
            if (pos - self.press_pos).manhattanLength() < QApplication.startDragDistance():
                return True
            self.dragging = True
            self._make_feedback()
        self.ghost.setPos(pos.x() - self.press_pos.x(), 0)
        x = self.gap_x(self.gap_at(pos.x()))
        path = QPainterPath(QPointF(x, 0))
        path.lineTo(x, self.scene.layout.height)
        self.indicator.setPath(path)
        in_place = self.new_index(pos.x()) == self.old_index
        self.indicator.setVisible(not in_place)
        return True

    def _make_feedback(self) -> None:
        style = self.scene.canvas_style
        column = self.columns[self.old_index]
        self.ghost = QGraphicsRectItem(QRectF(column.x, 0, column.width, STAGE_HEADER_HEIGHT))
        self.ghost.setPen(style.connect_pen)
        self.ghost.setBrush(style.drag_ghost_brush)
        self.ghost.setZValue(6)
        title = QGraphicsSimpleTextItem(column.title, self.ghost)
        title.setFont(style.header_font)
        title.setBrush(style.text_pen.color())
        metrics = title.boundingRect()
        title.setPos(column.x + max(4.0, (column.width - metrics.width()) / 2),
                     (STAGE_HEADER_HEIGHT - metrics.height()) / 2)
        self.indicator = QGraphicsPathItem()
        self.indicator.setPen(style.drop_indicator_pen)
        self.indicator.setZValue(6)
        for item in (self.ghost, self.indicator):
            self.scene.addItem(item)

    def mouse_release(self, event) -> bool:
        scene = self.scene
        self.cancel()
        scene.set_interaction(None)
        if self.dragging:
            new_index = self.new_index(event.scenePos().x())
            if new_index != self.old_index:
                scene.push(MoveStageCommand(scene.blueprint, self.stage_id, new_index))
        return True

    def cancel(self) -> None:
        for item in (self.ghost, self.indicator):
            if item is not None and item.scene() is not None:
                self.scene.removeItem(item)
        self.ghost = self.indicator = None
