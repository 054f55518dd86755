"""The whole editor window on a big map (issue 17 item 3): open-to-painted time, scene builds
per open, and edit-to-next-frame latency for a drop, a rename, a property change and an undo.

"Next frame" is the time from the edit until the view has painted it (the command, the
scene's relayout and a synchronous repaint of the viewport). "Stall" is the longest time the
event loop was blocked during the second after it (a 5 ms heartbeat timer measures the gaps):
debounced docks that recompute the whole map on the GUI thread show up there.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from blueprint_app.canvas.scene import BlueprintScene  # noqa: E402
from blueprint_app.commands import MoveNodesCommand, UpdateNodeCommand, position_of  # noqa: E402
from blueprint_app.store import save_blueprint  # noqa: E402

from .generate import generate_blueprint  # noqa: E402

SIZES = (1000, 5000, 20000)
TARGETS = {1000: (1.0, 50), 5000: (1.0, 50), 20000: (3.0, 100)}  # (open s, frame ms)


class SceneBuildCounter:
    """Counts BlueprintScene.set_blueprint calls (one per open is the target)."""

    def __init__(self) -> None:
        self.count = 0
        self._original = BlueprintScene.set_blueprint

    def __enter__(self) -> "SceneBuildCounter":
        original, counter = self._original, self

        def counted(scene, *args, **kwargs):
            counter.count += 1
            return original(scene, *args, **kwargs)
        BlueprintScene.set_blueprint = counted
        return self

    def __exit__(self, *exc) -> None:
        BlueprintScene.set_blueprint = self._original


def longest_stall_ms(seconds: float = 1.0) -> float:
    """Run the event loop for ``seconds``; the longest gap between 5 ms heartbeats."""
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    worst = [0]

    def beat() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)
    timer.stop()
    return float(max(0, worst[0] - 5))


def next_frame_ms(window, edit) -> float:
    """Run ``edit`` and bring the view up to date: milliseconds until painted."""
    start = time.perf_counter()
    edit()
    QApplication.processEvents()
    window.view.viewport().repaint()
    return 1000 * (time.perf_counter() - start)


def make_window(folder: Path):
    import sys
    from blueprint_app.ui.app import GIL_SWITCH_INTERVAL_S
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # as create_application does
    from blueprint_app.ui.main_window import MainWindow
    from blueprint_app.ui.settings import AppSettings
    os.environ["BLUEPRINT_APP_DATA_DIR"] = str(folder / "appdata")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    return window


def measure(n: int, folder: Path, profile: str | None = None) -> dict:
    path = folder / f"map-{n}.blueprint"
    save_blueprint(generate_blueprint(n), path)
    window = make_window(folder)
    longest_stall_ms(0.3)
    with SceneBuildCounter() as builds:
        start = time.perf_counter()
        window.open_path(path)
        QApplication.processEvents()
        window.view.viewport().repaint()
        open_s = time.perf_counter() - start
    result = {"nodes": n, "open_s": open_s, "builds": builds.count,
              "open_stall_ms": longest_stall_ms(1.5)}
    bp, scene, stack = window.session.blueprint, window.scene, window.session.undo_stack
    node = next(node for node in bp.nodes() if node.lane.behind_visibility)
    old = position_of(node)
    new = {**old, "x": 30.0, "y": 12.0}
    edits = {
        "drop": lambda: scene.push(MoveNodesCommand(bp, {node.id: (old, new)})),
        "rename": lambda: scene.push(UpdateNodeCommand(bp, node.id, {"label": "Renamed step"},
                                                       merge=False)),
        "property": lambda: scene.push(UpdateNodeCommand(bp, node.id,
                                                         {"failure_probability": 0.0123},
                                                         merge=False)),
        "undo": stack.undo,
    }
    for name, edit in edits.items():
        if profile == name:
            import cProfile
            import pstats
            profiler = cProfile.Profile()
            profiler.enable()
            result[f"{name}_ms"] = next_frame_ms(window, edit)
            result[f"{name}_stall_ms"] = longest_stall_ms(1.0)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        else:
            result[f"{name}_ms"] = next_frame_ms(window, edit)
            result[f"{name}_stall_ms"] = longest_stall_ms(1.0)
    stack.setClean()
    window.close()
    QApplication.processEvents()
    return result


def run(sizes=SIZES, profile: str | None = None) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        return [measure(n, Path(tmp), profile) for n in sizes]


def run_isolated(sizes=SIZES) -> list[dict]:
    """Each size in its own process: a fresh heap, and a worker thread still routing a big
    map cannot slow the next size down."""
    import json
    import subprocess
    import sys
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, "-m", "benchmarks.gui_latency", "--json", str(n)],
                             capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parents[1]).stdout
        rows.append(json.loads(out.strip().splitlines()[-1])[0])
    return rows


def print_table(rows: list[dict]) -> None:
    print("open a document in the editor window, then one edit (next frame = edit until "
          "painted; stall = longest event-loop block in the second after)")
    head = (f"{'nodes':>6} | {'open->painted':>13} | {'builds':>6} | {'stall':>7} | "
            f"{'drop':>7} | {'rename':>7} | {'property':>8} | {'undo':>7} | "
            f"{'max stall':>9} | target")
    print(head)
    print("-" * len(head))
    for r in rows:
        open_target, frame_target = TARGETS.get(r["nodes"], (None, None))
        stalls = max(r[f"{k}_stall_ms"] for k in ("drop", "rename", "property", "undo"))
        print(f"{r['nodes']:>6} | {r['open_s']:>11.2f} s | {r['builds']:>6} | "
              f"{r['open_stall_ms']:>4.0f} ms | {r['drop_ms']:>4.0f} ms | "
              f"{r['rename_ms']:>4.0f} ms | {r['property_ms']:>5.0f} ms | "
              f"{r['undo_ms']:>4.0f} ms | {stalls:>6.0f} ms | "
              f"open < {open_target} s, frame < {frame_target} ms")


def main(argv: list[str] | None = None) -> None:
    import sys
    from blueprint_app.canvas import ensure_app
    ensure_app()
    args = list(sys.argv[1:] if argv is None else argv)
    profile, as_json = None, False
    if args and args[0] == "--json":
        as_json, args = True, args[1:]
    if args and args[0] == "--profile":
        profile = args[1]
        args = args[2:]
    sizes = tuple(int(a) for a in args) or SIZES
    rows = run(sizes, profile)
    if as_json:
        import json
        print(json.dumps(rows))
    else:
        print_table(rows)
    sys.stdout.flush()
    os._exit(0)  # a worker may still be routing the big map: do not wait for it


if __name__ == "__main__":
    main()
