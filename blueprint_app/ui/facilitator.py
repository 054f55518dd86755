"""Facilitator mode: capture a whole journey from the keyboard during a live workshop.

Type a label and press Enter: the step is added in the current lane at the next stage (a
new stage is created after the last one), connected to the previous step. Tab / Shift+Tab
move the lane down / up; the next step then goes under the previous one, in the same stage.
Each step is one undo step. Escape leaves the mode.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar

from ..commands import AddEdgeCommand, AddNodeCommand, AddStageCommand
from ..model import LANE_ORDER, Lane, make_edge, make_node
from ..model.journey import JOURNEY_LANES, NEW, plan_next_step
from .actions import lane_title


def tr(text: str) -> str:
    return QCoreApplication.translate("Facilitator", text)


class StepLineEdit(QLineEdit):
    """A line edit that turns Tab / Shift+Tab into lane changes instead of focus moves."""

    lane_step = Signal(int)
    escape_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Tab:
                self.lane_step.emit(+1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.lane_step.emit(-1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.escape_pressed.emit()
                return True
        return super().event(event)


class FacilitatorBar(QToolBar):
    def __init__(self, window):
        super().__init__(tr("Facilitator mode"), window)
        self.setObjectName("facilitator_bar")
        self.window = window
        self.previous_id: str | None = None
        self.journey_id: str | None = None  # last customer action or touchpoint
        self.addWidget(QLabel(tr("Lane: ")))
        self.lane_box = QComboBox(self)
        for lane in LANE_ORDER:
            self.lane_box.addItem(lane_title(lane), lane.value)
        self.lane_box.setCurrentIndex(Lane.CUSTOMER.index)
        self.addWidget(self.lane_box)
        self.edit = StepLineEdit(self)
        self.edit.setPlaceholderText(tr("Type a step and press Enter · Tab / Shift+Tab: lane · "
                                        "Esc: leave"))
        self.edit.setMinimumWidth(420)
        self.addWidget(self.edit)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.addWidget(self.hint)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.lane_step.connect(self.change_lane)
        self.edit.escape_pressed.connect(lambda: window.actions_.facilitator.setChecked(False))

    @property
    def lane(self) -> Lane:
        return Lane(self.lane_box.currentData())

    def activate(self) -> None:
        """Continue from the selected node, or from the end of the map."""
        bp = self.window.session.blueprint
        selected = self.window.scene.selected_node_ids()
        nodes = list(bp.nodes())
        self.previous_id = selected[-1] if selected else (nodes[-1].id if nodes else None)
        journey = [n.id for n in nodes if n.lane in JOURNEY_LANES]
        if self.previous_id and bp.node(self.previous_id).lane in JOURNEY_LANES:
            self.journey_id = self.previous_id
        else:
            self.journey_id = journey[-1] if journey else None
        if self.previous_id:
            self.lane_box.setCurrentIndex(bp.node(self.previous_id).lane.index)
        self.edit.setFocus()

    def change_lane(self, step: int) -> None:
        index = max(0, min(len(LANE_ORDER) - 1, self.lane_box.currentIndex() + step))
        self.lane_box.setCurrentIndex(index)

    def _on_edit_return_pressed(self) -> None:
        label = self.edit.text().strip()
        if not label or self.window.session.read_only:
            return
        self.previous_id = self.add_step(label)
        if self.lane in JOURNEY_LANES:
            self.journey_id = self.previous_id
        self.edit.clear()

    def add_step(self, label: str) -> str:
        """Add one step after the previous one, as one undo step; returns its id."""
        session = self.window.session
        bp, stack = session.blueprint, session.undo_stack
        plan = plan_next_step(bp, self.previous_id, self.journey_id, self.lane)
        stack.beginMacro(tr("Add step “%1”").replace("%1", label))
        if plan.stage_index >= len(bp.stages):
            number = len(bp.stages) + 1
            stack.push(AddStageCommand(bp, bp.new_id("stage"),
                                       tr("Stage %1").replace("%1", str(number))))
        stage_id = bp.stages[plan.stage_index].id
        node = make_node(id=bp.new_id("n"), lane=self.lane, label=label, stage=stage_id)
        stack.push(AddNodeCommand(bp, node))
        for source, target, kind in plan.edges:
            stack.push(AddEdgeCommand(bp, make_edge(
                id=bp.new_id("e"), source=node.id if source == NEW else source,
                target=node.id if target == NEW else target, kind=kind)))
        stack.endMacro()
        self.window.scene.select_nodes([node.id])
        self.window.view.center_on_node(node.id)
        self.hint.setText(tr("Added “%1”").replace("%1", label))
        return node.id
