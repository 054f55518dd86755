"""The team repository in the main window: a checked-out working copy shows its journey and
revision in the title ("behind by" when the head moves), commits (conflicts resolved by
picking sides), updates, and the History dock compares with a revision on the canvas."""
from __future__ import annotations

import copy

from blueprint_app.commands.node_commands import UpdateNodeCommand
from blueprint_app.interchange.json_format import blueprint_to_dict
from PySide6.QtCore import Qt

from blueprint_app.model import Lane
from blueprint_app.repository import Repository
from blueprint_app.ui.compare_overlay import GhostNodeItem
from blueprint_app.repository.files import read_file

from ui_support import EXAMPLES


def _setup(tmp_path):
    url = str(tmp_path / "team.bprepo")
    repo = Repository.create(url)
    data = read_file(EXAMPLES / "online-order-delivery.json")[0]
    repo.add(data, "order", author="ann", message="first")
    return repo, url, data


def _relabel(window, node_id, text):
    window.session.undo_stack.push(UpdateNodeCommand(window.session.blueprint, node_id,
                                                     {"label": text}))


def test_checkout_title_commit_conflict_and_update(window, tmp_path):
    repo, url, data = _setup(tmp_path)
    controller = window.repository
    assert controller.checkout(url, "order", tmp_path / "order.blueprint")
    assert "order @ revision 1" in window.windowTitle()
    n1, n2 = data["nodes"][0]["id"], data["nodes"][1]["id"]

    theirs = copy.deepcopy(data)
    theirs["nodes"][0]["label"] = "Head label"
    theirs["nodes"][2]["owner"] = "Head owner"
    repo.commit("order", theirs, 1, author="bob")
    repo.commit("order", theirs, 2, author="bob")
    controller.refresh()
    assert "behind by 2" in window.windowTitle()

    _relabel(window, n1, "My label")      # conflicts with the head
    _relabel(window, n2, "Mine only")     # merges
    asked = []

    def keep_mine(error):
        asked.extend((c.key, c.field, c.ours, c.theirs) for c in error.conflicts)
        return {i: "ours" for i in range(len(error.conflicts))}

    assert controller.commit_with("my edits", choices_for=keep_mine)
    assert asked == [(n1, "label", "My label", "Head label")]
    head, rev = repo.checkout("order")
    assert rev == 4
    labels = {n["id"]: n["label"] for n in head["nodes"]}
    assert labels[n1] == "My label" and labels[n2] == "Mine only"
    assert next(n for n in head["nodes"] if n["id"] == data["nodes"][2]["id"])["owner"] == "Head owner"
    assert "order @ revision 4" in window.windowTitle() and "behind" not in window.windowTitle()
    assert read_file(tmp_path / "order.blueprint")[1].base == 4
    assert not window.session.is_modified()
    # the commit kept the undo history: my two edits and the merge are still there
    stack = window.session.undo_stack
    assert stack.count() == 3 and stack.isClean()
    assert stack.text(2) == "Commit merged into revision 4"

    # someone else edits; Update brings it in and keeps our uncommitted edit
    other = copy.deepcopy(head)
    other["nodes"][3]["label"] = "From a colleague"
    repo.commit("order", other, 4, author="carol")
    _relabel(window, n2, "Local, not committed")
    bp = window.session.blueprint
    before_update, items_before = bp.snapshot(), set(window.scene.node_items)
    assert controller.update()
    assert bp is window.session.blueprint  # the same document, changed by one command
    assert bp.node(other["nodes"][3]["id"]).label == "From a colleague"
    assert bp.node(n2).label == "Local, not committed"
    assert "revision 5" in window.windowTitle()
    assert window.session.is_modified()
    assert stack.count() == 5 and stack.text(4) == "Update to revision 5"
    # Ctrl+Z: exactly the document before the update, base revision included
    stack.undo()
    assert bp.same_content(before_update)
    assert window.repository.link().base == 4 and "revision 4" in window.windowTitle()
    assert set(window.scene.node_items) == items_before
    stack.undo()  # and on, into the edits made before
    assert bp.node(n2).label == "Mine only" and stack.isClean()
    stack.redo()
    stack.redo()
    assert bp.node(other["nodes"][3]["id"]).label == "From a colleague"
    assert window.repository.link().base == 5
    repo.close()


