"""Analysis → Import execution records…: how commitments were actually met (CSV or Excel),
all rows or none, one undo step."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..analysis.monitoring_import import ExecutionImportError, import_executions
from ..commands.attachment_commands import AddExecutionsCommand


def tr(text: str) -> str:
    return QCoreApplication.translate("ExecutionImport", text)


def import_execution_log(window, path: Path | None = None) -> bool:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr("Import execution records"), "",
                                                tr("Execution logs (*.csv *.xlsx);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    bp = window.session.blueprint
    try:
        records = import_executions(bp, path)
    except (ExecutionImportError, OSError) as exc:
        QMessageBox.warning(window, tr("Execution records refused"),
                            tr("Nothing was imported.\n\n%1").replace("%1", str(exc)))
        return False
    window.session.undo_stack.push(AddExecutionsCommand(bp, records))
    window.statusBar().showMessage(tr("Imported %1 execution record(s) from %2")
                                   .replace("%1", str(len(records))).replace("%2", path.name), 5000)
    return True
