"""A real X server for the laptop tests: Xvfb at 1366x768 with the openbox window manager
(so windows are maximised, activated and given focus as on a desktop), and a helper that
runs one scenario of ``x_driver.py`` in a subprocess on the xcb platform.

The session fixture starts its own server (``-displayfd`` picks a free display, so two
pytest-xdist workers never collide) and stops it at the end.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCREEN = (1366, 768)
DRIVER = Path(__file__).with_name("x_driver.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def x_display():
    for tool in ("Xvfb", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: install xvfb, openbox and xdotool "
                        "(bash packaging/dev.sh setup does)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(0.8)
    yield display
    for process in (wm, xvfb):
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


def driver_env(display: str, home: Path, language: str = "en") -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), BLUEPRINT_APP_DATA_DIR=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "run"), PYTHONPATH=str(REPO))
    env["LANG"] = env["LC_ALL"] = "zh_CN.UTF-8" if language == "zh_CN" else "C.UTF-8"
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def run_scenario(display: str, home: Path, scenario: str, *args: str, language: str = "en",
                 timeout: float = 90) -> dict:
    """Run one scenario in its own process; returns what it reported."""
    done = subprocess.run([sys.executable, str(DRIVER), scenario, *args],
                          env=driver_env(display, home, language), capture_output=True,
                          text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, (
        f"scenario {scenario} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(lines[-1][len("RESULT "):])
