"""Align and distribute: the geometry is model.arrange; this builds one MoveNodesCommand."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import Blueprint
from ..model.arrange import align, distribute, position_at
from ..model.layout import Layout, compute_layout
from .base import position_of, tr
from .node_commands import MoveNodesCommand

_ALIGN_TEXT = {"left": QT_TRANSLATE_NOOP("Commands", "Align left"),
               "right": QT_TRANSLATE_NOOP("Commands", "Align right"),
               "top": QT_TRANSLATE_NOOP("Commands", "Align top"),
               "bottom": QT_TRANSLATE_NOOP("Commands", "Align bottom"),
               "hcenter": QT_TRANSLATE_NOOP("Commands", "Align centres horizontally"),
               "vcenter": QT_TRANSLATE_NOOP("Commands", "Align centres vertically")}


def _moves(bp: Blueprint, layout: Layout, corners: dict[str, tuple[float, float]]):
    moves = {}
    for node_id, (x, y) in corners.items():
        rect = layout.nodes[node_id]
        moves[node_id] = (position_of(bp.node(node_id)),
                          position_at(layout, x, y, rect.width, rect.height))
    return moves


def align_nodes_command(bp: Blueprint, node_ids: Iterable[str], mode: str) -> MoveNodesCommand:
    """One undoable step aligning the nodes (mode: left/right/top/bottom/hcenter/vcenter)."""
    layout = compute_layout(bp)
    corners = align({nid: layout.nodes[nid] for nid in node_ids}, mode)
    return MoveNodesCommand(bp, _moves(bp, layout, corners), text=tr(_ALIGN_TEXT[mode]))


def distribute_nodes_command(bp: Blueprint, node_ids: Iterable[str], axis: str) -> MoveNodesCommand:
    """One undoable step spacing the nodes evenly (axis: horizontal/vertical)."""
    layout = compute_layout(bp)
    corners = distribute({nid: layout.nodes[nid] for nid in node_ids}, axis)
    text = tr("Distribute horizontally") if axis == "horizontal" else tr("Distribute vertically")
    return MoveNodesCommand(bp, _moves(bp, layout, corners), text=text)
