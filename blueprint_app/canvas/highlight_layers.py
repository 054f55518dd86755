"""Named highlight layers on the canvas: each panel owns one and sets or clears it alone.

Before, the scene had one highlight slot that the Analysis and the Commitments docks both
wrote (the last writer won, and clearing one cleared the other's). Now every source has its
own layer; what a node shows is combined here by a fixed priority, so the result does not
depend on which dock spoke last:

- **fill** (heat colour 0..1): the value of the highest-priority layer that gives the node a
  number (``LAYER_PRIORITY`` order: a find hit before a comparison mark before a commitment
  chain before the analysis heat before the portfolio);
- **ring** (an outline around the node): the node is in a layer drawn as a ring (find hits);
- **dimmed**: some active layer asks to fade the rest, and the node is in no active layer
  (a find hit or a changed node is never faded by another panel's focus).

Plain Python (no Qt): the scene asks ``marks_of`` and paints.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

# Highest priority first. A new panel adds its name here (and says where it sits).
FIND = "find"              # find bar hits (ring)
DIFF = "diff"              # repository comparison: nodes that changed (kept bright)
COMMITMENT = "commitment"  # Commitments dock: the selected commitment's budget chain
ANALYSIS = "analysis"      # Analysis dock: failure heat of the selection
PORTFOLIO = "portfolio"    # portfolio view: the touchpoints a resource can make fail
LAYER_PRIORITY = (FIND, DIFF, COMMITMENT, ANALYSIS, PORTFOLIO)


@dataclass(frozen=True)
class HighlightLayer:
    """``values``: node id -> heat 0..1, or None for "marked, no fill"."""
    values: Mapping[str, float | None]
    dim_others: bool = False
    ring: bool = False


@dataclass(frozen=True)
class NodeMarks:
    heat: float | None
    ring: bool
    dimmed: bool


class HighlightLayers:
    def __init__(self) -> None:
        self._layers: dict[str, HighlightLayer] = {}

    def set(self, name: str, values: Mapping[str, float | None] | None, *,
            dim_others: bool = False, ring: bool = False) -> bool:
        """Replace layer ``name`` (None or empty clears it); returns False when that changed
        nothing (clearing a layer that is not set), so no item needs repainting. Unknown
        names are a bug."""
        if name not in LAYER_PRIORITY:
            raise KeyError(f"unknown highlight layer {name!r}; add it to LAYER_PRIORITY")
        if not values:
            return self._layers.pop(name, None) is not None
        self._layers[name] = HighlightLayer(dict(values), dim_others, ring)
        return True

    def get(self, name: str) -> HighlightLayer | None:
        return self._layers.get(name)

    def clear(self) -> None:
        self._layers.clear()

    def active(self) -> list[str]:
        return [name for name in LAYER_PRIORITY if name in self._layers]

    def marks_of(self, node_id: str) -> NodeMarks:
        heat, ring, member, dimming = None, False, False, False
        for name in LAYER_PRIORITY:
            layer = self._layers.get(name)
            if layer is None:
                continue
            dimming = dimming or layer.dim_others
            if node_id not in layer.values:
                continue
            member = True
            ring = ring or layer.ring
            value = layer.values[node_id]
            if heat is None and value is not None:
                heat = value
        return NodeMarks(heat, ring, dimming and not member)
