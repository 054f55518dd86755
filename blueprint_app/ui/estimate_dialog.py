"""Analysis → Suggest failure probabilities from incidents…: a reviewed suggestion. The user
chooses the estimator, ticks the suggestions to accept, and the accepted ones become one
undoable step."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..analysis.estimate import suggest_probabilities
from ..commands import MacroCommand, UpdateNodeCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("EstimateDialog", text)


class EstimateDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Suggest failure probabilities from incidents"))
        self.method = QComboBox(self)
        self.method.addItem(tr("Per period of days (Poisson rate)"), "period")
        self.method.addItem(tr("Per service occasion (failures ÷ occasions)"), "occasions")
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(1, 1e9)
        self.amount.setDecimals(0)
        self.amount.setValue(30)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.amount.valueChanged.connect(lambda _: self.refresh())
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Accept"), tr("Node"), tr("Current"),
                                              tr("Suggested"), tr("Basis")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(tr("Estimator"), self.method)
        self.amount_label = QLabel(tr("Period (days)"), self)
        form.addRow(self.amount_label, self.amount)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.suggestions = []
        self.refresh()

    def _on_method_changed(self) -> None:
        period = self.method.currentData() == "period"
        self.amount_label.setText(tr("Period (days)") if period else tr("Service occasions in the log"))
        self.amount.setValue(30 if period else 1000)
        self.refresh()

    def refresh(self) -> None:
        bp = self.session.blueprint
        try:
            if self.method.currentData() == "period":
                self.suggestions = suggest_probabilities(bp, period_days=self.amount.value())
            else:
                self.suggestions = suggest_probabilities(bp, opportunities=int(self.amount.value()))
        except ValueError as exc:
            self.suggestions = []
            self.note.setText(str(exc))
        else:
            self.note.setText(tr("No incident names a cause yet: import an incident log first.")
                              if not self.suggestions else
                              tr("Review each suggestion; only ticked rows are applied."))
        self.table.setRowCount(len(self.suggestions))
        for row, s in enumerate(self.suggestions):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            for column, text in enumerate((s.label, f"{s.current:.4g}", f"{s.suggested:.4g}", s.basis), 1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def accepted_suggestions(self):
        return [s for row, s in enumerate(self.suggestions)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def apply(self) -> None:
        chosen = self.accepted_suggestions()
        if chosen and not self.session.read_only:
            stack, bp = self.session.undo_stack, self.session.blueprint
            with bp.events.batch():
                macro = MacroCommand(bp, tr("Accept %1 suggested probabilities")
                                     .replace("%1", str(len(chosen))))
                for s in chosen:
                    macro.run(UpdateNodeCommand(bp, s.node, {"failure_probability": s.suggested},
                                                merge=False))
                stack.push(macro)
        self.accept()
