"""Text on the PDF canvas: wrapping (model.linebreak: CJK per character, Latin per word) and drawing in runs of
the font chain (see fonts.FontChain)."""
from __future__ import annotations

from ..model import linebreak
from ..model.linebreak import tokens  # noqa: F401 - re-exported for callers of export.text
from .fonts import FontChain

ELLIPSIS = "…"


def wrap(text: str, chain: FontChain, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points (model.linebreak: CJK per character, Latin per word,
    kinsoku rules; a single over-long word is cut by characters)."""
    return linebreak.wrap(text, lambda part: chain.width(part, size), width)


def fit_lines(text: str, chain: FontChain, size: float, width: float,
              max_lines: int) -> list[str]:
    """Wrapped lines, the last one cut with an ellipsis when the text does not fit."""
    lines = wrap(text, chain, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max(max_lines, 1)]
    last = kept[-1]
    while last and chain.width(last + ELLIPSIS, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


def draw_text(canv, x: float, y: float, text: str, chain: FontChain, size: float,
              align: str = "left") -> float:
    """Draw one line with its baseline at y; returns its width. align: left|center|right."""
    runs = chain.runs(text)
    width = sum(canv.stringWidth(run, name, size) for name, run in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    if len(runs) == 1:
        canv.setFont(runs[0][0], size)
        canv.drawString(x, y, text)
        return width
    obj = canv.beginText(x, y)
    for name, run in runs:
        obj.setFont(name, size)
        obj.textOut(run)
    canv.drawText(obj)
    return width


def paragraph_markup(text: str, chain: FontChain) -> str:
    """Escaped platypus markup with <font> tags for runs outside the chain's first font."""
    from xml.sax.saxutils import escape

    runs = chain.runs(text)
    if len(runs) == 1 and runs[0][0] == chain.primary:
        return escape(text)
    return "".join(escape(run) if name == chain.primary else f'<font name="{name}">{escape(run)}</font>'
                   for name, run in runs)
