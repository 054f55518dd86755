"""View-menu behaviour: zoom, presentation mode, find, facilitator mode."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from .facilitator import FacilitatorBar
from .find_bar import FindBar
from .presentation import PresentationMode



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
        a.zoom_whole.triggered.connect(view.zoom_whole)
        self.presentation = PresentationMode(window)
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

    def set_facilitator_mode(self, on: bool) -> None:
        self.facilitator_bar.setVisible(on)
        if on:
            self.facilitator_bar.activate()

    def set_presentation_mode(self, on: bool) -> None:
        """Full screen, no docks or toolbars, bigger drawing, stages as slides."""
        if on:
            self.find_bar.hide()
        self.presentation.set_active(on)
