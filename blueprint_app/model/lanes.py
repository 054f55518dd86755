"""The lane and category table: one row per lane type and per back-office category, read by
every layer (canvas, menus, PDF, validation, legend). Adding a lane type or a category is
one row here plus its translations (and its palette entry in look/palette.py); the test
tests/model/test_lane_table.py names whatever a row still lacks.

Every text is wrapped in ``QT_TRANSLATE_NOOP(context, text)``: here a plain function (the
model has no Qt), but pyside6-lupdate reads the calls from the source, so the table is also
the translations' source (contexts "Lanes" and "Categories"), for the GUI and the PDF alike.
"""
from __future__ import annotations

from dataclasses import dataclass

LANE_CONTEXT = "Lanes"
CATEGORY_CONTEXT = "Categories"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


@dataclass(frozen=True)
class LaneRow:
    key: str                 # the interchange name (CONTRACT §2), also the Lane enum value
    title: str               # the lane's heading, plural: "Customer actions"
    singular: str            # one node of the lane, for menus and lists: "Customer action"
    noun: str                # the same in running text: "customer action"
    add_here: str            # the canvas's right-click entry: "Add customer step here"
    legend: str              # the legend entry naming the shape: "Customer action (rounded)"
    behind_visibility: bool  # below the line of visibility: the customer does not see it
    shape: str               # a node outline of look/shapes.py
    shortcut: str            # the key that adds a node of this lane
    context: str = LANE_CONTEXT


@dataclass(frozen=True)
class CategoryRow:
    key: str
    title: str               # "IT system"
    noun: str                # "IT system" in running text
    context: str = CATEGORY_CONTEXT


_L = LANE_CONTEXT
LANE_ROWS: tuple[LaneRow, ...] = (  # top to bottom
    LaneRow("evidence", QT_TRANSLATE_NOOP("Lanes", "Physical evidence"),
            QT_TRANSLATE_NOOP("Lanes", "Physical evidence"),
            QT_TRANSLATE_NOOP("Lanes", "physical-evidence item"),
            QT_TRANSLATE_NOOP("Lanes", "Add physical evidence here"),
            QT_TRANSLATE_NOOP("Lanes", "Evidence (document)"), False, "document", "Ctrl+1"),
    LaneRow("customer", QT_TRANSLATE_NOOP("Lanes", "Customer actions"),
            QT_TRANSLATE_NOOP("Lanes", "Customer action"),
            QT_TRANSLATE_NOOP("Lanes", "customer action"),
            QT_TRANSLATE_NOOP("Lanes", "Add customer step here"),
            QT_TRANSLATE_NOOP("Lanes", "Customer action (rounded)"), False, "pill", "Ctrl+2"),
    LaneRow("frontstage", QT_TRANSLATE_NOOP("Lanes", "Frontstage (touchpoints)"),
            QT_TRANSLATE_NOOP("Lanes", "Touchpoint"),
            QT_TRANSLATE_NOOP("Lanes", "touchpoint"),
            QT_TRANSLATE_NOOP("Lanes", "Add touchpoint here"),
            QT_TRANSLATE_NOOP("Lanes", "Touchpoint (card, channel tag)"), False, "card", "Ctrl+3"),
    LaneRow("backstage", QT_TRANSLATE_NOOP("Lanes", "Backstage"),
            QT_TRANSLATE_NOOP("Lanes", "Backstage step"),
            QT_TRANSLATE_NOOP("Lanes", "backstage node"),
            QT_TRANSLATE_NOOP("Lanes", "Add backstage step here"),
            QT_TRANSLATE_NOOP("Lanes", "Backstage step (box)"), True, "box", "Ctrl+4"),
    LaneRow("support", QT_TRANSLATE_NOOP("Lanes", "Support processes"),
            QT_TRANSLATE_NOOP("Lanes", "Support process"),
            QT_TRANSLATE_NOOP("Lanes", "support node"),
            QT_TRANSLATE_NOOP("Lanes", "Add support process here"),
            QT_TRANSLATE_NOOP("Lanes", "Support process (cut corners)"), True, "chamfer", "Ctrl+5"),
)

CATEGORY_ROWS: tuple[CategoryRow, ...] = (
    CategoryRow("it_system", QT_TRANSLATE_NOOP("Categories", "IT system"), "IT system"),
    CategoryRow("knowledge", QT_TRANSLATE_NOOP("Categories", "Knowledge"), "knowledge"),
    CategoryRow("process", QT_TRANSLATE_NOOP("Categories", "Process"), "process"),
    CategoryRow("policy", QT_TRANSLATE_NOOP("Categories", "Policy"), "policy"),
    CategoryRow("people", QT_TRANSLATE_NOOP("Categories", "People"), "people"),
    CategoryRow("partner", QT_TRANSLATE_NOOP("Categories", "Partner"), "partner"),
)

# The named lines between lanes: (name, key of the lane above, key of the lane below).
LINE_ROWS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Lanes", "Line of interaction"), "customer", "frontstage"),
    (QT_TRANSLATE_NOOP("Lanes", "Line of visibility"), "frontstage", "backstage"),
    (QT_TRANSLATE_NOOP("Lanes", "Line of internal interaction"), "backstage", "support"),
)


def lane_texts(row: LaneRow) -> tuple[str, ...]:
    """Every translatable text of a lane row."""
    return (row.title, row.singular, row.noun, row.add_here, row.legend)
