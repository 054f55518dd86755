"""The scene's layout after an edit, recomputed only for the cells the edit touched (issue 17).

``model.layout.compute_layout`` walks every node; on a 20 000-node map that alone is a
quarter of a second, too slow for the next frame after a drop. A move, a resize or a change
of lane or stage only changes the cells (lane, stage) the node left and entered: their
offsets and extents are recomputed with ``compute_layout``'s own rules (``place_cell``,
``grid`` in model/layout.py), the column
widths and lane heights follow from the cells' extents, and only nodes whose rectangle
moved are reported. Structural edits (nodes added or removed, stages changed) still take
the full ``compute_layout``, which also re-seeds this state. The result is the same Layout
``compute_layout`` gives (tests/gui/test_incremental_layout.py checks it edit by edit).
"""
from __future__ import annotations

from typing import Iterable

from ..model import Blueprint
from ..model.enums import LANE_ORDER
from ..model.layout import (CELL_PADDING, MIN_LANE_HEIGHT, MIN_STAGE_WIDTH, UNSTAGED, Band, Column,
                            Layout, Rect, compute_layout, grid, node_size, place_cell)


class IncrementalLayout:
    def __init__(self, bp: Blueprint):
        self.bp = bp
        self.full_computations = 0  # counted by tests: an edit must not recompute the map
        self.layout = self.full()

    def full(self) -> Layout:
        """``compute_layout`` for the whole map, and the per-cell state for later updates."""
        self.full_computations += 1
        bp = self.bp
        layout = self.layout = compute_layout(bp)
        self._order: dict[str, int] = {}
        self._cell_of: dict[str, tuple] = {}
        self._cells: dict[tuple, list[str]] = {}
        for i, node in enumerate(bp.nodes()):
            key = (node.lane, node.stage)
            self._order[node.id] = i
            self._cell_of[node.id] = key
            self._cells.setdefault(key, []).append(node.id)
        self._extent: dict[tuple, tuple[float, float]] = {}
        for key, members in self._cells.items():
            right = bottom = 0.0
            for node_id in members:
                w, h = node_size(bp.node(node_id))
                ox, oy = layout.offsets[node_id]
                right, bottom = max(right, ox + w), max(bottom, oy + h)
            self._extent[key] = (right, bottom)
        self._stage_ids = [c.stage_id for c in layout.columns]
        self._titles = {c.stage_id: c.title for c in layout.columns}
        return layout

    def update(self, touched: Iterable[str]) -> tuple[Layout, set[str]] | None:
        """The layout after ``touched`` nodes moved, resized or changed cell, and the ids
        whose rectangle changed; None when only a full layout can tell (the caller then
        calls ``full``)."""
        bp, old = self.bp, self.layout
        affected: set[tuple] = set()
        moves = []
        for node_id in set(touched):
            if node_id not in self._cell_of or not bp.has_node(node_id):
                return None  # added or removed: structure changed
            node = bp.node(node_id)
            key = (node.lane, node.stage)
            if node.stage not in self._titles:
                return None  # the "(no stage)" column appears
            affected.add(self._cell_of[node_id])
            affected.add(key)
            moves.append((node_id, key))
        for node_id, key in moves:
            previous = self._cell_of[node_id]
            if previous != key:
                self._cells[previous].remove(node_id)
                self._cells.setdefault(key, []).append(node_id)
                self._cells[key].sort(key=self._order.__getitem__)
                self._cell_of[node_id] = key
        if any(stage is UNSTAGED for _, stage in affected) and not any(
                self._cells.get((lane, UNSTAGED)) for lane in LANE_ORDER):
            self._cells = {k: v for k, v in self._cells.items() if v}
            return None  # the "(no stage)" column empties: compute_layout drops it
        offsets = dict(old.offsets)
        for key in affected:
            self._layout_cell(key, offsets)
        columns, bands = self._grid()
        col_x = {c.stage_id: c.x for c in columns}
        band_y = {b.lane: b.y for b in bands}
        old_x = {c.stage_id: c.x for c in old.columns}
        old_y = {b.lane: b.y for b in old.bands}
        redo = set(affected)
        if columns != old.columns or bands != old.bands:
            redo.update(key for key in self._cells
                        if col_x[key[1]] != old_x[key[1]] or band_y[key[0]] != old_y[key[0]])
        rects = dict(old.nodes)
        changed: set[str] = set()
        for key in redo:
            lane, stage = key
            for node_id in self._cells.get(key, ()):
                ox, oy = offsets[node_id]
                w, h = node_size(bp.node(node_id))
                rect = Rect(col_x[stage] + ox, band_y[lane] + oy, w, h)
                if rects[node_id] != rect:
                    rects[node_id] = rect
                    changed.add(node_id)
        self.layout = Layout(columns, bands, rects, offsets)
        return self.layout, changed

    def _layout_cell(self, key: tuple, offsets: dict) -> None:
        """One cell's offsets and extent, by the rule ``compute_layout`` uses."""
        bp = self.bp
        right, bottom = place_cell([bp.node(n) for n in self._cells.get(key, ())], offsets)
        if self._cells.get(key):
            self._extent[key] = (right, bottom)
        else:
            self._extent.pop(key, None)

    def _grid(self) -> tuple[tuple[Column, ...], tuple[Band, ...]]:
        col_width = {sid: MIN_STAGE_WIDTH for sid in self._stage_ids}
        lane_height = {lane: MIN_LANE_HEIGHT for lane in LANE_ORDER}
        for (lane, stage), (right, bottom) in self._extent.items():
            col_width[stage] = max(col_width[stage], right + CELL_PADDING)
            lane_height[lane] = max(lane_height[lane], bottom + CELL_PADDING)
        return grid(self._stage_ids, self._titles, col_width, lane_height)
