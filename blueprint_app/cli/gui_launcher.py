"""Start the GUI from the command line, failing clearly when no display is available."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .common import EXIT_USAGE


def display_available() -> bool:
    """Whether Qt can open windows here; offscreen/minimal platforms count as available."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch_gui(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        from . import build_parser
        build_parser().print_help()
        return 0
    files = [a for a in argv if not a.startswith("-")]
    if len(files) > 1:
        print("blueprint-app: give at most one FILE to open (a .blueprint or .json)", file=sys.stderr)
        return EXIT_USAGE
    if files and Path(files[0]).suffix.lower() not in (".blueprint", ".json"):
        print(f"blueprint-app: unknown command or file type: {files[0]!r} "
              "(see blueprint-app --help)", file=sys.stderr)
        return EXIT_USAGE
    if not display_available():
        print("blueprint-app: no display available (neither DISPLAY nor WAYLAND_DISPLAY is set). "
              "Run it on a desktop session, or use the command-line commands "
              "(see blueprint-app --help).", file=sys.stderr)
        return EXIT_USAGE
    from ..ui.app import run_app
    return run_app(files[0] if files else None)
