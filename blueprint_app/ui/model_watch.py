"""Follow a blueprint's events with a debounce, as the docks do (DESIGN.md, data flow 5):
a burst of edits triggers one refresh ~150 ms after the last of them."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

from ..model import events as ev

DEBOUNCE_MS = 150


class DebouncedWatch(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None], event: str = ev.CHANGED,
                 delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.event_name = event  # not "event": that would shadow QObject.event()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(callback)
        self._blueprint = None
        self._handle: int | None = None

    def attach(self, blueprint) -> None:
        """Follow ``blueprint`` (and stop following the previous one)."""
        self.detach()
        self._blueprint = blueprint
        self._handle = blueprint.events.subscribe(self.event_name, self._on_model_event)

    def detach(self) -> None:
        self.timer.stop()
        if self._blueprint is not None and self._handle is not None:
            self._blueprint.events.unsubscribe(self._handle)
        self._blueprint, self._handle = None, None

    def _on_model_event(self, *_args) -> None:
        self.timer.start()

    def trigger(self) -> None:
        """Run the callback after the delay, as after an edit (a big map just opened: the
        canvas paints first, the dock's snapshot and computation come after)."""
        self.timer.start()
