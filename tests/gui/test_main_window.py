"""The main window driven like a user: keyboard entry, undo, save/reopen, prompts, locks."""
from __future__ import annotations

import os
import shutil
import socket

import json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from blueprint_app.model import EdgeKind, Lane
from blueprint_app.store import load_blueprint
from blueprint_app.store.lockfile import lock_path

from ui_support import EXAMPLES

B = QMessageBox.StandardButton


def type_step(qtbot, bar, text: str) -> None:
    qtbot.keyClicks(bar.edit, text)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)


def build_journey_by_keyboard(qtbot, window) -> None:
    """10 nodes in 3 lanes, from the keyboard alone (shortcut, typing, Tab, Shift+Tab)."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bar = window.viewing.facilitator_bar
    assert bar.isVisible() and bar.lane is Lane.CUSTOMER
    for customer, touchpoint, backstage in (("Browses the shop", "Product page", "Catalogue upkeep"),
                                            ("Places the order", "Order confirmation", "Order entry"),
                                            ("Pays", "Payment page", "Payment check")):
        type_step(qtbot, bar, customer)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Tab)
        type_step(qtbot, bar, touchpoint)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Tab)
        type_step(qtbot, bar, backstage)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Backtab)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Backtab)
    type_step(qtbot, bar, "Receives the parcel")


def test_keyboard_alone_builds_a_ten_node_three_lane_blueprint(qtbot, window):
    build_journey_by_keyboard(qtbot, window)
    bp = window.session.blueprint
    assert len(bp) == 10
    assert {n.lane for n in bp.nodes()} == {Lane.CUSTOMER, Lane.FRONTSTAGE, Lane.BACKSTAGE}
    assert len(bp.stages) == 4
    labels = {n.label: n for n in bp.nodes()}
    # Customer -> touchpoint is a flow edge; the backstage step supports the touchpoint.
    flows = {(bp.node(e.source).label, bp.node(e.target).label) for e in bp.edges(EdgeKind.FLOW)}
    supports = {(bp.node(e.source).label, bp.node(e.target).label) for e in bp.edges(EdgeKind.SUPPORT)}
    assert ("Browses the shop", "Product page") in flows
    assert ("Catalogue upkeep", "Product page") in supports
    assert labels["Places the order"].stage == bp.stages[1].id
    assert labels["Receives the parcel"].stage == bp.stages[3].id
    assert window.session.is_modified()


def test_undo_everything_back_to_empty_and_redo_it_all(qtbot, window):
    build_journey_by_keyboard(qtbot, window)
    bp = window.session.blueprint
    built = bp.snapshot()
    stack = window.session.undo_stack
    assert stack.count() == 10  # one undo step per captured step
    while stack.canUndo():
        window.undo_action.trigger()
    assert len(bp) == 0 and not bp.stages and not list(bp.edges())
    assert len(window.scene.items()) > 0  # the lane grid stays
    while stack.canRedo():
        window.redo_action.trigger()
    assert bp.same_content(built)


def test_save_reopen_and_compare(qtbot, window, make_window, tmp_path):
    build_journey_by_keyboard(qtbot, window)
    target = tmp_path / "journey.blueprint"
    assert window._save_to(target)
    assert not window.session.is_modified()
    assert load_blueprint(target).same_content(window.session.blueprint)
    other = make_window()
    other.open_path(EXAMPLES / "bank-card-app.blueprint")
    reopened = make_window()
    reopened.session.open(target)
    assert reopened.session.blueprint.same_content(window.session.blueprint)


def test_unsaved_changes_prompt_cancel_discard_and_save(qtbot, window, dialogs, tmp_path, monkeypatch):
    window.edit.add_node(Lane.CUSTOMER, None, "Arrives", edit=False)
    dialogs.answers = [B.Cancel]
    assert not window.close()
    assert dialogs.asked[-1][0] == "exec" and "unsaved" in dialogs.asked[-1][1].lower()
    assert window.isVisible()
    target = tmp_path / "kept.blueprint"
    monkeypatch.setattr("blueprint_app.ui.file_dialogs.ask_save_path", lambda *a: target)
    dialogs.answers = [B.Save]
    assert window.close()
    assert [n.label for n in load_blueprint(target).nodes()] == ["Arrives"]


def test_discard_closes_without_saving(qtbot, window, dialogs):
    window.edit.add_node(Lane.CUSTOMER, None, "Arrives", edit=False)
    dialogs.answers = [B.Discard]
    assert window.close()


def test_window_title_shows_name_and_modified_mark(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    assert window.windowTitle().startswith("online-order-delivery.blueprint")
    assert not window.isWindowModified()
    window.edit.add_node(Lane.SUPPORT, None, "New system", edit=False)
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()


def test_document_locked_by_another_instance_opens_read_only(qtbot, window, dialogs, tmp_path):
    target = tmp_path / "shared.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", target)
    lock_path(target).write_text(json.dumps({"user": "ana", "host": "other-" + socket.gethostname(),
                                             "pid": 4242, "since": "2026-11-25T09:00:00"}))
    assert window.open_path(target)
    assert window.session.read_only
    assert any("ana" in text for _, text in dialogs.asked)
    assert "read-only" in window.windowTitle()


def test_own_lock_is_taken_and_released(qtbot, window, tmp_path):
    target = tmp_path / "mine.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", target)
    window.open_path(target)
    assert lock_path(target).exists() and not window.session.read_only
    window.close()
    assert not lock_path(target).exists()


def test_save_refuses_to_overwrite_a_file_changed_on_disk(qtbot, window, dialogs, tmp_path):
    target = tmp_path / "changing.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", target)
    window.open_path(target)
    window.edit.add_node(Lane.SUPPORT, None, "Mine", edit=False)
    shutil.copy(EXAMPLES / "bank-card-app.blueprint", target)  # someone else saved over it
    os.utime(target, ns=(1, 1))
    before = target.read_bytes()
    dialogs.answers = [B.Cancel]
    assert not window.save()
    assert dialogs.asked[-1][0] == "warning" and "changed" in dialogs.asked[-1][1]
    assert target.read_bytes() == before


def test_open_bad_file_shows_message_and_keeps_document(qtbot, window, dialogs, tmp_path):
    window.edit.add_node(Lane.CUSTOMER, None, "Keep me", edit=False)
    bad = tmp_path / "broken.blueprint"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert not window.open_path(bad)
    assert any("broken.blueprint" in text for _, text in dialogs.asked)
    assert [n.label for n in window.session.blueprint.nodes()] == ["Keep me"]


def test_find_cycles_through_matches(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    window.actions_.find.trigger()
    bar = window.viewing.find_bar
    qtbot.keyClicks(bar.edit, "order")
    hits = []
    for _ in range(3):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        hits.append(tuple(window.scene.selected_node_ids()))
    assert len(set(hits)) == 3
    for (node_id,) in hits:
        node = window.session.blueprint.node(node_id)
        assert "order" in (node.label + (node.owner or "") + node.id).lower()


def test_copy_paste_between_two_windows(qtbot, window, make_window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    source = window.session.blueprint
    chosen = [n.id for n in source.nodes()][:3]
    window.scene.select_nodes(chosen)
    window.actions_.copy.trigger()
    other = make_window()
    other.actions_.paste.trigger()
    pasted = list(other.session.blueprint.nodes())
    assert [n.label for n in pasted] == [source.node(i).label for i in chosen]
    other.undo_action.trigger()
    assert len(other.session.blueprint) == 0


def test_properties_dock_edit_is_undoable(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    node_id = "s-oms"
    window.scene.select_nodes([node_id])
    dock = window.docks["properties"]
    old = window.session.blueprint.node(node_id).owner
    dock.owner_edit.setText("Platform team")
    dock.owner_edit.editingFinished.emit()
    assert window.session.blueprint.node(node_id).owner == "Platform team"
    window.undo_action.trigger()
    assert window.session.blueprint.node(node_id).owner == old
    assert dock.owner_edit.text() == old


def test_delete_and_undo_restores_node_with_edges(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    bp = window.session.blueprint
    before = bp.snapshot()
    window.scene.select_nodes(["s-oms"])
    window.actions_.delete.trigger()
    assert not bp.has_node("s-oms")
    window.undo_action.trigger()
    assert bp.same_content(before)


def test_view_state_is_saved_with_the_document(qtbot, window, make_window, tmp_path):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    window.view.set_zoom(1.25)
    window.view.center_on_node("t-parcel")
    target = tmp_path / "view.blueprint"
    assert window._save_to(target)
    window.close()
    other = make_window()
    assert other.open_path(target)
    qtbot.waitUntil(lambda: abs(other.view.zoom() - 1.25) < 1e-3)
    parcel = other.scene.node_items["t-parcel"].sceneBoundingRect().center()
    assert other.view.viewport().rect().contains(other.view.mapFromScene(parcel))


def test_double_click_never_drops_a_node_on_top_of_another(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    scene = window.scene
    rect = scene.node_items["t-parcel"].sceneBoundingRect()
    node = window.session.blueprint.node("t-parcel")
    scene.cell_double_clicked.emit(node.lane, node.stage, rect.center())
    window.scene.finish_inline_edit(False)
    from blueprint_app.model.layout import compute_layout
    layout = compute_layout(window.session.blueprint)
    rects = list(layout.nodes.values())
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom)


def test_presentation_mode_hides_chrome_and_enlarges_text(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    assert window.docks["properties"].isVisible()
    window.actions_.presentation.setChecked(True)
    assert window.scene.font_scale() == 1.4
    assert not window.docks["properties"].isVisible() and not window.menuBar().isVisible()
    window.actions_.presentation.setChecked(False)
    assert window.scene.font_scale() == 1.0
    assert window.docks["properties"].isVisible() and window.menuBar().isVisible()


def test_duplicate_nodes_with_commitments_gets_fresh_ids(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    bp = window.session.blueprint
    window.scene.select_nodes(["t-parcel", "b-entry"])
    before = {c.id for c in bp.commitments()}
    window.actions_.duplicate.trigger()
    copies = window.scene.selected_node_ids()
    assert len(copies) == 2 and not set(copies) & {"t-parcel", "b-entry"}
    new = [c for node_id in copies for c in bp.commitments_of(node_id)]
    assert new and not {c.id for c in new} & before
    promise = next(c for c in new if c.level == 1)
    entry = next(c for c in new if c.level == 2)
    assert entry.parent == promise.id  # the copy hangs under the copied promise
    window.undo_action.trigger()
    assert {c.id for c in bp.commitments()} == before


def test_print_renders_the_blueprint_to_the_printer(qtbot, window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from blueprint_app.ui.file_dialogs import print_blueprint
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_blueprint(window.scene, printer)
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Parcel arrives" in text and "Line of visibility" in text


def test_dropping_a_document_opens_it(qtbot, window):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EXAMPLES / "bank-card-app.blueprint"))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.path.name == "bank-card-app.blueprint"


def test_recent_files_and_window_state_persist(qtbot, make_window, app_settings, tmp_path):
    first = make_window()
    first.open_path(EXAMPLES / "bank-card-app.blueprint")
    first.docks["overview"].hide()
    first.close()
    assert app_settings.recent_files()[0].endswith("bank-card-app.blueprint")
    second = make_window()
    assert not second.docks["overview"].isVisible()


def test_removing_a_stage_with_nodes_asks_first(qtbot, window, dialogs):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    bp = window.session.blueprint
    stage = bp.stages[0]
    dialogs.answers = [QMessageBox.StandardButton.No]
    window.edit.remove_stage(stage.id)
    assert bp.has_stage(stage.id)
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    window.edit.remove_stage(stage.id)
    assert not bp.has_stage(stage.id) and all(n.stage != stage.id for n in bp.nodes())
    window.undo_action.trigger()
    assert bp.stages[0] == stage


def test_insert_stage_action_asks_for_a_name(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renew", True))
    window.actions_.add_stage.trigger()
    assert [s.name for s in window.session.blueprint.stages] == ["Renew"]
    window.undo_action.trigger()
    assert not window.session.blueprint.stages


def test_save_as_onto_a_file_open_elsewhere_is_refused(qtbot, window, dialogs, tmp_path):
    theirs = tmp_path / "theirs.blueprint"
    shutil.copy(EXAMPLES / "bank-card-app.blueprint", theirs)
    lock_path(theirs).write_text(json.dumps({"user": "li", "host": "other-" + socket.gethostname(),
                                             "pid": 4242, "since": "2026-11-25T09:00:00"}))
    before = theirs.read_bytes()
    window.edit.add_node(Lane.CUSTOMER, None, "Mine", edit=False)
    assert not window._save_to(theirs)
    assert theirs.read_bytes() == before
    assert "li" in dialogs.asked[-1][1] and window.session.is_modified()


def test_a_second_window_of_this_process_gets_the_file_read_only(qtbot, window, tmp_path):
    from blueprint_app.ui.editor_session import EditorSession
    target = tmp_path / "shared.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", target)
    window.session.open(target)
    other = EditorSession()
    other.open(target)
    assert other.read_only and not window.session.read_only
    other.close()
    assert lock_path(target).exists()  # still held by the first window


def test_restored_work_is_protected_before_the_next_edit(qtbot, window):
    from blueprint_app.model import Blueprint
    from blueprint_app.store.recovery import recovery_folder
    restored = Blueprint("Recovered")
    restored.add_node(id="c1", lane="customer", label="Idea")
    window.session.adopt(restored, unsaved=True)
    assert list(recovery_folder().glob("*.blueprint"))
