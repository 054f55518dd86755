"""Importing a log into the document (incidents, executions of commitments): pick a CSV or
Excel file, read it all or refuse it whole with the importer's row-numbered message, and add
the records as one undo step. Reading runs on a worker thread behind a progress dialog with
Cancel, so a large (or hostile) file never freezes the window."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ..analysis.incidents import IncidentImportError, import_incidents
from ..analysis.monitoring_import import import_executions
from ..commands.attachment_commands import AddExecutionsCommand
from ..commands.incident_commands import AddIncidentsCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("LogImport", text)


@dataclass(frozen=True)
class LogKind:
    importer: Callable            # (blueprint, path) -> records, raises IncidentImportError
    command: Callable             # (blueprint, records) -> QUndoCommand
    title: str       # source texts (QT_TRANSLATE_NOOP), translated when shown
    refused: str
    done: str


INCIDENTS = LogKind(import_incidents, AddIncidentsCommand,
                    QT_TRANSLATE_NOOP("LogImport", "Import incident log"),
                    QT_TRANSLATE_NOOP("LogImport", "Incident log refused"),
                    QT_TRANSLATE_NOOP("LogImport", "Imported %1 incident record(s) from %2"))
EXECUTIONS = LogKind(import_executions, AddExecutionsCommand,
                     QT_TRANSLATE_NOOP("LogImport", "Import execution records"),
                     QT_TRANSLATE_NOOP("LogImport", "Execution records refused"),
                     QT_TRANSLATE_NOOP("LogImport", "Imported %1 execution record(s) from %2"))


class ImportCancelled(Exception):
    """The user pressed Cancel; raised inside the worker from the progress callback."""


class _Relay(QObject):
    """Lives on the GUI thread: the worker's signals arrive here queued."""
    progress = Signal(int)
    finished = Signal()

    def __init__(self, dialog: QProgressDialog, title: str):
        super().__init__()
        self.dialog, self.title = dialog, title
        self.progress.connect(self.show_rows)

    @Slot(int)
    def show_rows(self, rows: int) -> None:
        self.dialog.setLabelText(tr("%1: %2 rows read").replace("%1", self.title)
                                 .replace("%2", str(rows)))


def read_in_background(window, title: str, work: Callable[[Callable[[int], None]], object]):
    """Run ``work(progress)`` on a worker thread while a progress dialog with Cancel is
    shown; the GUI keeps painting and answering meanwhile. Returns ``(result, error)``;
    error is ImportCancelled after Cancel, or the exception the work raised."""
    cancel = threading.Event()
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, window)
    relay = _Relay(dialog, title)
    outcome: dict = {}

    def progress(rows: int) -> None:
        if cancel.is_set():
            raise ImportCancelled()
        relay.progress.emit(rows)

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            outcome["error"] = exc
        relay.finished.emit()

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel.set)
    worker = threading.Thread(target=run, name="log-import", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    if cancel.is_set() and "error" not in outcome:
        outcome["error"] = ImportCancelled()
    dialog.canceled.disconnect(cancel.set)  # closing a progress dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    return outcome.get("result"), outcome.get("error")


def import_log(window, kind: LogKind, path: Path | None = None) -> bool:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr(kind.title), "",
                                                tr("Logs (*.csv *.xlsx);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    bp = window.session.blueprint
    snapshot = bp.snapshot()  # the worker reads a copy while the user may keep editing
    records, error = read_in_background(
        window, tr(kind.title), lambda progress: kind.importer(snapshot, path, progress))
    if isinstance(error, ImportCancelled):
        window.statusBar().showMessage(tr("Import cancelled: nothing was imported"), 5000)
        return False
    if error is not None:
        if not isinstance(error, (IncidentImportError, OSError)):  # the execution error is a subclass
            error = f"{path}: {type(error).__name__}: {error}"
        QMessageBox.warning(window, tr(kind.refused),
                            tr("Nothing was imported.\n\n%1").replace("%1", str(error)))
        return False
    window.session.undo_stack.push(kind.command(bp, records))
    window.statusBar().showMessage(tr(kind.done).replace("%1", str(len(records))).replace("%2", path.name), 5000)
    return True


def import_incident_log(window, path: Path | None = None) -> bool:
    return import_log(window, INCIDENTS, path)


def import_execution_log(window, path: Path | None = None) -> bool:
    return import_log(window, EXECUTIONS, path)
