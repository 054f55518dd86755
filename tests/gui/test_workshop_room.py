"""The workshop room, item by item, on the offscreen platform (the real-screen checks are in
test_laptop_x11.py): actions on the window, layout, Focus, frozen headers, readable fit,
fields, facilitator stages, words not ids, heat without data, new windows, .gitignore."""
from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit

from blueprint_app.canvas.node_item import TEXT_LOD
from blueprint_app.canvas.pinned_headers import STRIP_HEIGHT, pinned_geometry, pinned_stage_at
from blueprint_app.canvas.view import READABLE_ZOOM
from blueprint_app.commands import UpdateNodeCommand
from blueprint_app.model import Lane
from blueprint_app.ui.main_window import open_windows
from blueprint_app.ui.settings import AppSettings

from ui_support import EXAMPLES

REPO = Path(__file__).resolve().parents[2]


def open_example(qtbot, window, name="online-order-delivery.blueprint"):
    window.session.open(EXAMPLES / name)
    qtbot.wait(50)
    return window.session.blueprint


# ----- actions and layout ------------------------------------------------------------------
def test_every_action_belongs_to_the_window(window):
    own = set(window.actions())
    a = window.actions_
    for action in [*a.by_name.values(), *a.lane_actions.values(), window.undo_action,
                   window.redo_action]:
        assert action in own, action.text()


def test_shortcuts_work_with_menus_toolbars_and_docks_hidden(qtbot, window):
    open_example(qtbot, window)
    window.menuBar().hide()
    for bar in window.all_toolbars():
        bar.hide()
    for dock in window.docks.values():
        dock.hide()
    window.view.set_zoom(0.5)
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == pytest.approx(1.0)


def test_escape_leaves_presentation_and_arrows_step_only_while_presenting(qtbot, window):
    open_example(qtbot, window)
    presentation = window.viewing.presentation
    assert not presentation.leave_action.isEnabled() and not presentation.next_action.isEnabled()
    window.actions_.presentation.setChecked(True)
    assert presentation.leave_action.isEnabled()
    assert QKeySequence("Esc") in presentation.leave_action.shortcuts()
    presentation.next_action.trigger()
    assert presentation.stage_index == 1
    presentation.leave_action.trigger()
    assert not window.actions_.presentation.isChecked() and not window.isFullScreen()
    assert all(bar.isVisible() for bar in window.toolbars) and window.menuBar().isVisible()


def test_view_menu_lists_every_toolbar_and_dock_and_reset_layout(window):
    listed = set(window.toolbars_menu.actions()) | set(window.docks_menu.actions())
    for widget in [*window.all_toolbars(), *window.docks.values()]:
        assert widget.toggleViewAction() in listed, widget.windowTitle()
    view_menu = window.docks_menu.parent()
    assert window.actions_.reset_layout in view_menu.actions()


def test_reset_layout_brings_back_toolbars_and_docks(qtbot, window):
    for bar in window.toolbars:
        bar.hide()
    window.docks["properties"].setFloating(True)
    window.docks["analysis"].hide()
    window.actions_.reset_layout.trigger()
    qtbot.wait(20)
    assert all(not bar.isHidden() for bar in window.toolbars)
    assert not window.docks["properties"].isFloating() and not window.docks["analysis"].isHidden()
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert all(window.dockWidgetArea(d) == right for d in window.docks.values())


def test_focus_hides_every_dock_and_gives_them_back(window):
    shown = [name for name, d in window.docks.items() if not d.isHidden()]
    assert shown
    window.actions_.focus.setChecked(True)
    assert all(d.isHidden() for d in window.docks.values())
    window.actions_.focus.setChecked(False)
    assert [name for name, d in window.docks.items() if not d.isHidden()] == shown


def test_empty_validation_dock_shrinks_to_a_count_in_the_status_bar(qtbot, window):
    dock = window.docks["findings"]
    window.session.blueprint.add_stage(id="s1", name="Order")
    window.docks["findings"].refresh()
    if not dock.report.findings:
        assert dock.isHidden() and window.workspace.findings_button.text() == "No findings"
    bp = window.session.blueprint
    from blueprint_app.model import make_node
    bp.add_node(make_node(id="x", lane=Lane.SUPPORT, label="Lonely server", stage="s1"))
    dock.refresh()
    assert dock.report.findings and not dock.isHidden()
    assert "warnings" in window.workspace.findings_button.text()
    bp.remove_node("x")
    dock.refresh()
    assert dock.isHidden() or dock.report.findings
    window.workspace.findings_button.click()
    assert not dock.isHidden()


