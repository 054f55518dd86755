"""File → Export PDF…: the same choices as the command line, with a preview of page 1."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from ..export.options import ORIENTATIONS, PAPERS, SECTIONS, PdfOptions, PdfOptionsError
from ..export.sections import DEFAULT_SECTION_IDS, PDF_SECTIONS, SECTION_BY_ID
from ..export.page_preview import page_preview, preview_fonts
from ..export.pdf import export_pdf

# the section titles come from the registry (export/sections.py), translated here
SECTION_TITLES = {s.id: s.title for s in PDF_SECTIONS}
# tr(name.capitalize()) of export.options.ORIENTATIONS, declared for lupdate
_ORIENTATION_TITLES = (QT_TRANSLATE_NOOP("PdfExportDialog", "Landscape"),
                       QT_TRANSLATE_NOOP("PdfExportDialog", "Portrait"))
# Up to this size page 1 is rendered by itself when the dialog opens and after each choice
# (about a second); bigger maps render on "Update preview".
AUTO_PREVIEW_NODES = 1000

# Languages of the printed texts (export.wording); each language in its own name.
PDF_LANGUAGES = (("auto", QT_TRANSLATE_NOOP("PdfExportDialog", "Automatic")),
                 ("en", "English"), ("zh_CN", "简体中文"))


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfExportDialog", text)


class PdfExportDialog(QDialog):
    def __init__(self, blueprint, parent=None):
        super().__init__(parent)
        self.blueprint = blueprint
        self.setWindowTitle(tr("Export PDF"))
        form = QFormLayout()
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText("A3")
        form.addRow(tr("Paper"), self.paper)
        self.orientation = QComboBox(self)
        for name in ORIENTATIONS:
            self.orientation.addItem(tr(name.capitalize()), name)
        form.addRow(tr("Orientation"), self.orientation)
        mode_row = QWidget(self)
        mode_layout = QHBoxLayout(mode_row)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        self.readable = QRadioButton(tr("Readable (pages of whole lanes when needed)"), mode_row)
        self.fit = QRadioButton(tr("Fit on one page"), mode_row)
        self.tile = QRadioButton(tr("Tile over several pages"), mode_row)
        self.readable.setChecked(True)
        mode_layout.addWidget(self.readable)
        mode_layout.addWidget(self.fit)
        mode_layout.addWidget(self.tile)
        form.addRow(tr("Layout"), mode_row)
        # what the chosen paper and layout give, before writing (export.page_preview)
        self.size_info = QLabel(self)
        self.size_info.setWordWrap(True)
        self.use_readable = QPushButton(tr("Use the readable layout"), self)
        self.use_readable.clicked.connect(lambda: self.readable.setChecked(True))
        form.addRow(tr("Text size"), self.size_info)
        form.addRow("", self.use_readable)
        self.section_boxes = {}
        for section in SECTIONS:
            box = QCheckBox(tr(SECTION_TITLES[section]), self)
            box.setChecked(section in DEFAULT_SECTION_IDS)
            self.section_boxes[section] = box
            form.addRow("" if section != SECTIONS[0] else tr("Sections"), box)
        self.heat = QCheckBox(tr("Colour nodes by failure analysis (heat)"), self)
        self.heat.setChecked(True)
        form.addRow("", self.heat)
        self.language = QComboBox(self)
        for code, title in PDF_LANGUAGES:
            self.language.addItem(tr(title) if code == "auto" else title, code)
        self.language.setToolTip(tr("Language of the PDF's own texts; Automatic follows the "
                                    "blueprint's text"))
        form.addRow(tr("Language"), self.language)
        self.preview = QLabel(tr("Preview"), self)
        self.preview.setMinimumSize(420, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #888; color: white")
        preview_button = QPushButton(tr("Update preview"), self)
        preview_button.clicked.connect(self.update_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(preview_button)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(buttons)
        self.warnings: list[str] = []
        self._fonts: dict[str, object] = {}
        # choices re-render the preview shortly after the last one, not on every click
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(self.update_preview)
        self.auto_preview = len(blueprint.node_ids()) <= AUTO_PREVIEW_NODES
        for signal in (self.paper.currentIndexChanged, self.orientation.currentIndexChanged,
                       self.language.currentIndexChanged, self.readable.toggled,
                       self.fit.toggled, self.tile.toggled, self.heat.toggled):
            signal.connect(self.update_size_info)
            signal.connect(self._preview_later)
        for box in self.section_boxes.values():
            box.toggled.connect(self._preview_later)
        self.update_size_info()
        self._preview_later()

    def _preview_later(self, *_args) -> None:
        if self.auto_preview:
            self._preview_timer.start()

    def preview_sections(self) -> tuple[str, ...]:
        """The section that opens the PDF with these choices (its page 1 is previewed)."""
        chosen = [s for s, box in self.section_boxes.items() if box.isChecked()]
        printed = sorted(chosen, key=lambda s: SECTION_BY_ID[s].order)  # the registry's order
        return tuple(printed[:1] or ("blueprint",))

    def options(self, sections: tuple[str, ...] | None = None) -> PdfOptions:
        chosen = sections or tuple(s for s, box in self.section_boxes.items() if box.isChecked())
        return PdfOptions(paper=self.paper.currentText(), orientation=self.orientation.currentData(),
                          mode=self.mode(), sections=chosen,
                          auto_heat=self.heat.isChecked(), language=self.language.currentData())

    def mode(self) -> str:
        return "tile" if self.tile.isChecked() else "fit" if self.fit.isChecked() else "readable"

    def update_size_info(self, *_args) -> None:
        """The smallest printed text and the number of blueprint pages of the chosen paper,
        orientation and layout; offers the readable layout when fit goes below 6 pt."""
        try:
            options = self.options(("blueprint",))
        except PdfOptionsError as exc:
            self.size_info.setText(str(exc))
            return
        if options.language not in self._fonts:
            self._fonts[options.language] = preview_fonts(self.blueprint, options.language)
        preview = page_preview(self.blueprint, options, self._fonts[options.language])
        text = tr("Smallest text: %1 pt · blueprint pages: %2").replace(
            "%1", f"{preview.smallest_pt:.1f}").replace("%2", str(preview.pages))
        if not preview.readable:
            text += "\n" + tr("Below 6 pt: hard to read on paper.")
        self.size_info.setText(text)
        self.use_readable.setVisible(not self.readable.isChecked()
                                     and preview.fit_smallest_pt < 6.0)

    def update_preview(self) -> None:
        """Render page 1 of the PDF these choices give (with pdftoppm from poppler-utils)."""
        self._preview_timer.stop()
        if shutil.which("pdftoppm") is None:
            self.preview.setText(tr("Preview needs pdftoppm (poppler-utils)."))
            return
        try:
            options = self.options(self.preview_sections())
        except PdfOptionsError as exc:
            self.preview.setText(str(exc))
            return
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "preview.pdf"
            try:
                export_pdf(self.blueprint, pdf, options)
            except Exception as exc:  # noqa: BLE001 - shown in the preview; nothing written
                self.preview.setText(str(exc))
                return
            subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "60", "-png", str(pdf),
                            str(Path(tmp) / "page")], check=False, timeout=60)
            pages = sorted(Path(tmp).glob("page*.png"))
            if not pages:
                self.preview.setText(tr("No preview available."))
                return
            pixmap = QPixmap(str(pages[0]))
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def export(self) -> None:
        try:
            options = self.options()
        except PdfOptionsError as exc:
            QMessageBox.warning(self, tr("Export PDF"), str(exc))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export PDF"),
                                              f"{self.blueprint.name}.pdf", tr("PDF (*.pdf)"))
        if not path:
            return
        path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            self.warnings = export_pdf(self.blueprint, path, options)
        except Exception as exc:  # noqa: BLE001 - shown; the document is untouched
            QMessageBox.critical(self, tr("Export PDF"), f"{path}:\n{exc}")
            return
        if self.warnings:
            QMessageBox.information(self, tr("Export PDF"), "\n".join(self.warnings))
        self.accept()
