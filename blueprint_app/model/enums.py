"""Lanes, categories and edge kinds of a touchpoint blueprint (CONTRACT.md §2)."""
from __future__ import annotations

from enum import Enum


class Lane(str, Enum):
    """The five lanes, top to bottom."""

    EVIDENCE = "evidence"
    CUSTOMER = "customer"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"

    @property
    def index(self) -> int:
        return LANE_ORDER.index(self)

    @property
    def behind_visibility(self) -> bool:
        """True for lanes the customer does not see (backstage and support)."""
        return self in (Lane.BACKSTAGE, Lane.SUPPORT)


LANE_ORDER: tuple[Lane, ...] = tuple(Lane)

LANE_TITLES: dict[Lane, str] = {
    Lane.EVIDENCE: "Physical evidence",
    Lane.CUSTOMER: "Customer actions",
    Lane.FRONTSTAGE: "Frontstage (touchpoints)",
    Lane.BACKSTAGE: "Backstage",
    Lane.SUPPORT: "Support processes",
}

# The named lines drawn between lanes: (name, lane above, lane below).
SEPARATOR_LINES: tuple[tuple[str, Lane, Lane], ...] = (
    ("Line of interaction", Lane.CUSTOMER, Lane.FRONTSTAGE),
    ("Line of visibility", Lane.FRONTSTAGE, Lane.BACKSTAGE),
    ("Line of internal interaction", Lane.BACKSTAGE, Lane.SUPPORT),
)


class Category(str, Enum):
    """What kind of back-office resource a backstage or support node is."""

    IT_SYSTEM = "it_system"
    KNOWLEDGE = "knowledge"
    PROCESS = "process"
    POLICY = "policy"
    PEOPLE = "people"
    PARTNER = "partner"


CATEGORY_TITLES: dict[Category, str] = {
    Category.IT_SYSTEM: "IT system",
    Category.KNOWLEDGE: "Knowledge",
    Category.PROCESS: "Process",
    Category.POLICY: "Policy",
    Category.PEOPLE: "People",
    Category.PARTNER: "Partner",
}


class EdgeKind(str, Enum):
    """`flow` is the customer's journey; `support` means the target needs the source."""

    FLOW = "flow"
    SUPPORT = "support"
