"""The vertical slices section (issue 13): one page per risky touchpoint with only its causal
subgraph (handout/slices.py), drawn simply — the touchpoint on top, below it the back-office
steps that can make it fail, one row per step of distance, each box with its owner, its own
chance to fail, its share of the touchpoint's failures and its commitments; dashed arrows
for "supports", as on the map. Labels only, never ids."""
from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ..handout.slices import TouchpointSlice
from ..model.enums import Lane
from . import style
from .appendix import Heading, _Styles
from .blueprint_page import draw_node_shape
from .layout_wording import layout_words, percent
from .text import draw_text, fit_lines

BOX_W = 170.0
BOX_H = 70.0
GAP_X = 12.0
ROW_GAP = 26.0
TP_H = 60.0
MIN_BOX_W = 140.0
MIN_SCALE = 0.8      # a tall slice shrinks at most to 80 % (its smallest text to 6 pt)


def _rows(item: TouchpointSlice, width: float) -> list[list]:
    per_row = max(2, int((width + GAP_X) // (MIN_BOX_W + GAP_X)))
    rows: list[list] = []
    for depth in sorted({c.depth for c in item.causes}):
        at = [c for c in item.causes if c.depth == depth]
        rows += [at[i:i + per_row] for i in range(0, len(at), per_row)]
    return rows


class SliceDiagram(Flowable):
    def __init__(self, item: TouchpointSlice, fonts, lw, width: float):
        super().__init__()
        self.item, self.fonts, self.lw, self.width = item, fonts, lw, width
        self.rows = _rows(item, width)
        self.natural = TP_H + len(self.rows) * (BOX_H + ROW_GAP) + 8
        self.scale = 1.0

    def wrap(self, avail_width, avail_height):
        self.scale = max(MIN_SCALE, min(1.0, avail_height / self.natural))
        return self.width, self.natural * self.scale

    def draw(self) -> None:
        canv, fonts, lw, item = self.canv, self.fonts, self.lw, self.item
        canv.scale(self.scale, self.scale)
        self.width /= self.scale
        try:
            self._draw_all(canv, fonts, lw, item, self.natural)
        finally:
            self.width *= self.scale

    def _draw_all(self, canv, fonts, lw, item, top: float) -> None:
        centres: dict[str, tuple[float, float, float]] = {}   # id -> (x mid, top y, bottom y)
        tp_w = min(self.width, 2 * BOX_W + GAP_X)
        x = (self.width - tp_w) / 2
        draw_node_shape(canv, Lane.FRONTSTAGE, x, top - TP_H, tp_w, TP_H)
        canv.setFillColor(style.TEXT)
        for i, line in enumerate(fit_lines(item.label, fonts.bold, 11, tp_w - 16, 2)):
            draw_text(canv, x + tp_w / 2, top - 18 - i * 13, line, fonts.bold, 11, "center")
        canv.setFillColor(style.MUTED)
        owner = item.owner or lw("no_owner")
        draw_text(canv, x + tp_w / 2, top - TP_H + 9,
                  fit_lines(lw("slice_owner", owner=owner), fonts.regular, 8, tp_w - 16, 1)[0],
                  fonts.regular, 8, "center")
        centres[item.id] = (x + tp_w / 2, top, top - TP_H)
        boxes = []
        y = top - TP_H - ROW_GAP
        for row in self.rows:
            w = min(BOX_W, (self.width - (len(row) - 1) * GAP_X) / len(row))
            x = (self.width - (len(row) * w + (len(row) - 1) * GAP_X)) / 2
            for cause in row:
                boxes.append((cause, x, y - BOX_H, w))
                centres[cause.id] = (x + w / 2, y, y - BOX_H)
                x += w + GAP_X
            y -= BOX_H + ROW_GAP
        self._arrows(centres)          # under the boxes, as edges under nodes on the map
        for box in boxes:
            self._cause_box(*box)

    def _cause_box(self, cause, x: float, y: float, w: float) -> None:
        canv, fonts, lw = self.canv, self.fonts, self.lw
        draw_node_shape(canv, cause.lane, x, y, w, BOX_H)
        canv.setFillColor(style.TEXT)
        top = y + BOX_H
        for i, line in enumerate(fit_lines(cause.label, fonts.bold, 9, w - 14, 2)):
            draw_text(canv, x + w / 2, top - 14 - i * 11, line, fonts.bold, 9, "center")
        canv.setFillColor(style.MUTED)
        facts = [cause.owner or lw("no_owner"),
                 f"{lw('slice_own', probability=percent(cause.probability))} · "
                 f"{lw('slice_share', share=percent(cause.share))}"]
        if cause.commitments:
            facts.append(lw("slice_promise", promise="; ".join(cause.commitments)))
        for i, fact in enumerate(facts):
            draw_text(canv, x + w / 2, top - 36 - i * 10,
                      fit_lines(fact, fonts.regular, 7.5, w - 12, 1)[0], fonts.regular, 7.5,
                      "center")

    def _arrows(self, centres) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(style.SUPPORT_COLOUR)
        canv.setFillColor(style.SUPPORT_COLOUR)
        canv.setLineWidth(0.9)
        for cause in self.item.causes:
            sx, s_top, _ = centres[cause.id]
            for target in cause.links:
                if target not in centres:
                    continue
                tx, _, t_bottom = centres[target]
                canv.setDash(*style.SUPPORT_DASH)
                canv.line(sx, s_top, tx, t_bottom - 5)
                canv.setDash()
                path = canv.beginPath()
                path.moveTo(tx, t_bottom)
                path.lineTo(tx - 3, t_bottom - 6)
                path.lineTo(tx + 3, t_bottom - 6)
                path.close()
                canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


def slice_section(slices: tuple[TouchpointSlice, ...], styles: _Styles, width: float) -> list:
    """The slices' flowables (the handout's, from its one analysis run): an introduction,
    then one page per touchpoint."""
    fonts = styles.fonts
    lw = layout_words(styles.words.language)
    if not slices:
        return []
    story: list = []
    for item in slices:
        if story:
            story.append(PageBreak())
        if item.rank == 1:
            story += [Heading(lw("slices_heading"), styles.h1, fonts, 0),
                      styles.p(lw("slices_intro", count=len(slices)))]
        story.append(Heading(lw("slice_heading", rank=item.rank, label=item.label), styles.h2,
                             fonts, 1))
        story.append(styles.p(lw("slice_figures", probability=percent(item.probability),
                                 volume=f"{item.visits:g}",
                                 failed=f"{item.failed_visits:.2g}")))
        for promise in item.promises:
            story.append(styles.p(lw("slice_promise", promise=promise)))
        if not item.causes:
            story.append(styles.p(lw("slice_no_cause")))
            continue
        story.append(styles.p(lw("slice_cause")))
        story.append(SliceDiagram(item, fonts, lw, width))
        if item.more:
            story.append(styles.p(lw("slice_more", count=item.more)))
    return story
