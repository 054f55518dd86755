"""Page 1 of the handout: where the customers' failures start and what to fix first, in
plain words (issue 13). Draws the handout's decision (blueprint_app/handout/decision.py):
the top back-office fixes with owner, the touchpoints they break, the promises at risk and
the figure in customer terms, a heat thumbnail of the blueprint locating them, and the one
line naming the sections left out because they have nothing to say."""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..model import readable
from ..model.layout import compute_layout
from . import style
from .appendix import Heading, _Styles, left_out
from .text import draw_text

THUMBNAIL_HEIGHT = 230.0   # points at most; the width is the text frame's
MARKER_RADIUS = 6.5
MARKER_SIZE = 8.0
LISTED = 4                 # touchpoints and promises named per fix; the rest are counted


def frequency(probability: float, words) -> str:
    """"about 1 in 25 visits" for rare failures, "about 60 % of the visits" for common ones."""
    n = readable.one_in(probability)
    if n is not None and n >= 2:
        return words("freq_one_in", n=readable.grouped(n))
    return words("freq_percent", p=readable.percent(probability, 2))


def removed_share(share: float, words) -> str:
    """"a third" when the share is close to a fraction people say, else "35 %"."""
    key = readable.plain_fraction(share)
    return words(f"fraction_{key}") if key else readable.percent(share, 2)


def _quoted(names, words, shown: int = LISTED) -> str:
    """The first names in quotes, then how many more: a big map keeps page 1 one page."""
    text = words("list_sep").join(f"“{n}”" for n in names[:shown])
    if len(names) > shown:
        text += words("names_more", count=readable.grouped(len(names) - shown))
    return text


def fix_lines(fix, words) -> list[str]:
    """The sentences of one fix, in the handout's language (also shown by the GUI)."""
    lines = [words("fix_owner", owner=fix.owner or words("no_owner")),
             words("fix_breaks", touchpoints=_quoted(fix.touchpoints, words)),
             words("fix_promises", promises=_quoted(fix.promises, words))
             if fix.promises else words("fix_no_promises")]
    values = dict(touchpoint=fix.worst_touchpoint, freq=frequency(fix.worst_probability, words),
                  label=fix.label, removed=removed_share(fix.worst_removed, words))
    lines.append(words("fix_figure_promise", promise=fix.worst_promise, **values)
                 if fix.worst_promise else words("fix_figure", **values))
    lines.append(words("fix_total", avoided=readable.amount(fix.avoided),
                       share=readable.percent(fix.share, 2)))
    return lines


def lead_lines(decision, words, shown: int | None = None) -> list[str]:
    """The opening sentences; ``shown``: how many fixes follow (page 1 may show fewer than
    the decision holds when it needs the room for its thumbnail)."""
    if decision.reason:
        return [words("decision_unavailable", reason=decision.reason)]
    if not decision.touchpoints:
        return [words("empty_analysis")]
    if not decision.fixes:
        return [words("decision_none")]
    lines = [words("decision_lead", failed=readable.amount(decision.expected_failed_visits),
                   visits=readable.amount(decision.visits), nodes=decision.back_office_nodes,
                   share=readable.percent(decision.expected_failed_visits / decision.visits
                                          if decision.visits else None, 2),
                   top=len(decision.fixes) if shown is None else shown)]
    if decision.worst_touchpoint:
        lines.append(words("decision_worst", touchpoint=decision.worst_touchpoint,
                           freq=frequency(decision.worst_touchpoint_probability, words)))
    return lines


CAPTION_ROOM = 30.0          # the caption under the thumbnail and the left-out line
MIN_THUMBNAIL_HEIGHT = 60.0  # below this the lanes cannot be told apart: next page


