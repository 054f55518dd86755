"""NodeItem: a disposable view of one model node (DESIGN.md convention 1).

Geometry comes from the layout (the scene calls ``set_geometry``); text is wrapped once and
cached; nothing geometric changes inside ``paint``.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .plain_text import plain_tooltip
from ..model import Lane, Node, linebreak
from ..look.shapes import node_outline
from .badges import paint_badges
from .qt_paths import qpath
from .labels import category_title, tag_text
from .style import heat_colour, style_of

PAD = 6.0
HANDLE_RADIUS = 5.0
MARGIN = 9.0  # room outside the body for handles, badge and selection outline
TEXT_LOD = 0.4  # below this zoom no text is drawn (DESIGN.md convention 8)
NODE_Z = 1.0


def _wrap(text: str, font, metrics, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Lines of ``text`` wrapped to ``width`` by model.linebreak (the PDF's rules: CJK per
    character, Latin per word, no closing punctuation at a line start, no opening one at an
    end), the last one elided, and whether the whole text fitted (nothing elided)."""
    lines = [line for line in linebreak.wrap(text, metrics.horizontalAdvance, width) if line]
    if len(lines) <= max_lines:
        return lines or [""], True
    kept = lines[:max(max_lines, 1) - 1]
    rest = lines[len(kept)]
    for line in lines[len(kept) + 1:]:  # CJK lines join without a space, words with one
        joint = "" if linebreak.is_cjk(rest[-1]) or linebreak.is_cjk(line[0]) else " "
        rest += joint + line
    kept.append(metrics.elidedText(rest, Qt.ElideRight, width))
    return kept, False


class NodeText(NamedTuple):
    """A node's text laid out for painting (cached until the record, size or fonts change)."""
    fonts: object  # style.TextFonts
    tag: str
    lines: list
    owner: str
    top: float
    bottom: float
    fits: bool


