"""Screenshots of the workshop room on a 1366x768 laptop screen (Xvfb + openbox), saved
under docs/images/laptop-*.png: the empty window with the facilitator and Find bars, each
example after zoom to fit, presentation mode on the online-order example, the Chinese
interface. Run: .venv/bin/python packaging/laptop_screenshots.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "gui"))

import xserver  # noqa: E402


def main() -> int:
    images = REPO / "docs" / "images"
    start = xserver.x_display.__wrapped__()
    display = next(start)
    home = Path(tempfile.mkdtemp())
    try:
        run = xserver.run_scenario
        run(display, home / "a", "fit_bars", str(images / "laptop-empty-facilitator.png"))
        run(display, home / "b", "fit_examples", str(images / "laptop-fit"))
        run(display, home / "c", "presentation", str(images / "laptop-presentation-online-order.png"))
        run(display, home / "d", "chinese", str(images / "laptop-zh_CN.png"), language="zh_CN")
    finally:
        next(start, None)
    for path in sorted(images.glob("laptop-*.png")):
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
