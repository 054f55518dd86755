"""The comparison overlay on the canvas: the nodes added, changed and removed since a
repository revision, marked in three styles. Its own scene items (not selectable, above the
nodes), kept apart from the scene's highlight machinery and removed with ``clear``.

A removed node has no item in the current scene: it is drawn as a *ghost* (its outline
dotted, its label struck through) where it stood, in its old lane and stage. Its offset in
that cell comes from the compared revision's layout; when its stage is gone too, it stands
where the old layout put it.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ..canvas.highlight_layers import DIFF
from ..model.layout import Layout, NODE_HEIGHT, NODE_WIDTH, compute_layout
from ..repository.diff import diff
from ..repository.errors import RepositoryError
from ..repository.files import to_blueprint
from ..repository.state import State, join

# kind of change -> (colour, pen style, fill alpha)
STYLES = {"added": ("#1a9850", Qt.PenStyle.SolidLine, 40),
          "changed": ("#f08c00", Qt.PenStyle.DashLine, 30),
          "removed": ("#d7301f", Qt.PenStyle.DotLine, 60)}
OVERLAY_Z = 900
MARGIN = 6
GHOST_GAP = 10


class GhostNodeItem(QGraphicsRectItem):
    """A node that the current document no longer has, drawn where it used to be."""

    def __init__(self, rect: QRectF, label: str):
        super().__init__(rect)
        self.label = label
        colour, style, alpha = STYLES["removed"]
        pen = QPen(QColor(colour), 3, style)
        pen.setCosmetic(True)
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(alpha)
        self.setBrush(fill)

    def paint(self, painter, option, widget=None) -> None:
        colour = self.pen().color()
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        body = self.rect()
        painter.drawRoundedRect(body, 6, 6)
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setStrikeOut(True)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(colour.darker(130))
        painter.drawText(body.adjusted(8, 4, -8, -4),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.label)


class CompareOverlay:
    """Marks on the scene for one comparison; ``entries`` lists (change, node id, label)
    in the order to step through."""

    def __init__(self, scene):
        self.scene = scene
        self.items: dict[str, QGraphicsItem] = {}
        self.entries: list[tuple[str, str, str]] = []

    def show(self, old_state: State, new_state: State) -> None:
        self.clear()
        part = diff(old_state, new_state).kinds["node"]
        for node_id in part.added:
            self._mark("added", node_id, new_state.label("node", node_id))
        for node_id, fields in part.changed.items():
            self._mark("changed", node_id, new_state.label("node", node_id), ", ".join(fields))
        if part.removed:
            self.scene.flush_layout()
            where = _ghost_places(old_state, part.removed, self.scene.layout)
            for node_id in part.removed:
                self._ghost(node_id, old_state.label("node", node_id), where.get(node_id))
        # The comparison's own highlight layer: changed nodes stay bright when another panel
        # fades the rest (the marks above are drawn by the overlay's own items).
        self.scene.set_highlight_layer(DIFF, dict.fromkeys(
            node_id for change, node_id, _label in self.entries if change != "removed"))

    def _mark(self, change: str, node_id: str, label: str, detail: str = "") -> None:
        self.entries.append((change, node_id, label if not detail else f"{label} — {detail}"))
        item = self.scene.node_items.get(node_id)
        if item is None:
            return
        colour, style, alpha = STYLES[change]
        pen = QPen(QColor(colour), 4, style)
        pen.setCosmetic(True)
        fill = QColor(colour)
        fill.setAlpha(alpha)
        mark = QGraphicsRectItem(item.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        mark.setPen(pen)
        mark.setBrush(QBrush(fill))
        self._add(f"{change}:{node_id}", mark, label)

    def _ghost(self, node_id: str, label: str, rect: QRectF | None) -> None:
        self.entries.append(("removed", node_id, label))
        if rect is not None:
            self._add(f"removed:{node_id}", GhostNodeItem(rect, label), label)

    def _add(self, key: str, item: QGraphicsItem, tooltip: str) -> None:
        item.setZValue(OVERLAY_Z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setToolTip(tooltip)
        self.scene.addItem(item)
        self.items[key] = item

    def rect_of(self, change: str, node_id: str) -> QRectF | None:
        mark = self.items.get(f"{change}:{node_id}")
        return mark.sceneBoundingRect() if mark is not None else None

    def clear(self) -> None:
        for mark in self.items.values():
            if mark.scene() is self.scene:
                self.scene.removeItem(mark)
        self.items.clear()
        self.entries.clear()
        self.scene.clear_highlight_layer(DIFF)


def _ghost_places(old_state: State, removed: list[str], current: Layout | None) -> dict[str, QRectF]:
    """Scene rectangles for removed nodes: their old cell (lane, stage) in the current
    layout plus their offset in the compared revision's layout."""
    try:
        old_bp = to_blueprint(join(old_state))
    except RepositoryError:
        return {}
    old = compute_layout(old_bp)
    taken = [QRectF(r.x, r.y, r.width, r.height) for r in current.nodes.values()] if current else []
    out = {}
    for node_id in removed:
        if node_id not in old.nodes:
            continue
        node, was = old_bp.node(node_id), old.nodes[node_id]
        width, height = was.width or NODE_WIDTH, was.height or NODE_HEIGHT
        if current is not None and current.column(node.stage) is not None:
            ox, oy = old.offsets[node_id]
            x, y = current.cell_origin(node.lane, node.stage)
            rect = QRectF(x + ox, y + oy, width, height)
        else:  # its stage went too: where the old layout had it
            rect = QRectF(was.x, was.y, width, height)
        # a node that moved up into the freed place stays visible: the ghost steps aside
        for _ in range(50):
            if not any(rect.intersects(other) for other in taken):
                break
            rect.translate(width + GHOST_GAP, 0)
        taken.append(rect)
        out[node_id] = rect
    return out