class NodeItem(QGraphicsItem):
    def __init__(self, node: Node):
        super().__init__()
        self.node_id = node.id
        self.edges: list = []  # EdgeItems touching this node, kept by the scene
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(NODE_Z)
        self._w, self._h = 0.0, 0.0
        self._bounds = QRectF()
        self._text: NodeText | None = None
        self.hovered = False
        self.error = False
        self.heat: float | None = None
        self.dimmed = False
        self.ring = False  # outlined by a ring highlight layer (find hits)
        self.commitment_status: str | None = None  # fits / at_risk / breached
        self.set_record(node)

    # ----- state from the model ---------------------------------------------------------
    def set_record(self, node: Node) -> None:
        self.node = node
        self._text = None
        self.setToolTip(plain_tooltip(node.description or node.label))
        self.update()

    def set_geometry(self, x: float, y: float, width: float, height: float) -> None:
        if (width, height) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = width, height
            self._bounds = QRectF(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN)
            self._text = None
        if (x, y) != (self.x(), self.y()):
            self.setPos(x, y)

    def invalidate_text(self) -> None:
        """Re-wrap the text on the next paint (the scene's fonts changed)."""
        self._text = None
        self.update()

    def label_lines(self) -> list[str]:
        """The label as wrapped for painting with the scene's current fonts."""
        return list(self._text_cache(style_of(self)).lines)

    def label_font(self):
        """The font the label is painted with (the scene's, or smaller to fit)."""
        return self._text_cache(style_of(self)).fonts.label_font

    @property
    def size(self) -> tuple[float, float]:
        return self._w, self._h

    def body_rect(self) -> QRectF:
        """The node's rectangle in scene coordinates."""
        return QRectF(self.x(), self.y(), self._w, self._h)

    def set_marks(self, *, error: bool | None = None, heat: float | None | bool = False,
                  dimmed: bool | None = None, commitment: str | None | bool = False,
                  ring: bool | None = None) -> None:
        if commitment is not False:
            self.commitment_status = commitment
        if error is not None:
            self.error = error
        if heat is not False:
            self.heat = heat
        if dimmed is not None:
            self.dimmed = dimmed
        if ring is not None:
            self.ring = ring
        self.update()

    # ----- handles ----------------------------------------------------------------------
    def handle_points(self) -> list[QPointF]:
        """Connection handles (item coordinates): right and top middle."""
        return [QPointF(self._w, self._h / 2), QPointF(self._w / 2, 0)]

    def handle_at(self, scene_pos: QPointF) -> QPointF | None:
        local = self.mapFromScene(scene_pos)
        for point in self.handle_points():
            d = local - point
            if d.x() * d.x() + d.y() * d.y() <= (HANDLE_RADIUS + 3) ** 2:
                return self.mapToScene(point)
        return None

    # ----- QGraphicsItem ----------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.WindingFill)  # the handle circles overlap the body: union them
        path.addRect(QRectF(0, 0, self._w, self._h))
        for point in self.handle_points():
            path.addEllipse(point, HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        over = self.handle_at(event.scenePos()) is not None
        self.setCursor(Qt.CrossCursor if over else Qt.ArrowCursor)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.unsetCursor()
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        style = style_of(self)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if self.dimmed:
            painter.setOpacity(0.25)
        lane = self.node.lane
        rect = QRectF(0, 0, self._w, self._h)
        fill = style.node_fill[lane] if self.heat is None else heat_colour(self.heat)
        if self.ring:
            self._paint_ring(painter, style, rect)
        if lod < TEXT_LOD:  # zoomed out: a plain block is enough
            painter.fillRect(rect, fill)
            if self.isSelected():
                painter.setPen(style.selection_pen)
                painter.drawRect(rect)
            return
        painter.setPen(style.selection_pen if self.isSelected() else style.node_pen[lane])
        painter.setBrush(fill)
        painter.drawPath(self._body_path(rect))
        self._paint_stripe(painter, style, rect)
        self._paint_text(painter, style)
        paint_badges(painter, style.tag_font, self.node, self._w, self._h, self.commitment_status)
        if self.error:
            self._paint_badge(painter, style)
        if self.hovered:
            painter.setPen(style.handle_pen)
            painter.setBrush(style.handle_brush)
            for point in self.handle_points():
                painter.drawEllipse(point, HANDLE_RADIUS, HANDLE_RADIUS)

    # ----- painting helpers -------------------------------------------------------------
    def _paint_ring(self, painter, style, rect: QRectF) -> None:
        """A find hit: a dashed outline just outside the body (inside MARGIN)."""
        pen = style.ring_pen
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 6, 6)

    def _body_path(self, rect: QRectF) -> QPainterPath:
        """The lane's outline from the look (the same shape the PDF prints)."""
        return qpath(node_outline(self.node.lane.row.shape, rect.x(), rect.y(), rect.width(),
                                  rect.height()))

    def _paint_stripe(self, painter, style, rect: QRectF) -> None:
        node = self.node
        if node.lane is Lane.FRONTSTAGE:  # a touchpoint card: coloured header strip
            painter.fillRect(QRectF(3, 1, rect.width() - 6, 4), style.lane_accent[node.lane])
        elif node.category is not None:
            painter.fillRect(QRectF(1, 1, 5, rect.height() - 2), style.category_brush[node.category])

    def _text_cache(self, style) -> NodeText:
        """Lay the text out with the largest of the style's fonts that fits the node."""
        if self._text is None:
            normal = style.text_fonts[-1]
            for fonts in style.text_fonts:
                text = self._layout_text(fonts, normal)
                if text.fits:
                    break
            self._text = text
        return self._text

    def _layout_text(self, fonts, normal) -> NodeText:
        node = self.node
        tag = ""
        if node.lane is Lane.FRONTSTAGE and node.channel:
            tag = tag_text(node.channel)
        elif node.category is not None:
            tag = tag_text(category_title(node.category))
        inner = self._w - 2 * PAD - (4 if node.category is not None else 0)
        top = PAD + (fonts.tag_metrics.height() if tag else 0)
        bottom = self._h - PAD - (fonts.small_metrics.height() if node.owner else 0)
        max_lines = max(1, int((bottom - top) // fonts.label_metrics.lineSpacing()))
        lines, fits = _wrap(node.label, fonts.label_font, fonts.label_metrics, inner, max_lines)
        owner = fonts.small_metrics.elidedText(node.owner or "", Qt.ElideRight, inner)
        # an owner cut even at the normal size does not count against the larger size
        fits = fits and (owner == (node.owner or "") or normal.small_metrics.horizontalAdvance(
            node.owner) > inner)
        tag = fonts.tag_metrics.elidedText(tag, Qt.ElideRight, inner)
        return NodeText(fonts, tag, lines, owner, top, bottom, fits)

    def _paint_text(self, painter, style) -> None:
        fonts, tag, lines, owner, top, bottom, _ = self._text_cache(style)
        left = PAD + (4 if self.node.category is not None else 0)
        if tag:
            painter.setFont(fonts.tag_font)
            pen = style.category_pen.get(self.node.category, style.muted_pen)
            painter.setPen(pen)
            painter.drawText(QPointF(left, PAD + fonts.tag_metrics.ascent()), tag)
        painter.setFont(fonts.label_font)
        painter.setPen(style.text_pen if self.heat is None else style.heat_text_pen)
        spacing = fonts.label_metrics.lineSpacing()
        # centre the label block in the space between tag and owner
        y = top + max(0.0, (bottom - top - spacing * len(lines)) / 2) + fonts.label_metrics.ascent()
        for line in lines:
            painter.drawText(QPointF(left, y), line)
            y += spacing
        if owner:
            painter.setFont(fonts.small_font)
            painter.setPen(style.muted_pen)
            painter.drawText(QPointF(left, self._h - PAD - fonts.small_metrics.descent()), owner)

    def _paint_badge(self, painter, style) -> None:
        centre = QPointF(self._w - 2, 2)
        painter.setPen(style.white_pen)
        painter.setBrush(style.error_brush)
        painter.drawEllipse(centre, 7, 7)
        painter.setFont(style.tag_font)
        painter.drawText(QRectF(centre.x() - 7, centre.y() - 7, 14, 14), Qt.AlignCenter, "!")