def test_full_screen_is_never_saved_nor_restored(qtbot, app_settings, window):
    app_settings.save_window(window)
    saved = app_settings.qsettings.value("window/geometry")
    window.showFullScreen()
    app_settings.save_window(window)
    assert app_settings.qsettings.value("window/geometry") == saved
    window.showNormal()


def test_first_start_takes_its_size_from_the_screen(make_window):
    window = make_window()
    fresh = type(window)(AppSettings(QSettings(str(Path(window.app_settings.qsettings.fileName())
                                                   .with_name("fresh.ini")),
                                               QSettings.Format.IniFormat)))
    area = fresh.screen().availableGeometry()
    assert fresh.isMaximized() or (fresh.width(), fresh.height()) == (area.width(), area.height())
    fresh.close()


def test_new_window_takes_the_geometry_of_the_current_one(qtbot, window):
    open_example(qtbot, window)
    window.resize(1000, 650)
    qtbot.wait(20)
    other = window.window_for_new_document()
    assert other is not window
    assert (other.width(), other.height()) == (window.width(), window.height())
    qtbot.wait(30)
    assert other.view._auto_fit  # fits again once the window manager has placed it


# ----- canvas: frozen panes, readable fit, Find ------------------------------------------
def test_lane_titles_and_stage_headers_stay_pinned(qtbot, window):
    bp = open_example(qtbot, window)
    view = window.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert pinned_geometry(view) == (True, True)
    # the pinned header names the stage under it; double-click renames it in one dialog
    x = 132 + 40  # just right of the pinned lane titles
    stage_id = pinned_stage_at(view, QPoint(x, int(STRIP_HEIGHT / 2)))
    assert stage_id in [s.id for s in bp.stages]
    asked = []
    QInputDialog.getText, original = (lambda *a, **k: (asked.append(a) or ("Farewell", True))), QInputDialog.getText
    try:
        view.pinned_stage_double_clicked.emit(stage_id)
    finally:
        QInputDialog.getText = original
    assert bp.stage(stage_id).name == "Farewell" and len(asked) == 1
    window.session.undo_stack.undo()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    assert pinned_geometry(view) == (False, False)


def test_zoom_to_fit_keeps_labels_readable_and_whole_map_still_exists(qtbot, window):
    open_example(qtbot, window, "bank-card-app.blueprint")
    window.resize(1000, 600)
    qtbot.wait(20)
    view = window.view
    view.zoom_whole()
    whole = view.zoom()
    view.zoom_fit()
    assert view.zoom() >= max(READABLE_ZOOM, TEXT_LOD) > whole
    visible = view.visible_scene_rect()
    assert visible.left() <= window.scene.sceneRect().left() + 1  # starts at the first stage


# ----- fields ----------------------------------------------------------------------------
def test_description_commits_once_when_focus_leaves(qtbot, window):
    bp = open_example(qtbot, window)
    node = next(iter(bp.nodes()))
    window.scene.select_nodes([node.id])
    dock = window.docks["properties"]
    dock.show()
    before = window.session.undo_stack.count()
    dock.description_edit.setFocus()
    qtbot.keyClicks(dock.description_edit, "Typed in one go")
    assert window.session.undo_stack.count() == before  # nothing while typing
    dock.eventFilter(dock.description_edit, _focus_out())
    assert window.session.undo_stack.count() == before + 1
    assert bp.node(node.id).description.endswith("Typed in one go")


def _focus_out():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    return QFocusEvent(QEvent.Type.FocusOut)


def test_probability_field_accepts_percentages(qtbot, window):
    bp = open_example(qtbot, window)
    node = next(n for n in bp.nodes() if n.lane is Lane.SUPPORT)
    window.scene.select_nodes([node.id])
    field = window.docks["properties"].probability_edit
    field.setText("2.5 %")
    field.editingFinished.emit()
    assert bp.node(node.id).failure_probability == pytest.approx(0.025)


def test_ctrl_z_stays_in_a_field_that_has_its_own_undo(qtbot, window):
    from blueprint_app.ui.field_undo import _own_history
    edit = QLineEdit(window)
    assert _own_history(edit, redo=False) is False  # nothing typed: Ctrl+Z goes to the document
    qtbot.keyClicks(edit, "abc")
    assert _own_history(edit, redo=False) is True   # typed: Ctrl+Z undoes the typing first
    assert _own_history(window.view, redo=False) is None


