"""The main window's docks, created in one place so the View menu can list them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QUndoView

from .findings_dock import FindingsDock
from .properties_dock import PropertiesDock


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def _dock(window, name: str, title: str, widget, area) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build_docks(window) -> dict[str, QDockWidget]:
    right = Qt.DockWidgetArea.RightDockWidgetArea
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    docks: dict[str, QDockWidget] = {}
    docks["properties"] = PropertiesDock(window)
    window.addDockWidget(right, docks["properties"])
    docks["findings"] = FindingsDock(window)
    window.addDockWidget(bottom, docks["findings"])
    history = QUndoView(window.session.undo_stack)
    history.setEmptyLabel(tr("<empty document>"))
    docks["history"] = _dock(window, "history_dock", tr("Undo history"), history, left)
    from ..canvas.minimap import MinimapView
    from .analysis_dock import AnalysisDock
    minimap = MinimapView(window.view)
    docks["overview"] = _dock(window, "overview_dock", tr("Overview"), minimap, left)
    docks["analysis"] = AnalysisDock(window)
    window.addDockWidget(right, docks["analysis"])
    window.tabifyDockWidget(docks["properties"], docks["analysis"])
    docks["properties"].raise_()
    from .commitments_dock import CommitmentsDock
    from .perception_dock import PerceptionDock
    from .resources_dock import ResourcesDock
    docks["commitments"] = CommitmentsDock(window)
    window.addDockWidget(bottom, docks["commitments"])
    docks["perception"] = PerceptionDock(window)
    window.addDockWidget(bottom, docks["perception"])
    window.tabifyDockWidget(docks["findings"], docks["commitments"])
    window.tabifyDockWidget(docks["commitments"], docks["perception"])
    docks["resources"] = ResourcesDock(window)
    window.addDockWidget(bottom, docks["resources"])
    window.tabifyDockWidget(docks["perception"], docks["resources"])
    docks["findings"].raise_()
    if "overview" in docks:
        window.tabifyDockWidget(docks["overview"], docks["history"])
        docks["overview"].raise_()
    return docks


def default_dock_sizes(window) -> None:
    """Docks as narrow as is comfortable: the canvas is what the room looks at."""
    if not window.isVisible():
        return
    window.resizeDocks([window.docks["findings"]], [max(160, window.height() // 5)], Qt.Orientation.Vertical)
    window.resizeDocks([window.docks["properties"]], [430], Qt.Orientation.Horizontal)
