"""Commitments and Perception docks, canvas badges, and the undoable editors for time
standards, fail points, FMEA, commitments and perception points."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from blueprint_app.analysis.commitment_status import commitment_overview
from blueprint_app.analysis.perception import perception_report
from blueprint_app.canvas.badges import badge_texts
from blueprint_app.ui import record_dialogs

from ui_support import EXAMPLES


def open_example(qtbot, window, name="online-order-delivery.blueprint"):
    window.session.open(EXAMPLES / name)
    dock = window.docks["commitments"]
    qtbot.waitUntil(lambda: dock.overview is not None)
    return window.session.blueprint


def tree_ids(tree):
    ids, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        ids.append(item.data(0, 0x0100))
        stack[:0] = [item.child(i) for i in range(item.childCount())]
    return ids


def test_commitments_dock_shows_the_promise_tree_with_status(qtbot, window):
    bp = open_example(qtbot, window)
    dock = window.docks["commitments"]
    overview = commitment_overview(bp)
    assert sorted(tree_ids(dock.tree)) == sorted(c.id for c in bp.commitments())
    top = [dock.tree.topLevelItem(i).data(0, 0x0100) for i in range(dock.tree.topLevelItemCount())]
    assert all(bp.commitment(c).level == 1 for c in top)
    for node_id, status in overview.node_statuses.items():
        assert window.scene.node_items[node_id].commitment_status == status
    assert dock.responsibility.rowCount() == len(overview.monitoring.responsibility)
    assert dock.breaches.rowCount() == len(overview.monitoring.attributions)


def test_selecting_a_promise_lights_its_chain(qtbot, window):
    bp = open_example(qtbot, window)
    dock = window.docks["commitments"]
    item = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                if dock.tree.topLevelItem(i).data(0, 0x0100) == "c-2days")
    item.setSelected(True)
    chain = {bp.commitment(c).node for c in ("c-2days", "c-entry", "c-dispatch", "c-carrier")}
    for node_id, node_item in window.scene.node_items.items():
        assert (node_item.heat is not None) == (node_id in chain)


def test_perception_dock_table_and_quadrants(qtbot, window):
    bp = open_example(qtbot, window, "bank-card-app.blueprint")
    dock = window.docks["perception"]
    qtbot.waitUntil(lambda: dock.report is not None and len(dock.report.rows) > 0)
    report = perception_report(bp)
    assert dock.table.rowCount() == len(report.rows)
    assert dock.table.item(0, 1).text() == report.rows[0].name  # highest priority first
    dock.share.setValue(50)
    assert dock.report.focus == perception_report(bp, 0.5).focus
    from PySide6.QtCore import QRectF
    area = QRectF(0, 0, 400, 300)
    assert all(area.adjusted(-1, -1, 1, 1).contains(p) for p in dock.chart.points(area).values())


def test_badges_follow_the_node(qtbot, window):
    bp = open_example(qtbot, window)
    node = next(n for n in bp.nodes() if n.fail_point)
    texts = [b.text for b in badge_texts(node)]
    assert texts[0] == "F"
    timed = next(n for n in bp.nodes() if n.time_standard is not None and not n.wait_point)
    clock = [b for b in badge_texts(timed) if b.clock]
    # the clock is a drawn shape; the text is the readable duration alone, no font glyph
    assert clock and all(ord(ch) < 0x2000 for b in badge_texts(timed) for ch in b.text)
    assert clock[0].text.split()[-1] in ("min", "h", "d")


def test_time_standard_fail_point_and_fmea_edits_are_undoable(qtbot, window):
    bp = open_example(qtbot, window)
    window.scene.select_nodes(["s-oms"])
    extras = window.docks["properties"].extras
    before = bp.node("s-oms")
    extras.time_standard.value.setValue(3)
    extras.time_standard.unit.setCurrentText("h")
    extras.time_standard.enabled.setChecked(True)
    assert bp.node("s-oms").time_standard.hours == 3
    extras.fail_point.setChecked(True)
    extras.fmea.setChecked(True)
    extras.severity.setValue(8)
    assert bp.node("s-oms").fail_point and bp.node("s-oms").fmea.severity == 8
    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert bp.node("s-oms") == before


def test_add_commitment_and_perception_through_dialogs_then_undo(qtbot, window, monkeypatch):
    bp = open_example(qtbot, window)
    extras = window.docks["properties"].extras

    def fill_commitment(dialog):
        dialog.name.setText("Entry double-checked")
        dialog.level.setCurrentIndex(dialog.level.findData(2))
        dialog.parent_box.setCurrentIndex(dialog.parent_box.findData("c-2days"))
        dialog.target.setValue(30)
        dialog.unit.setCurrentText("min")
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result_record else QDialog.DialogCode.Rejected

    monkeypatch.setattr(record_dialogs.CommitmentDialog, "exec", fill_commitment)
    window.scene.select_nodes(["b-entry"])
    count = sum(1 for _ in bp.commitments())
    extras.add_commitment()
    added = [c for c in bp.commitments_of("b-entry") if c.name == "Entry double-checked"]
    assert len(added) == 1 and added[0].parent == "c-2days" and added[0].target_hours == 0.5
    assert extras.commitments.count() == len(bp.commitments_of("b-entry"))

    def fill_perception(dialog):
        dialog.name.setText("Knows when it comes")
        dialog.importance.setValue(4)
        dialog.current.setValue(2)
        dialog.expected.setValue(4.5)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(record_dialogs.PerceptionDialog, "exec", fill_perception)
    window.scene.select_nodes(["t-parcel"])
    extras.add_perception()
    assert any(p.name == "Knows when it comes" for p in bp.node("t-parcel").perceptions)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert sum(1 for _ in bp.commitments()) == count
    assert not any(p.name == "Knows when it comes" for p in bp.node("t-parcel").perceptions)


def test_refused_commitment_is_explained_in_the_dialog(qtbot, window):
    bp = open_example(qtbot, window)
    dialog = record_dialogs.CommitmentDialog(bp, "b-entry")
    dialog.level.setCurrentIndex(dialog.level.findData(3))  # level 3 needs a level-2 parent
    dialog.parent_box.clear()
    dialog.accept()
    assert dialog.result_record is None and "parent" in dialog.error.text()


def test_execution_import_all_or_nothing_and_undoable(qtbot, window, dialogs, tmp_path: Path):
    from blueprint_app.ui.log_import import import_execution_log
    bp = open_example(qtbot, window)
    before = list(bp.executions)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,commitment,actual\n2026-11-01,c-entry,1\n2026-11-02,c-nowhere,1\n"
                   "2026-11-03,c-entry,-4\n", encoding="utf-8")
    assert not import_execution_log(window, bad)
    assert "3" in dialogs.asked[-1][1] and "4" in dialogs.asked[-1][1]
    assert bp.executions == before
    good = tmp_path / "good.csv"
    good.write_text("date,commitment,actual\n2026-11-01,c-entry,1.5\n2026-11-01,c-2days,40\n",
                    encoding="utf-8")
    assert import_execution_log(window, good)
    assert len(bp.executions) == len(before) + 2
    window.undo_action.trigger()
    assert bp.executions == before
