"""Small badges on node cards: fail point, wait point with its time standard, the time
standard alone, and a traffic-light dot for the node's commitment status."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen

from ..model import Node
from ..model.readable import duration as readable_duration
from ..model.units import is_duration_unit, to_hours

STATUS_COLOURS = {"fits": QColor("#2e8b57"), "at_risk": QColor("#e69f00"),
                  "breached": QColor("#c0392b")}
FAIL_COLOUR = QColor("#c0392b")
WAIT_COLOUR = QColor("#d98200")
TIME_COLOUR = QColor("#5b6770")
_WHITE = QPen(QColor("white"))
_NO_PEN = QPen(Qt.NoPen)


def tr(text: str) -> str:
    return QCoreApplication.translate("Badges", text)


class Badge(NamedTuple):
    text: str
    colour: QColor
    clock: bool = False  # a clock drawn as a vector shape before the text (no font glyph)


def _duration_text(duration) -> str:
    hours = to_hours(duration.value, duration.unit) if is_duration_unit(duration.unit) else None
    return readable_duration(hours, duration_units()) if hours is not None \
        else f"{duration.value:g} {duration.unit}"


def duration_units() -> tuple[str, str, str]:
    return (tr("min"), tr("h"), tr("d"))


def badge_texts(node: Node) -> list[Badge]:
    """What a node shows, left to right: F (fail point), W + time (wait point), time."""
    badges = []
    if node.fail_point:
        badges.append(Badge(tr("F"), FAIL_COLOUR))
    if node.wait_point:
        time = f" {_duration_text(node.time_standard)}" if node.time_standard else ""
        badges.append(Badge(tr("W") + time, WAIT_COLOUR))
    elif node.time_standard is not None:
        badges.append(Badge(_duration_text(node.time_standard), TIME_COLOUR, clock=True))
    return badges


def _paint_clock(painter, centre: QPointF, radius: float) -> None:
    painter.setPen(QPen(QColor("white"), max(1.0, radius / 3.5)))
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    painter.drawLine(centre, centre + QPointF(0, -radius * 0.65))
    painter.drawLine(centre, centre + QPointF(radius * 0.5, 0))


def paint_badges(painter, font, node: Node, width: float, height: float,
                 commitment_status: str | None) -> None:
    """Pills along the bottom edge (right-aligned) and a status dot at the top-left."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    x = width - 2
    y = height - metrics.height() / 2 - 1
    h = metrics.height()
    for badge in reversed(badge_texts(node)):
        icon = h * 0.9 if badge.clock else 0.0
        w = metrics.horizontalAdvance(badge.text) + 8 + icon
        rect = QRectF(x - w, y - h / 2, w, h)
        painter.setPen(_NO_PEN)
        painter.setBrush(QBrush(badge.colour))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        if badge.clock:
            _paint_clock(painter, QPointF(rect.left() + 4 + icon / 2, rect.center().y()), h * 0.32)
        painter.setPen(_WHITE)
        painter.drawText(rect.adjusted(icon, 0, 0, 0), Qt.AlignCenter, badge.text)
        x -= w + 3
    if commitment_status in STATUS_COLOURS:
        painter.setPen(_WHITE)
        painter.setBrush(QBrush(STATUS_COLOURS[commitment_status]))
        painter.drawEllipse(QPointF(2, 2), 5.5, 5.5)
