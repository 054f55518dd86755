"""Facilitator mode: capture a whole journey from the keyboard during a live workshop.

Type a label and press Enter: the step is added in the current lane at the next stage (a
new stage is created after the last one), connected to the previous step. Tab / Shift+Tab
move the lane down / up; the next step then goes under the previous one, in the same stage.
Each step is one undo step. Escape leaves the mode.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar

from ..commands import AddEdgeCommand, AddNodeCommand, AddStageCommand, MacroCommand
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
        self.edit.setMinimumWidth(300)
        self.addWidget(self.edit)
        self.addWidget(QLabel(tr(" New stage: ")))
        self.stage_edit = QLineEdit(self)
        self.stage_edit.setPlaceholderText(tr("name, Enter: next step starts it"))
        self.stage_edit.setMinimumWidth(150)
        self.addWidget(self.stage_edit)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.addWidget(self.hint)
        self._start_new_stage = False
        self.stage_edit.returnPressed.connect(self._on_stage_edit_return_pressed)
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
        self.edit.setText("")  # setText, not clear(): Ctrl+Z then undoes the step itself

    def _on_stage_edit_return_pressed(self) -> None:
        """The next step starts a new stage with the typed name (the facilitator names the
        stages as the room walks through the journey)."""
        name = self.stage_edit.text().strip()
        if not name:
            return
        self._start_new_stage = True
        self.hint.setText(tr("The next step starts stage “%1”").replace("%1", name))
        self.edit.setFocus()

    def _new_stage_name(self, bp) -> str:
        name = self.stage_edit.text().strip()
        self.stage_edit.setText("")
        return name or tr("Stage %1").replace("%1", str(len(bp.stages) + 1))

    def add_step(self, label: str) -> str:
        """Add one step after the previous one, as one undo step; returns its id."""
        session = self.window.session
        bp, stack = session.blueprint, session.undo_stack
        plan = plan_next_step(bp, self.previous_id, self.journey_id, self.lane)
        stage_index = len(bp.stages) if self._start_new_stage else plan.stage_index
        self._start_new_stage = False
        with bp.events.batch():
            macro = MacroCommand(bp, tr("Add step “%1”").replace("%1", label))
            if stage_index >= len(bp.stages):
                stage_index = len(bp.stages)
                macro.run(AddStageCommand(bp, bp.new_id("stage"), self._new_stage_name(bp)))
            stage_id = bp.stages[stage_index].id
            node = make_node(id=bp.new_id("n"), lane=self.lane, label=label, stage=stage_id)
            macro.run(AddNodeCommand(bp, node))
            for source, target, kind in plan.edges:
                macro.run(AddEdgeCommand(bp, make_edge(
                    id=bp.new_id("e"), source=node.id if source == NEW else source,
                    target=node.id if target == NEW else target, kind=kind)))
            stack.push(macro)
        self.window.scene.select_nodes([node.id])
        self.window.view.center_on_node(node.id)
        self.hint.setText(tr("Added “%1”").replace("%1", label))
        return node.id
