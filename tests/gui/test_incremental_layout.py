"""canvas.incremental_layout gives compute_layout's answer after every move, resize and
change of cell, and the scene uses it: an edit does not lay out the whole map again."""
from __future__ import annotations

import random

from benchmarks.generate import generate_blueprint
from blueprint_app.canvas.incremental_layout import IncrementalLayout
from blueprint_app.canvas.scene import BlueprintScene
from blueprint_app.commands import MoveNodesCommand, UpdateNodeCommand, position_of
from blueprint_app.model import Lane
from blueprint_app.model import layout as model_layout
from blueprint_app.model.layout import compute_layout
from PySide6.QtGui import QUndoStack


def _random_edit(bp, rng) -> str:
    node = rng.choice(list(bp.nodes()))
    stages = [s.id for s in bp.stages] + [None]
    kind = rng.randrange(5)
    if kind == 0:
        bp.move_node(node.id, lane=rng.choice(list(Lane)), stage=rng.choice(stages))
    elif kind == 1:
        bp.move_node(node.id, x=rng.uniform(0, 900), y=rng.uniform(0, 500))
    elif kind == 2:
        bp.move_node(node.id, x=None, y=None)
    elif kind == 3:
        bp.update_node(node.id, width=rng.choice([None, 90.0, 260.0]),
                       height=rng.choice([None, 40.0, 120.0]))
    else:
        bp.move_node(node.id, stage=rng.choice(stages), x=rng.uniform(0, 300), y=20.0)
    return node.id


def test_every_update_equals_compute_layout():
    rng = random.Random(7)
    bp = generate_blueprint(300, seed=3)
    state = IncrementalLayout(bp)
    fallbacks = 0
    for _ in range(400):
        touched = {_random_edit(bp, rng) for _ in range(rng.choice([1, 1, 2, 3]))}
        before = dict(state.layout.nodes)
        result = state.update(touched)
        if result is None:
            fallbacks += 1
            layout, changed = state.full(), None
        else:
            layout, changed = result
        expected = compute_layout(bp)
        assert layout.columns == expected.columns
        assert layout.bands == expected.bands
        assert layout.nodes == expected.nodes
        assert layout.offsets == expected.offsets
        if changed is not None:  # exactly the nodes whose rectangle differs
            assert changed == {nid for nid, r in expected.nodes.items() if before[nid] != r}
    assert fallbacks < 100  # the "(no stage)" column coming and going; most updates are local
    assert state.full_computations == 1 + fallbacks


def test_scene_edits_do_not_lay_out_the_whole_map(qtbot, monkeypatch):
    bp = generate_blueprint(400, seed=1)
    stack = QUndoStack()
    scene = BlueprintScene()
    scene.set_blueprint(bp, stack)
    calls = []
    original = model_layout.compute_layout

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)
    monkeypatch.setattr("blueprint_app.canvas.incremental_layout.compute_layout", counted)
    node = list(bp.nodes())[5]
    old = position_of(node)
    scene.push(MoveNodesCommand(bp, {node.id: (old, {**old, "x": 40.0, "y": 30.0})}))
    scene.push(UpdateNodeCommand(bp, node.id, {"label": "Renamed"}, merge=False))
    scene.push(UpdateNodeCommand(bp, node.id, {"width": 240.0}, merge=False))
    stack.undo()
    stack.undo()
    scene.flush_layout()
    assert calls == []
    expected = compute_layout(bp)
    assert scene.layout.nodes == expected.nodes
    for node_id, rect in expected.nodes.items():
        item = scene.node_items[node_id]
        assert (item.x(), item.y(), *item.size) == (rect.x, rect.y, rect.width, rect.height)
    bp.add_node(id="fresh", lane=Lane.SUPPORT, label="New", stage=bp.stages[0].id)
    scene.flush_layout()
    assert calls == [1]  # a structural edit still lays the map out in full
    scene.clear_blueprint()
