"""Importing a log into the document (incidents, executions of commitments): pick a CSV or
Excel file, read it all or refuse it whole with the importer's row-numbered message, and add
the records as one undo step."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

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


def import_log(window, kind: LogKind, path: Path | None = None) -> bool:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr(kind.title), "",
                                                tr("Logs (*.csv *.xlsx);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    bp = window.session.blueprint
    try:
        records = kind.importer(bp, path)
    except (IncidentImportError, OSError) as exc:  # the execution error is a subclass
        QMessageBox.warning(window, tr(kind.refused),
                            tr("Nothing was imported.\n\n%1").replace("%1", str(exc)))
        return False
    window.session.undo_stack.push(kind.command(bp, records))
    window.statusBar().showMessage(tr(kind.done).replace("%1", str(len(records))).replace("%2", path.name), 5000)
    return True


def import_incident_log(window, path: Path | None = None) -> bool:
    return import_log(window, INCIDENTS, path)


def import_execution_log(window, path: Path | None = None) -> bool:
    return import_log(window, EXECUTIONS, path)
