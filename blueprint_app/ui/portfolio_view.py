"""The portfolio window: the back office across journeys for the governance board.

A heat map of resources × journeys (each cell the failed visits per period that repairing
the resource would avoid in that journey, analysis.portfolio), the ranked resources with
owner, share and single points of failure, and a click on a cell or a row that opens the
journey with the touchpoints the resource can make fail lit on the canvas. The portfolio is
computed off the GUI thread (ui.background); the window says "Computing…" meanwhile.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..canvas.highlight_layers import PORTFOLIO
from ..look import LIGHT, heat_colour
from .background import BackgroundRunner
from .portfolio_sources import Computed, compute, document_sources, open_place

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_COLUMNS = (QT_TRANSLATE_NOOP("PortfolioView", "Rank"),
                QT_TRANSLATE_NOOP("PortfolioView", "Resource"),
                QT_TRANSLATE_NOOP("PortfolioView", "Owner"),
                QT_TRANSLATE_NOOP("PortfolioView", "Avoidable failed visits"),
                QT_TRANSLATE_NOOP("PortfolioView", "Share"),
                QT_TRANSLATE_NOOP("PortfolioView", "Single points of failure"))


def tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioView", text)


def figure(value: float) -> str:
    """Failed visits as people read them (the command's table uses the same rule)."""
    from ..cli.portfolio_commands import figure as cli_figure
    return cli_figure(value)


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.3g} %"


class SortItem(QTableWidgetItem):
    """A read-only cell that sorts by its SORT_ROLE value (numbers as numbers)."""

    def __init__(self, text: str, key, item_id: str | None = None):
        super().__init__(text)
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setData(SORT_ROLE, key)
        if item_id is not None:
            self.setData(ID_ROLE, item_id)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(SORT_ROLE) < other.data(SORT_ROLE)


def light_touchpoints(window, touchpoint_ids) -> None:
    """The one place that lights touchpoints on a window's canvas: the scene's own
    portfolio highlight layer, so the other panels' layers neither clear nor hide it."""
    ids = [t for t in touchpoint_ids if window.session.blueprint.has_node(t)]
    window.scene.set_highlight_layer(PORTFOLIO, {t: 1.0 for t in ids} if ids else None,
                                     dim_others=bool(ids))
    if ids:
        window.view.center_on_node(ids[0])


