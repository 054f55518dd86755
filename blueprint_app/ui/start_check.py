"""A start check for packagers and CI: with ``BLUEPRINT_APP_START_CHECK=1`` the application
starts as usual (window shown, FILE opened, translations loaded), prints one line describing
what it shows and quits at once. It proves that an installed wheel or a bundle really starts,
and gives a start time that needs no screen scraping (``time blueprint-app FILE``)."""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENV_VARIABLE = "BLUEPRINT_APP_START_CHECK"


def schedule_start_check(window, started: float) -> None:
    if os.environ.get(ENV_VARIABLE) != "1":
        return

    def report() -> None:
        menus = " ".join(action.text() for action in window.menuBar().actions())
        icon = "yes" if not QApplication.windowIcon().isNull() else "no"
        print(f"start check: title={window.windowTitle()!r} menus={menus!r} icon={icon} "
              f"seconds={time.perf_counter() - started:.2f}", flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, report)
