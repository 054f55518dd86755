"""The Pareto chart (bars of incidents by cause, largest first, and the cumulative share as
a line on a 0–100 % axis), drawn with reportlab.graphics in the document's fonts."""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String

from . import style
from .fonts import FontChain
from .text import fit_lines

MAX_BARS = 15


def _text(x: float, y: float, text: str, size: float, chain: FontChain, anchor="start",
          colour=style.TEXT) -> Group:
    """A string in runs of the font chain (one String per run keeps CJK extractable)."""
    group = Group()
    runs = chain.runs(text)
    width = chain.width(text, size)
    x0 = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    for name, run in runs:
        group.add(String(x0, y, run, fontName=name, fontSize=size, fillColor=colour))
        x0 += chain.width(run, size)
    return group


def pareto_drawing(rows, total: float, width: float, chain: FontChain, bars_title: str,
                   line_title: str, height: float = 250) -> Drawing:
    """The chart; the axis titles come from export.wording (chart_bars, chart_line)."""
    bars = list(rows[:MAX_BARS])
    drawing = Drawing(width, height)
    drawing.initialFontName = chain.primary   # renderPDF would otherwise select Helvetica
    drawing.initialFontSize = 7
    left, right, bottom, top = 40.0, 40.0, 70.0, height - 14
    plot_w, plot_h = width - left - right, top - bottom
    peak = max((r.value for r in bars), default=1.0) or 1.0
    slot = plot_w / max(1, len(bars))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=style.MUTED))
    drawing.add(Line(left, bottom, left, top, strokeColor=style.MUTED))
    drawing.add(Line(left + plot_w, bottom, left + plot_w, top, strokeColor=style.SUPPORT_COLOUR))
    for i in range(5):
        frac = i / 4
        y = bottom + frac * plot_h
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=style.GRID, strokeWidth=0.3))
        drawing.add(_text(left - 4, y - 3, f"{peak * frac:.3g}", 7, chain, "end"))
        drawing.add(_text(left + plot_w + 4, y - 3, f"{frac:.0%}", 7, chain, "start",
                          style.SUPPORT_COLOUR))
    points = []
    for i, row in enumerate(bars):
        x = left + i * slot
        h = row.value / peak * plot_h
        fill = style.LANE_STYLES[row.lane].stroke if row.lane is not None else style.MUTED
        drawing.add(Rect(x + slot * 0.15, bottom, slot * 0.7, h, fillColor=fill, strokeColor=None))
        drawing.add(_text(x + slot / 2, bottom + h + 2, f"{row.value:g}", 6.5, chain, "middle"))
        label = fit_lines(row.label, chain, 6.5, max(slot - 2, 20), 3)
        for k, line in enumerate(label):
            drawing.add(_text(x + slot / 2, bottom - 9 - k * 8, line, 6.5, chain, "middle"))
        points += [x + slot / 2, bottom + row.cumulative_share * plot_h]
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=style.SUPPORT_COLOUR, strokeWidth=1.4))
    for i in range(0, len(points), 2):
        drawing.add(Rect(points[i] - 1.8, points[i + 1] - 1.8, 3.6, 3.6,
                         fillColor=style.SUPPORT_COLOUR, strokeColor=None))
    drawing.add(_text(left, top + 4, bars_title, 7, chain))
    drawing.add(_text(left + plot_w, top + 4, line_title, 7, chain, "end", style.SUPPORT_COLOUR))
    return drawing
