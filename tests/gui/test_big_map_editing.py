"""The editor stays instant on big maps (issue 17 item 3): one scene build per open, edges
routed off the GUI thread (provisional runs first, the look's routes once they arrive), and
docks that validate big maps on a worker thread. Timings are in benchmarks/gui_latency.py."""
from __future__ import annotations

from blueprint_app.canvas.scene import BlueprintScene
from blueprint_app.commands import MoveNodesCommand, position_of
from blueprint_app.look.routes import route_edges
from blueprint_app.model import Blueprint
from blueprint_app.store import save_blueprint
from ui_support import EXAMPLES



def _count_builds(monkeypatch) -> list:
    calls = []
    original = BlueprintScene.set_blueprint

    def counted(scene, *args, **kwargs):
        calls.append(scene)
        return original(scene, *args, **kwargs)
    monkeypatch.setattr(BlueprintScene, "set_blueprint", counted)
    return calls


def test_opening_a_document_builds_the_scene_once(qtbot, window, monkeypatch):
    calls = _count_builds(monkeypatch)
    assert window.open_path(EXAMPLES / "online-order-delivery.blueprint")
    qtbot.wait(50)
    assert [scene is window.scene for scene in calls] == [True]


def _expected_routes(scene) -> dict:
    bp = scene.blueprint
    edges = [bp.edge(edge_id) for edge_id in scene.edge_items]
    return {r.edge_id: r for r in route_edges(edges, scene.layout.nodes, scene.layout)}


def test_background_routes_end_as_the_looks_routes(qtbot, window):
    window.open_path(EXAMPLES / "online-order-delivery.blueprint")
    scene = window.scene
    assert scene.background_routes
    # Opening draws no provisional run for every edge: the worker's routes come first.
    assert scene.routes_pending
    assert all(item.route is None for item in scene.edge_items.values())
    scene.wait_for_routes()
    assert {i: item.route for i, item in scene.edge_items.items()} == _expected_routes(scene)
    bp = window.session.blueprint
    edge = next(iter(bp.edges()))
    node = bp.node(edge.source)
    old = position_of(node)
    scene.push(MoveNodesCommand(bp, {node.id: (old, {**old, "x": 40.0, "y": 20.0})}))
    moved_item = scene.edge_items[edge.id]
    assert len(moved_item.route.points) == 2  # at once: a provisional straight run ...
    start = moved_item.route.points[0]
    rect = scene.layout.nodes[node.id]
    assert rect.x <= start[0] <= rect.right and rect.y <= start[1] <= rect.bottom
    scene.wait_for_routes()  # ... then the look's route, the one the PDF draws
    assert {i: item.route for i, item in scene.edge_items.items()} == _expected_routes(scene)


def test_big_maps_validate_on_a_worker_thread(qtbot, window, tmp_path, monkeypatch):
    from blueprint_app.ui import findings_dock
    monkeypatch.setattr(findings_dock, "BACKGROUND_FROM_NODES", 5)
    bp = Blueprint("Big enough")
    bp.add_stage(id="s1", name="Order")
    for k in range(8):
        bp.add_node(id=f"x{k}", lane="support", label=f"Lonely server {k}", stage="s1")
    path = tmp_path / "big.blueprint"
    save_blueprint(bp, path)
    window.open_path(path)
    dock = window.docks["findings"]
    dock.refresh_soon()
    assert "…" in dock.windowTitle()  # computing; the GUI thread is free meanwhile
    qtbot.waitUntil(lambda: dock.report is not None and "…" not in dock.windowTitle(),
                    timeout=10_000)
    lonely = {i for f in dock.report.findings for i in f.ids}
    assert {f"x{k}" for k in range(8)} <= lonely


def test_big_maps_compute_perceptions_on_a_worker_thread(qtbot, window, tmp_path, monkeypatch):
    """The Perception dock says "computing…" after an edit of a big map and fills in from a
    worker thread; the figures are those computed directly."""
    import threading

    from blueprint_app.analysis.perception import perception_report
    from blueprint_app.commands import UpdateNodeCommand
    from blueprint_app.ui import perception_dock
    monkeypatch.setattr(perception_dock, "BACKGROUND_FROM_NODES", 5)
    threads = []
    original = perception_dock.perception_report

    def recorded(bp, share):
        threads.append(threading.current_thread())
        return original(bp, share)
    monkeypatch.setattr(perception_dock, "perception_report", recorded)
    window.open_path(EXAMPLES / "online-order-delivery.blueprint")
    dock = window.docks["perception"]
    qtbot.waitUntil(lambda: dock.report is not None, timeout=10_000)
    bp = window.session.blueprint
    touchpoint = next(n for n in bp.nodes() if n.perceptions)
    dock.report = None
    window.scene.push(UpdateNodeCommand(bp, touchpoint.id, {"label": "Renamed"}, merge=False))
    dock.refresh_soon()
    assert dock.summary.text() == "Computing…"
    qtbot.waitUntil(lambda: dock.report is not None and dock.summary.text() != "Computing…",
                    timeout=10_000)
    expected = perception_report(bp, dock.share.value() / 100)
    assert [(r.node, r.name, r.gap) for r in dock.report.rows] == \
        [(r.node, r.name, r.gap) for r in expected.rows]
    assert "Renamed" in {r.touchpoint for r in dock.report.rows}
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_opening_a_big_map_paints_before_the_docks_copy_it(qtbot, window, monkeypatch):
    """The docks' first figures of a big map come after the canvas has painted: no snapshot
    is copied during the open; they say "computing…" and fill in from the worker."""
    from blueprint_app.analysis.validation import validate
    from blueprint_app.ui import analysis_dock, commitments_dock, findings_dock, perception_dock
    for module in (analysis_dock, commitments_dock, findings_dock, perception_dock):
        monkeypatch.setattr(module, "BACKGROUND_FROM_NODES", 5)
    window.open_path(EXAMPLES / "online-order-delivery.blueprint")
    assert window.session._snapshot is None  # nothing copied before the first paint
    findings, commitments = window.docks["findings"], window.docks["commitments"]
    assert "…" in findings.windowTitle()
    assert commitments.summary.text() == "Computing…"
    assert window.docks["analysis"].fixes_header.text() == "Computing…"
    qtbot.waitUntil(lambda: findings.report is not None and "…" not in findings.windowTitle(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: commitments.summary.text() != "Computing…", timeout=10_000)
    qtbot.waitUntil(lambda: window.docks["analysis"].decision is not None, timeout=10_000)
    expected = validate(window.session.blueprint)
    assert [(f.code, f.ids) for f in findings.report.findings] == \
        [(f.code, f.ids) for f in expected.findings]
