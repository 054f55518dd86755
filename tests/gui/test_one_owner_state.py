"""One owner per state (issue 12 item 6): "modified" is the undo stack's clean state; each
panel owns a named highlight layer; one coarse change notice per command, undo or redo."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from blueprint_app.canvas.highlight_layers import (ANALYSIS, COMMITMENT, DIFF, FIND,
                                                   HighlightLayers)
from blueprint_app.commands import RemoveItemsCommand, UpdateNodeCommand
from blueprint_app.model import Lane
from blueprint_app.model import events as ev
from ui_support import EXAMPLES

V1_FILE = Path(__file__).resolve().parents[1] / "store" / "data" / "v1-online-order.blueprint"


# ----- "modified" ------------------------------------------------------------------------
def test_modified_is_the_undo_stacks_clean_state(qtbot, window, tmp_path):
    session = window.session
    target = tmp_path / "map.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", target)
    assert window.open_path(target)
    assert not session.is_modified() and not window.isWindowModified()
    window.edit.add_node(Lane.SUPPORT, None, "New system", edit=False)
    assert session.is_modified() and window.isWindowModified()
    window.undo_action.trigger()  # back to the saved state: not modified
    assert not session.is_modified() and not window.isWindowModified()
    window.redo_action.trigger()
    assert session.is_modified()
    session.save()
    assert not session.is_modified() and not window.isWindowModified()
    window.undo_action.trigger()  # now the file holds the new node: undoing it is a change
    assert session.is_modified() and window.isWindowModified()
    assert not hasattr(session.document, "modified")  # no second owner


def test_a_file_that_needed_an_upgrade_opens_modified_until_saved(qtbot, window, tmp_path, dialogs):
    old = tmp_path / "old.blueprint"
    shutil.copy(V1_FILE, old)
    assert window.open_path(old)
    session = window.session
    assert session.document.upgraded
    assert session.is_modified() and window.isWindowModified()
    assert session.undo_stack.count() == 0  # modified without any undo step ...
    window.edit.add_node(Lane.SUPPORT, None, "New system", edit=False)
    window.undo_action.trigger()
    assert session.is_modified()  # ... so no undo reaches "saved"
    window.close()  # the close prompt reads the same owner
    assert any("unsaved" in text.lower() for _kind, text in dialogs.asked)
    session.save()
    assert not session.is_modified() and not session.document.upgraded


# ----- highlight layers --------------------------------------------------------------------
def test_layers_combine_by_priority_not_by_last_writer():
    layers = HighlightLayers()
    layers.set(ANALYSIS, {"a": 0.2, "b": 0.9}, dim_others=True)
    layers.set(COMMITMENT, {"b": 1.0, "c": 1.0}, dim_others=True)
    assert layers.marks_of("b").heat == 1.0      # commitment chain before analysis heat
    assert layers.marks_of("a").heat == 0.2      # only the analysis layer has it
    assert layers.marks_of("z").dimmed           # in no layer, and a layer dims the rest
    layers.set(ANALYSIS, None)                   # the analysis dock clears only its own
    assert layers.marks_of("c").heat == 1.0 and layers.marks_of("a").dimmed
    layers.set(FIND, {"a": None}, ring=True)
    marks = layers.marks_of("a")
    assert marks.ring and not marks.dimmed and marks.heat is None  # a find hit never fades
    assert layers.set(COMMITMENT, None) is True  # cleared: the items need repainting
    assert not layers.marks_of("z").dimmed       # nobody dims any more
    assert layers.set(COMMITMENT, None) is False  # already clear: nothing to repaint
    assert layers.active() == [FIND]


def test_docks_set_and_clear_their_own_layers_on_the_scene(qtbot, canvas):
    bp, scene, view, stack = canvas
    scene.set_highlight_layer(ANALYSIS, {"t1": 0.4, "sup": 0.1}, dim_others=True)
    scene.set_highlight_layer(COMMITMENT, {"c1": 1.0}, dim_others=True)
    items = scene.node_items
    assert items["t1"].heat == 0.4 and items["c1"].heat == 1.0 and items["c2"].dimmed
    scene.clear_highlight_layer(COMMITMENT)  # the Commitments dock lets go ...
    assert items["t1"].heat == 0.4 and items["c1"].heat is None  # ... the heat stays
    assert items["c1"].dimmed and scene.edge_items["e1"].dimmed
    scene.set_highlight_layer(DIFF, {"c1": None})  # a changed node in a comparison
    assert not items["c1"].dimmed
    scene.clear_highlight_layer(ANALYSIS)
    assert all(item.heat is None for item in items.values())
    assert not any(item.dimmed for item in items.values())
    # The old single-slot call still works: it is the analysis layer.
    scene.set_highlight({"t1": 0.9})
    assert scene.highlight_layer(ANALYSIS).values == {"t1": 0.9}


def test_find_hits_are_their_own_layer(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    scene = window.scene
    target = next(iter(window.session.blueprint.nodes()))
    scene.set_highlight_layer(ANALYSIS, {target.id: 0.5}, dim_others=True)
    bar = window.viewing.find_bar
    bar.activate()
    bar.edit.setText(target.label)
    hits = set(scene.highlight_layer(FIND).values)
    assert target.id in hits and all(scene.node_items[h].ring for h in hits)
    assert scene.node_items[target.id].heat == 0.5  # the analysis heat is untouched
    bar.deactivate()
    assert scene.highlight_layer(FIND) is None and not scene.node_items[target.id].ring
    assert scene.highlight_layer(ANALYSIS).values == {target.id: 0.5}


# ----- one coarse notice per command ---------------------------------------------------------
def _hub_with_five_edges(window):
    bp = window.session.blueprint
    hub_id = window.edit.add_node(Lane.FRONTSTAGE, None, "Hub", edit=False)
    for k in range(5):
        system = window.edit.add_node(Lane.SUPPORT, None, f"System {k}", edit=False)
        bp.add_edge(id=f"h{k}", source=system, target=hub_id, kind="support")
    return bp, hub_id


def test_deleting_a_node_with_five_edges_sends_one_coarse_notice(qtbot, window):
    bp, hub_id = _hub_with_five_edges(window)
    assert len(bp.edges_of(hub_id)) == 5
    notices, fine = [], []
    bp.events.subscribe(ev.CHANGED, lambda: notices.append(1))
    bp.events.subscribe(ev.EDGE_REMOVED, fine.append)
    dock = window.docks["properties"]
    window.scene.select_nodes([hub_id])
    refreshes = []
    original = dock.refresh
    dock.refresh = lambda: (refreshes.append(1), original())
    stack = window.session.undo_stack
    stack.push(RemoveItemsCommand(bp, [hub_id]))
    assert (len(fine), len(notices), len(refreshes)) == (5, 1, 1)
    stack.undo()
    assert (len(notices), len(refreshes)) == (2, 2)
    stack.redo()
    assert (len(notices), len(refreshes)) == (3, 3)


def test_typing_in_a_field_does_not_rebuild_the_stage_list(qtbot, window):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    bp = window.session.blueprint
    node_id = bp.node_ids()[0]
    window.scene.select_nodes([node_id])
    dock = window.docks["properties"]
    builds = dock.stage_list_builds
    stages_shown = dock.stage_box.count()
    assert stages_shown == len(bp.stages) + 1
    for k in range(1, 8):  # a field that commits per keystroke: merged UpdateNodeCommands
        window.session.undo_stack.push(UpdateNodeCommand(bp, node_id, {"label": "Typed"[:k]}))
    dock.label_edit.setFocus()
    qtbot.keyClicks(dock.label_edit, " more")
    qtbot.keyClick(dock.label_edit, Qt.Key.Key_Return)
    assert bp.node(node_id).label.endswith(" more")
    assert dock.stage_list_builds == builds
    bp.rename_stage(bp.stages[0].id, "Renamed stage")  # the list itself changed: rebuilt
    assert dock.stage_list_builds == builds + 1
    assert dock.stage_box.itemText(1) == "Renamed stage"


def test_grouped_edits_send_one_coarse_notice_on_push_undo_and_redo(qtbot, window):
    """A facilitator step (a stage, a node and its flow links) and an edge-kind change over
    several edges are one undo step each, and each push, undo and redo of them sends the
    coarse notice once; undo gives back the exact document."""
    from blueprint_app.interchange.json_format import dumps as to_json_text
    from blueprint_app.model import EdgeKind
    bp, hub_id = _hub_with_five_edges(window)
    before = to_json_text(bp)
    notices = []
    bp.events.subscribe(ev.CHANGED, lambda: notices.append(1))
    stack = window.session.undo_stack
    window.scene.select_nodes([])
    for k in range(5):
        window.scene.edge_items[f"h{k}"].setSelected(True)
    assert sorted(window.edit.selected_edges()) == [f"h{k}" for k in range(5)]
    depth = stack.count()
    window.edit.set_edge_kind(EdgeKind.FLOW)
    assert stack.count() == depth + 1 and len(notices) == 1
    assert {bp.edge(f"h{k}").kind for k in range(5)} == {EdgeKind.FLOW}
    stack.undo()
    assert len(notices) == 2 and to_json_text(bp) == before
    stack.redo()
    assert len(notices) == 3
    stack.undo()
    notices.clear()
    window.actions_.facilitator.setChecked(True)
    bar = window.viewing.facilitator_bar
    qtbot.keyClicks(bar.stage_edit, "Arrive")
    qtbot.keyClick(bar.stage_edit, Qt.Key.Key_Return)
    notices.clear()
    qtbot.keyClicks(bar.edit, "Walks in")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert len(notices) == 1
    after = to_json_text(bp)
    stack.undo()
    assert len(notices) == 2
    stack.redo()
    assert len(notices) == 3 and to_json_text(bp) == after
