import os

import pytest

# Tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_before_exit():
    """Qt's offscreen platform crashes at interpreter exit while the clipboard still holds
    data put there by Python (seen with PySide6 6.11; xcb is fine), so empty it at the end."""
    yield
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()
