"""Dialogs that create or edit one commitment or one perception point. They check the
record against a snapshot of the blueprint before accepting, so a refused value (a level-2
without parent, units that cannot convert…) is explained in place and nothing is pushed."""
from __future__ import annotations

from PySide6.QtCore import Qt, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit)

from ..model import Lane, ModelError
from ..model.commitments import make_commitment, make_perception

UNITS = ("min", "h", "d", "%", "count")
METRIC_OF_UNIT = {"min": "duration", "h": "duration", "d": "duration", "%": "percentage",
                  "count": "count"}


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordDialogs", text)


def _combo(parent, items) -> QComboBox:
    box = QComboBox(parent)
    for data, text in items:
        box.addItem(text, data)
    return box


class CommitmentDialog(QDialog):
    def __init__(self, bp, node_id: str, commitment=None, parent=None):
        super().__init__(parent)
        self.bp, self.node_id, self.original = bp, node_id, commitment
        self.setWindowTitle(tr("Edit commitment") if commitment else tr("New commitment"))
        node = bp.node(node_id)
        touchpoint = node.lane is Lane.FRONTSTAGE
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        levels = [(1, tr("Level 1: promise to the customer"))] if touchpoint else \
            [(2, tr("Level 2")), (3, tr("Level 3"))]
        self.level = _combo(self, levels)
        self.parent_box = QComboBox(self)
        self.target = QDoubleSpinBox(self)
        self.target.setRange(0, 1e9)
        self.target.setDecimals(2)
        self.unit = _combo(self, [(u, u) for u in UNITS])
        self.unit.setCurrentText("h")
        self.direction = _combo(self, [("at_most", tr("at most")), ("at_least", tr("at least"))])
        self.owner = QLineEdit(node.owner or "", self)
        self.post = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        for label, widget in ((tr("Name"), self.name), (tr("Level"), self.level),
                              (tr("Parent commitment"), self.parent_box), (tr("Target"), self.target),
                              (tr("Unit"), self.unit), (tr("Direction"), self.direction),
                              (tr("Owner (department)"), self.owner), (tr("Responsible post"), self.post)):
            form.addRow(label, widget)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.level.currentIndexChanged.connect(lambda _: self._fill_parents())
        if commitment is not None:
            self._load(commitment)
        self._fill_parents()
        if commitment is not None and commitment.parent:
            self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(commitment.parent)))
        self.result_record = None

    def _load(self, c) -> None:
        self.name.setText(c.name or "")
        self.level.setCurrentIndex(max(0, self.level.findData(c.level)))
        if c.target is not None:
            self.target.setValue(c.target)
        if c.unit:
            self.unit.setCurrentText(c.unit)
        self.direction.setCurrentIndex(max(0, self.direction.findData(c.direction or "at_most")))
        self.owner.setText(c.owner or "")
        self.post.setText(c.post or "")

    def _fill_parents(self) -> None:
        level = self.level.currentData()
        self.parent_box.clear()
        self.parent_box.setEnabled(level != 1)
        if level == 1:
            self.parent_box.addItem(tr("(none: a promise has no parent)"), None)
            return
        for c in self.bp.commitments():
            if c.level == level - 1:
                self.parent_box.addItem(f"{c.id}: {c.title}", c.id)

    def record(self):
        unit = self.unit.currentData()
        commitment_id = self.original.id if self.original else self.bp.new_id("c-")
        while not self.original and self.bp.has_commitment(commitment_id):
            commitment_id = self.bp.new_id("c-")
        return make_commitment(
            id=commitment_id, node=self.node_id, level=self.level.currentData(),
            name=self.name.text().strip() or None, metric=METRIC_OF_UNIT[unit],
            target=self.target.value(), unit=unit, direction=self.direction.currentData(),
            owner=self.owner.text().strip() or None, post=self.post.text().strip() or None,
            parent=self.parent_box.currentData(),
            extra=dict(self.original.extra) if self.original else {})

    def accept(self) -> None:
        try:
            record = self.record()
            trial = self.bp.snapshot()  # the model's own tree checks, without touching the document
            if self.original:
                changes = {f: getattr(record, f) for f in ("level", "name", "metric", "target", "unit",
                                                           "direction", "owner", "post", "parent")}
                trial.update_commitment(record.id, **changes)
            else:
                trial.add_commitment(record)
        except ModelError as exc:
            self.error.setText(str(exc))
            return
        self.result_record = record
        super().accept()


class PerceptionDialog(QDialog):
    def __init__(self, bp, node_id: str, point=None, parent=None):
        super().__init__(parent)
        self.bp, self.node_id, self.original = bp, node_id, point
        self.setWindowTitle(tr("Edit perception point") if point else tr("New perception point"))
        form = QFormLayout(self)
        self.name = QLineEdit(point.name if point else "", self)
        self.importance, self.current, self.expected, self.competitor = (
            QDoubleSpinBox(self) for _ in range(4))
        for spin in (self.importance, self.current, self.expected, self.competitor):
            spin.setRange(0, 100)
            spin.setDecimals(1)
        self.has_competitor = QCheckBox(tr("Competitor's score known"), self)
        if point:
            self.importance.setValue(point.importance)
            self.current.setValue(point.current)
            self.expected.setValue(point.expected)
            if point.competitor is not None:
                self.has_competitor.setChecked(True)
                self.competitor.setValue(point.competitor)
        self.competitor.setEnabled(self.has_competitor.isChecked())
        self.has_competitor.toggled.connect(self.competitor.setEnabled)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.error.setStyleSheet("color: #c0392b")
        for label, widget in ((tr("Perception"), self.name), (tr("Importance weight"), self.importance),
                              (tr("Today's score"), self.current), (tr("Expected score"), self.expected),
                              ("", self.has_competitor), (tr("Competitor's score"), self.competitor)):
            form.addRow(label, widget)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_record = None

    def record(self):
        point_id = self.original.id if self.original else self.bp.new_id("p-")
        while not self.original and self.bp.has_perception(point_id):
            point_id = self.bp.new_id("p-")
        return make_perception(id=point_id, node=self.node_id, name=self.name.text().strip(),
                               importance=self.importance.value(), current=self.current.value(),
                               expected=self.expected.value(),
                               competitor=self.competitor.value() if self.has_competitor.isChecked() else None,
                               extra=dict(self.original.extra) if self.original else {})

    def accept(self) -> None:
        try:
            self.result_record = self.record()
        except ModelError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
