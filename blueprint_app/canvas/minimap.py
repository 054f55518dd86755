"""MinimapView: the whole scene in small, with a frame for the main view's visible area;
click or drag to move the main view there."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView


class MinimapView(QGraphicsView):
    def __init__(self, main_view, parent=None):
        super().__init__(main_view.scene(), parent)
        self.main_view = main_view
        self.setInteractive(False)
        self.setRenderHints(QPainter.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self._frame = QRectF()
        self._pen = QPen(QColor("#ff8f00"), 2)
        self._pen.setCosmetic(True)
        main_view.visible_rect_changed.connect(self._on_main_view_visible_rect_changed)
        if self.scene() is not None:
            self.scene().sceneRectChanged.connect(self._on_scene_rect_changed)

    def set_main_scene(self, scene) -> None:
        """Follow a new scene (call after the main view's scene changed)."""
        if self.scene() is not None:
            self.scene().sceneRectChanged.disconnect(self._on_scene_rect_changed)
        self.setScene(scene)
        if scene is not None:
            scene.sceneRectChanged.connect(self._on_scene_rect_changed)
        self._fit()

    def _fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def _on_scene_rect_changed(self, rect: QRectF) -> None:
        self._fit()

    def _on_main_view_visible_rect_changed(self, rect: QRectF) -> None:
        self._frame = QRectF(rect)
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def drawForeground(self, painter, rect) -> None:  # noqa: N802
        if not self._frame.isEmpty():
            painter.setPen(self._pen)
            painter.setBrush(QColor(255, 143, 0, 30))
            painter.drawRect(self._frame)

    def _navigate(self, event) -> None:
        self.main_view.centerOn(self.mapToScene(event.position().toPoint()))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            self._navigate(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.LeftButton:
            self._navigate(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        event.ignore()
