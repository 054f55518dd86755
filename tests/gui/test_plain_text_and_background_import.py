"""User text is never read as HTML; log imports run off the GUI thread and can be cancelled."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QLabel

from ui_support import EXAMPLES

HOSTILE = "<img src=/etc/hostname><b>bold</b>"


def _rich_leaks(window) -> list[str]:
    """Every widget that would render the hostile label as HTML."""
    from PySide6.QtCore import Qt
    leaks = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if "<img src=/etc/hostname>" in text and label.textFormat() != Qt.TextFormat.PlainText:
            leaks.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:80]}")
    for node_id, item in window.scene.node_items.items():
        if "<img src=/etc/hostname>" in item.toolTip():
            leaks.append(f"tooltip of {node_id}")
    return leaks


def test_hostile_labels_are_shown_as_plain_text(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    bp = window.session.blueprint
    for node in list(bp.nodes()):
        bp.update_node(node.id, label=node.label + HOSTILE, description=HOSTILE)
    dock = window.docks["analysis"]
    dock.show()
    for node_id in ("t-parcel", "s-oms"):
        window.scene.select_nodes([node_id])
        qtbot.waitUntil(lambda: dock.report is not None and dock.report.node_id == node_id,
                        timeout=10_000)
        qtbot.waitUntil(lambda: "&lt;img" in dock.header.text(), timeout=10_000)  # escaped
        assert _rich_leaks(window) == []


def test_log_import_runs_on_a_worker_thread_and_can_be_cancelled(qtbot, window, monkeypatch,
                                                                   tmp_path: Path):
    from blueprint_app.ui import log_import
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    log = tmp_path / "log.csv"
    log.write_text("date,touchpoint,cause,count\n" + "2026-10-01,t-parcel,b-carrier,1\n" * 2000,
                   encoding="utf-8")
    threads, gui = [], threading.current_thread()
    real = log_import.INCIDENTS.importer

    def slow_importer(bp, path, progress):
        threads.append(threading.current_thread())
        for rows in range(0, 10_000, 200):  # a long read, reporting progress
            progress(rows)
            threading.Event().wait(0.01)
        return real(bp, path, progress)

    kind = log_import.LogKind(slow_importer, log_import.INCIDENTS.command, "Import", "Refused",
                              "Imported %1 from %2")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog
    # what the Cancel button does
    QTimer.singleShot(150, lambda: [d.canceled.emit() for d in window.findChildren(QProgressDialog)])
    assert not log_import.import_log(window, kind, log)
    assert threads and threads[0] is not gui
    assert window.session.blueprint.incidents == []       # cancelled: nothing imported
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert log_import.import_log(window, kind, log)       # not cancelled: all rows
    assert sum(i.count for i in window.session.blueprint.incidents) == 2000
