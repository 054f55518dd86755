"""Preferences: autosave interval and language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox


def tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


LANGUAGES = (("system", QT_TRANSLATE_NOOP("PreferencesDialog", "System default")), ("en", "English"),
             ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(tr(" s"))
        self.autosave.setValue(settings.autosave_seconds())
        form.addRow(tr("Save a recovery copy after unsaved edits, within"), self.autosave)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(tr(name) if code == "system" else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        form.addRow(tr("Language (after restart)"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set_autosave_seconds(self.autosave.value())
        self.settings.set_language(self.language.currentData())
        super().accept()
