"""The main window: one document, its canvas, docks, menus and file handling."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMessageBox,
                               QWidget)

from ..canvas.scene import BlueprintScene
from ..canvas.view import BlueprintView
from . import file_dialogs
from .actions import build_actions
from .docks import build_docks
from .edit_controller import EditController
from .editor_session import EditorSession, OpenError
from .menus import build_menus_and_toolbars
from .settings import AppSettings
from .view_controller import ViewController

_open_windows: list["MainWindow"] = []


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.app_settings = settings or AppSettings()
        self.session = EditorSession(self, self.app_settings.autosave_seconds())
        self.scene = BlueprintScene(self)
        self.view = BlueprintView(self.scene, self)
        self.setCentralWidget(self.view)
        self.actions_ = build_actions(self)
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.edit = EditController(self)
        self.viewing = ViewController(self)
        self.docks = build_docks(self)
        build_menus_and_toolbars(self)
        self._build_status_bar()
        self._connect()
        self._attach_blueprint()
        self.app_settings.restore_window(self)
        _open_windows.append(self)

    # ----- wiring ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.findings_label = QLabel()
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        for label in (self.findings_label, self.selection_label, self.zoom_label):
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_document)
        a.open.triggered.connect(self.open_dialog)
        a.import_json.triggered.connect(self.open_dialog)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(self.quit_application)
        a.export.triggered.connect(lambda: file_dialogs.export_dialog(self))
        a.export_pdf.triggered.connect(lambda: file_dialogs.export_pdf_dialog(self))
        a.print.triggered.connect(lambda: file_dialogs.print_dialog(self))
        a.import_incidents.triggered.connect(self._import_incidents)
        a.suggest_probabilities.triggered.connect(self._suggest_probabilities)
        a.import_executions.triggered.connect(self._import_executions)
        a.preferences.triggered.connect(self._show_preferences)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        self.session.modified_changed.connect(self._update_title)
        self.session.title_changed.connect(self._update_title)
        self.session.blueprint_replaced.connect(self._attach_blueprint)
        self.session.autosaved.connect(self._on_session_autosaved)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.scene.selection_changed_ids.connect(self._on_scene_selection_changed)

    def _attach_blueprint(self) -> None:
        self.scene.clear_blueprint()
        self.scene.set_blueprint(self.session.blueprint, self.session.undo_stack)
        for dock in self.docks.values():
            if hasattr(dock, "set_session"):
                dock.set_session(self.session)
        self._update_title()
        self._on_scene_selection_changed([])
        QTimer.singleShot(0, self._restore_view_state)

    def apply_default_dock_sizes(self) -> None:
        from .docks import default_dock_sizes
        default_dock_sizes(self)

    def _store_view_state(self) -> None:
        """Zoom and centre are part of the document (saved with it, not an undo step)."""
        center = self.view.mapToScene(self.view.viewport().rect().center())
        state = {"zoom": round(self.view.zoom(), 4), "center": [round(center.x(), 1), round(center.y(), 1)]}
        if self.session.blueprint.properties.get("view") != state:
            self.session.blueprint.set_property("view", state)

    def _restore_view_state(self) -> None:
        state = self.session.blueprint.properties.get("view")
        try:
            zoom, (x, y) = float(state["zoom"]), state["center"]
            self.view.set_zoom(zoom)
            self.view.centerOn(float(x), float(y))
        except (TypeError, KeyError, ValueError):
            self.view.zoom_fit()

    def _update_title(self, *_: object) -> None:
        name = self.session.display_name()
        read_only = self.tr(" [read-only]") if self.session.read_only else ""
        self.setWindowTitle(f"{name}[*]{read_only} — Touchpoint Blueprint Studio")
        self.setWindowModified(self.session.is_modified())
        self.actions_.save.setEnabled(not self.session.read_only)

    def _on_view_zoom_changed(self, percent: int) -> None:
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(percent))))

    def _on_scene_selection_changed(self, ids: list) -> None:
        self.selection_label.setText(self.tr("%1 selected").replace("%1", str(len(ids))))

    def _on_session_autosaved(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Recovery copy saved"), 3000)

    def set_findings_count(self, errors: int, warnings: int) -> None:
        self.findings_label.setText(self.tr("%1 errors, %2 warnings")
                                    .replace("%1", str(errors)).replace("%2", str(warnings)))

    # ----- documents ----------------------------------------------------------------------
    def window_for_new_document(self) -> "MainWindow":
        """This window if it holds nothing worth keeping, else a new window."""
        if self.session.is_pristine():
            return self
        window = MainWindow(self.app_settings)
        window.show()
        return window

    def new_document(self) -> None:
        window = MainWindow(self.app_settings) if not self.session.is_pristine() else self
        window.show()

    def open_dialog(self) -> None:
        path = file_dialogs.ask_open_path(self)
        if path:
            self.open_path(path)

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        for window in list(_open_windows):
            if window.session.path and window.session.path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return True
        target = self.window_for_new_document()
        try:
            target.session.open(path)
        except OpenError as exc:
            QMessageBox.warning(self, self.tr("Cannot open file"), str(exc))
            if target is not self:
                target.close()
            return False
        self.app_settings.add_recent_file(path)
        if target.session.read_only and target.session.locked_by:
            from .lock_prompt import ask_take_over
            if ask_take_over(target, path, target.session.locked_by):
                target.session.take_over_lock()
        return True

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        if self.session.changed_on_disk():
            answer = QMessageBox.warning(
                self, self.tr("File changed on disk"),
                self.tr("%1 was changed by another program since you opened it. Saving would "
                        "overwrite those changes. Save under another name instead?")
                .replace("%1", self.session.path.name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
            return self.save_as() if answer == QMessageBox.StandardButton.Save else False
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        path = file_dialogs.ask_save_path(self, self.session.display_name())
        return self._save_to(path) if path else False

    def _save_to(self, path: Path) -> bool:
        self._store_view_state()
        try:
            self.session.save(path)
        except Exception as exc:  # noqa: BLE001 - any failure is shown, the document is kept
            QMessageBox.critical(self, self.tr("Save failed"),
                                 self.tr("Could not save %1:\n%2").replace("%1", str(path))
                                 .replace("%2", str(exc)))
            return False
        self.app_settings.add_recent_file(self.session.path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(self.session.path)), 4000)
        return True

    def maybe_keep_changes(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.session.is_modified():
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("%1 has unsaved changes. Save them?")
                          .replace("%1", self.session.display_name()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.app_settings.save_window(self)
        for dock in self.docks.values():
            if hasattr(dock, "shutdown"):
                dock.shutdown()
        self.scene.clear_blueprint()
        self.session.close()
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()

    def quit_application(self) -> None:
        for window in list(_open_windows):
            if not window.close():
                return
        QApplication.quit()

    # ----- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in (".blueprint", ".json")
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in (".blueprint", ".json"):
                self.open_path(path)
        event.acceptProposedAction()

    def _import_incidents(self) -> None:
        from .log_import import import_incident_log
        import_incident_log(self)

    def _import_executions(self) -> None:
        from .log_import import import_execution_log
        import_execution_log(self)

    def _suggest_probabilities(self) -> None:
        from .estimate_dialog import EstimateDialog
        EstimateDialog(self.session, self).exec()

    # ----- dialogs --------------------------------------------------------------------------
    def _show_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog
        if PreferencesDialog(self.app_settings, self).exec():
            for window in _open_windows:
                window.session.set_autosave_seconds(self.app_settings.autosave_seconds())

    def _show_shortcuts(self) -> None:
        from .help_dialogs import ShortcutsDialog
        ShortcutsDialog(self).exec()

    def _show_about(self) -> None:
        from .help_dialogs import show_about
        show_about(self)


def open_windows() -> list[MainWindow]:
    return list(_open_windows)
