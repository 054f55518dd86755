"""Application start: QApplication, translations, crash recovery, first window."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ..resources import resource_path


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our own .qm for the language (zh_CN...), plus Qt's for its standard dialogs."""
    locale = QLocale(language) if language not in ("", "system") else QLocale.system()
    translators = []
    ours = QTranslator(app)
    if ours.load(locale, "blueprint_app", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def _clear_clipboard() -> None:
    QApplication.clipboard().clear()


# Worker threads (edge routes, validation) are pure Python: the GUI thread gets the GIL back
# after at most this long instead of 5 ms, so a frame painted while they run is not held up
# (5 000 nodes, drop to next frame: 2.7 s -> 0.75 s at 0.5 ms; benchmarks/gui_latency.py).
# 0.1 ms: PySide releases the GIL around every Qt call, and each time the GUI thread waits
# up to this long to get it back while a worker runs.
GIL_SWITCH_INTERVAL_S = 0.0001


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("TouchpointBlueprintStudio")
    app.setApplicationName("blueprint-app")
    app.setApplicationDisplayName("Touchpoint Blueprint Studio")
    app.setDesktopFileName("blueprint-app")  # Wayland/X11 match the window to blueprint-app.desktop
    from .app_icon import application_icon
    app.setWindowIcon(application_icon())
    if app.platformName() == "offscreen":
        # The offscreen platform crashes at exit while the clipboard holds our data.
        app.aboutToQuit.connect(_clear_clipboard)
    return app


def offer_recovery(window) -> bool:
    """After a crash: offer each orphaned recovery copy back. True if one was restored."""
    from ..store import load_blueprint
    from ..store.recovery import discard_entry, orphaned_entries

    from ..store.recovery import remove_crash_leftovers
    remove_crash_leftovers()
    restored = False
    for entry in orphaned_entries():
        answer = QMessageBox.question(
            window, tr("Recover unsaved work?"),
            tr("Touchpoint Blueprint Studio did not close properly. Unsaved work on “%1” "
               "(autosaved %2) can be restored. Restore it?")
            .replace("%1", entry.original or entry.name or tr("an untitled document"))
            .replace("%2", entry.saved_at),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                blueprint = load_blueprint(entry.document)
            except Exception as exc:  # noqa: BLE001
                QMessageBox.warning(window, tr("Recovery failed"), str(exc))
                continue
            target = window.window_for_new_document()
            target.session.adopt(blueprint, unsaved=True,
                                 path=Path(entry.original) if entry.original else None)
            restored = True
        discard_entry(entry)
    return restored


def run_app(path: str | None = None) -> int:
    started = time.perf_counter()
    app = create_application()
    from .main_window import MainWindow
    from .settings import AppSettings

    from .shutdown import install_signal_handlers

    settings = AppSettings()
    install_translators(app, settings.language())
    install_signal_handlers(app)
    window = MainWindow(settings)
    window.show()
    offer_recovery(window)
    if path:
        window.open_path(path)
    from .start_check import schedule_start_check
    schedule_start_check(window, started)
    _preload_writer()
    return app.exec()


def _preload_writer() -> None:
    """Opening reads documents with plain sqlite3; the first save needs SQLAlchemy (about
    0.5 s to import). Import it on a side thread once the window is up, so that the first
    Ctrl+S does not pay for it."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=("blueprint_app.store.writer",),
                     name="preload-writer", daemon=True).start()
