"""Pure geometry for arranging nodes: align, distribute, and turning an absolute scene
position back into the model's (lane, stage, offset) placement. No Qt."""
from __future__ import annotations

from typing import Any, Mapping

from .layout import Layout, Rect

ALIGN_MODES = ("left", "right", "top", "bottom", "hcenter", "vcenter")
DISTRIBUTE_AXES = ("horizontal", "vertical")


def align(rects: Mapping[str, Rect], mode: str) -> dict[str, tuple[float, float]]:
    """New top-left corners that line the rectangles up on one edge or centre line."""
    if mode not in ALIGN_MODES:
        raise ValueError(f"unknown align mode {mode!r} (known: {', '.join(ALIGN_MODES)})")
    if not rects:
        return {}
    rs = rects.values()
    if mode == "left":
        left = min(r.x for r in rs)
        return {k: (left, r.y) for k, r in rects.items()}
    if mode == "right":
        right = max(r.right for r in rs)
        return {k: (right - r.width, r.y) for k, r in rects.items()}
    if mode == "top":
        top = min(r.y for r in rs)
        return {k: (r.x, top) for k, r in rects.items()}
    if mode == "bottom":
        bottom = max(r.bottom for r in rs)
        return {k: (r.x, bottom - r.height) for k, r in rects.items()}
    if mode == "hcenter":  # one vertical centre line: the mean of the centres
        cx = sum(r.center[0] for r in rs) / len(rects)
        return {k: (cx - r.width / 2, r.y) for k, r in rects.items()}
    cy = sum(r.center[1] for r in rs) / len(rects)
    return {k: (r.x, cy - r.height / 2) for k, r in rects.items()}


def distribute(rects: Mapping[str, Rect], axis: str) -> dict[str, tuple[float, float]]:
    """Equal gaps between neighbours along ``axis``; the outermost two stay put."""
    if axis not in DISTRIBUTE_AXES:
        raise ValueError(f"unknown axis {axis!r} (known: {', '.join(DISTRIBUTE_AXES)})")
    result = {k: (r.x, r.y) for k, r in rects.items()}
    if len(rects) < 3:
        return result
    horizontal = axis == "horizontal"
    start = (lambda r: r.x) if horizontal else (lambda r: r.y)
    size = (lambda r: r.width) if horizontal else (lambda r: r.height)
    order = sorted(rects, key=lambda k: (start(rects[k]), k))
    first, last = rects[order[0]], rects[order[-1]]
    span = start(last) + size(last) - start(first)
    gap = (span - sum(size(rects[k]) for k in order)) / (len(order) - 1)
    pos = start(first)
    for key in order:
        r = rects[key]
        result[key] = (pos, r.y) if horizontal else (r.x, pos)
        pos += size(r) + gap
    return result


def position_at(layout: Layout, x: float, y: float, width: float, height: float) -> dict[str, Any]:
    """The placement for a node whose top-left corner is at scene (x, y): the cell under its
    centre gives lane and stage; the offset is taken from that cell's origin (never negative,
    so the node cannot stick out of its cell to the left or top)."""
    lane, stage = layout.cell_at(x + width / 2, y + height / 2)
    ox, oy = layout.cell_origin(lane, stage)
    return {"lane": lane, "stage": stage, "x": round(max(0.0, x - ox), 1),
            "y": round(max(0.0, y - oy), 1)}
