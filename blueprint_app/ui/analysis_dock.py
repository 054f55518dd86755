"""Analysis dock: select a touchpoint to see its failure probability, ranked causes and cut
sets (its causal subgraph lit on the canvas by a heat scale); select a back-office node to
see every touchpoint it can break and what fixing it would change (undoable). Its "What to
fix first" tab shows the handout's decision (handout.decision_of, the function page 1 of the
PDF reads), recomputed off the GUI thread after edits."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDockWidget, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ..canvas.plain_text import escaped
from ..analysis.selection_report import NodeReport, report_for_node
from ..canvas.labels import lane_title
from ..canvas.highlight_layers import ANALYSIS
from ..commands import UpdateNodeCommand
from ..handout import decision_of
from ..model.readable import percent as as_percent
from ..model.readable import amount, percent_points, significant
from .background import BackgroundRunner
from .findings_dock import BACKGROUND_FROM_NODES
from .model_watch import DebouncedWatch

# The ranking measure right after the name, so it stays visible in a narrow dock.
CAUSE_COLUMNS = (QT_TRANSLATE_NOOP("AnalysisDock", "Node"), "Fussell–Vesely", "p", "Birnbaum",
                 QT_TRANSLATE_NOOP("AnalysisDock", "Diagnostic"), "RAW", "RRW",
                 QT_TRANSLATE_NOOP("AnalysisDock", "Incident share"),
                 QT_TRANSLATE_NOOP("AnalysisDock", "Lane"))

SHOWN_CUT_SETS = 2_000     # listed at once; the rest are counted, not listed
FIX_COLUMNS = ("#", QT_TRANSLATE_NOOP("AnalysisDock", "Node"),
               QT_TRANSLATE_NOOP("AnalysisDock", "Owner"),
               QT_TRANSLATE_NOOP("AnalysisDock", "Failed visits avoided"),
               QT_TRANSLATE_NOOP("AnalysisDock", "Share"),
               QT_TRANSLATE_NOOP("AnalysisDock", "Breaks"),
               QT_TRANSLATE_NOOP("AnalysisDock", "Promises at risk"))


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisDock", text)


def fmt(value: float | None, percent: bool = False) -> str:
    """Probabilities as percentages (2-3 significant digits), measures to 3 digits."""
    if value is None:
        return "—"
    return as_percent(value) if percent else significant(value, 3)


def has_failure_data(bp) -> bool:
    """False while no node has a failure probability: there is nothing to heat."""
    return any(n.failure_probability > 0 for n in bp.nodes())


class AnalysisDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Analysis"), window)
        self.setObjectName("analysis_dock")
        self.window = window
        self._session = None
        self.node_id: str | None = None
        self.report: NodeReport | None = None
        self.runner = BackgroundRunner(self, shared=True)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self._watch = DebouncedWatch(self, self.recompute)
        self.decision = None
        self.fix_runner = BackgroundRunner(self, shared=True)
        self.fix_runner.finished.connect(self._show_fixes)
        self.fix_runner.failed.connect(self._on_fixes_failed)
        self._fix_watch = DebouncedWatch(self, self.recompute_fixes)
        # The blueprint-wide share behind the line of visibility walks every touchpoint's
        # causes (seconds on a 20 000-node map): computed off the GUI thread after each
        # burst of edits; until it arrives the header says so.
        self.share = None
        self.share_runner = BackgroundRunner(self, shared=True)
        self.share_runner.finished.connect(self._on_share_computed)
        self.share_runner.failed.connect(self._on_share_failed)
        self._share_watch = DebouncedWatch(self, self.recompute_share)
        self._build()
        window.scene.selection_changed_ids.connect(self._on_scene_selection_changed)
        self.visibilityChanged.connect(lambda _: self._apply_highlight())

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.header = QLabel(tr("Select a touchpoint or a back-office node."), body)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self._highlight_text = tr("Highlight on the canvas")
        self.highlight_box = QCheckBox(self._highlight_text, body)
        self.highlight_box.setChecked(True)
        self.highlight_box.toggled.connect(lambda _: self._apply_highlight())
        layout.addWidget(self.highlight_box)
        self.tabs = QTabWidget(body)
        self.causes_table = QTableWidget(0, len(CAUSE_COLUMNS), body)
        self.causes_table.setHorizontalHeaderLabels([tr(c) for c in CAUSE_COLUMNS])
        self.causes_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.causes_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.causes_table.cellDoubleClicked.connect(self._on_causes_table_double_clicked)
        self.cut_sets_list = QListWidget(body)
        self.touchpoints_table = QTableWidget(0, 4, body)
        self.touchpoints_table.setHorizontalHeaderLabels(
            [tr("Touchpoint"), tr("Fails now"), tr("If never failed"), tr("Change")])
        self.touchpoints_table.horizontalHeaderItem(2).setToolTip(
            tr("Failure probability of the touchpoint if this node never failed"))
        self.touchpoints_table.horizontalHeaderItem(3).setToolTip(
            tr("Change in percentage points (pp)"))
        self.touchpoints_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        impact = QWidget(body)
        impact_layout = QVBoxLayout(impact)
        impact_layout.setContentsMargins(0, 0, 0, 0)
        impact_layout.addWidget(self.touchpoints_table)
        buttons = QHBoxLayout()
        self.fix_button = QPushButton(tr("Fix this node (failure probability → 0)"), impact)
        self.fix_button.clicked.connect(self.fix_selected_node)
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        impact_layout.addLayout(buttons)
        self.tabs.addTab(self.causes_table, tr("Causes"))
        self.tabs.addTab(self.cut_sets_list, tr("Cut sets"))
        self.tabs.addTab(impact, tr("Touchpoints it can break / what-if"))
        self._add_pareto_tab()
        self._add_fixes_tab(body)
        layout.addWidget(self.tabs)
        self.setWidget(body)

    def _add_pareto_tab(self) -> None:
        from .pareto_view import ParetoView
        self.pareto_view = ParetoView(self)
        self.tabs.addTab(self.pareto_view, tr("Pareto of incidents"))

    def _add_fixes_tab(self, body) -> None:
        page = QWidget(body)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.fixes_header = QLabel(tr("Computing…"), page)
        self.fixes_header.setWordWrap(True)
        page_layout.addWidget(self.fixes_header)
        self.fixes_table = QTableWidget(0, len(FIX_COLUMNS), page)
        self.fixes_table.setHorizontalHeaderLabels([tr(c) for c in FIX_COLUMNS])
        self.fixes_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fixes_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.fixes_table.verticalHeader().setVisible(False)
        self.fixes_table.cellDoubleClicked.connect(self._on_fixes_table_double_clicked)
        page_layout.addWidget(self.fixes_table)
        self.tabs.insertTab(0, page, tr("What to fix first"))
        self.tabs.setCurrentIndex(0)

    # ----- session ----------------------------------------------------------------------
    def set_session(self, session) -> None:
        self._session = session
        self._watch.attach(session.blueprint)
        self._fix_watch.attach(session.blueprint)
        self._share_watch.attach(session.blueprint)
        if len(session.blueprint) < BACKGROUND_FROM_NODES:
            self.recompute_fixes()
            self.recompute_share()
        else:  # after the canvas has painted (their snapshot is a copy of the whole map)
            self.decision, self.share = None, None
            self.fixes_header.setText(tr("Computing…"))
            self._fix_watch.trigger()
            self._share_watch.trigger()
        self.node_id = None
        self._show(None)
        if self.pareto_view is not None:
            self.pareto_view.set_session(session)

    def shutdown(self) -> None:
        self._watch.detach()
        self._fix_watch.detach()
        self._share_watch.detach()
        for runner in (self.runner, self.fix_runner, self.share_runner):
            runner.cancel_pending()
            runner.wait(10_000)  # no worker may outlive the window (or the interpreter)
        if getattr(self, "pareto_view", None) is not None:
            self.pareto_view.shutdown()

    def _on_scene_selection_changed(self, ids: list) -> None:
        node_id = ids[0] if len(ids) == 1 else None
        if node_id == self.node_id:
            return
        self.node_id = node_id
        if node_id is None:
            self._show(None)
        else:
            self.recompute()

    # ----- computing ---------------------------------------------------------------------
    def recompute(self) -> None:
        if self._session is None or self.node_id is None:
            return
        bp = self._session.blueprint
        if not bp.has_node(self.node_id):
            self.node_id = None
            self._show(None)
            return
        snapshot, node_id = self._session.snapshot(), self.node_id
        self.header.setText(tr("Computing…"))
        self.runner.submit(lambda: report_for_node(snapshot, node_id))

    def recompute_fixes(self) -> None:
        """The decision of page 1 for the current state, off the GUI thread."""
        if self._session is None:
            return
        snapshot = self._session.snapshot()  # shared with the other docks' workers
        self.decision = None  # until the answer for this state arrives
        self.fixes_header.setText(tr("Computing…"))
        self.fix_runner.submit(lambda: decision_of(snapshot))

    def recompute_share(self) -> None:
        """The blueprint-wide visibility share for the current state, off the GUI thread."""
        if self._session is None:
            return
        from ..analysis.tracing import visibility_share
        snapshot = self._session.snapshot()
        self.share = None
        self.share_runner.submit(lambda: visibility_share(snapshot))

    def _on_share_computed(self, share) -> None:
        self.share = share
        self._refresh_overall()

    def _on_share_failed(self, _message: str) -> None:
        self.share = False  # nothing to say: the header drops the line
        self._refresh_overall()

    def _refresh_overall(self) -> None:
        """Only the header, and only while no node is shown (the tabs stay as they are)."""
        if self.report is None and self.node_id is None:
            self.header.setText(tr("Select a touchpoint or a back-office node.") + self._overall())

    def _on_fixes_failed(self, message: str) -> None:
        self.fixes_header.setText(tr("Analysis failed: %1").replace("%1", escaped(message.splitlines()[0])))

    def _show_fixes(self, decision) -> None:
        self.decision = decision
        fixes = decision.fixes
        self.fixes_table.setRowCount(len(fixes))
        if decision.reason:
            self.fixes_header.setText(tr("Cannot analyse: %1").replace("%1", escaped(decision.reason)))
        elif not fixes:
            self.fixes_header.setText(tr("No back-office node can make a touchpoint fail yet."))
        else:
            share = (decision.expected_failed_visits / decision.visits) if decision.visits else None
            self.fixes_header.setText(
                tr("Of %1 touchpoint visits per period, about %2 fail (%3). Fixing these "
                   "back-office nodes avoids the most failed visits (the same list as page 1 of "
                   "the PDF handout).").replace("%1", amount(decision.visits))
                .replace("%2", amount(decision.expected_failed_visits))
                .replace("%3", as_percent(share, 2)))
        separator = tr(", ")
        for row, fix in enumerate(fixes):
            values = (str(fix.rank), fix.label, fix.owner or "—", amount(fix.avoided),
                      as_percent(fix.share, 2), separator.join(fix.touchpoints),
                      separator.join(fix.promises) or "—")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, fix.id)
                if column >= 5:
                    item.setToolTip(value)
                self.fixes_table.setItem(row, column, item)
        self.fixes_table.resizeColumnsToContents()
        for column in (1, 5, 6):
            self.fixes_table.setColumnWidth(column, min(self.fixes_table.columnWidth(column), 220))

    def _on_fixes_table_double_clicked(self, row: int, _column: int) -> None:
        item = self.fixes_table.item(row, 1)
        bp = self._session.blueprint if self._session else None
        if item is not None and bp is not None and bp.has_node(item.data(Qt.ItemDataRole.UserRole)):
            self.window.view.center_on_node(item.data(Qt.ItemDataRole.UserRole))

    def _on_runner_finished(self, report: NodeReport) -> None:
        if report.node_id == self.node_id:
            self._show(report)

    def _on_runner_failed(self, message: str) -> None:
        self.header.setText(tr("Analysis failed: %1").replace("%1", escaped(message.splitlines()[0])))

    # ----- showing -------------------------------------------------------------------------
    def _show(self, report: NodeReport | None) -> None:
        self.report = report
        self.causes_table.setRowCount(0)
        self.cut_sets_list.clear()
        self.touchpoints_table.setRowCount(0)
        self.fix_button.setEnabled(False)
        if report is None:
            self.header.setText(tr("Select a touchpoint or a back-office node.") + self._overall())
        elif report.error:
            self.header.setText(tr("Cannot analyse: %1").replace("%1", escaped(report.error)))
        elif report.is_touchpoint:
            self._show_touchpoint(report)
        else:
            self._show_resource(report)
        self._follow_selection(report)
        if self.pareto_view is not None:
            self.pareto_view.set_touchpoint(report.node_id if report and report.is_touchpoint else None)
        self._apply_highlight()

    def _follow_selection(self, report: NodeReport | None) -> None:
        """A selected node opens its own tab; no selection shows what to fix first."""
        fixes = self.fixes_table.parentWidget()
        if report is None or report.error:
            self.tabs.setCurrentWidget(fixes)
        elif self.tabs.currentWidget() is fixes:
            self.tabs.setCurrentWidget(self.causes_table if report.is_touchpoint
                                       else self.touchpoints_table.parentWidget())

    def _overall(self) -> str:
        """The blueprint-wide share of possible causes behind the line of visibility."""
        if self._session is None or self.share is False:
            return ""
        share = self.share
        if share is None:
            return "<br>" + tr("Counting the causes behind the line of visibility…")
        if share.share is None:
            return ""
        return "<br>" + tr("Across the blueprint, %1 of %2 possible causes (%3) lie behind the "
                           "line of visibility.").replace("%1", str(share.behind)) \
            .replace("%2", str(share.causes)).replace("%3", f"{share.share:.0%}")

    def _label(self, node_id: str) -> str:
        bp = self._session.blueprint
        return bp.node(node_id).label if bp.has_node(node_id) else node_id

    def _show_touchpoint(self, report: NodeReport) -> None:
        a = report.analysis
        spof = tr(", ").join(escaped(self._label(n)) for n in report.single_points) or "—"
        self.header.setText(tr("<b>%1</b>: fails with probability <b>%2</b>; %3 causes, "
                               "%4 behind the line of visibility.")
                            .replace("%1", escaped(a.label)).replace("%2", fmt(a.failure_probability, True))
                            .replace("%3", str(len(a.causes)))
                            .replace("%4", str(sum(1 for c in a.causes if c.lane.behind_visibility)))
                            + "<br>" + tr("Single points of failure: %1").replace("%1", spof))
        shares = self._incident_shares(report.node_id)
        self.causes_table.setRowCount(len(a.causes))
        for row, c in enumerate(a.causes):
            values = (c.label, fmt(c.fussell_vesely), fmt(c.probability, True), fmt(c.birnbaum),
                      fmt(c.diagnostic), fmt(c.raw), fmt(c.rrw),
                      fmt(shares.get(c.id), True) if shares else "—", lane_title(c.lane))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.causes_table.setItem(row, column, item)
        self.causes_table.resizeColumnsToContents()
        self.causes_table.setColumnWidth(0, min(self.causes_table.columnWidth(0), 220))
        shown = a.cut_sets[:SHOWN_CUT_SETS]      # lazy: only these are written out
        for cut in shown:
            self.cut_sets_list.addItem(" + ".join(self._label(n) for n in cut))
        rest = a.cut_set_count - len(shown)
        if rest > 0:
            self.cut_sets_list.addItem(tr("… and %1 more cut sets").replace("%1", f"{rest:,}"))
        if a.cut_sets_truncated:
            self.cut_sets_list.addItem(tr("… larger cut sets not shown"))

    def _show_resource(self, report: NodeReport) -> None:
        blast = report.blast
        self.header.setText(tr("<b>%1</b> can break <b>%2</b> touchpoint(s).")
                            .replace("%1", escaped(self._label(report.node_id)))
                            .replace("%2", str(len(blast))))
        what_if = report.what_if or {}
        self.touchpoints_table.setRowCount(len(blast.touchpoints))
        for row, tp in enumerate(blast.touchpoints):
            old, new = what_if.get(tp.id, (None, None))
            change = (new - old) if old is not None else None
            for column, value in enumerate((tp.label, fmt(old, True), fmt(new, True),
                                            percent_points(change))):
                self.touchpoints_table.setItem(row, column, QTableWidgetItem(value))
        self.touchpoints_table.resizeColumnsToContents()
        self.fix_button.setEnabled(bool(what_if) and not self._session.read_only)

    def _incident_shares(self, touchpoint: str) -> dict[str, float]:
        from ..analysis.pareto import pareto
        data = pareto(self._session.blueprint, touchpoint, "count")
        return {row.cause: row.share for row in data.rows if row.cause is not None}

    def _apply_highlight(self) -> None:
        scene = self.window.scene
        # Only while the dock is on show: editing with a hidden dock keeps normal colours.
        no_data = self._session is not None and not has_failure_data(self._session.blueprint)
        self.highlight_box.setText(tr("Highlight on the canvas (no failure data yet)")
                                   if no_data else self._highlight_text)
        if (self.report is not None and self.highlight_box.isChecked() and not self.report.error
                and not no_data and self.isVisible() and not self.visibleRegion().isEmpty()):
            scene.set_highlight_layer(ANALYSIS, self.report.heat(), dim_others=True)
        else:
            scene.clear_highlight_layer(ANALYSIS)

    # ----- actions --------------------------------------------------------------------------
    def fix_selected_node(self) -> None:
        """What-if made real: the node's own failure probability to 0, as one undo step."""
        if self.node_id is None or self._session is None:
            return
        command = UpdateNodeCommand(self._session.blueprint, self.node_id,
                                    {"failure_probability": 0.0}, merge=False)
        command.setText(tr("Fix “%1”").replace("%1", self._label(self.node_id)))
        self._session.undo_stack.push(command)

    def _on_causes_table_double_clicked(self, row: int, _column: int) -> None:
        item = self.causes_table.item(row, 0)
        if item is not None:
            node_id = item.data(Qt.ItemDataRole.UserRole)
            self.window.view.center_on_node(node_id)
