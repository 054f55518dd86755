"""Stamps: small pieces printed the same way many times (a category tag, a heat badge, the
legend of every blueprint page), drawn once per document as a PDF form and placed where
needed. A 5 000-node handout draws about 9 000 tags and badges and 100 legends; drawing a
rounded pill with its text costs reportlab about 0.1 ms, placing a form a tenth of that."""
from __future__ import annotations


def stamp(canv, key: tuple, width: float, height: float, draw) -> str:
    """The form for ``key``, drawn by ``draw(canv)`` (lower-left corner at (0, 0), at most
    width × height, plus a point for outlines' strokes) the first time it is asked for."""
    stamps = canv.__dict__.setdefault("_bp_stamps", {})
    name = stamps.get(key)
    if name is None:
        name = stamps[key] = f"bpstamp{len(stamps)}"
        canv.beginForm(name, -1, -1, width + 1, height + 1)
        draw(canv)
        canv.endForm()
    return name


def place(canv, name: str, x: float, y: float) -> None:
    """Print form ``name`` with its lower-left corner at (x, y)."""
    canv.saveState()
    canv.translate(x, y)
    canv.doForm(name)
    canv.restoreState()
