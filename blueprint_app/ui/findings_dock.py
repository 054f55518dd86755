"""Live validation: the findings of analysis.validation, refreshed while the user edits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem

from ..canvas.plain_text import plain_tooltip
from ..analysis.validation import validate
from .background import BackgroundRunner
from .finding_texts import finding_texts, item_names
from .model_watch import DebouncedWatch

# From this size on, validation after an edit runs on a worker thread over a snapshot (the
# dock shows "computing…" and fills in); smaller maps validate at once.
BACKGROUND_FROM_NODES = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("FindingsDock", text)


class FindingsDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Validation"), window)
        self.setObjectName("findings_dock")
        self.window = window
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Severity"), tr("Finding"), tr("What to do"), tr("Nodes")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.setWidget(self.tree)
        self._watch = DebouncedWatch(self, self.refresh_soon)
        self._runner = BackgroundRunner(self, shared=True)
        self._runner.finished.connect(self._show_report)
        self._session = None
        self.report = None

    def set_session(self, session) -> None:
        self._session = session
        self._watch.attach(session.blueprint)
        if len(session.blueprint) < BACKGROUND_FROM_NODES:
            self.refresh_soon()
        else:  # after the canvas has painted
            self.setWindowTitle(tr("Validation (computing…)"))
            self._watch.trigger()

    def shutdown(self) -> None:
        self._watch.detach()
        self._runner.cancel_pending()
        self._session = None

    def refresh(self) -> None:
        """Validate now, on this thread."""
        if self._session is not None:
            self._show_report(validate(self._session.blueprint))

    def refresh_soon(self) -> None:
        """After an edit: small maps at once, big ones on a worker thread over a snapshot."""
        if self._session is None:
            return
        bp = self._session.blueprint
        if len(bp) < BACKGROUND_FROM_NODES:
            self.refresh()
            return
        self.setWindowTitle(tr("Validation (computing…)"))
        snapshot = self._session.snapshot()
        self._runner.submit(lambda: validate(snapshot))

    def _show_report(self, report) -> None:
        if self._session is None:
            return
        self.report = report
        self.tree.clear()
        bp = self._session.blueprint
        for finding in self.report.findings:
            message, hint, detail = finding_texts(bp, finding)
            item = QTreeWidgetItem([
                tr("Error") if finding.severity.value == "error" else tr("Warning"),
                message, hint, item_names(bp, finding.ids)])
            item.setData(0, Qt.ItemDataRole.UserRole, list(finding.ids))
            item.setToolTip(1, plain_tooltip(detail))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        errors, warnings = len(self.report.errors), len(self.report.warnings)
        self.setWindowTitle(tr("Validation (%1 errors, %2 warnings)")
                            .replace("%1", str(errors)).replace("%2", str(warnings)))
        self.window.set_findings_count(errors, warnings)
        error_nodes = {i for f in self.report.errors for i in f.ids}
        self.window.scene.set_error_nodes(error_nodes)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        ids = [i for i in item.data(0, Qt.ItemDataRole.UserRole) or []
               if self._session.blueprint.has_node(i)]
        if ids:
            self.window.scene.select_nodes(ids)
            self.window.view.center_on_node(ids[0])
