"""Fixtures of the GUI tests (defined in ui_support.py and canvas_support.py)."""
from canvas_support import canvas  # noqa: F401
from ui_support import app_settings, dialogs, make_window, window  # noqa: F401
