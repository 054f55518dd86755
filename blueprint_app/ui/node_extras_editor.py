"""The part of the Properties dock for time standards, fail/wait points, FMEA, commitments
and perception points of the selected node. Every change is one undo step."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ..commands import UpdateNodeCommand
from ..commands.attachment_commands import (AddCommitmentCommand, AddPerceptionCommand,
                                            RemoveCommitmentCommand, RemovePerceptionCommand,
                                            UpdateCommitmentCommand, UpdatePerceptionCommand)
from ..model import Lane, ModelError
from .record_dialogs import CommitmentDialog, PerceptionDialog

DURATION_UNITS = ("min", "h", "d")
COMMITMENT_FIELDS_EDITED = ("level", "name", "metric", "target", "unit", "direction", "owner",
                            "post", "parent")


def tr(text: str) -> str:
    return QCoreApplication.translate("NodeExtrasEditor", text)


class DurationEdit(QWidget):
    """A duration or none: a checkbox, a value and a unit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0, 1e6)
        self.value.setDecimals(2)
        self.unit = QComboBox(self)
        self.unit.addItems(DURATION_UNITS)
        for widget in (self.enabled, self.value, self.unit):
            layout.addWidget(widget)
        self.enabled.toggled.connect(self._sync)

    def _sync(self) -> None:
        self.value.setEnabled(self.enabled.isChecked())
        self.unit.setEnabled(self.enabled.isChecked())

    def set_duration(self, duration) -> None:
        self.enabled.setChecked(duration is not None)
        if duration is not None:
            self.value.setValue(duration.value)
            self.unit.setCurrentText(duration.unit)
        self._sync()

    def duration(self) -> dict | None:
        if not self.enabled.isChecked():
            return None
        return {"value": self.value.value(), "unit": self.unit.currentText()}


