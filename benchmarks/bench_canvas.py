"""Canvas benchmark (issue 3): build the scene for 5 000 nodes, one full repaint of a
1920x1080 view showing 2 000 nodes (into a QImage), moving a node that has 20 edges, and
memory per node. Targets: build < 1.5 s, repaint < 50 ms, move step < 5 ms.

Then the editor window on 1 000, 5 000 and 20 000 nodes (issue 17, benchmarks/gui_latency.py):
open-to-painted time, scene builds per open, and edit-to-next-frame latency for a drop, a
rename, a property change and an undo. ``python -m benchmarks.gui_latency [--profile drop] N``
runs that part alone (with cProfile for one edit)."""
from __future__ import annotations

import gc
import os
import statistics
import time
import tracemalloc

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsView  # noqa: E402

from blueprint_app.canvas import BlueprintScene, BlueprintView, ensure_app  # noqa: E402
from blueprint_app.canvas.interactions import MoveNodesInteraction  # noqa: E402
from blueprint_app.model import Lane  # noqa: E402

from .generate import generate_blueprint  # noqa: E402


def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def bench_build(n: int = 5000, repeat: int = 3) -> dict:
    bp = generate_blueprint(n)
    times = []
    for _ in range(repeat):
        scene = BlueprintScene()
        start = time.perf_counter()
        scene.set_blueprint(bp, QUndoStack())
        times.append(time.perf_counter() - start)
        scene.clear_blueprint()
        del scene
        gc.collect()
    return {"nodes": n, "edges": sum(1 for _ in bp.edges()), "build_s": min(times)}


def bench_memory(n: int = 5000) -> dict:
    bp = generate_blueprint(n)
    gc.collect()
    rss0 = _rss_bytes()
    tracemalloc.start()
    scene = BlueprintScene()
    scene.set_blueprint(bp, QUndoStack())
    # paint once so the text caches exist, as on screen
    image = QImage(400, 300, QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    traced, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = _rss_bytes() - rss0
    scene.clear_blueprint()
    return {"python_per_node": traced / n, "rss_per_node": rss / n}


def bench_repaint(n: int = 2000, mode=QGraphicsView.MinimalViewportUpdate) -> dict:
    bp = generate_blueprint(n)
    scene = BlueprintScene()
    scene.set_blueprint(bp, QUndoStack())
    view = BlueprintView(scene)
    view.setViewportUpdateMode(mode)
    view.resize(1920, 1080)
    view.show()
    QApplication.processEvents()
    view.zoom_fit()
    shown = sum(1 for item in scene.node_items.values()
                if view.visible_scene_rect().intersects(item.body_rect()))
    image = QImage(view.viewport().size(), QImage.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(5):
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        times.append(time.perf_counter() - start)
    fit_zoom = view.zoom()
    # the same view zoomed to 100 % (text drawn), for reference
    view.zoom_reset()
    times_100 = []
    for _ in range(5):
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        times_100.append(time.perf_counter() - start)
    result = {"shown": shown, "zoom": fit_zoom, "repaint_ms": 1000 * min(times),
              "repaint_100_ms": 1000 * min(times_100)}
    view.close()
    scene.clear_blueprint()
    return result


def _hub_blueprint(n: int = 5000):
    bp = generate_blueprint(n)
    stage = bp.stages[len(bp.stages) // 2].id
    bp.add_node(id="hub", lane=Lane.BACKSTAGE, label="Hub with twenty edges", stage=stage)
    others = [node.id for node in bp.nodes() if node.stage == stage and node.id != "hub"][:20]
    for i, other in enumerate(others):
        if i % 2:
            bp.add_edge(source="hub", target=other, kind="flow")
        else:
            bp.add_edge(source=other, target="hub", kind="flow")
    return bp


def bench_move(mode=QGraphicsView.MinimalViewportUpdate, steps: int = 100) -> dict:
    bp = _hub_blueprint()
    scene = BlueprintScene()
    scene.set_blueprint(bp, QUndoStack())
    assert len(scene.node_items["hub"].edges) == 20
    view = BlueprintView(scene)
    view.setViewportUpdateMode(mode)
    view.resize(1920, 1080)
    view.show()
    view.center_on_node("hub")
    QApplication.processEvents()
    scene.select_nodes(["hub"])
    gesture = MoveNodesInteraction(scene, scene.node_items["hub"].pos())
    item_ms, frame_ms = [], []
    for i in range(steps):
        delta = QPointF(3.0 * (i % 40), 2.0 * (i % 25))
        start = time.perf_counter()
        gesture.move_by(delta)
        mid = time.perf_counter()
        QApplication.processEvents()  # the view repaints what changed, as after a real mouse move
        end = time.perf_counter()
        item_ms.append(1000 * (mid - start))
        frame_ms.append(1000 * (end - start))
    gesture.cancel()
    view.close()
    scene.clear_blueprint()
    return {"move_ms": statistics.median(item_ms), "move_max_ms": max(item_ms),
            "frame_ms": statistics.median(frame_ms)}


def main() -> None:
    ensure_app()
    build = bench_build()
    memory = bench_memory()
    repaint = bench_repaint()
    moves = {name: bench_move(mode) for name, mode in (
        ("minimal", QGraphicsView.MinimalViewportUpdate),
        ("smart", QGraphicsView.SmartViewportUpdate),
        ("full", QGraphicsView.FullViewportUpdate))}
    rows = [
        ("build scene, 5 000 nodes", f"{build['build_s']:.3f} s",
         f"{build['edges']} edges", "< 1.5 s"),
        ("repaint 1920x1080 view, zoom to fit", f"{repaint['repaint_ms']:.1f} ms",
         f"{repaint['shown']} nodes shown at {repaint['zoom']:.0%}", "< 50 ms"),
        ("repaint 1920x1080 view at 100 %", f"{repaint['repaint_100_ms']:.1f} ms",
         "text drawn", "-"),
    ]
    for name, r in moves.items():
        rows.append((f"move node with 20 edges ({name} update)", f"{r['move_ms']:.2f} ms",
                     f"max {r['move_max_ms']:.2f} ms; with repaint {r['frame_ms']:.1f} ms", "< 5 ms"))
    rows.append(("memory per node (5 000-node scene)", f"{memory['rss_per_node'] / 1024:.1f} KiB RSS",
                 f"{memory['python_per_node'] / 1024:.1f} KiB Python (tracemalloc)", "-"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}} | {'result':>14} | {'target':>8} | detail")
    print("-" * (width + 70))
    for name, value, detail, target in rows:
        print(f"{name:<{width}} | {value:>14} | {target:>8} | {detail}")
    print()
    from .gui_latency import SIZES, print_table, run_isolated
    print_table(run_isolated(SIZES))


if __name__ == "__main__":
    main()
