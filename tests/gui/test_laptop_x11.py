"""The workshop room on a real laptop screen: Xvfb at 1366x768 with openbox, the application
on the xcb platform in its own process, driven by real key presses (xdotool).

Each scenario runs once per module (a few seconds each); the tests read what it reported.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from xserver import DRIVER, SCREEN, driver_env, run_scenario, x_display  # noqa: F401

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("laptop-home")


@pytest.fixture(scope="module")
def bars(x_display, home):
    return run_scenario(x_display, home / "bars", "fit_bars")


@pytest.fixture(scope="module")
def presenting(x_display, home):
    return run_scenario(x_display, home / "presenting", "presentation")


def _inside(rect, screen) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh and w > 0 and h > 0


def test_window_with_facilitator_and_find_bars_fits_the_screen(bars):
    screen = bars["screen"]
    assert screen[2:] == list(SCREEN)
    assert _inside(bars["frame"], screen)
    for part in ("status_bar", "find_edit", "facilitator_edit", "stage_edit"):
        assert _inside(bars[part], screen), (part, bars[part])
    # the canvas gets most of the screen
    assert bars["canvas"][0] * bars["canvas"][1] > 0.5 * SCREEN[0] * SCREEN[1]


def test_window_stays_usable_at_1280x720(bars):
    width, height = bars["minimum"]
    assert width <= 1280 and height <= 720 - 40  # 40 px for a title bar and a panel


def test_presentation_mode_is_left_by_escape(presenting):
    assert presenting["f5"]["full_screen"] and presenting["f5"]["presentation"]
    assert presenting["f5"]["docks_visible"] == [] and presenting["f5"]["hint"]
    left = presenting["escape"]
    assert not left["full_screen"] and not left["presentation"]
    assert left["menu_bar"] and left["status_bar"] and all(left["toolbars"])
    assert left["docks_visible"] == presenting["before"]["docks_visible"]


def test_presentation_mode_is_left_by_f5(presenting):
    assert presenting["f5_again"]["full_screen"]
    left = presenting["f5_leave"]
    assert not left["full_screen"] and not left["presentation"] and all(left["toolbars"])


def test_presentation_steps_through_stages_and_zoom_keys_work(presenting):
    assert presenting["right"]["stage"] == 2
    assert presenting["right"]["visible_x"] > presenting["f5"]["visible_x"]
    assert presenting["zoom_out_works"]


def test_restart_after_quitting_in_presentation_mode_shows_the_normal_window(presenting, x_display, home):
    assert presenting["before_quit"]["full_screen"] and presenting["windows_after_quit"] == 0
    again = run_scenario(x_display, home / "presenting", "restart_state")
    assert not again["full_screen"] and not again["presentation"]
    assert again["menu_bar"] and again["status_bar"] and all(again["toolbars"])
    assert again["docks_visible"]


@pytest.fixture(scope="module")
def typed(x_display, home):
    return run_scenario(x_display, home / "fields", "fields")


def test_typing_005_into_failure_probability_stores_it_as_one_undo_step(typed):
    assert typed["stored"] == 0.05 and typed["field_text"] == "0.05"
    assert typed["undo_steps"] == 1
    assert typed["undo_text"].startswith("Change failure probability of ‘")


def test_a_bad_probability_gets_an_inline_message_and_changes_nothing(typed):
    assert "not a probability" in typed["bad_value_message"]
    assert typed["stored_after_bad"] == 0.05


def test_ctrl_z_from_the_facilitator_field_undoes_the_last_step(typed):
    assert typed["added"] == 1 and typed["focus_in_facilitator"]
    assert typed["after_undo"] == 0  # the step is gone: undo reached the document
    assert typed["after_redo"] == 1


def test_find_brings_an_off_screen_hit_into_view(x_display, home):
    found = run_scenario(x_display, home / "find", "find")
    assert not found["visible_before"] and found["visible_after"]
    assert found["selected"] == [found["node"]] and found["zoom"] >= 0.9


def test_zoom_to_fit_on_each_example_shows_every_node_with_text(x_display, home):
    from blueprint_app.canvas.view import READABLE_ZOOM
    fitted = run_scenario(x_display, home / "fit", "fit_examples")
    assert len(fitted) == len(list(EXAMPLES.glob("*.json")))
    for name, result in fitted.items():
        assert result["zoom"] >= max(READABLE_ZOOM, result["text_lod"]), name
        assert result["with_text"] == result["nodes"], name
        assert result["min_label_pixels"] >= 7, name  # on-screen height of a label line


def test_sigterm_keeps_a_recovery_copy_and_removes_the_lock(x_display, home, tmp_path):
    document = tmp_path / "workshop.blueprint"
    shutil.copy(EXAMPLES / "online-order-delivery.blueprint", document)
    env = driver_env(x_display, home / "sigterm")
    process = subprocess.Popen([sys.executable, str(DRIVER), "sigterm", str(document)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stdout:
            if line.startswith("READY"):
                break
        lock = tmp_path / ".~lock.workshop.blueprint#"
        assert lock.exists()
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "RESULT" in out and '"exit": 0' in out
    assert not lock.exists()
    data = Path(env["BLUEPRINT_APP_DATA_DIR"])
    copies = [p for p in data.rglob("*") if p.is_file() and p.suffix == ".blueprint"]
    assert copies, f"no recovery copy in {sorted(map(str, data.rglob('*')))}"
    assert os.path.getsize(document) > 0  # the user's file is untouched