def _table(parent, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # compact rows: a dozen resources fit without scrolling on a 768-pixel laptop screen
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


def two_lines(name: str, width: int = 26) -> str:
    """A long journey name on two lines at the space nearest its middle (column headers
    stay narrow enough for several journeys side by side)."""
    if len(name) <= width or " " not in name:
        return name
    middle = len(name) // 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1:]}"


class PortfolioWindow(QWidget):
    """One per main window (``show_portfolio``); ``set_sources`` computes a portfolio."""

    computed = Signal()                        # the tables show a new answer (or error)
    journey_opened = Signal(object, str, list)  # window, journey id, touchpoints lit

    def __init__(self, main_window):
        super().__init__(main_window, Qt.WindowType.Window)
        self.setObjectName("portfolio_window")
        self.setWindowTitle(tr("Portfolio — shared resources across journeys"))
        self.main_window = main_window
        self.sources: list[str] = []
        self.outcome: Computed | None = None
        self._opened: dict[str, object] = {}   # journey id -> window it was opened in
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_computed)
        self._runner.failed.connect(lambda message: self._on_computed(Computed(error=message)))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)   # file names, never HTML
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.choose_button = QPushButton(tr("Choose sources…"), self)
        self.choose_button.setToolTip(tr("A repository (.bprepo) or several journeys "
                                         "(.blueprint, .json)"))
        self.choose_button.clicked.connect(self.choose_sources)
        top.addWidget(self.choose_button)
        self.handout_button = QPushButton(tr("Governance handout (PDF)…"), self)
        self.handout_button.setToolTip(tr("Page 1 the resources to repair first, then the "
                                          "departments, then one page per journey"))
        self.handout_button.setEnabled(False)
        self.handout_button.clicked.connect(self.export_handout)
        top.addWidget(self.handout_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        matrix_box = QWidget(splitter)
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(QLabel(tr("Failed visits per period that repairing the "
                                          "resource would avoid, per journey (click a cell "
                                          "to open the journey)"), matrix_box))
        self.matrix = _table(matrix_box, 0)
        self.matrix.cellClicked.connect(self._on_matrix_clicked)
        matrix_layout.addWidget(self.matrix)
        list_box = QWidget(splitter)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(QLabel(tr("Resources ranked by the failed visits their repair "
                                        "would avoid across every journey"), list_box))
        self.ranking = _table(list_box, len(LIST_COLUMNS))
        self.ranking.setHorizontalHeaderLabels([tr(c) for c in LIST_COLUMNS])
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.cellClicked.connect(self._on_ranking_clicked)
        list_layout.addWidget(self.ranking)
        splitter.addWidget(matrix_box)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.resize(1180, 660)

    # ----- computing ----------------------------------------------------------------------
    def set_sources(self, sources: list[str]) -> None:
        self.sources = list(sources)
        self.outcome = None
        self.matrix.setRowCount(0)
        self.ranking.setRowCount(0)
        self.choose_button.setEnabled(False)
        self.handout_button.setEnabled(False)
        self.status.setText(tr("Computing the portfolio of %1…").replace("%1", self._named()))
        sources = list(self.sources)
        self._runner.submit(lambda: compute(sources))

    def _named(self) -> str:
        from pathlib import Path
        return ", ".join(Path(s).name if "://" not in s else s for s in self.sources)

    def choose_sources(self) -> None:
        sources = ask_sources(self)
        if sources:
            self.set_sources(sources)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._runner.wait(msecs)

    def shutdown(self) -> None:
        self._runner.cancel_pending()
        self._runner.wait()

    def closeEvent(self, event) -> None:
        self._runner.cancel_pending()
        super().closeEvent(event)

    def _on_computed(self, outcome: Computed) -> None:
        self.outcome = outcome
        self.choose_button.setEnabled(True)
        self.handout_button.setEnabled(outcome.result is not None)
        if outcome.error:
            self.status.setText(tr("Cannot compute the portfolio: %1")
                                .replace("%1", outcome.error.strip()))
        else:
            result = outcome.result
            self.status.setText(
                (tr("%1: one journey, %3 expected failed visits per period.")
                 if len(result.journeys) == 1 else
                 tr("%1: %2 journeys, %3 expected failed visits per period."))
                .replace("%1", self._named()).replace("%2", str(len(result.journeys)))
                .replace("%3", figure(result.expected_failures)))
            self._fill_matrix(result)
            self._fill_ranking(result)
        self.computed.emit()

    def export_handout(self) -> bool:
        """The `export SOURCE... OUT.pdf --portfolio` handout of the portfolio shown."""
        if self.outcome is None or self.outcome.result is None:
            return False
        path, _ = QFileDialog.getSaveFileName(self, tr("Governance handout"),
                                              "governance-handout.pdf", tr("PDF (*.pdf)"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from ..export.board import export_board_pdf
        try:
            export_board_pdf(self.outcome.result, path)
        except OSError as exc:
            self.status.setText(tr("Cannot write %1: %2").replace("%1", path)
                                .replace("%2", exc.strerror or str(exc)))
            return False
        self.status.setText(tr("Wrote the governance handout to %1").replace("%1", path))
        return True

    # ----- tables -------------------------------------------------------------------------
    def _fill_matrix(self, result) -> None:
        table = self.matrix
        table.setSortingEnabled(False)
        journeys = result.journeys
        table.setColumnCount(2 + len(journeys))
        headers = [tr("Resource"), tr("All journeys")] + [two_lines(j.name) for j in journeys]
        for column, text in enumerate(headers):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setData(ID_ROLE, journeys[column - 2].id)
                item.setToolTip(journeys[column - 2].name)
            table.setHorizontalHeaderItem(column, item)
        resources = result.resources
        table.setRowCount(len(resources))
        top_cell = max((v for r in resources for _, v in r.by_journey), default=0.0)
        top_total = max((r.avoidable_failures for r in resources), default=0.0)
        text_colour = QBrush(QColor(LIGHT.heat_text))
        for row, resource in enumerate(resources):
            label = SortItem(resource.label, resource.label.casefold(), resource.id)
            label.setToolTip(f"{resource.label} — {resource.owner or ''}")
            table.setItem(row, 0, label)
            values = [(resource.avoidable_failures, top_total, True)] + [
                (resource.avoidable_in(j.id), top_cell, j.id in dict(resource.by_journey))
                for j in journeys]
            for column, (value, top, reached) in enumerate(values, start=1):
                item = SortItem(figure(value) if reached else "", value, resource.id)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if reached and top > 0:
                    item.setBackground(QBrush(QColor(heat_colour(value / top))))
                    item.setForeground(text_colour)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def _fill_ranking(self, result) -> None:
        table = self.ranking
        table.setSortingEnabled(False)
        table.setRowCount(len(result.resources))
        for row, r in enumerate(result.resources):
            spofs = [f"{result.journey_name(j)}: {result.touchpoint_label(j, t)}"
                     for j, t in r.single_points]
            cells = [SortItem(str(row + 1), row + 1, r.id),
                     SortItem(r.label, r.label.casefold(), r.id),
                     SortItem(r.owner or "", (r.owner or "").casefold(), r.id),
                     SortItem(figure(r.avoidable_failures), r.avoidable_failures, r.id),
                     SortItem(percent(r.share), r.share or 0.0, r.id),
                     SortItem(str(len(spofs)) if spofs else "–", len(spofs), r.id)]
            cells[5].setToolTip("\n".join(spofs))
            for column in (0, 3, 4, 5):
                cells[column].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                               | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # ----- reading the tables -------------------------------------------------------------
    def matrix_value(self, resource_id: str, journey_id: str | None) -> float | None:
        """The number behind a cell (None: the resource does not reach the journey)."""
        for row in range(self.matrix.rowCount()):
            if self.matrix.item(row, 0).data(ID_ROLE) != resource_id:
                continue
            for column in range(1, self.matrix.columnCount()):
                if self.matrix_journey(column) == journey_id:
                    item = self.matrix.item(row, column)
                    return item.data(SORT_ROLE) if item.text() else None
        raise KeyError((resource_id, journey_id))

    def matrix_journey(self, column: int) -> str | None:
        """The journey id of a matrix column (None: the total column, or the names)."""
        item = self.matrix.horizontalHeaderItem(column)
        return None if item is None or column < 2 else item.data(ID_ROLE)

    def ranked_ids(self) -> list[str]:
        return [self.ranking.item(row, 1).data(ID_ROLE) for row in range(self.ranking.rowCount())]

    def _resource(self, resource_id: str):
        return next(r for r in self.outcome.result.resources if r.id == resource_id)

    # ----- opening a journey --------------------------------------------------------------
    def _on_matrix_clicked(self, row: int, column: int) -> None:
        item = self.matrix.item(row, 0)
        if item is not None:
            self.open_journey(item.data(ID_ROLE), self.matrix_journey(column))

    def _on_ranking_clicked(self, row: int, _column: int) -> None:
        item = self.ranking.item(row, 1)
        if item is not None:
            self.open_journey(item.data(ID_ROLE), None)

    def open_journey(self, resource_id: str, journey_id: str | None):
        """Open the journey (``None``: the one where the resource avoids the most) and light
        the touchpoints the resource can make fail there; the window, or None."""
        if self.outcome is None or self.outcome.result is None:
            return None
        resource = self._resource(resource_id)
        if journey_id is None:
            if not resource.by_journey:
                self.status.setText(tr("No journey of the portfolio depends on %1.")
                                    .replace("%1", resource.label))
                return None
            journey_id = max(resource.by_journey, key=lambda cell: cell[1])[0]
        window = open_place(self.main_window, self.outcome.places[journey_id],
                            self._opened.get(journey_id))
        if window is None:
            return None
        self._opened[journey_id] = window
        window.docks["resources"].on_portfolio_computed()   # its where-used now knows the others
        lit = list(resource.touchpoints_in(journey_id))
        light_touchpoints(window, lit)
        self.journey_opened.emit(window, journey_id, lit)
        return window


def ask_sources(parent) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, tr("Portfolio: a repository or several journeys"), "",
        tr("Repositories and journeys (*.bprepo *.blueprint *.json);;All files (*)"))
    return paths


def show_portfolio(window, sources: list[str] | None = None) -> PortfolioWindow | None:
    """Analysis → Portfolio…: the document's repository, else the sources the user picks."""
    sources = sources or document_sources(window) or ask_sources(window)
    if not sources:
        return None
    view = getattr(window, "portfolio_window", None)
    if view is None:
        view = window.portfolio_window = PortfolioWindow(window)
        view.computed.connect(window.docks["resources"].on_portfolio_computed)
    view.set_sources(sources)
    view.show()
    view.raise_()
    return view
