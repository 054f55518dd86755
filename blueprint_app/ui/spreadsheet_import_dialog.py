"""File → Import spreadsheet…: the first rows of the sheet, what each column was recognised
as (editable per column), and every problem, before anything is created. Import opens the
result as a new, unsaved document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QListWidget, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ..interchange.errors import InterchangeError
from ..interchange.spreadsheet_files import Book, Formula
from ..interchange.spreadsheet_grid import looks_like_grid
from ..interchange.spreadsheet_headers import STEP_COLUMNS
from ..interchange.spreadsheet_import import (COMPANION_SHEETS, STEPS_SHEET, choose_sheet,
                                              import_table)
from ..interchange.spreadsheet_read import recognise_columns

PREVIEW_ROWS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("SpreadsheetImport", text)


def _field_titles() -> dict[str, str]:
    """What the mapping boxes show for each field (the step-list header, translated)."""
    return {"": tr("(ignore)"), "id": tr("id"), "stage": tr("stage"), "lane": tr("lane"),
            "label": tr("label"), "owner": tr("owner"), "channel": tr("channel"),
            "category": tr("category"), "failure_probability": tr("failure probability"),
            "requires": tr("requires"), "description": tr("description"),
            "supports": tr("supports"), "next": tr("next"),
            "resource": tr("resource"), "volume": tr("volume"),
            "time_standard": tr("time standard"), "tolerance": tr("tolerance"),
            "fail_point": tr("fail point"), "wait_point": tr("wait point"), "fmea": "FMEA",
            "x": "x", "y": "y", "width": tr("width"), "height": tr("height"),
            "more": tr("more fields (JSON)")}


def _shown(value) -> str:
    if value is None:
        return ""
    return f"={value.text}" if isinstance(value, Formula) else str(value)


class SpreadsheetImportDialog(QDialog):
    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.result_ = None
        self.setWindowTitle(tr("Import spreadsheet — %1").replace("%1", self.path.name))
        self.book = Book(self.path)  # InterchangeError for a file that is no spreadsheet
        self.sheet = QComboBox()
        self.sheet.addItems(self.book.sheet_names)
        self.sheet.setCurrentText(choose_sheet(self.book, None))
        self.sheet.setEnabled(not self.book.is_csv)
        self.layout_label = QLabel()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Sheet:")))
        top.addWidget(self.sheet, 1)
        top.addWidget(self.layout_label, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(tr("First rows, and what each column is read as "
                                   "(change a column's field above it):")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(tr("Problems and notes:")))
        layout.addWidget(self.messages, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self.mapping: list[QComboBox] = []
        self.sheet.currentTextChanged.connect(self._load_sheet)
        self._load_sheet(self.sheet.currentText())

    def done(self, code: int) -> None:  # noqa: D401 - Qt's name
        self.book.close()
        super().done(code)

    # ----- sheet and mapping ------------------------------------------------------------------
    def _load_sheet(self, name: str) -> None:
        try:
            self.table = self.book.table(None if self.book.is_csv else name)
            names = self.book.sheet_names
            self.companions = ({n: self.book.table(n) for n in COMPANION_SHEETS if n in names}
                               if not self.book.is_csv and name == STEPS_SHEET else {})
        except InterchangeError as exc:
            self.table, self.companions = None, {}
            self._show([str(p) for p in exc.problems], [], None)
            return
        self.grid = not self.companions and looks_like_grid(self.table)
        self._fill_preview()
        self.refresh()

    def _fill_preview(self) -> None:
        rows = self.table.rows[:PREVIEW_ROWS + 1]
        width = max((len(cells) for _, cells in rows), default=0)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows) + 1)
        header = rows[0][1] if rows else []
        recognised = recognise_columns(header)
        titles = _field_titles()
        self.mapping = []
        for column in range(width):
            box = QComboBox()
            for field in ("", *STEP_COLUMNS):
                box.addItem(titles[field], field)
            box.setCurrentIndex(box.findData(recognised.get(column, "")))
            box.setEnabled(not self.grid)
            box.currentIndexChanged.connect(self.refresh)
            self.preview.setCellWidget(0, column, box)
            self.mapping.append(box)
        from ..interchange.spreadsheet_problems import column_letter
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        labels = [tr("read as")] + [str(number) for number, _ in rows]
        self.preview.setVerticalHeaderLabels(labels)
        for r, (_, cells) in enumerate(rows, 1):
            for c, value in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(_shown(value)))
        self.preview.resizeColumnsToContents()
        for column in range(width):
            self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 130), 260))

    def columns(self) -> dict[int, str]:
        return {i: box.currentData() for i, box in enumerate(self.mapping) if box.currentData()}

    def refresh(self) -> None:
        if self.table is None:
            return
        self.layout_label.setText(tr("Read as a grid: lanes down, stages across") if self.grid
                                  else tr("Read as a step list: one row per step"))
        try:
            result = import_table(self.table, name=self.path.stem,
                                  columns=None if self.grid else self.columns(),
                                  companions=self.companions)
        except InterchangeError as exc:
            self._show([str(p) for p in exc.problems], [], None)
            return
        self._show([], result.notes, result)

    def _show(self, problems: list[str], notes: list[str], result) -> None:
        self.result_ = result
        self.messages.clear()
        for line in problems:
            self.messages.addItem(tr("Problem: %1").replace("%1", line))
        for line in notes:
            self.messages.addItem(tr("Note: %1").replace("%1", line))
        if result is None:
            self.summary.setText(tr("%1 problem(s): fix them in the spreadsheet or change the "
                                    "columns above; nothing will be created.")
                                 .replace("%1", str(len(problems))))
        else:
            bp = result.blueprint
            self.summary.setText(tr("Import will create %1 step(s), %2 link(s) and %3 stage(s).")
                                 .replace("%1", str(len(bp)))
                                 .replace("%2", str(len(bp.edges_in_order())))
                                 .replace("%3", str(len(bp.stages))))
        self.import_button.setEnabled(result is not None)


def import_spreadsheet_dialog(window, path: Path | None = None) -> bool:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, tr("Import spreadsheet"), "",
            tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    try:
        dialog = SpreadsheetImportDialog(path, window)
    except InterchangeError as exc:
        QMessageBox.warning(window, tr("Spreadsheet refused"), str(exc))
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return False
    target = window.window_for_new_document()
    target.session.adopt(dialog.result_.blueprint, unsaved=True)
    return True
