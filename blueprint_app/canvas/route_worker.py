"""Edge routing off the GUI thread, for the editor window on big maps (issue 17).

The look's router (``look.routes.route_edges``) hands out channel tracks for every edge at
once, so its cost grows with the whole map: on a 5 000-node map it takes seconds. The
editor must paint the next frame at once, so the scene draws the touched edges with a
*provisional* route (a straight run between the facing sides, ``provisional_route``) and
asks this router for the real routes on a worker thread (QThreadPool, one thread). The
result comes back as a signal on the GUI thread; results of older requests are dropped (a
generation counter), so the last edit always wins. Exports (PNG/SVG) route synchronously.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..look.routes import Route, route_edges
from ..model.layout import Rect


def provisional_route(edge, src: Rect, tgt: Rect) -> Route:
    """A straight run between the facing sides: drawn until the real route arrives."""
    if src.bottom < tgt.y or tgt.bottom < src.y:  # one above the other
        down = tgt.y > src.y
        start = (src.center[0], src.bottom if down else src.y)
        end = (tgt.center[0], tgt.y if down else tgt.bottom)
    else:
        right = tgt.x > src.x
        start = (src.right if right else src.x, src.center[1])
        end = (tgt.x if right else tgt.right, tgt.center[1])
    if start == end:
        end = (end[0] + 0.1, end[1] + 0.1)
    return Route(edge.id, edge.kind, (start, end), False)


# The worker starts this long after the request: routing holds the GIL for whole seconds on
# a big map, and PySide releases it around every Qt call, so a worker that starts at once
# makes the GUI thread wait for the GIL at each call while it paints the edit's frame.
START_DELAY_MS = 80


class _Signals(QObject):
    done = Signal(int, object)  # generation, list of Route


class _RouteJob(QRunnable):
    def __init__(self, generation: int, edges, rects, layout, signals: _Signals):
        super().__init__()
        self.generation, self.edges, self.rects, self.layout = generation, edges, rects, layout
        self.signals = signals

    def run(self) -> None:  # worker thread: plain records only, no Qt items
        try:
            routes = route_edges(self.edges, self.rects, self.layout)
        except Exception:  # noqa: BLE001 - a stale request may meet a changed map; drop it
            routes = None
        self.signals.done.emit(self.generation, routes)


class BackgroundRouter(QObject):
    routed = Signal(list)  # routes of the newest request, on the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._generation = 0
        self._pending = False
        self._job: _RouteJob | None = None  # requested, not started (START_DELAY_MS)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._start)

    def request(self, edges, rects: dict[str, Rect], layout) -> None:
        """Route ``edges`` (records) between ``rects`` in the background, after the frame
        that shows the edit has been painted; older requests that have not started are
        dropped, one that runs is ignored when it ends."""
        self._generation += 1
        self._pending = True
        self._pool.clear()
        self._job = _RouteJob(self._generation, list(edges), dict(rects), layout, self._signals)
        self._start_timer.start()

    def _start(self) -> None:
        self._start_timer.stop()
        job, self._job = self._job, None
        if job is not None:
            self._pool.start(job)

    def cancel(self) -> None:
        self._generation += 1
        self._pending = False
        self._start_timer.stop()
        self._job = None
        self._pool.clear()

    @property
    def pending(self) -> bool:
        """A request whose result has not been delivered yet."""
        return self._pending

    def wait(self) -> None:
        """Block until the worker is idle and deliver the newest result (tests, shutdown)."""
        self._start()
        self._pool.waitForDone()
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.sendPostedEvents(self._signals)
        QCoreApplication.processEvents()

    def _on_done(self, generation: int, routes) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if routes is not None:
            self.routed.emit(routes)
