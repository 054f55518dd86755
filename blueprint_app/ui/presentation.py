"""Presentation mode: full screen, no docks or bars, lanes fill the screen height, and the
stages are shown one after another like slides (→/← and PageDown/PageUp).

Esc or F5 leave it (a small hint says so). The window's layout is saved on entering and put
back on leaving, so presentation mode never leaks into the next start.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from ..canvas.pinned_headers import STRIP_WIDTH
from ..model.layout import LANE_HEADER_WIDTH

PRESENTATION_FONT_SCALE = 1.4  # larger text for projectors
HINT_MS = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


class PresentationMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self.stage_index = 0
        self._saved_state = None
        self._was_maximized = False
        self.leave_action = self._action(tr("Leave presentation mode"), ("Esc",), self._leave)
        self.next_action = self._action(tr("Next stage"), ("Right", "PgDown", "Space"),
                                        lambda: self.step(+1))
        self.previous_action = self._action(tr("Previous stage"), ("Left", "PgUp", "Backspace"),
                                            lambda: self.step(-1))
        self.hint = QLabel(window.view)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("background: rgba(30, 30, 30, 200); color: white; "
                                "padding: 6px 12px; border-radius: 6px;")
        self.hint.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)

    def _action(self, text: str, keys: tuple[str, ...], slot) -> QAction:
        """A window action, enabled only while presenting (so arrows still nudge otherwise)."""
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setEnabled(False)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _leave(self) -> None:
        self.window.actions_.presentation.setChecked(False)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        for action in (self.leave_action, self.next_action, self.previous_action):
            action.setEnabled(on)
        if on:
            self._saved_state = w.saveState()
            self._was_maximized = w.isMaximized()
            for widget in [*w.docks.values(), *w.all_toolbars()]:
                widget.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            w.showFullScreen()
            w.scene.set_font_scale(PRESENTATION_FONT_SCALE)
            self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.stage_index = 0  # slides start at the beginning of the journey
            QTimer.singleShot(80, self.show_stage)
            QTimer.singleShot(120, self.show_hint)  # once the view has its full-screen size
        else:
            self.hint.hide()
            self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            w.menuBar().show()
            w.statusBar().show()
            if self._saved_state is not None:
                w.restoreState(self._saved_state)
            w.showMaximized() if self._was_maximized else w.showNormal()
            w.scene.set_font_scale(1.0)
            QTimer.singleShot(80, w.view.zoom_fit)

    def _set_scroll_bars(self, policy) -> None:
        self.window.view.setHorizontalScrollBarPolicy(policy)
        self.window.view.setVerticalScrollBarPolicy(policy)

    def show_hint(self) -> None:
        if not self.active:
            return
        self.hint.setText(tr("Esc or F5: leave presentation · → / ←: next / previous stage"))
        self.hint.adjustSize()
        view = self.window.view
        self.hint.move((view.width() - self.hint.width()) // 2,
                       view.height() - self.hint.height() - 16)
        self.hint.show()
        self.hint.raise_()
        self._hint_timer.start()

    def _columns(self):
        layout = self.window.scene.layout
        return list(layout.columns) if layout is not None else []

    def step(self, delta: int) -> None:
        columns = self._columns()
        if not columns:
            return
        self.stage_index = max(0, min(len(columns) - 1, self.stage_index + delta))
        self.show_stage()

    def show_stage(self) -> None:
        """Lanes fill the screen height; the current stage is in the middle of the screen
        (the first one starts at the lane titles)."""
        view = self.window.view
        columns = self._columns()
        view.fit_lanes_to_height()
        if not columns:
            return
        column = columns[min(self.stage_index, len(columns) - 1)]
        # The current stage starts just right of the (pinned) lane titles.
        titles = LANE_HEADER_WIDTH if self.stage_index == 0 else STRIP_WIDTH / view.zoom()
        view.show_scene_x_range(column.x - titles, column.x + column.width, at_start=True)
