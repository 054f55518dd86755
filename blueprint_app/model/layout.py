"""Geometry of a blueprint: lane bands, stage columns and node rectangles.

The model stores each node's position as an offset inside its (stage, lane) cell, or None
for "place automatically". ``compute_layout`` turns that into absolute coordinates that the
canvas, the PNG/SVG export and the PDF export all draw from, so the three always agree.
Cells grow to fit their nodes, so a node can never fall out of its lane.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .blueprint import Blueprint
from .enums import LANE_ORDER, Lane
from .items import Node

LANE_HEADER_WIDTH = 160.0
STAGE_HEADER_HEIGHT = 56.0
NODE_WIDTH = 150.0
NODE_HEIGHT = 64.0
CELL_PADDING = 18.0
NODE_GAP = 14.0
MIN_STAGE_WIDTH = 2 * CELL_PADDING + NODE_WIDTH
MIN_LANE_HEIGHT = 2 * CELL_PADDING + NODE_HEIGHT
AUTO_PER_ROW = 3
UNSTAGED = None  # the trailing column for nodes without a stage


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True)
class Column:
    stage_id: str | None
    title: str
    x: float
    width: float


@dataclass(frozen=True)
class Band:
    lane: Lane
    y: float
    height: float


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    bands: tuple[Band, ...]
    nodes: dict[str, Rect]
    offsets: dict[str, tuple[float, float]]  # resolved in-cell offset of every node

    @property
    def width(self) -> float:
        last = self.columns[-1] if self.columns else None
        return (last.x + last.width) if last else LANE_HEADER_WIDTH + MIN_STAGE_WIDTH

    @property
    def height(self) -> float:
        last = self.bands[-1]
        return last.y + last.height

    def band(self, lane: Lane) -> Band:
        return self.bands[LANE_ORDER.index(lane)]

    def column(self, stage_id: str | None) -> Column | None:
        for column in self.columns:
            if column.stage_id == stage_id:
                return column
        return None

    def cell_at(self, x: float, y: float) -> tuple[Lane, str | None]:
        """The (lane, stage id) cell under a scene point, clamped to the grid."""
        band_tops = [b.y for b in self.bands]
        lane = self.bands[max(0, bisect.bisect_right(band_tops, y) - 1)].lane
        if not self.columns:
            return lane, None
        col_lefts = [c.x for c in self.columns]
        column = self.columns[max(0, bisect.bisect_right(col_lefts, x) - 1)]
        return lane, column.stage_id

    def cell_origin(self, lane: Lane, stage_id: str | None) -> tuple[float, float]:
        column = self.column(stage_id)
        x = column.x if column else LANE_HEADER_WIDTH
        return x, self.band(lane).y


def node_size(node: Node) -> tuple[float, float]:
    return (node.width or NODE_WIDTH, node.height or NODE_HEIGHT)


def _auto_offsets(explicit_bottom: float, sizes: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rows of AUTO_PER_ROW nodes, left to right, below any explicitly placed node."""
    offsets = []
    y = explicit_bottom
    x = CELL_PADDING
    row_height = 0.0
    for i, (w, h) in enumerate(sizes):
        if i and i % AUTO_PER_ROW == 0:
            y += row_height + NODE_GAP
            x, row_height = CELL_PADDING, 0.0
        offsets.append((x, y))
        x += w + NODE_GAP
        row_height = max(row_height, h)
    return offsets


def place_cell(members: list[Node], offsets: dict[str, tuple[float, float]]
               ) -> tuple[float, float]:
    """The offsets of one cell's nodes (placed ones where they were put, the others in rows
    below them), written into ``offsets``; returns the cell's extent (right, bottom).
    ``compute_layout`` and the canvas's incremental layout both place cells with it."""
    right = bottom = 0.0
    auto: list[Node] = []
    for node in members:
        if node.x is None or node.y is None:
            auto.append(node)
            continue
        w, h = node_size(node)
        offsets[node.id] = (node.x, node.y)
        right, bottom = max(right, node.x + w), max(bottom, node.y + h)
    if auto:
        start = bottom + NODE_GAP if bottom else CELL_PADDING
        for node, off in zip(auto, _auto_offsets(start, [node_size(n) for n in auto])):
            w, h = node_size(node)
            offsets[node.id] = off
            right, bottom = max(right, off[0] + w), max(bottom, off[1] + h)
    return right, bottom


