"""Commitments dock: the promise tree (level 1 → 2 → 3) with traffic-light status, the
responsibility matrix, level-1 breaches with the lower commitments that overran, and the
FMEA ranking of fail points. Selecting a commitment lights its chain on the canvas."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDockWidget, QLabel, QTableWidget, QTableWidgetItem, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..analysis.commitment_status import BREACHED, FITS, CommitmentOverview, commitment_overview
from ..analysis.fmea import fmea_ranking
from ..canvas.badges import STATUS_COLOURS
from ..canvas.highlight_layers import COMMITMENT
from ..model.readable import duration as readable_duration
from ..model.readable import signed_duration, significant
from ..model.units import DURATION_UNITS, to_hours
from .background import BackgroundRunner
from .findings_dock import BACKGROUND_FROM_NODES
from .model_watch import DebouncedWatch

STATUS_TEXT = {FITS: QT_TRANSLATE_NOOP("CommitmentsDock", "fits"),
               "at_risk": QT_TRANSLATE_NOOP("CommitmentsDock", "at risk"),
               BREACHED: QT_TRANSLATE_NOOP("CommitmentsDock", "breached")}
TREE_COLUMNS = (QT_TRANSLATE_NOOP("CommitmentsDock", "Commitment"), QT_TRANSLATE_NOOP("CommitmentsDock", "Node"),
                QT_TRANSLATE_NOOP("CommitmentsDock", "Target"), QT_TRANSLATE_NOOP("CommitmentsDock", "Chain / slack"),
                QT_TRANSLATE_NOOP("CommitmentsDock", "Attainment"), QT_TRANSLATE_NOOP("CommitmentsDock", "Breaches"),
                QT_TRANSLATE_NOOP("CommitmentsDock", "Warnings"), QT_TRANSLATE_NOOP("CommitmentsDock", "Status"))


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsDock", text)


def _duration_units() -> tuple[str, str, str]:
    return (tr("min"), tr("h"), tr("d"))


def _fmt_hours(value: float) -> str:
    return readable_duration(value, _duration_units())


def amount(value: float, unit: str | None, signed: bool = False) -> str:
    """A value in a commitment's unit, as a person reads it: ``20 min``, ``95 %``, ``+1.5 h``."""
    if unit in DURATION_UNITS:
        hours = to_hours(value, unit)
        return signed_duration(hours, _duration_units()) if signed else _fmt_hours(hours)
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ""
    number = significant(abs(value) if signed else value, 3)
    return f"{sign}{number} {unit}" if unit and unit != "count" else f"{sign}{number}"


def _names(names: list[str]) -> str:
    return tr(", ").join(names)


def _table(parent, headers) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()


class CommitmentsDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Commitments"), window)
        self.setObjectName("commitments_dock")
        self.window = window
        self._session = None
        self.overview: CommitmentOverview | None = None
        self._watch = DebouncedWatch(self, self.refresh_soon)
        self._runner = BackgroundRunner(self, shared=True)
        self._runner.finished.connect(self._show_overview)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(body)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderLabels([tr(c) for c in TREE_COLUMNS])
        self.tree.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.responsibility = _table(body, [tr("Department"), tr("Post"), tr("Commitments"),
                                            tr("Attainment"), tr("Breaches"), tr("Level-1 breaches caused")])
        self.breaches = _table(body, [tr("Date"), tr("Promise broken"), tr("Actual / target"),
                                      tr("Lower commitments that overran")])
        self.fmea = _table(body, [tr("Rank"), tr("Step"), tr("Owner"), tr("S"), tr("O"), tr("D"), tr("RPN")])
        self.tabs.addTab(self.tree, tr("Promise tree"))
        self.tabs.addTab(self.responsibility, tr("Responsibility"))
        self.tabs.addTab(self.breaches, tr("Breaches"))
        self.tabs.addTab(self.fmea, tr("Fail points (FMEA)"))
        layout.addWidget(self.tabs)
        self.setWidget(body)

    # ----- session ------------------------------------------------------------------------
    def set_session(self, session) -> None:
        self._session = session
        self._watch.attach(session.blueprint)
        if len(session.blueprint) < BACKGROUND_FROM_NODES:
            self.refresh_soon()
        else:  # after the canvas has painted
            self.summary.setText(tr("Computing…"))
            self._watch.trigger()

    def shutdown(self) -> None:
        self._watch.detach()
        self._runner.cancel_pending()

    # ----- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the overview now, on this thread."""
        if self._session is not None:
            self._show_overview(commitment_overview(self._session.blueprint))

    def refresh_soon(self) -> None:
        """After an edit: small maps at once, big ones on a worker thread over a snapshot
        (the summary says "computing…" until the overview arrives)."""
        if self._session is None:
            return
        bp = self._session.blueprint
        if len(bp) < BACKGROUND_FROM_NODES:
            self.refresh()
            return
        self.summary.setText(tr("Computing…"))
        snapshot = self._session.snapshot()
        self._runner.submit(lambda: commitment_overview(snapshot))

    def _show_overview(self, overview: CommitmentOverview) -> None:
        if self._session is None:
            return
        bp = self._session.blueprint
        if set(overview.statuses) != {c.id for c in bp.commitments()}:
            return  # computed before commitments were added or removed: a refresh is queued
        self.overview = overview
        self.window.scene.set_commitment_status(self.overview.node_statuses)
        self._fill_tree(bp)
        self._fill_tables(bp)
        counts = {s: sum(1 for v in self.overview.statuses.values() if v == s) for s in STATUS_TEXT}
        self.summary.setText(
            tr("%1 commitments: %2 fit, %3 at risk, %4 breached; %5 execution records.")
            .replace("%1", str(len(self.overview.statuses))).replace("%2", str(counts[FITS]))
            .replace("%3", str(counts["at_risk"])).replace("%4", str(counts[BREACHED]))
            .replace("%5", str(len(bp.executions))))

    def _fill_tree(self, bp) -> None:
        selected = self.selected_commitment()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        pending = list(bp.commitments())
        while pending:  # parents before children, whatever the document order
            rest = []
            for c in pending:
                parent = items.get(c.parent) if c.parent else None
                if c.parent and parent is None and any(p.id == c.parent for p in pending):
                    rest.append(c)
                    continue
                item = QTreeWidgetItem(self._row(bp, c))
                item.setData(0, Qt.ItemDataRole.UserRole, c.id)
                colour = STATUS_COLOURS.get(self.overview.statuses[c.id])
                if colour is not None:
                    item.setForeground(7, QBrush(colour))
                    item.setBackground(7, QBrush(QColor(colour.red(), colour.green(), colour.blue(), 40)))
                (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
                items[c.id] = item
            if len(rest) == len(pending):  # a broken tree: show the rest at the top
                for c in rest:
                    item = QTreeWidgetItem(self._row(bp, c))
                    item.setData(0, Qt.ItemDataRole.UserRole, c.id)
                    self.tree.addTopLevelItem(item)
                break
            pending = rest
        self.tree.expandAll()
        for column in range(len(TREE_COLUMNS)):
            self.tree.resizeColumnToContents(column)
        if selected in items:
            items[selected].setSelected(True)

    def _row(self, bp, c) -> list[str]:
        budget = self.overview.budgets.get(c.id)
        monitored = self.overview.monitored(c.id)
        node = bp.node(c.node).label if bp.has_node(c.node) else c.node
        target = "" if c.target is None else f"{'≥' if c.at_least else '≤'} {amount(c.target, c.unit)}"
        chain = "" if budget is None else f"{_fmt_hours(budget.chain_hours)} / {_fmt_hours(budget.slack_hours)}"
        attainment = "" if monitored is None or monitored.attainment is None else f"{monitored.attainment:.0%}"
        return [f"L{c.level} {c.title}", node, target, chain, attainment,
                str(monitored.breaches) if monitored else "", str(monitored.warnings) if monitored else "",
                tr(STATUS_TEXT[self.overview.statuses[c.id]])]

    @staticmethod
    def _unit_of(bp, commitment_id: str) -> str | None:
        return bp.commitment(commitment_id).unit if bp.has_commitment(commitment_id) else None

    def _actual_text(self, bp, a) -> str:
        unit = self._unit_of(bp, a.commitment)
        return tr("%1 (target %2)").replace("%1", amount(a.actual, unit)).replace("%2", amount(a.target, unit))

    def _overrun_text(self, bp, overrun) -> str:
        title = bp.commitment(overrun.commitment).title if bp.has_commitment(overrun.commitment) \
            else overrun.commitment
        return f"{title} ({amount(overrun.overrun, self._unit_of(bp, overrun.commitment), signed=True)})"

    def _fill_tables(self, bp) -> None:
        report = self.overview.monitoring
        _fill(self.responsibility, [(r.owner, r.post, r.commitments,
                                     "" if r.attainment is None else f"{r.attainment:.0%}",
                                     r.breaches, r.breaches_caused) for r in report.responsibility])
        _fill(self.breaches, [(a.date.isoformat(), bp.commitment(a.commitment).title
                               if bp.has_commitment(a.commitment) else a.commitment,
                               self._actual_text(bp, a),
                               _names([self._overrun_text(bp, o) for o in a.culprits]) or "—")
                              for a in report.attributions])
        _fill(self.fmea, [(r.rank, r.label, r.owner or "", r.severity, r.occurrence, r.detection, r.rpn)
                          for r in fmea_ranking(bp)])

    # ----- selection ----------------------------------------------------------------------
    def selected_commitment(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def chain_nodes(self, commitment_id: str) -> list[str]:
        """The commitment's node and the nodes of its budget chain, for highlighting."""
        bp = self._session.blueprint
        nodes = [bp.commitment(commitment_id).node]
        budget = self.overview.budgets.get(commitment_id)
        for child in budget.chain if budget else ():
            if bp.has_commitment(child):
                nodes.append(bp.commitment(child).node)
        return nodes

    def _on_tree_selection_changed(self) -> None:
        commitment_id = self.selected_commitment()
        if commitment_id is None or not self._session.blueprint.has_commitment(commitment_id):
            self.window.scene.clear_highlight_layer(COMMITMENT)
            return
        self.window.scene.set_highlight_layer(
            COMMITMENT, {n: 1.0 for n in self.chain_nodes(commitment_id)}, dim_others=True)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        commitment_id = item.data(0, Qt.ItemDataRole.UserRole)
        bp = self._session.blueprint
        if bp.has_commitment(commitment_id):
            self.window.view.center_on_node(bp.commitment(commitment_id).node)
