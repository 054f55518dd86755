"""Scenarios run in a real X session (xcb, openbox) by tests/gui/test_laptop_x11.py.

``python x_driver.py SCENARIO [ARGS]`` starts the application as a user would (settings
and data folders from the environment), drives it with real key events (xdotool, through
the X server and the window manager), and prints one line ``RESULT {json}``.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from blueprint_app.canvas.node_item import TEXT_LOD
from blueprint_app.ui.app import create_application, install_translators
from blueprint_app.ui.main_window import MainWindow, open_windows
from blueprint_app.ui.settings import AppSettings
from blueprint_app.ui.shutdown import install_signal_handlers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def wait(ms: int = 400) -> None:
    QTest.qWait(ms)


def keys(window, *names: str) -> None:
    """Real key presses through the X server to the active window."""
    subprocess.run(["xdotool", "windowactivate", "--sync", str(int(window.winId()))],
                   capture_output=True, timeout=10)
    wait(150)
    for name in names:
        if name.startswith("type:"):
            subprocess.run(["xdotool", "type", "--delay", "30", name[5:]], check=True, timeout=20)
        else:
            subprocess.run(["xdotool", "key", name], check=True, timeout=10)
        wait(350)


def global_rect(widget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def screen_rect() -> list[int]:
    r: QRect = QGuiApplication.primaryScreen().geometry()
    return [r.x(), r.y(), r.width(), r.height()]


def shoot(path: str | None) -> None:
    if path:
        wait(300)
        QGuiApplication.primaryScreen().grabWindow(0).save(path)


def start(example: str | None = None) -> MainWindow:
    window = MainWindow(AppSettings())
    window.show()
    wait(900)  # openbox maps and maximises the window
    if example:
        window.open_path(EXAMPLES / example)
        wait(500)
    return window


def state_of(window) -> dict:
    return {"full_screen": window.isFullScreen(), "maximized": window.isMaximized(),
            "menu_bar": window.menuBar().isVisible(), "status_bar": window.statusBar().isVisible(),
            "toolbars": [t.isVisible() for t in window.toolbars],
            "docks_visible": sorted(n for n, d in window.docks.items() if d.isVisible()),
            "presentation": window.actions_.presentation.isChecked(),
            "zoom": window.view.zoom(), "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
                                                   window.frameGeometry().width(), window.frameGeometry().height()]}


# ----- scenarios ------------------------------------------------------------------------
def fit_bars(shot: str | None = None) -> dict:
    window = start()
    window.actions_.facilitator.setChecked(True)
    window.viewing.find_bar.activate()
    window.viewing.facilitator_bar.activate()
    wait(600)
    shoot(shot)
    bars = window.viewing
    hint = window.minimumSizeHint()
    return {"screen": screen_rect(), "frame": state_of(window)["frame"],
            "status_bar": global_rect(window.statusBar()),
            "find_edit": global_rect(bars.find_bar.edit),
            "facilitator_edit": global_rect(bars.facilitator_bar.edit),
            "stage_edit": global_rect(bars.facilitator_bar.stage_edit),
            "minimum": [hint.width(), hint.height()],
            "minimum_size": [window.minimumSize().width(), window.minimumSize().height()],
            "canvas": [window.view.viewport().width(), window.view.viewport().height()]}


def presentation(shot: str | None = None) -> dict:
    window = start("online-order-delivery.json")
    steps = {"before": state_of(window)}
    keys(window, "F5")
    wait(300)
    steps["f5"] = state_of(window)
    steps["f5"]["hint"] = window.viewing.presentation.hint.isVisible()
    steps["f5"]["visible_x"] = window.view.visible_scene_rect().center().x()
    shoot(shot)
    keys(window, "Right", "Right")
    steps["right"] = {"stage": window.viewing.presentation.stage_index,
                      "visible_x": window.view.visible_scene_rect().center().x()}
    zoom = window.view.zoom()
    keys(window, "ctrl+minus")
    steps["zoom_out_works"] = window.view.zoom() < zoom
    keys(window, "Escape")
    wait(300)
    steps["escape"] = state_of(window)
    keys(window, "F5")
    steps["f5_again"] = state_of(window)
    keys(window, "F5")
    wait(300)
    steps["f5_leave"] = state_of(window)
    keys(window, "F5")  # and quit while presenting
    steps["before_quit"] = state_of(window)
    keys(window, "ctrl+q")
    wait(300)
    steps["windows_after_quit"] = len(open_windows())
    return steps


def restart_state() -> dict:
    return state_of(start())


def fields() -> dict:
    window = start("online-order-delivery.json")
    session = window.session
    node = next(n for n in session.blueprint.nodes() if n.lane.value == "support")
    window.scene.select_nodes([node.id])
    wait(300)
    dock = window.docks["properties"]
    dock.show()
    dock.raise_()
    wait(200)
    field = dock.probability_edit
    keys(window)  # activate
    field.setFocus()
    field.selectAll()
    before = session.undo_stack.count()
    keys(window, "type:0.05", "Return")
    result = {"stored": session.blueprint.node(node.id).failure_probability,
              "undo_steps": session.undo_stack.count() - before,
              "undo_text": session.undo_stack.text(session.undo_stack.count() - 1),
              "field_text": field.text()}
    keys(window, "type:abc", "Return")
    result["bad_value_message"] = dock.error_label.text()
    result["stored_after_bad"] = session.blueprint.node(node.id).failure_probability
    # Facilitator: a step, then Ctrl+Z from its input field.
    window.actions_.facilitator.setChecked(True)
    wait(300)
    nodes_before = len(session.blueprint)
    keys(window, "type:Greets the guest", "Return")
    result["added"] = len(session.blueprint) - nodes_before
    result["focus_in_facilitator"] = window.viewing.facilitator_bar.edit.hasFocus()
    keys(window, "ctrl+z")
    result["after_undo"] = len(session.blueprint) - nodes_before
    keys(window, "ctrl+shift+z")
    result["after_redo"] = len(session.blueprint) - nodes_before
    session.undo_stack.setClean()
    return result


def find() -> dict:
    """Find the right-most node while the view shows the left end of the map."""
    window = start("online-order-delivery.json")
    view = window.view
    view.zoom_reset()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    wait(200)
    item = max(window.scene.node_items.values(), key=lambda i: i.sceneBoundingRect().right())
    node = window.session.blueprint.node(item.node_id)
    label = node.label
    before = view.visible_scene_rect().contains(item.sceneBoundingRect())
    keys(window, "ctrl+f", "type:" + label, "Return")
    wait(300)
    visible = view.visible_scene_rect()
    return {"visible_before": before,
            "visible_after": visible.contains(item.sceneBoundingRect()),
            "centre_distance": (visible.center() - item.sceneBoundingRect().center()).manhattanLength(),
            "selected": window.scene.selected_node_ids(), "node": node.id, "zoom": view.zoom(),
            "label": label}


def fit_examples(shot_prefix: str | None = None) -> dict:
    window = start()
    result = {}
    for path in sorted(EXAMPLES.glob("*.json")):
        window.session.open(path)
        wait(400)
        window.view.zoom_fit()
        wait(300)
        if shot_prefix:
            shoot(f"{shot_prefix}-{path.stem}.png")
        scene = window.scene
        style = scene.canvas_style
        items = scene.node_items.values()
        result[path.stem] = {
            "zoom": window.view.zoom(), "text_lod": TEXT_LOD,
            "min_label_pixels": min(item._text_cache(style).fonts.label_metrics.height()
                                    for item in items) * window.view.zoom(),
            "with_text": sum(1 for item in items if item._text_cache(style).lines),
            "nodes": len(scene.node_items),
            "lanes_in_view": window.view.visible_scene_rect().height() >= scene.layout.height,
        }
    return result


def chinese(shot: str | None = None) -> dict:
    window = start("online-order-delivery.json")
    shoot(shot)
    bp = window.session.blueprint
    from blueprint_app.ui.main_window import MainWindow as _  # noqa: F401
    empty = MainWindow(AppSettings())
    name = empty.session.blueprint.name
    empty.close()
    return {"title": window.windowTitle(), "untitled": name, "nodes": len(bp)}


def sigterm(document: str) -> dict:
    window = start()
    window.open_path(document)
    wait(300)
    node = next(window.session.blueprint.nodes())
    from blueprint_app.commands import UpdateNodeCommand
    window.session.undo_stack.push(UpdateNodeCommand(window.session.blueprint, node.id,
                                                     {"label": "Renamed before SIGTERM"}))
    print("READY", flush=True)
    code = QGuiApplication.instance().exec()
    return {"exit": code, "windows": len(open_windows())}


SCENARIOS = {"fit_bars": fit_bars, "presentation": presentation, "restart_state": restart_state,
             "fields": fields, "find": find, "fit_examples": fit_examples, "chinese": chinese,
             "sigterm": sigterm}


def main() -> int:
    app = create_application([sys.argv[0]])
    install_translators(app, AppSettings().language())
    install_signal_handlers(app)
    result = SCENARIOS[sys.argv[1]](*sys.argv[2:])
    print("RESULT " + json.dumps(result), flush=True)
    for window in open_windows():
        window.session.undo_stack.setClean()
        window.close()
    wait(100)
    return 0


if __name__ == "__main__":
    assert shutil.which("xdotool"), "xdotool is needed"
    sys.exit(main())
