"""Start the application on each example in a real window (xcb platform under Xvfb) and save
screenshots to docs/images/. Run through packaging/screenshots.sh."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
# Touchpoint to select in each example, so the Analysis dock shows something.
FOCUS = {"online-order-delivery": "t-parcel", "handset-replacement-store": None, "bank-card-app": None}


def settle(app, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["BLUEPRINT_APP_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings
    from blueprint_app.ui.app import create_application
    from blueprint_app.ui.main_window import MainWindow
    from blueprint_app.ui.settings import AppSettings

    app = create_application()
    print("platform:", app.platformName())
    OUT.mkdir(parents=True, exist_ok=True)
    for example in sorted((ROOT / "examples").glob("*.blueprint")):
        settings = AppSettings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1600, 1000)
        window.show()
        window.open_path(example)
        settle(app, 0.5)
        focus = FOCUS.get(example.stem) or window.session.blueprint.touchpoints()[0].id
        window.docks["analysis"].show()
        window.docks["analysis"].raise_()
        window.scene.select_nodes([focus])
        window.view.set_zoom(0.55)
        window.view.center_on_node(focus)
        settle(app, 1.5)
        target = OUT / f"screenshot-{example.stem}.png"
        window.grab().save(str(target))
        print("wrote", target)
        window.session.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
