"""Run a pure function on a worker thread and get its result back on the GUI thread.

Each call gets a generation number; results of an older generation are dropped, so a slow
computation never overwrites the answer for a newer state of the document.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.generation, self.fn, self.signals = generation, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never crashes it
            self.signals.failed.emit(self.generation, f"{exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.done.emit(self.generation, result)


class BackgroundRunner(QObject):
    """``submit(fn)`` computes ``fn()`` off the GUI thread; ``finished(result)`` or
    ``failed(message)`` arrive on the GUI thread for the newest submission only."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._signals = _Signals()
        self._signals.done.connect(self._on_task_done)
        self._signals.failed.connect(self._on_task_failed)

    def submit(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        self._pool.start(_Task(self._generation, fn, self._signals))

    def cancel_pending(self) -> None:
        self._generation += 1
        self._pool.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_task_done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self.finished.emit(result)

    def _on_task_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)