def test_update_without_local_edits_is_saved_and_undoable(window, tmp_path):
    repo, url, data = _setup(tmp_path)
    controller = window.repository
    assert controller.checkout(url, "order", tmp_path / "order.blueprint")
    theirs = copy.deepcopy(data)
    theirs["nodes"].pop(0)
    theirs["edges"] = [e for e in theirs["edges"] if data["nodes"][0]["id"] not in (e["source"], e["target"])]
    theirs["nodes"].append({"id": "late", "lane": "customer", "label": "Late", "stage": data["stages"][-1]["id"]})
    theirs["stages"].reverse()
    repo.commit("order", theirs, 1, author="bob")
    assert controller.update()
    session = window.session
    assert not session.is_modified() and session.undo_stack.count() == 1
    assert blueprint_to_dict(session.blueprint) == repo.checkout("order")[0]
    on_disk, link = read_file(tmp_path / "order.blueprint")
    assert on_disk == repo.checkout("order")[0] and link.base == 2  # saved, order included
    assert set(window.scene.node_items) == {n["id"] for n in theirs["nodes"]}
    session.undo_stack.undo()
    assert blueprint_to_dict(session.blueprint) == data and controller.link().base == 1
    assert set(window.scene.node_items) == {n["id"] for n in data["nodes"]}
    assert len(window.scene.edge_items) == len(data["edges"])
    repo.close()


def test_history_dock_compares_with_a_revision(window, tmp_path):
    repo, url, data = _setup(tmp_path)
    changed = copy.deepcopy(data)
    changed["nodes"][0]["label"] = "Changed"
    removed = changed["nodes"].pop()
    changed["edges"] = [e for e in changed["edges"] if removed["id"] not in (e["source"], e["target"])]
    changed["nodes"].append({"id": "brand-new", "lane": "customer", "label": "Brand new",
                             "stage": data["stages"][0]["id"]})
    repo.commit("order", changed, 1, author="bob", message="second")
    controller = window.repository
    assert controller.checkout(url, "order", tmp_path / "order.blueprint")
    dock = controller.dock
    assert [r.rev for r in dock.revisions] == [2, 1]
    dock.compare_with(1)
    kinds = {(change, node_id) for change, node_id, _ in dock.overlay.entries}
    assert kinds == {("added", "brand-new"), ("changed", data["nodes"][0]["id"]),
                     ("removed", removed["id"])}
    assert dock.changes.count() == 3
    marks = dock.overlay.items
    assert marks["added:brand-new"].scene() is window.scene
    styles = {m.pen().style() for m in marks.values()}
    assert len(styles) == len(marks)  # each kind of change has its own style
    # the removed node is a ghost in its old lane and stage of the current layout
    ghost = marks[f"removed:{removed['id']}"]
    assert isinstance(ghost, GhostNodeItem) and ghost.scene() is window.scene
    layout = window.scene.layout
    band = layout.band(Lane(removed["lane"]))
    column = layout.column(removed.get("stage"))
    box = ghost.sceneBoundingRect()
    assert band.y <= box.center().y() <= band.y + band.height
    assert column.x <= box.center().x() <= column.x + column.width
    assert ghost.label == removed["label"]
    assert removed["id"] not in window.scene.node_items
    dock.step(1)
    assert dock.changes.currentRow() == 0
    rows = [dock.changes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dock.changes.count())]
    dock.changes.setCurrentRow(rows.index(("removed", removed["id"])))  # steps onto the ghost
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(box)
    dock.clear_comparison()
    assert not dock.overlay.items and all(i.zValue() < 900 for i in window.scene.items())
    repo.close()
