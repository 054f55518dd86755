"""The window's workspace on a laptop: one tab group of docks on the right so the canvas gets
most of the screen, a Focus toggle that hides every dock, Reset layout, the Validation
dock shrinking to a count in the status bar while it has nothing to say, and a first-start
size taken from the screen.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton, QTabBar

# Docks in tab order (first one raised), all in the right area.
DOCK_ORDER = ("properties", "analysis", "findings", "commitments", "perception", "overview",
              "history")
HIDDEN_AT_FIRST = ("overview", "history")  # in View → Docks; five tabs fit a laptop
DOCK_WIDTH_SHARE = 0.3      # of the window width, for the dock column
MIN_DOCK_WIDTH, MAX_DOCK_WIDTH = 300, 460


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def _shown(dock: QDockWidget) -> bool:
    """Open (perhaps behind another tab, or in a window not shown yet)."""
    return not dock.isHidden()


def first_start_geometry(window) -> None:
    """Use the available screen (minus panels) instead of a fixed size, then maximise."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 720)
        return
    area = screen.availableGeometry()
    window.resize(area.width(), area.height())
    window.move(area.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class Workspace(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._hidden_by_focus: list[QDockWidget] = []
        self._findings_auto_hidden = False
        for dock in window.docks.values():
            dock.setMinimumWidth(min(dock.minimumWidth() or MIN_DOCK_WIDTH, MIN_DOCK_WIDTH))
        self.findings_button = QPushButton(window)
        self.findings_button.setFlat(True)
        self.findings_button.setToolTip(tr("Show the Validation dock"))
        self.findings_button.clicked.connect(self.show_findings)
        window.statusBar().addPermanentWidget(self.findings_button)
        a = window.actions_
        a.focus.toggled.connect(self.set_focus)
        a.reset_layout.triggered.connect(self.reset_layout)

    # ----- layout ---------------------------------------------------------------------
    def arrange_docks(self) -> None:
        """Every dock in one tab group on the right (the default layout)."""
        w, docks = self.window, self.window.docks
        right = Qt.DockWidgetArea.RightDockWidgetArea
        ordered = [docks[name] for name in DOCK_ORDER if name in docks]
        ordered += [d for d in docks.values() if d not in ordered]
        for dock in ordered:
            dock.setFloating(False)
            w.addDockWidget(right, dock)
        for previous, dock in zip(ordered, ordered[1:]):
            w.tabifyDockWidget(previous, dock)
        for dock in ordered:
            dock.setVisible(dock.objectName() not in {f"{n}_dock" for n in HIDDEN_AT_FIRST})
        ordered[0].raise_()
        QTimer.singleShot(0, self.unelide_tabs)

    def unelide_tabs(self) -> None:
        """Dock tabs show whole titles and scroll, instead of "P…", "An…"."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is self.window:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    def default_sizes(self) -> None:
        w = self.window
        width = max(MIN_DOCK_WIDTH, min(MAX_DOCK_WIDTH, int(w.width() * DOCK_WIDTH_SHARE)))
        w.resizeDocks([w.docks["properties"]], [width], Qt.Orientation.Horizontal)

    def reset_layout(self) -> None:
        w = self.window
        if w.actions_.presentation.isChecked():
            w.actions_.presentation.setChecked(False)
        w.actions_.focus.setChecked(False)
        self.arrange_docks()
        for toolbar in w.all_toolbars():
            toolbar.setVisible(toolbar not in w.optional_toolbars())
        w.viewing.facilitator_bar.setVisible(w.actions_.facilitator.isChecked())
        self._findings_auto_hidden = False
        self.update_findings(*self._counts)
        QTimer.singleShot(0, self.default_sizes)
        QTimer.singleShot(0, w.view.zoom_fit)

    # ----- focus ----------------------------------------------------------------------
    def set_focus(self, on: bool) -> None:
        if on:
            self._hidden_by_focus = [d for d in self.window.docks.values() if _shown(d)]
            for dock in self._hidden_by_focus:
                dock.hide()
        else:
            for dock in self._hidden_by_focus:
                dock.show()
            self._hidden_by_focus = []

    # ----- validation count -----------------------------------------------------------
    _counts = (0, 0)

    def update_findings(self, errors: int, warnings: int) -> None:
        self._counts = (errors, warnings)
        if errors or warnings:
            text = tr("%1 errors, %2 warnings").replace("%1", str(errors)).replace("%2", str(warnings))
        else:
            text = tr("No findings")
        self.findings_button.setText(text)
        dock = self.window.docks.get("findings")
        if dock is None or self.window.actions_.presentation.isChecked() \
                or self.window.actions_.focus.isChecked():
            return
        if not (errors or warnings):
            if _shown(dock):
                dock.hide()
                self._findings_auto_hidden = True
        elif self._findings_auto_hidden:
            self._findings_auto_hidden = False
            dock.show()

    def refresh_findings(self) -> None:
        self.update_findings(*self._counts)

    def show_findings(self) -> None:
        dock = self.window.docks.get("findings")
        if dock is not None:
            self._findings_auto_hidden = False
            dock.show()
            dock.raise_()
