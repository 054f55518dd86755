"""Blueprint.take_content: the same object becomes a copy of another state (the merged
repository revision an Update brings in), telling its followers what differs, so the
document mirror saves exactly the new state and the canvas changes only what changed."""
from __future__ import annotations

import copy
import json
from pathlib import Path

from blueprint_app.interchange.json_format import blueprint_from_dict, blueprint_to_dict
from blueprint_app.model import events as ev
from blueprint_app.store import Document, load_blueprint

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "online-order-delivery.json"


def _states():
    old = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    gone = new["nodes"].pop(0)
    new["edges"] = [e for e in new["edges"] if gone["id"] not in (e["source"], e["target"])]
    new["nodes"][0]["label"] = "Relabelled"
    new["nodes"].append({"id": "fresh", "lane": "customer", "label": "Fresh",
                         "stage": old["stages"][0]["id"]})
    new["stages"].reverse()
    new["name"] = "Renamed"
    return old, new, gone["id"]


def test_take_content_becomes_the_other_state_and_tells_what_differs(tmp_path):
    old, new, gone = _states()
    bp = blueprint_from_dict(old, "old")
    path = tmp_path / "doc.blueprint"
    document = Document(bp, path)
    document.save()
    seen = []
    for name in ev.ALL_EVENTS:
        bp.events.subscribe(name, lambda *args, name=name: seen.append((name, *args)))
    bp.take_content(blueprint_from_dict(new, "new"))
    assert blueprint_to_dict(bp) == blueprint_to_dict(blueprint_from_dict(new, "new"))
    assert (ev.NODE_REMOVED, gone) in seen and (ev.NODE_ADDED, "fresh") in seen
    changed = [e for e in seen if e[0] == ev.NODE_CHANGED]
    assert changed == [(ev.NODE_CHANGED, new["nodes"][0]["id"], ("label",))]
    assert seen.count((ev.CHANGED,)) == 1 and (ev.STAGES_CHANGED,) in seen
    document.save()  # the mirror follows the events: the file holds the new state exactly
    assert blueprint_to_dict(load_blueprint(path)) == blueprint_to_dict(bp)
    # and back (what undo does): the first state, saved as exactly
    bp.take_content(blueprint_from_dict(old, "old"))
    document.save()
    assert blueprint_to_dict(load_blueprint(path)) == blueprint_to_dict(blueprint_from_dict(old, "old"))
    document.close()


def test_reordered_nodes_are_re_sequenced(tmp_path):
    old, _, _ = _states()
    bp = blueprint_from_dict(old, "old")
    document = Document(bp, tmp_path / "doc.blueprint")
    document.save()
    turned = copy.deepcopy(old)
    turned["nodes"].reverse()
    seen = []
    bp.events.subscribe(ev.NODE_ADDED, seen.append)
    bp.take_content(blueprint_from_dict(turned, "turned"))
    assert bp.node_ids() == [n["id"] for n in turned["nodes"]]
    assert sorted(seen) == sorted(n["id"] for n in old["nodes"])
    document.save()
    assert load_blueprint(tmp_path / "doc.blueprint").node_ids() == bp.node_ids()
    document.close()
