"""What the legend shows, built from the lane table and the palette: one entry per lane
(its shape), the two edge kinds, the named lines, one per category, and the heat scale."""
from __future__ import annotations

from dataclasses import dataclass

from ..model.enums import LANE_ROW, CATEGORY_ROW, EdgeKind

LEGEND_TEXTS = {"flow": "legend_flow", "support": "legend_support", "separator": "legend_lines",
                "heat": "legend_heat"}  # keys of the printed wording


@dataclass(frozen=True)
class LegendEntry:
    kind: str       # shape | flow | support | separator | category | heat
    payload: object  # the Lane, EdgeKind or Category the entry explains (or None)


def legend_entries(heat: bool) -> list[LegendEntry]:
    entries = [LegendEntry("shape", lane) for lane in LANE_ROW]
    entries += [LegendEntry("flow", EdgeKind.FLOW), LegendEntry("support", EdgeKind.SUPPORT),
                LegendEntry("separator", None)]
    entries += [LegendEntry("category", category) for category in CATEGORY_ROW]
    if heat:
        entries.append(LegendEntry("heat", None))
    return entries