class NodeExtrasEditor(QWidget):
    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        times = QGroupBox(tr("Time standard and fail points"), self)
        form = QFormLayout(times)
        self.time_standard = DurationEdit(times)
        self.tolerance = DurationEdit(times)
        self.fail_point = QCheckBox(tr("Fail point"), times)
        self.wait_point = QCheckBox(tr("Wait point"), times)
        self.fmea = QCheckBox(tr("FMEA scored"), times)
        self.severity, self.occurrence, self.detection = (QSpinBox(times) for _ in range(3))
        for spin in (self.severity, self.occurrence, self.detection):
            spin.setRange(1, 10)
        self.rpn = QLabel(times)
        points = QHBoxLayout()
        points.addWidget(self.fail_point)
        points.addWidget(self.wait_point)
        sod = QHBoxLayout()
        for label, spin in ((tr("S"), self.severity), (tr("O"), self.occurrence), (tr("D"), self.detection)):
            sod.addWidget(QLabel(label, times))
            sod.addWidget(spin)
        sod.addWidget(self.rpn)
        form.addRow(tr("Standard time"), self.time_standard)
        form.addRow(tr("Tolerance"), self.tolerance)
        form.addRow(points)
        form.addRow(self.fmea, sod)
        layout.addWidget(times)
        self.commitments = self._list_group(layout, tr("Commitments"), self.add_commitment,
                                            self.edit_commitment, self.remove_commitment)
        self.perceptions = self._list_group(layout, tr("Perception points"), self.add_perception,
                                            self.edit_perception, self.remove_perception)
        self.time_standard.enabled.toggled.connect(lambda _: self._edit_duration("time_standard"))
        self.time_standard.value.editingFinished.connect(lambda: self._edit_duration("time_standard"))
        self.time_standard.unit.activated.connect(lambda _: self._edit_duration("time_standard"))
        self.tolerance.enabled.toggled.connect(lambda _: self._edit_duration("tolerance"))
        self.tolerance.value.editingFinished.connect(lambda: self._edit_duration("tolerance"))
        self.tolerance.unit.activated.connect(lambda _: self._edit_duration("tolerance"))
        self.fail_point.toggled.connect(lambda on: self._edit({"fail_point": on}))
        self.wait_point.toggled.connect(lambda on: self._edit({"wait_point": on}))
        self.fmea.toggled.connect(lambda _: self._edit_fmea())
        for spin in (self.severity, self.occurrence, self.detection):
            spin.valueChanged.connect(lambda _: self._edit_fmea())

    def _list_group(self, layout, title, add, edit, remove) -> QListWidget:
        group = QGroupBox(title, self)
        inner = QVBoxLayout(group)
        widget = QListWidget(group)
        widget.setMaximumHeight(110)
        widget.itemDoubleClicked.connect(lambda _: edit())
        inner.addWidget(widget)
        buttons = QHBoxLayout()
        for text, slot in ((tr("Add…"), add), (tr("Edit…"), edit), (tr("Remove"), remove)):
            button = QPushButton(text, group)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        inner.addLayout(buttons)
        layout.addWidget(group)
        widget.group = group
        return widget

    # ----- showing ------------------------------------------------------------------------
    @property
    def session(self):
        return self.dock._session

    @property
    def node_id(self):
        return self.dock.node_id

    def show_node(self, node) -> None:
        widgets = (self.time_standard.enabled, self.time_standard.value, self.time_standard.unit,
                   self.tolerance.enabled, self.tolerance.value, self.tolerance.unit,
                   self.fail_point, self.wait_point, self.fmea, self.severity, self.occurrence,
                   self.detection)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.time_standard.set_duration(node.time_standard)
        self.tolerance.set_duration(node.tolerance)
        self.fail_point.setChecked(node.fail_point)
        self.wait_point.setChecked(node.wait_point)
        self.fmea.setChecked(node.fmea is not None)
        if node.fmea is not None:
            self.severity.setValue(node.fmea.severity)
            self.occurrence.setValue(node.fmea.occurrence)
            self.detection.setValue(node.fmea.detection)
        for spin in (self.severity, self.occurrence, self.detection):
            spin.setEnabled(node.fmea is not None)
        self.rpn.setText(tr("RPN %1").replace("%1", str(node.fmea.rpn)) if node.fmea else "")
        del blockers
        self.commitments.clear()
        for c in node.commitments:
            target = "" if c.target is None else f" {'≥' if c.at_least else '≤'} {c.target:g} {c.unit or ''}"
            item = QListWidgetItem(f"L{c.level} {c.title}{target}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.commitments.addItem(item)
        self.perceptions.clear()
        for p in node.perceptions:
            item = QListWidgetItem(tr("%1 — importance %2, today %3, expected %4")
                                   .replace("%1", p.name).replace("%2", f"{p.importance:g}")
                                   .replace("%3", f"{p.current:g}").replace("%4", f"{p.expected:g}"))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.perceptions.addItem(item)
        self.perceptions.group.setVisible(node.lane is Lane.FRONTSTAGE)

    # ----- edits --------------------------------------------------------------------------
    def _push(self, command) -> None:
        if self.session is None or self.session.read_only or command.isObsolete():
            return
        self.session.undo_stack.push(command)

    def _edit(self, changes: dict) -> None:
        if self.node_id is None or self.session is None:
            return
        bp = self.session.blueprint
        try:
            from ..model.items import updated_node
            updated_node(bp.node(self.node_id), changes)  # validate before pushing
        except ModelError as exc:
            self.dock.error_label.setText(exc.reason)
            return
        self._push(UpdateNodeCommand(bp, self.node_id, changes, merge=False))

    def _edit_duration(self, field: str) -> None:
        editor = self.time_standard if field == "time_standard" else self.tolerance
        self._edit({field: editor.duration()})

    def _edit_fmea(self) -> None:
        scores = None
        if self.fmea.isChecked():
            scores = {"severity": self.severity.value(), "occurrence": self.occurrence.value(),
                      "detection": self.detection.value()}
        self._edit({"fmea": scores})

    def _selected(self, widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_commitment(self) -> None:
        dialog = CommitmentDialog(self.session.blueprint, self.node_id, parent=self)
        if dialog.exec() and dialog.result_record is not None:
            self._push(AddCommitmentCommand(self.session.blueprint, dialog.result_record))

    def edit_commitment(self) -> None:
        commitment_id = self._selected(self.commitments)
        if commitment_id is None:
            return
        bp = self.session.blueprint
        dialog = CommitmentDialog(bp, self.node_id, bp.commitment(commitment_id), parent=self)
        if dialog.exec() and dialog.result_record is not None:
            record = dialog.result_record
            self._push(UpdateCommitmentCommand(bp, commitment_id,
                                               {f: getattr(record, f) for f in COMMITMENT_FIELDS_EDITED}))

    def remove_commitment(self) -> None:
        commitment_id = self._selected(self.commitments)
        if commitment_id is None:
            return
        bp = self.session.blueprint
        if bp.children_of(commitment_id):
            self.dock.error_label.setText(tr("Remove or re-parent its lower commitments first."))
            return
        self._push(RemoveCommitmentCommand(bp, commitment_id))

    def add_perception(self) -> None:
        dialog = PerceptionDialog(self.session.blueprint, self.node_id, parent=self)
        if dialog.exec() and dialog.result_record is not None:
            self._push(AddPerceptionCommand(self.session.blueprint, dialog.result_record))

    def edit_perception(self) -> None:
        point_id = self._selected(self.perceptions)
        if point_id is None:
            return
        bp = self.session.blueprint
        dialog = PerceptionDialog(bp, self.node_id, bp.perception(point_id), parent=self)
        if dialog.exec() and dialog.result_record is not None:
            r = dialog.result_record
            self._push(UpdatePerceptionCommand(bp, point_id, {
                "name": r.name, "importance": r.importance, "current": r.current,
                "expected": r.expected, "competitor": r.competitor}))

    def remove_perception(self) -> None:
        point_id = self._selected(self.perceptions)
        if point_id is not None:
            self._push(RemovePerceptionCommand(self.session.blueprint, point_id))
