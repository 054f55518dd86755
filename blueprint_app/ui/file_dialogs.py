"""File dialogs and the export actions of the File menu."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..formats import FORMATS, format_for


def tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def ask_open_path(parent) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open blueprint"), "",
        tr("Blueprints (*.blueprint *.json);;Blueprint documents (*.blueprint);;"
           "JSON interchange (*.json);;All files (*)"))
    return Path(path) if path else None


def ask_save_path(parent, name: str) -> Path | None:
    suggestion = name if name.endswith(".blueprint") else f"{name}.blueprint"
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save blueprint"), suggestion,
                                          tr("Blueprint documents (*.blueprint)"))
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() == ".blueprint":
        return path  # the dialog has already asked about overwriting
    path = path.with_suffix(".blueprint")
    if path.exists():  # the dialog asked about another name: ask about this one
        answer = QMessageBox.question(parent, tr("Save blueprint"),
                                      tr("%1 already exists. Replace it?").replace("%1", path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


# the Export dialog offers the registry's formats (blueprint_app/formats.py)
EXPORT_FILTERS = {f.suffix: f.name for f in FORMATS if f.in_export_dialog}


def export_dialog(window) -> None:
    filters = ";;".join(tr(f) for f in EXPORT_FILTERS.values())
    stem = Path(window.session.display_name()).stem
    path, chosen = QFileDialog.getSaveFileName(window, tr("Export"), f"{stem}.png", filters)
    if not path:
        return
    path = Path(path)
    if path.suffix.lower() not in EXPORT_FILTERS:
        for suffix, label in EXPORT_FILTERS.items():
            if tr(label) == chosen:
                path = path.with_suffix(suffix)
    scale = 1.0
    if path.suffix.lower() == ".png":
        scale, ok = QInputDialog.getDouble(window, tr("Export scale"),
                                           tr("Scale (1.0 = as on screen at 100 %, 96 dpi):"),
                                           2.0, 0.1, 10.0, 1)
        if not ok:
            return
    try:
        export_to(window.session.blueprint, path, scale)
    except Exception as exc:  # noqa: BLE001 - show, keep working
        QMessageBox.critical(window, tr("Export failed"), f"{path}:\n{exc}")
        return
    window.statusBar().showMessage(tr("Exported %1").replace("%1", str(path)), 4000)


def export_to(blueprint, path: Path, scale: float = 1.0) -> None:
    fmt = format_for(path)
    if fmt is None or not fmt.in_export_dialog:
        raise ValueError(tr("Unknown export format: %1").replace("%1", path.suffix.lower()))
    fmt.write(blueprint, path, scale=scale)


def export_pdf_dialog(window) -> None:
    from .pdf_dialog import PdfExportDialog
    PdfExportDialog(window.session.blueprint, window).exec()


def print_blueprint(scene, printer) -> None:
    """The whole blueprint on one page of ``printer``, as drawn on screen, kept in proportion."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    painter = QPainter(printer)
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        scene.render(painter, target.toRectF().translated(-target.topLeft().toPointF()),
                     scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()


def print_dialog(window) -> None:
    """File → Print…: the blueprint page through the system's print dialog (for handouts
    with an analysis appendix, use Export PDF)."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(window.session.blueprint.name)
    if QPrintDialog(printer, window).exec():
        print_blueprint(window.scene, printer)
