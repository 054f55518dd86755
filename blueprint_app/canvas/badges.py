"""Small badges on node cards: fail point, wait point with its time standard, the time
standard alone, and a traffic-light dot for the node's commitment status."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen

from ..model import Node

STATUS_COLOURS = {"fits": QColor("#2e8b57"), "at_risk": QColor("#e69f00"),
                  "breached": QColor("#c0392b")}
FAIL_COLOUR = QColor("#c0392b")
WAIT_COLOUR = QColor("#d98200")
TIME_COLOUR = QColor("#5b6770")
_WHITE = QPen(QColor("white"))
_NO_PEN = QPen(Qt.NoPen)


def tr(text: str) -> str:
    return QCoreApplication.translate("Badges", text)


def _duration_text(duration) -> str:
    value = f"{duration.value:g}"
    return f"{value} {duration.unit}"


def badge_texts(node: Node) -> list[tuple[str, QColor]]:
    """What a node shows, left to right: F (fail point), W + time (wait point), time."""
    badges = []
    if node.fail_point:
        badges.append((tr("F"), FAIL_COLOUR))
    if node.wait_point:
        time = f" {_duration_text(node.time_standard)}" if node.time_standard else ""
        badges.append((tr("W") + time, WAIT_COLOUR))
    elif node.time_standard is not None:
        badges.append(("⏱ " + _duration_text(node.time_standard), TIME_COLOUR))
    return badges


def paint_badges(painter, font, node: Node, width: float, height: float,
                 commitment_status: str | None) -> None:
    """Pills along the bottom edge (right-aligned) and a status dot at the top-left."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    x = width - 2
    y = height - metrics.height() / 2 - 1
    for text, colour in reversed(badge_texts(node)):
        w = metrics.horizontalAdvance(text) + 8
        rect = QRectF(x - w, y - metrics.height() / 2, w, metrics.height())
        painter.setPen(_NO_PEN)
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(_WHITE)
        painter.drawText(rect, Qt.AlignCenter, text)
        x -= w + 3
    if commitment_status in STATUS_COLOURS:
        painter.setPen(_WHITE)
        painter.setBrush(QBrush(STATUS_COLOURS[commitment_status]))
        painter.drawEllipse(QPointF(2, 2), 5.5, 5.5)
