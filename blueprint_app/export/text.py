"""Text on the canvas: wrapping (CJK per character, Latin per word) and drawing in runs of
the font chain (see fonts.FontChain)."""
from __future__ import annotations

from .fonts import FontChain

ELLIPSIS = "…"
# Characters that must not start a line (closing punctuation, CJK and Latin).
_NO_LINE_START = set("，。、；：！？）」』】〉》,.;:!?)]}%")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF)


def tokens(text: str) -> list[str]:
    """Break opportunities: a CJK character is its own token, a Latin word is one token,
    spaces are tokens (dropped at line ends)."""
    out: list[str] = []
    for char in text:
        if char.isspace():
            if out and not out[-1].isspace():
                out.append(" ")
        elif char in _NO_LINE_START and out and not out[-1].isspace():
            out[-1] += char  # closing punctuation stays on the previous token's line
        elif is_cjk(char):
            out.append(char)
        elif out and not out[-1].isspace() and not is_cjk(out[-1][-1]):
            out[-1] += char
        else:
            out.append(char)
    return out


def _split_long(word: str, chain: FontChain, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and chain.width(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return pieces + ([current] if current else [])


def wrap(text: str, chain: FontChain, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points (a single over-long word is cut by characters)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for token in tokens(paragraph):
            if token == " " and not current:
                continue
            candidate = current + token
            if chain.width(candidate.rstrip(), size) <= width:
                current = candidate
                continue
            if current.strip():
                lines.append(current.rstrip())
            current = "" if token == " " else token
            if current and chain.width(current, size) > width:
                *full, current = _split_long(current, chain, size, width)
                lines.extend(full)
        lines.append(current.rstrip())
    return lines


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
