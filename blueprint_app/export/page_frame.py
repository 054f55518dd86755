"""What surrounds the drawing on every page: the title block (name, version or date, owner,
page x of y), the legend of shapes, lines and colours, and the page-count form.

"Page x of y" is printed in one pass: y is a form XObject referenced on every page and
defined only when the document is saved, once the number of pages is known."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..model.enums import LANE_ORDER
from . import style
from .blueprint_page import draw_node_shape
from .fonts import FontSet
from .stamps import place, stamp
from .text import draw_text, fit_lines
from .layout_wording import layout_words
from .wording import Wording, wording

MARGIN = 28.0              # page margin (crop marks of tiles live in it)
GAP = 8.0                  # between drawing and footer
TITLE_BLOCK_WIDTH = 250.0
TITLE_BLOCK_HEIGHT = 48.0
LEGEND_ROW = 13.0
LEGEND_SIZE = 7.0
PAGE_COUNT_FORM = "PageCount"


@dataclass(frozen=True)
class TitleInfo:
    name: str
    version: str          # "Version 3 · 2024-05-01" or "Printed 2025-01-01"
    owner: str | None
    words: Wording

    @classmethod
    def of(cls, bp, words: Wording) -> "TitleInfo":
        props = bp.properties
        parts = []
        if props.get("version") not in (None, ""):
            parts.append(words("version", version=props["version"]))
        if props.get("date") not in (None, ""):
            parts.append(str(props["date"]))
        if not parts:
            parts.append(words("printed", date=dt.date.today().isoformat()))
        owner = props.get("owner")
        return cls(bp.name, " · ".join(parts), str(owner) if owner not in (None, "") else None,
                   words)


def legend_items(heat: bool, words: Wording | None = None) -> list[tuple[str, str, object]]:
    """(kind, text, payload) in legend order."""
    words = words or wording("en")
    items: list[tuple[str, str, object]] = [
        ("shape", words.shapes[lane], lane) for lane in LANE_ORDER]
    items += [("flow", words("legend_flow"), None),
              ("support", words("legend_support"), None),
              ("separator", words("legend_lines"), None)]
    items += [("category", title, cat) for cat, title in words.categories.items()]
    if heat:  # with what the figure on each node's heat pill means (issue 13)
        items.append(("heat", words("legend_heat") + " · "
                      + layout_words(words.language)("legend_heat_figure"), None))
    return items


def _item_width(item, fonts: FontSet) -> float:
    kind, text, _ = item
    if kind == "category":
        return fonts.regular.width(text, LEGEND_SIZE) + 10
    return 30 + fonts.regular.width(text, LEGEND_SIZE) + 10


def legend_rows(width: float, fonts: FontSet, heat: bool,
                words: Wording | None = None) -> list[list]:
    rows: list[list] = [[]]
    used = 0.0
    for item in legend_items(heat, words):
        w = _item_width(item, fonts)
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += w
    return rows


def footer_height(page_width: float, fonts: FontSet, legend: bool, heat: bool,
                  words: Wording | None = None) -> float:
    if not legend:
        return TITLE_BLOCK_HEIGHT
    width = page_width - 2 * MARGIN - TITLE_BLOCK_WIDTH - 12
    return max(TITLE_BLOCK_HEIGHT, len(legend_rows(width, fonts, heat, words)) * LEGEND_ROW + 4)


def draw_legend(canv: Canvas, x: float, top: float, width: float, fonts: FontSet, heat: bool,
                words: Wording) -> None:
    """The legend below the map: the same on every blueprint page, so printed as one stamp."""
    height = len(legend_rows(width, fonts, heat, words)) * LEGEND_ROW
    key = ("legend", width, heat, getattr(words, "language", None), id(fonts.regular))
    name = stamp(canv, key, width, height,
                 lambda c: _draw_legend_rows(c, 0.0, height, width, fonts, heat, words))
    place(canv, name, x, top - height)


def _draw_legend_rows(canv: Canvas, x: float, top: float, width: float, fonts: FontSet,
                      heat: bool, words: Wording) -> None:
    canv.saveState()
    for r, row in enumerate(legend_rows(width, fonts, heat, words)):
        cx, mid = x, top - r * LEGEND_ROW - LEGEND_ROW / 2
        for item in row:
            _draw_legend_item(canv, item, cx, mid, fonts)
            cx += _item_width(item, fonts)
    canv.restoreState()


def _draw_legend_item(canv, item, x: float, mid: float, fonts: FontSet) -> None:
    kind, text, payload = item
    canv.setDash()
    if kind == "shape":
        draw_node_shape(canv, payload, x, mid - 4.5, 26, 9)
    elif kind in ("flow", "support", "separator"):
        colour = {"flow": style.FLOW_COLOUR, "support": style.SUPPORT_COLOUR,
                  "separator": style.SEPARATOR}[kind]
        canv.setStrokeColor(colour)
        canv.setFillColor(colour)
        canv.setLineWidth(1.2 if kind == "separator" else 1.0)
        if kind != "flow":
            canv.setDash(*(style.SUPPORT_DASH if kind == "support" else style.SEPARATOR_DASH))
        end = x + (26 if kind == "separator" else 21)
        canv.line(x, mid, end, mid)
        canv.setDash()
        if kind != "separator":
            path = canv.beginPath()
            path.moveTo(x + 26, mid)
            path.lineTo(x + 20, mid + 2.8)
            path.lineTo(x + 20, mid - 2.8)
            path.close()
            canv.drawPath(path, stroke=0, fill=1)
    elif kind == "heat":
        for i in range(13):
            canv.setFillColor(style.heat_colour(i / 12))
            canv.rect(x + i * 2, mid - 4.5, 2.1, 9, stroke=0, fill=1)
    if kind == "category":
        w = fonts.regular.width(text, LEGEND_SIZE) + 6
        canv.setFillColor(style.CATEGORY_COLOURS[payload])
        canv.roundRect(x, mid - 5, w, 10, 2.5, stroke=0, fill=1)
        canv.setFillColor(style.WHITE)
        draw_text(canv, x + 3, mid - 2.4, text, fonts.regular, LEGEND_SIZE)
        return
    canv.setFillColor(style.TEXT)
    draw_text(canv, x + 30, mid - 2.4, text, fonts.regular, LEGEND_SIZE)


def draw_title_block(canv: Canvas, page_width: float, info: TitleInfo, fonts: FontSet,
                     extra: str | None = None) -> None:
    """The title block at the bottom right: name, version/date, owner, page x of y."""
    w, h = TITLE_BLOCK_WIDTH, TITLE_BLOCK_HEIGHT
    x, y = page_width - MARGIN - w, MARGIN
    canv.saveState()
    canv.setStrokeColor(style.SEPARATOR)
    canv.setFillColor(style.WHITE)
    canv.setLineWidth(0.8)
    canv.rect(x, y, w, h, stroke=1, fill=1)
    canv.setFillColor(style.TEXT)
    name = fit_lines(info.name, fonts.bold, 10, w - 12, 1)[0]
    draw_text(canv, x + 6, y + h - 14, name, fonts.bold, 10)
    canv.setFillColor(style.MUTED)
    second = info.version + (info.words("owner", owner=info.owner) if info.owner else "")
    draw_text(canv, x + 6, y + h - 26, fit_lines(second, fonts.regular, 7.5, w - 12, 1)[0],
              fonts.regular, 7.5)
    canv.setFillColor(style.TEXT)
    page_text = info.words("page_of", page=canv.getPageNumber())
    used = draw_text(canv, x + 6, y + 7, page_text, fonts.bold, 8)
    canv.saveState()
    canv.translate(x + 6 + used, y + 7)
    canv.doForm(PAGE_COUNT_FORM)
    canv.restoreState()
    if extra:
        draw_text(canv, x + w - 6, y + 7, fit_lines(extra, fonts.regular, 8, w - 90, 1)[0],
                  fonts.regular, 8, "right")
    canv.restoreState()


def page_count_canvas(fonts: FontSet, words: Wording):
    """A Canvas class that defines the page-count form when the document is saved (the
    number and what follows it: "12", or "12 页" after "第 1 页，共 ")."""

    class PageCountCanvas(Canvas):
        def save(self) -> None:
            if len(self._code):
                self.showPage()
            total = self.getPageNumber() - 1
            self.beginForm(PAGE_COUNT_FORM, 0, -4, 60, 12)
            self.setFillColor(style.TEXT)
            draw_text(self, 0, 0, words("page_total", total=total), fonts.bold, 8)
            self.endForm()
            super().save()

    return PageCountCanvas


