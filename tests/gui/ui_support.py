"""Fixtures for main-window tests: isolated settings and data folder, scripted dialogs."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from blueprint_app.ui.main_window import MainWindow, open_windows
from blueprint_app.ui.settings import AppSettings

SOURCE_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _private_examples() -> Path:
    """A copy of examples/ for this test process. Opening a document locks it, and the test
    workers run at the same time: on the shared files the second worker to open one got it
    read-only, and its edits were (rightly) refused."""
    folder = Path(tempfile.mkdtemp(prefix="blueprint-examples-"))
    atexit.register(shutil.rmtree, folder, True)
    return Path(shutil.copytree(SOURCE_EXAMPLES, folder / "examples"))


EXAMPLES = _private_examples()


class DialogScript:
    """Answers message boxes instead of a person and records what was asked."""

    def __init__(self) -> None:
        self.answers: list = []
        self.asked: list[tuple[str, str]] = []

    def _answer(self, kind: str, text: str, default):
        self.asked.append((kind, text))
        return self.answers.pop(0) if self.answers else default


@pytest.fixture
def dialogs(monkeypatch) -> DialogScript:
    script = DialogScript()
    B = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: script._answer("question", str(a[2]), B.No))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: script._answer("warning", str(a[2]), B.Cancel))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: script._answer("information", str(a[2]), B.Ok))
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *a, **k: script._answer("critical", str(a[2]), B.Ok))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: script._answer("exec", self.text(), B.Cancel))
    return script


@pytest.fixture
def app_settings(tmp_path, monkeypatch) -> AppSettings:
    monkeypatch.setenv("BLUEPRINT_APP_DATA_DIR", str(tmp_path / "appdata"))
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, app_settings, dialogs):
    def make() -> MainWindow:
        window = MainWindow(app_settings)
        # Not qtbot.addWidget: the window deletes itself on close (WA_DeleteOnClose).
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make
    for window in open_windows():
        window.session.undo_stack.setClean()
        window.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
