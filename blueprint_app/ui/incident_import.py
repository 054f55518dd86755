"""File → Import incident log…: CSV or Excel, all rows or none, one undo step."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..analysis.incidents import IncidentImportError, import_incidents
from ..commands.incident_commands import AddIncidentsCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentImport", text)


def import_incident_log(window, path: Path | None = None) -> bool:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr("Import incident log"), "",
                                                tr("Incident logs (*.csv *.xlsx);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    bp = window.session.blueprint
    try:
        incidents = import_incidents(bp, path)
    except (IncidentImportError, OSError) as exc:
        QMessageBox.warning(window, tr("Incident log refused"),
                            tr("Nothing was imported.\n\n%1").replace("%1", str(exc)))
        return False
    window.session.undo_stack.push(AddIncidentsCommand(bp, incidents))
    window.statusBar().showMessage(tr("Imported %1 incident record(s) from %2")
                                   .replace("%1", str(len(incidents))).replace("%2", path.name), 5000)
    return True
