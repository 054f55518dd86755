"""Never lose work: a process killed with unsaved edits leaves a recovery copy in the
application's data folder, which the next start offers back."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from blueprint_app.store.recovery import orphaned_entries, recovery_folder
from blueprint_app.ui.app import offer_recovery


EDIT_THEN_DIE = textwrap.dedent("""
    import os, signal, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from blueprint_app.model import Lane
    from blueprint_app.ui.app import create_application
    from blueprint_app.ui.main_window import MainWindow
    from blueprint_app.ui.settings import AppSettings
    from blueprint_app.store.recovery import recovery_folder
    app = create_application()
    settings = AppSettings(QSettings(os.environ["SETTINGS_FILE"], QSettings.Format.IniFormat))
    settings.set_autosave_seconds(5)
    window = MainWindow(settings)
    window.session.set_autosave_seconds(1)
    window.show()
    window.edit.add_node(Lane.CUSTOMER, None, "Unsaved idea", edit=False)
    window.edit.add_node(Lane.SUPPORT, None, "在线订单系统", edit=False)
    deadline = time.time() + 30
    while not list(recovery_folder().glob("*.blueprint")) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)  # a crash: no chance to clean up
""")


def test_killed_process_work_is_offered_back(qtbot, tmp_path, window, dialogs, monkeypatch):
    env = {**__import__("os").environ, "SETTINGS_FILE": str(tmp_path / "child.ini")}
    child = subprocess.run([sys.executable, "-c", EDIT_THEN_DIE], env=env, timeout=120,
                           capture_output=True, text=True)
    assert child.returncode == -9, child.stderr
    entries = orphaned_entries()
    assert len(entries) == 1 and entries[0].original is None
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    assert offer_recovery(window)
    labels = [n.label for n in window.session.blueprint.nodes()]
    assert labels == ["Unsaved idea", "在线订单系统"]
    assert window.session.is_modified()  # restored work still needs saving
    assert orphaned_entries() == []  # the orphan was consumed…
    # …and the restored work already has a recovery copy of its own, in case of a second crash
    assert len(list(recovery_folder().glob("*.blueprint"))) == 1


def test_declined_recovery_is_discarded(qtbot, tmp_path, window, dialogs):
    env = {**__import__("os").environ, "SETTINGS_FILE": str(tmp_path / "child.ini")}
    subprocess.run([sys.executable, "-c", EDIT_THEN_DIE], env=env, timeout=120, capture_output=True)
    dialogs.answers = [QMessageBox.StandardButton.No]
    assert not offer_recovery(window)
    assert len(window.session.blueprint) == 0
    assert orphaned_entries() == []


def test_saving_removes_the_recovery_copy(qtbot, window, tmp_path):
    from blueprint_app.model import Lane
    window.edit.add_node(Lane.CUSTOMER, None, "Idea", edit=False)
    window.session.write_recovery_copy()
    assert list(recovery_folder().glob("*.blueprint"))
    assert window._save_to(tmp_path / "idea.blueprint")
    assert not list(recovery_folder().glob("*.blueprint"))


def test_recovery_copy_is_never_beside_the_users_file(qtbot, window, tmp_path):
    from blueprint_app.model import Lane
    window._save_to(tmp_path / "doc.blueprint")
    window.edit.add_node(Lane.CUSTOMER, None, "Idea", edit=False)
    window.session.write_recovery_copy()
    beside = sorted(p.name for p in tmp_path.iterdir()
                    if p.name not in ("appdata", "settings.ini") and not p.name.startswith(".~lock"))
    assert beside == ["doc.blueprint"]
    assert list((tmp_path / "appdata" / "recovery").glob("*.blueprint"))
