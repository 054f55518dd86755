"""Line breaking for labels in the PDF and on the canvas (one rule set, two measurers).

CJK text breaks between any two characters, Latin text between words, and the kinsoku rules
hold everywhere: a line never starts with closing punctuation (）」』】〕》、。，．・：；？！ …)
and never ends with opening punctuation (（「『【〔《 …). ``wrap(text, measure, width)`` takes
the measuring function of its caller (reportlab's string width, Qt's font metrics), so the
printed and the drawn label break at the same places. No Qt.
"""
from __future__ import annotations

from typing import Callable

# must not start a line (closing brackets and quotes, stops, commas, iteration marks)
CLOSING = frozenset(
    "）」』】〕》〉〗〙〛］｝｠、。，．・：；？！‼⁇⁈⁉ゝゞ々〻ーヽヾ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "’”»›,.;:!?)]}%")
# must not end a line (opening brackets and quotes)
OPENING = frozenset("（「『【〔《〈〖〘〚［｛｟‘“«‹([{")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF)


def tokens(text: str) -> list[str]:
    """Units that stay on one line: a CJK character, a Latin word, or a space (dropped at line
    ends). Closing punctuation joins the unit before it, opening punctuation the unit after
    it (with any spaces in between), so no break can fall next to them."""
    out: list[str] = []
    glue_next = False   # the last unit ends with opening punctuation
    for char in text:
        if char.isspace():
            if glue_next:
                out[-1] += " " if not out[-1].endswith(" ") else ""
            elif out and not out[-1].isspace():
                out.append(" ")
            continue
        if glue_next or (char in CLOSING and out and not out[-1].isspace()):
            out[-1] += char
        elif char in CLOSING and len(out) >= 2:
            out.pop()                 # "word ）": the space cannot be a break either
            out[-1] += " " + char
        elif is_cjk(char) or char in OPENING:
            out.append(char)
        elif out and not out[-1].isspace() and not is_cjk(out[-1][-1]):
            out[-1] += char
        else:
            out.append(char)
        glue_next = char in OPENING
    return out


def allowed_break(line_end: str, next_start: str) -> bool:
    """Whether a line may end with ``line_end`` and the next start with ``next_start``."""
    return not (line_end and line_end[-1] in OPENING) and \
        not (next_start and next_start[0] in CLOSING)


def _split_long(unit: str, measure: Callable[[str], float], width: float) -> list[str]:
    """An over-long unit cut by characters, only where the kinsoku rules allow."""
    pieces, current = [], ""
    for char in unit:
        if current and measure(current + char) > width and allowed_break(current.rstrip(), char):
            pieces.append(current.rstrip())
            current = char
        else:
            current += char
    return pieces + ([current] if current else [])


def wrap(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """Lines of at most ``width`` (by ``measure``); each paragraph of ``text`` starts a line;
    a unit wider than ``width`` is cut by characters."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        # Most labels fit on one line: text already in the form the units give (single
        # spaces, none at the ends) that fits whole is its own line, as the greedy fill
        # below would find after measuring every prefix.
        if paragraph == " ".join(paragraph.split()) and measure(paragraph) <= width:
            lines.append(paragraph)
        else:
            lines.extend(wrap_paragraph(paragraph, measure, width))
    return lines


def wrap_paragraph(paragraph: str, measure: Callable[[str], float], width: float) -> list[str]:
    """One paragraph filled greedily, unit by unit."""
    lines: list[str] = []
    current = ""
    for unit in tokens(paragraph):
        if unit == " " and not current:
            continue
        candidate = current + unit
        if measure(candidate.rstrip()) <= width:
            current = candidate
            continue
        if current.strip():
            lines.append(current.rstrip())
        current = "" if unit == " " else unit
        if current and measure(current) > width:
            *full, current = _split_long(current, measure, width)
            lines.extend(full)
    lines.append(current.rstrip())
    return lines
