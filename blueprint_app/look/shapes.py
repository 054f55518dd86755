"""Node outlines by shape name (the ``shape`` column of the lane table), as path ops in
layout coordinates (y down, see look/paths.py); the canvas and the PDF replay them."""
from __future__ import annotations

from typing import Callable

from .paths import polygon, rounded_rect


def _document(x, y, w, h):
    fold = min(10.0, w / 4, h / 4)  # a sheet with its top-right corner folded down
    return polygon(((x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)))


def _chamfer(x, y, w, h):
    cut = min(7.0, w / 4, h / 4)
    return polygon(((x + cut, y), (x + w - cut, y), (x + w, y + cut), (x + w, y + h - cut),
                    (x + w - cut, y + h), (x + cut, y + h), (x, y + h - cut), (x, y + cut)))


SHAPES: dict[str, Callable] = {
    "document": _document,
    "pill": lambda x, y, w, h: rounded_rect(x, y, w, h, min(16.0, h / 2)),
    "card": lambda x, y, w, h: rounded_rect(x, y, w, h, 6.0),
    "box": lambda x, y, w, h: rounded_rect(x, y, w, h, 2.0),
    "chamfer": _chamfer,
}
OUTLINE_WIDTH = {"card": 1.6}   # touchpoints stand out; every other shape:
DEFAULT_OUTLINE_WIDTH = 1.2


def node_outline(shape: str, x: float, y: float, w: float, h: float) -> tuple:
    return SHAPES[shape](x, y, w, h)


def outline_width(shape: str) -> float:
    return OUTLINE_WIDTH.get(shape, DEFAULT_OUTLINE_WIDTH)
