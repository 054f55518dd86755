"""File → Import spreadsheet…, Export → Excel workbook, and pasting rows from a spreadsheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from blueprint_app.canvas.style import LIGHT
from blueprint_app.interchange import blueprint_to_dict
from blueprint_app.interchange.spreadsheet_import import import_spreadsheet
from blueprint_app.interchange.spreadsheet_write import GRID_COLOURS
from blueprint_app.ui import file_dialogs
from blueprint_app.ui.spreadsheet_import_dialog import SpreadsheetImportDialog

from ui_support import EXAMPLES

SHEETS = EXAMPLES / "spreadsheets"


def test_grid_colours_are_the_screen_colours():
    assert GRID_COLOURS == {lane: (c.fill, c.outline) for lane, c in LIGHT.lanes.items()}


def test_dialog_previews_maps_and_lists_problems_before_creating(qtbot, window, tmp_path):
    path = tmp_path / "steps.csv"
    path.write_text("Task,Swimlane,Who\nCalls us,customer,\nHotline,kunde,Service\n",
                    encoding="utf-8")
    dialog = SpreadsheetImportDialog(path, window)
    qtbot.addWidget(dialog)
    assert dialog.preview.item(1, 0).text() == "Task"
    assert dialog.preview.item(3, 1).text() == "kunde"
    assert not dialog.import_button.isEnabled()  # no label or lane column recognised
    assert "no lane column" in dialog.messages.item(0).text()
    dialog.mapping[0].setCurrentIndex(dialog.mapping[0].findData("label"))
    dialog.mapping[1].setCurrentIndex(dialog.mapping[1].findData("lane"))
    dialog.mapping[2].setCurrentIndex(dialog.mapping[2].findData("owner"))
    texts = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
    assert any("row 3, column B (Swimlane)" in t and "unknown lane 'kunde'" in t for t in texts)
    assert not dialog.import_button.isEnabled()
    path.write_text("Task,Swimlane,Who\nCalls us,customer,\nHotline,touchpoint,Service\n",
                    encoding="utf-8")
    dialog._load_sheet(dialog.sheet.currentText())
    dialog.mapping[0].setCurrentIndex(dialog.mapping[0].findData("label"))
    dialog.mapping[1].setCurrentIndex(dialog.mapping[1].findData("lane"))
    assert dialog.import_button.isEnabled()
    bp = dialog.result_.blueprint
    assert [(n.label, n.lane.value) for n in bp.nodes()] == [("Calls us", "customer"),
                                                             ("Hotline", "frontstage")]
    assert "2 step(s), 1 link(s)" in dialog.summary.text()
    dialog.reject()


def test_dialog_reads_the_grid_example(qtbot, window):
    dialog = SpreadsheetImportDialog(SHEETS / "online-shop-grid.xlsx", window)
    qtbot.addWidget(dialog)
    assert dialog.grid and dialog.import_button.isEnabled()
    assert len(dialog.result_.blueprint) == 31
    dialog.reject()


def test_export_menu_writes_an_excel_workbook(qtbot, window, tmp_path):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    target = tmp_path / "book.xlsx"
    file_dialogs.export_to(window.session.blueprint, target)
    again = import_spreadsheet(target).blueprint
    assert blueprint_to_dict(again) == blueprint_to_dict(window.session.blueprint)


def test_paste_tab_separated_rows_is_one_undo_step(qtbot, window):
    bp = window.session.blueprint
    before = blueprint_to_dict(bp)
    QGuiApplication.clipboard().setText(
        "Step\tLane\tStage\tOwner\n"
        "Walks in\tCustomer\tVisit\t\n"
        "Greeter\tTouchpoint\tVisit\tStore\n"
        "Queue system\tSupport\tVisit\tIT\n")
    window.actions_.paste.trigger()
    nodes = list(bp.nodes())
    assert [(n.label, n.lane.value, n.owner) for n in nodes] == [
        ("Walks in", "customer", None), ("Greeter", "frontstage", "Store"),
        ("Queue system", "support", "IT")]
    assert [s.name for s in bp.stages][-1] == "Visit"
    assert all(bp.stage(n.stage).name == "Visit" for n in nodes)
    assert [(bp.node(e.source).label, bp.node(e.target).label) for e in bp.edges()] == [
        ("Walks in", "Greeter")]
    window.session.undo_stack.undo()
    assert blueprint_to_dict(bp) == before
    window.session.undo_stack.redo()
    assert len(bp) == 3


def test_paste_lines_without_header_become_customer_steps(qtbot, window):
    QGuiApplication.clipboard().setText("First idea\nSecond idea\n")
    window.actions_.paste.trigger()
    assert [(n.label, n.lane.value) for n in window.session.blueprint.nodes()] == [
        ("First idea", "customer"), ("Second idea", "customer")]
