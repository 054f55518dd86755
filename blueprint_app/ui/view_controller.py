"""View-menu behaviour: zoom, presentation mode, find, facilitator mode."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

from .facilitator import FacilitatorBar
from .find_bar import FindBar


PRESENTATION_FONT_SCALE = 1.4  # larger text for projectors


def tr(text: str) -> str:
    return QCoreApplication.translate("ViewController", text)


class ViewController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        a = window.actions_
        view = window.view
        a.zoom_in.triggered.connect(view.zoom_in)
        a.zoom_out.triggered.connect(view.zoom_out)
        a.zoom_reset.triggered.connect(view.zoom_reset)
        a.zoom_fit.triggered.connect(view.zoom_fit)
        a.presentation.toggled.connect(self.set_presentation_mode)
        self.find_bar = FindBar(window)
        self.facilitator_bar = FacilitatorBar(window)
        window.addToolBarBreak(Qt.ToolBarArea.BottomToolBarArea)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.facilitator_bar)
        self.find_bar.hide()
        self.facilitator_bar.hide()
        a.find.triggered.connect(self.find_bar.activate)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.facilitator.toggled.connect(self.set_facilitator_mode)
        self._hidden_for_presentation: list = []

    def set_facilitator_mode(self, on: bool) -> None:
        self.facilitator_bar.setVisible(on)
        if on:
            self.facilitator_bar.activate()

    def set_presentation_mode(self, on: bool) -> None:
        """Full screen, no docks or toolbars, bigger drawing: for projectors."""
        w = self.window
        if on:
            self._hidden_for_presentation = [d for d in w.docks.values() if d.isVisible()]
            self._hidden_for_presentation += [t for t in w.toolbars if t.isVisible()]
            for widget in self._hidden_for_presentation:
                widget.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            w.showFullScreen()
            w.scene.set_font_scale(PRESENTATION_FONT_SCALE)
            QTimer.singleShot(50, self.zoom_fit_height)
        else:
            for widget in self._hidden_for_presentation:
                widget.show()
            self._hidden_for_presentation = []
            w.menuBar().show()
            w.statusBar().show()
            w.showNormal()
            w.scene.set_font_scale(1.0)
            QTimer.singleShot(50, w.view.zoom_fit)

    def zoom_fit_height(self) -> None:
        """Lanes fill the screen height, so labels are as large as they can be on a
        projector; the audience follows the journey as the facilitator pans."""
        view = self.window.view
        rect = view.scene().sceneRect()
        if rect.height() <= 0:
            return
        view.set_zoom(max(0.2, min(3.0, view.viewport().height() / rect.height() * 0.98)))
        view.centerOn(rect.left() + view.viewport().width() / 2 / view.zoom(), rect.center().y())
