"""The main window: one document, its canvas, docks, menus and file handling."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMessageBox,
                               QWidget)

from ..canvas.scene import BlueprintScene
from ..canvas.view import BlueprintView
from . import file_dialogs
from .error_texts import open_error_text, save_error_text
from .field_undo import install_field_undo
from .actions import build_actions
from .docks import build_docks
from .edit_controller import EditController
from .editor_session import EditorSession, OpenError
from .menus import build_menus_and_toolbars
from .settings import AppSettings
from .view_controller import ViewController
from .workspace import Workspace, first_start_geometry

_open_windows: list["MainWindow"] = []


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.app_settings = settings or AppSettings()
        self.session = EditorSession(self, self.app_settings.autosave_seconds())
        self.scene = BlueprintScene(self)
        self.scene.background_routes = True  # big maps: edges routed off the GUI thread
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
        self._build_status_bar()
        self.workspace = Workspace(self)
        self.workspace.arrange_docks()
        build_menus_and_toolbars(self)
        self._add_actions_to_window()
        install_field_undo()
        self._connect()
        self._attach_blueprint()
        from .repository_ui import install as install_repository
        self.repository = install_repository(self)
        self.app_settings.restore_window(self)
        _open_windows.append(self)

    def _add_actions_to_window(self) -> None:
        """Shortcuts must work with menus, toolbars and docks hidden (presentation mode)."""
        a = self.actions_
        self.addActions([*a.by_name.values(), *a.lane_actions.values(),
                         self.undo_action, self.redo_action])

    def optional_toolbars(self) -> list:
        """Bars shown on demand (Find, facilitator), not by Reset layout."""
        return [self.viewing.find_bar, self.viewing.facilitator_bar]

    def all_toolbars(self) -> list:
        return [*self.toolbars, *self.optional_toolbars()]

    # ----- wiring ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        for label in (self.selection_label, self.zoom_label):
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_document)
        a.open.triggered.connect(self.open_dialog)
        a.import_json.triggered.connect(self.open_dialog)
        a.import_spreadsheet.triggered.connect(self._import_spreadsheet)
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
        a.portfolio.triggered.connect(self._show_portfolio)
        a.preferences.triggered.connect(self._show_preferences)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        self.session.modified_changed.connect(self._update_title)
        self.session.title_changed.connect(self._update_title)
        self.session.blueprint_replaced.connect(self._attach_blueprint)
        self.session.autosaved.connect(self._on_session_autosaved)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.view.pinned_stage_double_clicked.connect(self.edit.rename_stage)
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
        if self.isVisible():
            self.workspace.default_sizes()

    def first_start_geometry(self) -> None:
        first_start_geometry(self)

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
            self.view.fit_automatically()

    def _update_title(self, *_: object) -> None:
        name = self.session.display_name()
        read_only = self.tr(" [read-only]") if self.session.read_only else ""
        team = self.repository.title_suffix() if hasattr(self, "repository") else ""
        self.setWindowTitle(f"{name}[*]{read_only}{team} — Touchpoint Blueprint Studio")
        self.setWindowModified(self.session.is_modified())
        self.actions_.save.setEnabled(not self.session.read_only)

    def _on_view_zoom_changed(self, percent: int) -> None:
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(percent))))

    def _on_scene_selection_changed(self, ids: list) -> None:
        self.selection_label.setText(self.tr("%1 selected").replace("%1", str(len(ids))))

    def _on_session_autosaved(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Recovery copy saved"), 3000)

    def set_findings_count(self, errors: int, warnings: int) -> None:
        self.workspace.update_findings(errors, warnings)

    # ----- documents ----------------------------------------------------------------------
    def window_for_new_document(self) -> "MainWindow":
        """This window if it holds nothing worth keeping, else a new window."""
        if self.session.is_pristine():
            return self
        return self._new_window()

    def _new_window(self) -> "MainWindow":
        """A second window takes this one's size and state; it fits its map once shown."""
        window = MainWindow(self.app_settings)
        if self.isMaximized():
            window.showMaximized()
        else:
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.show()
            # after show: the platform may have applied the first-start size meanwhile
            window.resize(self.size())
            window.move(self.pos() + QPoint(32, 32))  # a little offset: both stay visible
        QTimer.singleShot(0, window.view.fit_automatically)
        return window

    def _import_spreadsheet(self) -> None:
        from .spreadsheet_import_dialog import import_spreadsheet_dialog
        import_spreadsheet_dialog(self)

    def new_document(self) -> None:
        window = self._new_window() if not self.session.is_pristine() else self
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
            QMessageBox.warning(self, self.tr("Cannot open file"), open_error_text(path, exc))
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
                                 save_error_text(path, exc))
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
        self.leave_special_modes()
        self.app_settings.save_window(self)
        for dock in [*self.docks.values(), getattr(self, "portfolio_window", None)]:
            if hasattr(dock, "shutdown"):
                dock.shutdown()
        self.scene.clear_blueprint()
        self.session.close()
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()

    def terminate(self) -> None:
        """Stopped by a signal: no questions; unsaved work stays as a recovery copy."""
        self.leave_special_modes()
        self.app_settings.save_window(self)
        for dock in [*self.docks.values(), getattr(self, "portfolio_window", None)]:
            if hasattr(dock, "shutdown"):
                dock.shutdown()
        self.scene.clear_blueprint()
        self.session.terminate()
        self.app_settings.qsettings.sync()
        if self in _open_windows:
            _open_windows.remove(self)
        self.hide()
        self.deleteLater()

    def leave_special_modes(self) -> None:
        """Presentation and Focus are never what the next start should show."""
        self.actions_.presentation.setChecked(False)
        self.actions_.focus.setChecked(False)

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

    def _show_portfolio(self) -> None:
        from .portfolio_view import show_portfolio
        show_portfolio(self)

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
