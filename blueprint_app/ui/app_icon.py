"""The application icon (window title bars, task bars, the About box), from the PNG sizes
shipped in the package so that no SVG plug-in is needed."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from ..resources import icon_files


def application_icon() -> QIcon:
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