# ----- facilitator -----------------------------------------------------------------------
def test_facilitator_names_stages_as_it_goes(qtbot, window):
    window.actions_.facilitator.setChecked(True)
    bar = window.viewing.facilitator_bar
    qtbot.keyClicks(bar.stage_edit, "Arrive")
    qtbot.keyClick(bar.stage_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.edit, "Walks in")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    bp = window.session.blueprint
    assert [s.name for s in bp.stages] == ["Arrive"]
    qtbot.keyClicks(bar.edit, "Looks around")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert [s.name for s in bp.stages] == ["Arrive", "Stage 2"]  # default when none typed
    qtbot.keyClicks(bar.stage_edit, "Pay")
    qtbot.keyClick(bar.stage_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.edit, "Pays")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert [s.name for s in bp.stages] == ["Arrive", "Stage 2", "Pay"]
    window.session.undo_stack.undo()
    assert [s.name for s in bp.stages] == ["Arrive", "Stage 2"]  # step and stage: one undo


# ----- words, not ids --------------------------------------------------------------------
def test_undo_texts_name_the_field_and_the_node(qtbot, window):
    bp = open_example(qtbot, window)
    node = next(n for n in bp.nodes() if n.lane is Lane.SUPPORT)
    command = UpdateNodeCommand(bp, node.id, {"failure_probability": 0.2})
    assert command.text() == f"Change failure probability of ‘{node.label}’"
    assert node.id not in command.text() and "_" not in command.text()


def test_commitment_tables_use_units_and_names(qtbot, window):
    from blueprint_app.ui.commitments_dock import amount
    assert amount(0.333333, "h") == "20 min"
    assert amount(1.37, "h", signed=True) == "+1.37 h"
    assert amount(52.39, "min") == "52.4 min"
    assert amount(95, "%") == "95 %"


def test_no_heat_without_failure_data(qtbot, window):
    from blueprint_app.model import make_edge, make_node
    bp = window.session.blueprint
    bp.add_stage(id="s1", name="Order")
    bp.add_node(make_node(id="t", lane=Lane.FRONTSTAGE, label="Order page", stage="s1"))
    bp.add_node(make_node(id="s", lane=Lane.SUPPORT, label="Server", stage="s1"))
    bp.add_edge(make_edge(id="e", source="s", target="t", kind="support"))
    dock = window.docks["analysis"]
    dock.show()
    dock.raise_()
    window.scene.select_nodes(["t"])
    qtbot.waitUntil(lambda: dock.report is not None, timeout=5000)
    dock._apply_highlight()
    assert all(item.heat is None for item in window.scene.node_items.values())
    assert "no failure data yet" in dock.highlight_box.text()


# ----- the rest ---------------------------------------------------------------------------
def test_quadrant_chart_keeps_its_size_and_labels_do_not_overlap(qtbot, window):
    from blueprint_app.ui.quadrant_chart import MIN_HEIGHT, MIN_WIDTH
    bp = open_example(qtbot, window)
    dock = window.docks["perception"]
    dock.refresh()
    chart = dock.chart
    assert chart.minimumWidth() >= MIN_WIDTH and chart.minimumHeight() >= MIN_HEIGHT
    chart.resize(MIN_WIDTH, MIN_HEIGHT)
    chart.grab()  # paints
    placed = chart.placed_labels
    assert len(placed) > 4  # four quadrant titles and some point labels
    for i, a in enumerate(placed):
        assert QRectF(chart.rect()).contains(a)
        for b in placed[i + 1:]:
            assert not a.intersects(b), (a, b)
    assert bp is window.session.blueprint


def test_gitignore_covers_lock_files():
    patterns = [line.strip() for line in (REPO / ".gitignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert any(fnmatch.fnmatch(".~lock.workshop.blueprint#", p) for p in patterns)


def test_open_windows_are_closed_by_the_fixture(window):
    assert window in open_windows()


def test_chinese_message_bodies_default_name_and_list_punctuation(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from blueprint_app.resources import resource_path
    from blueprint_app.store import DocumentError
    from blueprint_app.ui.editor_session import EditorSession
    from blueprint_app.ui.error_texts import field_error_text, open_error_text
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "blueprint_app_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        body = open_error_text(tmp_path / "map.blueprint",
                               DocumentError(tmp_path / "map.blueprint", "no such file"))
        assert body == "无法打开“map.blueprint”。\n该文件不存在。"
        assert field_error_text("must be between 0 and 1") == "必须在 0 到 1 之间"
        session = EditorSession()
        assert session.blueprint.name == "未命名蓝图"
        session.close()
        from blueprint_app.ui.finding_texts import item_names
        from blueprint_app.model import Blueprint, make_node
        bp = Blueprint("x")
        bp.add_node(make_node(id="a", lane=Lane.SUPPORT, label="甲"))
        bp.add_node(make_node(id="b", lane=Lane.SUPPORT, label="乙"))
        assert item_names(bp, ["a", "b"]) == "“甲”、“乙”"
        assert UpdateNodeCommand(bp, "a", {"failure_probability": 0.1}).text() == "修改“甲”的失效概率"
    finally:
        QCoreApplication.removeTranslator(translator)
