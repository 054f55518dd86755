"""Clean shutdown on SIGTERM and SIGINT (a session ending, Ctrl+C in the terminal, `kill`).

Python runs signal handlers only between bytecodes, and Qt's event loop sits in C, so the
handler is woken through a socket (``signal.set_wakeup_fd``) watched by a QSocketNotifier.
Each window then keeps its unsaved work as a recovery copy, removes its lock file and the
application quits without asking questions nobody is there to answer.
"""
from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGINT)


def terminate_all_windows() -> None:
    from .main_window import open_windows
    for window in open_windows():
        window.terminate()
    QApplication.quit()


class SignalWatcher(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            signal.signal(number, self._on_signal)
        self._pending: list[int] = []
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._on_wakeup)

    def _on_signal(self, number, _frame) -> None:
        self._pending.append(number)

    def _on_wakeup(self, *_: object) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            pass
        if self._pending:
            self._pending.clear()
            terminate_all_windows()


def install_signal_handlers(app: QApplication) -> SignalWatcher:
    return SignalWatcher(app)
