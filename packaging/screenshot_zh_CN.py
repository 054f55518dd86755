"""Screenshot of the main window in Simplified Chinese on the handset example, rendered
offscreen (no display needed), for checking the translation's wording and fit.

    .venv/bin/python packaging/screenshot_zh_CN.py [OUT.png]

Writes docs/images/screenshot-zh_CN.png by default. Needs a CJK font (fonts-wqy-microhei).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "handset-replacement-store.blueprint"
OUT = ROOT / "docs" / "images" / "screenshot-zh_CN.png"


def settle(app, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BLUEPRINT_APP_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSettings

    from blueprint_app.ui.app import create_application, install_translators
    from blueprint_app.ui.main_window import MainWindow
    from blueprint_app.ui.settings import AppSettings

    app = create_application()
    install_translators(app, "zh_CN")
    settings = AppSettings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    window.open_path(EXAMPLE)
    settle(app, 0.5)
    focus = window.session.blueprint.touchpoints()[0].id
    window.docks["analysis"].show()
    window.docks["analysis"].raise_()
    window.scene.select_nodes([focus])
    window.view.set_zoom(0.6)
    window.view.center_on_node(focus)
    settle(app, 1.5)
    target = Path(argv[0]) if argv else OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    print("wrote", target, target.stat().st_size // 1024, "KB")
    window.session.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
