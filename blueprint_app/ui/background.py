"""Run a pure function on a worker thread and get its result back on the GUI thread.

Each call gets a generation number; results of an older generation are dropped, so a slow
computation never overwrites the answer for a newer state of the document.

The docks that recompute after every edit share one worker thread (``shared=True``): their
work is pure Python, so running several at once is no faster under the GIL, and every extra
thread wanting the GIL makes the GUI thread wait longer for it while it paints (issue 17).
A runner's task that has not started yet is dropped when the runner gets a newer one.
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
        self.ended = False

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never crashes it
            self.signals.failed.emit(self.generation, f"{exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.done.emit(self.generation, result)
        finally:
            self.fn = None  # the snapshot it held can go
            self.ended = True


_SHARED_POOL: QThreadPool | None = None
# Tasks are not auto-deleted (a runner takes back one that has not started): they are held
# here, not by their runner, until they have run, so a runner may go while its task runs.
_ALIVE: list[_Task] = []


def shared_pool() -> QThreadPool:
    """The one worker thread of the docks that follow every edit."""
    global _SHARED_POOL
    if _SHARED_POOL is None:
        _SHARED_POOL = QThreadPool()
        _SHARED_POOL.setMaxThreadCount(1)
    return _SHARED_POOL


class BackgroundRunner(QObject):
    """``submit(fn)`` computes ``fn()`` off the GUI thread; ``finished(result)`` or
    ``failed(message)`` arrive on the GUI thread for the newest submission only."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, shared: bool = False):
        super().__init__(parent)
        if shared:
            self._pool = shared_pool()
        else:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
        self._queued: _Task | None = None  # the newest task, kept to take it back unstarted
        self._generation = 0
        self._signals = _Signals()
        self._signals.done.connect(self._on_task_done)
        self._signals.failed.connect(self._on_task_failed)

    def submit(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        self._take_back()  # not started yet: its answer would be dropped anyway
        task = self._queued = _Task(self._generation, fn, self._signals)
        task.setAutoDelete(False)  # this runner keeps it, for tryTake
        _ALIVE[:] = [t for t in _ALIVE if not t.ended] + [task]
        self._pool.start(task)

    def cancel_pending(self) -> None:
        self._generation += 1
        self._take_back()

    def _take_back(self) -> None:
        if self._queued is not None:
            if self._pool.tryTake(self._queued):
                _ALIVE.remove(self._queued)
            self._queued = None

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_task_done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self.finished.emit(result)

    def _on_task_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)
