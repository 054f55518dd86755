"""BlueprintView: zoom (Ctrl+wheel, steps, 100 %, fit), pan (space-drag, middle-drag,
scroll bars), rubber-band selection, centring on a node."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from .node_item import TEXT_LOD
from .pinned_headers import paint_pinned_headers, pinned_geometry, pinned_stage_at

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 5.0
READABLE_ZOOM = 0.55  # below this, labels are drawn but too small to read on a laptop
FOCUS_ZOOM = 0.9      # Find zooms in to at least this


class BlueprintView(QGraphicsView):
    zoom_changed = Signal(int)            # percent
    visible_rect_changed = Signal(QRectF)  # scene rectangle shown (for the minimap)
    pinned_stage_double_clicked = Signal(str)  # stage id (its header pinned at the top)

    def __init__(self, scene=None, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        # Measured (benchmarks/bench_canvas.py): minimal updates beat full-viewport repaints
        # when dragging one node on a large scene.
        self.setViewportUpdateMode(QGraphicsView.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.DontAdjustForAntialiasing, True)
        self._space_down = False
        self._pan_from: QPoint | None = None
        self._auto_fit = False  # refit on resize until the user zooms or pans

    # ----- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self._zoom_changed()

    def zoom_in(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._auto_fit = False
        self.set_zoom(1.0)

    def fit_automatically(self) -> None:
        """Zoom to fit now and again whenever the view changes size (a window that is
        maximised or resized after it was shown), until the user zooms or pans."""
        self._auto_fit = True
        self.zoom_fit()

    def zoom_whole(self) -> None:
        """The whole map in the window, however small its text becomes."""
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)
            if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
                self.set_zoom(self.zoom())
            self._zoom_changed()

    def zoom_fit(self) -> None:
        """Fit the map, but never so small that labels cannot be read: a wide map gets its
        lanes fitted to the height instead, and scrolls sideways from the first stage."""
        if self.scene() is None:
            return
        rect = self.scene().sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        whole = min(view.width() / rect.width(), view.height() / rect.height())
        if whole >= READABLE_ZOOM:
            self.zoom_whole()
            return
        self.fit_lanes_to_height()
        if self.zoom() < READABLE_ZOOM:
            self.set_zoom(READABLE_ZOOM)
        self.show_scene_x_range(rect.left(), rect.left() + 1, at_start=True)

    def fit_lanes_to_height(self) -> None:
        """All lanes fill the view's height (presentation mode, wide maps)."""
        layout = getattr(self.scene(), "layout", None)
        rect = self.scene().sceneRect() if self.scene() is not None else QRectF()
        height = layout.height if layout is not None else rect.height()
        if height <= 0:
            return
        self.set_zoom(max(TEXT_LOD, min(3.0, self.viewport().height() / (height + 8))))
        top = rect.top() if layout is None else -4.0
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre.x(), top + self.viewport().height() / 2 / self.zoom())

    def show_scene_x_range(self, x0: float, x1: float, at_start: bool = False) -> None:
        """Scroll sideways so that scene x0..x1 is in view (from the left edge when
        ``at_start``), keeping the vertical position."""
        half = self.viewport().width() / 2 / self.zoom()
        y = self.mapToScene(self.viewport().rect().center()).y()
        if at_start or (x1 - x0) >= 2 * half:
            self.centerOn(x0 + half - 1, y)
        else:
            self.centerOn((x0 + x1) / 2, y)
        self.viewport().update()

    def _zoom_changed(self) -> None:
        self.viewport().update()
        self.zoom_changed.emit(round(self.zoom() * 100))
        self.visible_rect_changed.emit(self.visible_scene_rect())

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def center_on_node(self, node_id: str, readable: bool = False) -> None:
        """Centre on a node; with ``readable``, zoom in first if its text is too small."""
        item = self.scene().item_for_id(node_id) if self.scene() is not None else None
        if item is not None:
            if readable and self.zoom() < FOCUS_ZOOM:
                self.set_zoom(FOCUS_ZOOM)
            self.centerOn(item)
            self.viewport().update()

    # ----- frozen lane titles and stage headers ---------------------------------------------
    def drawForeground(self, painter, rect) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        paint_pinned_headers(self, painter)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        stage_id = pinned_stage_at(self, event.position().toPoint()) \
            if event.button() == Qt.LeftButton else None
        if stage_id is not None:
            self.pinned_stage_double_clicked.emit(stage_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # ----- events -----------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._auto_fit = False
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        if any(pinned_geometry(self)) or dx or dy:
            self.viewport().update()  # pinned headers are drawn over the scrolled pixels
        self.visible_rect_changed.emit(self.visible_scene_rect())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit:
            self.zoom_fit()
        self.visible_rect_changed.emit(self.visible_scene_rect())

    def _editing_text(self) -> bool:
        return self.scene() is not None and self.scene().focusItem() is not None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Space and not self._editing_text():
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Space and self._space_down and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MiddleButton or (event.button() == Qt.LeftButton and self._space_down):
            self._pan_from = event.position().toPoint()
            self._auto_fit = False
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None and event.button() in (Qt.MiddleButton, Qt.LeftButton):
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the view handled it (rubber band, selection); do not propagate
