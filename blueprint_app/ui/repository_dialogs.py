"""Dialogs of the team repository: open a journey from a repository, and resolve merge
conflicts by picking a side per item."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QRadioButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..repository import Conflict, RepositoryError
from ..repository.errors import _show


def tr(text: str) -> str:
    return QCoreApplication.translate("RepositoryDialogs", text)


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(str(text))
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class OpenFromRepositoryDialog(QDialog):
    """A repository URL (a .bprepo file or postgresql://...) and its journeys."""

    def __init__(self, parent=None, url: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Open from repository"))
        self.resize(720, 420)
        settings = QSettings()
        self.url_edit = QLineEdit(url or str(settings.value("repository/last_url", "")))
        self.url_edit.setPlaceholderText(tr("team.bprepo or postgresql://user@host/database"))
        self.url_edit.setToolTip(tr("Passwords come from the environment or ~/.pgpass; "
                                    "none is stored."))
        load = QPushButton(tr("&List journeys"))
        load.clicked.connect(self.refresh)
        self.url_edit.returnPressed.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Repository:")))
        row.addWidget(self.url_edit, 1)
        row.addWidget(load)
        self.table = _table([tr("Journey"), tr("Name"), tr("Head revision"), tr("Last author"),
                             tr("Last change (UTC)")], self)
        self.table.doubleClicked.connect(self.accept)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.journeys = []
        if self.url_edit.text():
            self.refresh()

    def refresh(self) -> None:
        from ..repository import Repository
        self.table.setRowCount(0)
        self.journeys = []
        url = self.url_edit.text().strip()
        try:
            repo = Repository.open(url)
            try:
                self.journeys = repo.journeys()
            finally:
                repo.close()
        except RepositoryError as error:
            self.message.setText(str(error))
            return
        QSettings().setValue("repository/last_url", url)
        self.message.setText(tr("%1 journeys").replace("%1", str(len(self.journeys))))
        for j in self.journeys:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((j.id, j.name, j.head, j.author, j.time)):
                self.table.setItem(row, column, _cell(value))
        self.table.resizeColumnsToContents()
        if self.journeys:
            self.table.selectRow(0)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.journeys[rows[0].row()] if rows and self.journeys else None

    def accept(self) -> None:
        if self.selected() is None:
            QMessageBox.information(self, self.windowTitle(), tr("Choose a journey first."))
            return
        super().accept()


class ConflictDialog(QDialog):
    """Every conflict with both values; the user keeps "mine" or "head" per item."""

    def __init__(self, conflicts: list[Conflict], head: int, parent=None,
                 action_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Resolve conflicts"))
        self.resize(900, 420)
        self.conflicts = conflicts
        intro = QLabel(tr("Your changes and revision %1 changed the same things differently. "
                          "Choose, for each one, which version to keep; nothing is committed "
                          "until you confirm.").replace("%1", str(head)))
        intro.setWordWrap(True)
        self.table = _table([tr("What"), tr("Field"), tr("Mine"), tr("Revision %1")
                             .replace("%1", str(head)), tr("Keep")], self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups: list[QButtonGroup] = []
        for index, conflict in enumerate(conflicts):
            self.table.insertRow(index)
            what = tr("journey") if conflict.kind == "journey" else \
                f"{_kind_name(conflict.kind)} “{conflict.label}”"
            field = tr("(whole item)") if conflict.field is None else conflict.field
            for column, text in enumerate((what, field, _brief(conflict, conflict.ours),
                                           _brief(conflict, conflict.theirs))):
                self.table.setItem(index, column, _cell(text))
            self.table.setCellWidget(index, 4, self._choice(index))
        self.table.resizeColumnsToContents()
        for column in range(4):  # long values stay readable in the tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 230))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(action_text or tr("&Commit with these choices"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        all_mine = QPushButton(tr("All &mine"))
        all_mine.clicked.connect(lambda: self._all(0))
        all_head = QPushButton(tr("All &head"))
        all_head.clicked.connect(lambda: self._all(1))
        row = QHBoxLayout()
        row.addWidget(all_mine)
        row.addWidget(all_head)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _choice(self, index: int) -> QWidget:
        box = QWidget(self.table)
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(box)
        for n, text in enumerate((tr("Mine"), tr("Head"))):
            button = QRadioButton(text, box)
            group.addButton(button, n)
            row.addWidget(button)
        group.button(1).setChecked(True)
        self.groups.append(group)
        return box

    def _all(self, side: int) -> None:
        for group in self.groups:
            group.button(side).setChecked(True)

    def choices(self) -> dict[int, str]:
        return {i: ("ours" if g.checkedId() == 0 else "theirs") for i, g in enumerate(self.groups)}


def _brief(conflict: Conflict, value) -> str:
    """A whole item (edit vs delete) reads as "deleted" or "edited"; a field as its value."""
    from ..repository.errors import DELETED
    if value is DELETED:
        return tr("deleted")
    if conflict.field is None:
        return tr("edited (kept)")
    return _show(value)


def _kind_name(kind: str) -> str:
    return {"stage": tr("stage"), "node": tr("node"), "edge": tr("edge")}.get(kind, kind)
