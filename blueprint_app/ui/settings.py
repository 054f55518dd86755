"""Persistent preferences (QSettings): window geometry, docks, recent files, autosave."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer

from .editor_session import DEFAULT_AUTOSAVE_SECONDS

MAX_RECENT = 10
LAYOUT_VERSION = 2  # of saveState(): 2 = every dock tabbed on the right (laptop layout)


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self.qsettings = settings or QSettings("TouchpointBlueprintStudio", "blueprint-app")

    def autosave_seconds(self) -> int:
        value = self.qsettings.value("autosave/seconds", DEFAULT_AUTOSAVE_SECONDS)
        try:
            return max(5, min(3600, int(value)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS

    def set_autosave_seconds(self, seconds: int) -> None:
        self.qsettings.setValue("autosave/seconds", int(seconds))

    def language(self) -> str:
        return str(self.qsettings.value("ui/language", "system"))

    def set_language(self, language: str) -> None:
        self.qsettings.setValue("ui/language", language)

    def recent_files(self) -> list[str]:
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent_file(self, path: Path | None) -> None:
        if path is None:
            return
        path_text = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path_text]
        self.qsettings.setValue("files/recent", [path_text, *recent][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("files/recent", [])

    def save_window(self, window) -> None:
        """Geometry and dock layout; never full screen (the window has left presentation
        mode before this is called, see MainWindow.closeEvent)."""
        if window.isFullScreen():
            return
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        self.qsettings.setValue("window/state", window.saveState(LAYOUT_VERSION))

    def restore_window(self, window) -> None:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
            # Full screen is a mode of one session, never restored.
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        else:
            window.first_start_geometry()
        if not (isinstance(state, QByteArray) and window.restoreState(state, LAYOUT_VERSION)):
            # first start (or an older layout): give the canvas most of the room once shown
            QTimer.singleShot(0, window.apply_default_dock_sizes)
        window.workspace.refresh_findings()  # a restored layout may show an empty Validation dock
        for toolbar in window.toolbars:  # a layout saved in an old presentation mode
            toolbar.show()
        window.menuBar().show()
        window.statusBar().show()
