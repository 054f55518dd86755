"""The Resources dock: add, edit, link, merge and remove shared resources, each one undo step
that gives back the exact document."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from blueprint_app.interchange.json_format import blueprint_to_dict

PORTFOLIO = Path(__file__).resolve().parents[2] / "examples" / "portfolio"


def _open(window, name="return-refund.json"):
    assert window.open_path(PORTFOLIO / name)
    dock = window.docks["resources"]
    dock.refresh()
    return dock, window.session.blueprint


def test_lists_and_searches_the_catalogue(window):
    dock, bp = _open(window)
    assert dock.visible_ids() == [r.id for r in bp.resources]
    dock.search.setText("carrier")
    assert "carrier" in dock.visible_ids() and "oms" not in dock.visible_ids()


def test_typed_probability_is_one_undo_step(window, qtbot):
    dock, bp = _open(window)
    before = blueprint_to_dict(bp)
    dock.select("oms")
    dock.probability.setFocus()
    dock.probability.selectAll()
    qtbot.keyClicks(dock.probability, "2.5")
    qtbot.keyClick(dock.probability, Qt.Key.Key_Return)
    assert bp.resource("oms").failure_probability == 0.025
    window.session.undo_stack.undo()
    assert blueprint_to_dict(bp) == before


def test_merge_relinks_every_node_in_one_step_and_undo_restores(window):
    dock, bp = _open(window)
    before = blueprint_to_dict(bp)
    users = bp.resource_users("parcel-shops")
    assert users
    dock.table.clearSelection()
    dock.table.setSelectionMode(dock.table.SelectionMode.MultiSelection)
    dock.select("carrier")
    dock.select("parcel-shops")
    dock.merge_selected()
    assert not bp.has_resource("parcel-shops")
    assert all(bp.node(n).resource == "carrier" for n in users)
    window.session.undo_stack.undo()
    assert blueprint_to_dict(bp) == before


def test_add_link_and_remove(window):
    dock, bp = _open(window)
    before = blueprint_to_dict(bp)
    dock.add_resource()
    [new] = [r.id for r in bp.resources if r.id not in {x["id"] for x in before["resources"]}]
    dock.label_edit.setText("Label printer")
    dock.label_edit.editingFinished.emit()
    assert bp.resource(new).label == "Label printer"
    window.scene.select_nodes(["b-label"])
    dock.select(new)
    dock.link_selected_node()
    assert bp.node("b-label").resource == new
    assert [dock.used.item(i).text() for i in range(dock.used.count())] == [bp.node("b-label").label]
    dock.remove_resource()
    assert not bp.has_resource(new) and bp.node("b-label").resource is None
    stack = window.session.undo_stack
    for _ in range(4):
        stack.undo()
    assert blueprint_to_dict(bp) == before


def test_empty_name_is_refused_with_a_message(window):
    dock, bp = _open(window)
    dock.select("oms")
    dock.label_edit.setText("   ")
    dock.label_edit.editingFinished.emit()
    assert bp.resource("oms").label == "Order management system"
    assert dock.message.text()


def test_properties_edit_volume_and_resource_as_single_steps(window, qtbot):
    dock, bp = _open(window)
    props = window.docks["properties"]
    before = blueprint_to_dict(bp)
    window.scene.select_nodes(["t-portal"])
    props.volume_edit.setFocus()
    props.volume_edit.selectAll()
    qtbot.keyClicks(props.volume_edit, "12500")
    qtbot.keyClick(props.volume_edit, Qt.Key.Key_Return)
    assert bp.node("t-portal").volume == 12500
    window.scene.select_nodes(["b-authorise"])
    props.resource_box.setCurrentIndex(props.resource_box.findData("crm"))
    props.resource_box.activated.emit(props.resource_box.currentIndex())
    assert bp.node("b-authorise").resource == "crm"
    stack = window.session.undo_stack
    stack.undo()
    stack.undo()
    assert blueprint_to_dict(bp) == before
