"""Look path ops (look/paths.py) as QPainterPaths: the canvas replays the same outlines and
routes the PDF draws."""
from __future__ import annotations

from PySide6.QtGui import QPainterPath


def qpath(ops, path: QPainterPath | None = None) -> QPainterPath:
    path = path if path is not None else QPainterPath()
    for op in ops:
        if op[0] == "M":
            path.moveTo(op[1], op[2])
        elif op[0] == "L":
            path.lineTo(op[1], op[2])
        elif op[0] == "C":
            path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
        else:
            path.closeSubpath()
    return path
