"""Lanes, categories and edge kinds of a touchpoint blueprint (CONTRACT.md §2).

``Lane`` and ``Category`` are made from the rows of model/lanes.py, so a new row is a new
member; ``lane.row`` gives everything the table says about it."""
from __future__ import annotations

from enum import Enum

from .lanes import CATEGORY_ROWS, LANE_ROWS, LINE_ROWS, CategoryRow, LaneRow


class _LaneBase(str, Enum):
    @property
    def row(self) -> LaneRow:
        return LANE_ROW[self]

    @property
    def index(self) -> int:
        return LANE_ORDER.index(self)

    @property
    def behind_visibility(self) -> bool:
        """True for lanes the customer does not see (backstage and support)."""
        return LANE_ROW[self].behind_visibility


class _CategoryBase(str, Enum):
    @property
    def row(self) -> CategoryRow:
        return CATEGORY_ROW[self]


Lane = _LaneBase("Lane", [(r.key.upper(), r.key) for r in LANE_ROWS], module=__name__,
                 qualname="Lane")
Lane.__doc__ = "The lanes, top to bottom (rows of model/lanes.py)."
Category = _CategoryBase("Category", [(r.key.upper(), r.key) for r in CATEGORY_ROWS],
                         module=__name__, qualname="Category")
Category.__doc__ = "What kind of back-office resource a backstage or support node is."

LANE_ROW: dict = {Lane(r.key): r for r in LANE_ROWS}
CATEGORY_ROW: dict = {Category(r.key): r for r in CATEGORY_ROWS}
LANE_ORDER: tuple = tuple(Lane)
LANE_TITLES: dict = {lane: row.title for lane, row in LANE_ROW.items()}
CATEGORY_TITLES: dict = {category: row.title for category, row in CATEGORY_ROW.items()}

# The named lines drawn between lanes: (name, lane above, lane below).
SEPARATOR_LINES: tuple = tuple((name, Lane(a), Lane(b)) for name, a, b in LINE_ROWS)


class EdgeKind(str, Enum):
    """`flow` is the customer's journey; `support` means the target needs the source."""

    FLOW = "flow"
    SUPPORT = "support"