def grid(stage_ids, titles: dict, col_width: dict, lane_height: dict
         ) -> tuple[tuple[Column, ...], tuple[Band, ...]]:
    """Stage columns left to right and lane bands top to bottom, from their sizes."""
    columns, x = [], LANE_HEADER_WIDTH
    for sid in stage_ids:
        columns.append(Column(sid, titles.get(sid, "(no stage)") if sid else "(no stage)", x,
                              col_width[sid]))
        x += col_width[sid]
    bands, y = [], STAGE_HEADER_HEIGHT
    for lane in LANE_ORDER:
        bands.append(Band(lane, y, lane_height[lane]))
        y += lane_height[lane]
    return tuple(columns), tuple(bands)


def compute_layout(bp: Blueprint) -> Layout:
    stage_ids: list[str | None] = [s.id for s in bp.stages]
    titles = {s.id: s.name for s in bp.stages}
    cells: dict[tuple[Lane, str | None], list[Node]] = {}
    for node in bp.nodes():
        cells.setdefault((node.lane, node.stage), []).append(node)
    if any(stage is None for _, stage in cells):
        stage_ids.append(UNSTAGED)

    offsets: dict[str, tuple[float, float]] = {}
    col_width = {sid: MIN_STAGE_WIDTH for sid in stage_ids}
    lane_height = {lane: MIN_LANE_HEIGHT for lane in LANE_ORDER}
    for (lane, stage_id), members in cells.items():
        right, bottom = place_cell(members, offsets)
        col_width[stage_id] = max(col_width[stage_id], right + CELL_PADDING)
        lane_height[lane] = max(lane_height[lane], bottom + CELL_PADDING)
    columns, bands = grid(stage_ids, titles, col_width, lane_height)

    col_x = {c.stage_id: c.x for c in columns}
    band_y = {b.lane: b.y for b in bands}
    rects = {}
    for node in bp.nodes():
        ox, oy = offsets[node.id]
        w, h = node_size(node)
        rects[node.id] = Rect(col_x[node.stage] + ox, band_y[node.lane] + oy, w, h)
    return Layout(tuple(columns), tuple(bands), rects, offsets)


def tidy_offsets(bp: Blueprint) -> dict[str, tuple[float, float]]:
    """Explicit, non-overlapping offsets for every node, keeping each cell's reading order
    (rows top to bottom, left to right by the nodes' current positions)."""
    layout = compute_layout(bp)
    cells: dict[tuple[Lane, str | None], list[Node]] = {}
    for node in bp.nodes():
        cells.setdefault((node.lane, node.stage), []).append(node)
    result: dict[str, tuple[float, float]] = {}
    for members in cells.values():
        members.sort(key=lambda n: (round(layout.offsets[n.id][1] / (NODE_HEIGHT + NODE_GAP)),
                                    layout.offsets[n.id][0]))
        for node, off in zip(members, _auto_offsets(CELL_PADDING, [node_size(n) for n in members])):
            result[node.id] = off
    return result


def overlaps_in_cell(bp: Blueprint, layout: Layout, lane: Lane, stage_id: str | None,
                     offset: tuple[float, float], size: tuple[float, float] = (NODE_WIDTH, NODE_HEIGHT),
                     margin: float = NODE_GAP / 2) -> bool:
    """Whether a node of ``size`` at ``offset`` in the cell would overlap one already there."""
    x, y = offset
    w, h = size
    for node in bp.nodes():
        if node.lane is not lane or node.stage != stage_id:
            continue
        ox, oy = layout.offsets[node.id]
        nw, nh = node_size(node)
        if x < ox + nw + margin and ox < x + w + margin and y < oy + nh + margin and oy < y + h + margin:
            return True
    return False