class HeatThumbnail(Flowable):
    """The blueprint in miniature: lane bands, stage columns, every node as a small box in its
    heat colour, the top fixes numbered (a fix on a shared resource marks its users)."""

    def __init__(self, bp, heat, fixes, fonts, max_height: float = THUMBNAIL_HEIGHT):
        super().__init__()
        self.layout = compute_layout(bp)
        self.heat = dict(heat or {})
        self.fonts = fonts
        self.max_height = max_height
        self.lanes = {n.id: n.lane for n in bp.nodes()}
        users: dict[str, list[str]] = {}
        for node in bp.nodes():
            if node.resource:
                users.setdefault(node.resource, []).append(node.id)
        self.marks = [(fix.rank, [fix.id] if fix.id in self.layout.nodes else users.get(fix.id, []))
                      for fix in fixes]

    def wrap(self, avail_width, avail_height):
        layout = self.layout
        # shrink into what is left of page 1 (room for its caption) rather than move to page 2
        height = min(self.max_height, max(avail_height - CAPTION_ROOM, MIN_THUMBNAIL_HEIGHT))
        self.scale = min(avail_width / max(layout.width, 1.0), height / max(layout.height, 1.0))
        self.width, self.height = layout.width * self.scale, layout.height * self.scale
        return self.width, self.height

    def draw(self):
        canv, layout, s = self.canv, self.layout, self.scale
        top = self.height
        canv.saveState()
        for band in layout.bands:
            colours = style.LANE_STYLES[band.lane]
            canv.setFillColor(colours.band)
            canv.setStrokeColor(style.GRID)
            canv.setLineWidth(0.3)
            canv.rect(0, top - (band.y + band.height) * s, self.width, band.height * s,
                      fill=1, stroke=1)
            canv.setFillColor(colours.stroke)
            canv.rect(0, top - (band.y + band.height) * s, 3, band.height * s, fill=1, stroke=0)
        canv.setStrokeColor(style.GRID)
        for column in layout.columns:
            canv.line(column.x * s, 0, column.x * s, top)
        for node_id, rect in layout.nodes.items():
            value = self.heat.get(node_id)
            lane = style.LANE_STYLES[self.lanes[node_id]]
            canv.setFillColor(style.heat_colour(value) if value else lane.fill)
            canv.setStrokeColor(lane.stroke)
            canv.setLineWidth(0.4)
            canv.rect(rect.x * s, top - rect.bottom * s, rect.width * s, rect.height * s,
                      fill=1, stroke=1)
        for rank, ids in self.marks:
            for node_id in ids:
                rect = layout.nodes[node_id]
                cx, cy = rect.center
                x, y = cx * s, top - cy * s
                canv.setFillColor(HexColor("#b71c1c"))
                canv.setStrokeColor(style.WHITE)
                canv.setLineWidth(1)
                canv.circle(x, y, MARKER_RADIUS, fill=1, stroke=1)
                canv.setFillColor(style.WHITE)
                draw_text(canv, x, y - MARKER_SIZE * 0.35, str(rank), self.fonts.bold,
                          MARKER_SIZE, "center")
        canv.restoreState()


PAGE_ONE_THUMBNAIL = 110.0   # points of thumbnail page 1 keeps room for (see below)
FEWEST_FIXES = 3             # page 1 names 3 to 5 fixes


def decision_section(handout, styles: _Styles, width: float, bp=None, sections=(),
                     height: float | None = None) -> list:
    """The decision page's flowables; ``bp`` draws the thumbnail (left out without it).

    With the text frame's ``height``, page 1 keeps the thumbnail: when the five fixes would
    leave it less than PAGE_ONE_THUMBNAIL points, the last fixes are left to the appendix
    (down to three), so that the page answers "what first" and shows where."""
    decision = handout.decision
    thumbnail = bp is not None and decision.fixes and bp.nodes()
    fixes = list(decision.fixes)
    story = _decision_story(handout, styles, width, bp, sections, fixes, thumbnail)
    while height and thumbnail and len(fixes) > FEWEST_FIXES \
            and _text_height(story, width) + PAGE_ONE_THUMBNAIL > height:
        fixes.pop()
        story = _decision_story(handout, styles, width, bp, sections, fixes, thumbnail)
    return story


def _decision_story(handout, styles, width, bp, sections, fixes, thumbnail) -> list:
    fonts, w = styles.fonts, styles.words
    decision = handout.decision
    story = [Heading(w("decision_title"), styles.h1, fonts, 0, w("decision_outline"))]
    story += [styles.p(line) for line in lead_lines(decision, w, shown=len(fixes))]
    for fix in fixes:
        block = [Heading(w("fix_title", rank=fix.rank, label=fix.label), styles.h2, fonts, 1,
                         fix.label)]
        block += [styles.p(line, styles.body) for line in fix_lines(fix, w)]
        story.append(KeepTogether(block))
    if thumbnail:
        picture = HeatThumbnail(bp, handout.heat, fixes, fonts)
        story += [Spacer(1, 8), KeepTogether([picture, Spacer(1, 3),
                                              styles.p(w("thumbnail_caption"), styles.cell)])]
    gone = left_out(handout, sections, w)
    if gone:
        story += [Spacer(1, 8), styles.p(w("left_out", items=w("list_sep").join(gone)))]
    return story


def _text_height(story: list, width: float) -> float:
    """The height of everything but the thumbnail, as the frame will stack it."""
    total = 0.0
    for flowable in story:
        parts = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        for part in parts:
            if isinstance(part, HeatThumbnail):
                continue
            total += part.wrap(width, 1e6)[1] + part.getSpaceBefore() + part.getSpaceAfter()
    return total
