"""Translated display names for the model's fixed vocabulary: lanes, categories, lines.

The model (Qt-free) keeps its English titles in LANE_TITLES, CATEGORY_TITLES and
SEPARATOR_LINES. lupdate cannot see strings passed to translate() through a variable, so the
QT_TRANSLATE_NOOP declarations below put every title into the .ts file; the functions look
them up at run time. A test checks that these declarations match the model's titles.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import CATEGORY_TITLES, LANE_TITLES, Category, Lane

LANE_CONTEXT = "Lanes"
CATEGORY_CONTEXT = "Categories"

# Only for lupdate: the same texts as the model's tables (checked by a test).
DECLARED_LANES = (
    QT_TRANSLATE_NOOP("Lanes", "Physical evidence"),
    QT_TRANSLATE_NOOP("Lanes", "Customer actions"),
    QT_TRANSLATE_NOOP("Lanes", "Frontstage (touchpoints)"),
    QT_TRANSLATE_NOOP("Lanes", "Backstage"),
    QT_TRANSLATE_NOOP("Lanes", "Support processes"),
)
DECLARED_LINES = (
    QT_TRANSLATE_NOOP("Lanes", "Line of interaction"),
    QT_TRANSLATE_NOOP("Lanes", "Line of visibility"),
    QT_TRANSLATE_NOOP("Lanes", "Line of internal interaction"),
)
DECLARED_CATEGORIES = (
    QT_TRANSLATE_NOOP("Categories", "IT system"),
    QT_TRANSLATE_NOOP("Categories", "Knowledge"),
    QT_TRANSLATE_NOOP("Categories", "Process"),
    QT_TRANSLATE_NOOP("Categories", "Policy"),
    QT_TRANSLATE_NOOP("Categories", "People"),
    QT_TRANSLATE_NOOP("Categories", "Partner"),
)


def lane_title(lane: Lane) -> str:
    """The lane's title in the user's language ("Customer actions", "顾客行为")."""
    return QCoreApplication.translate(LANE_CONTEXT, LANE_TITLES[Lane(lane)])


def category_title(category: Category) -> str:
    """The back-office category's title in the user's language ("IT system", "IT 系统")."""
    return QCoreApplication.translate(CATEGORY_CONTEXT, CATEGORY_TITLES[Category(category)])


def line_title(name: str) -> str:
    """A separator line's name (the English name from SEPARATOR_LINES), translated."""
    return QCoreApplication.translate(LANE_CONTEXT, name)


def tag_text(text: str) -> str:
    """A node's small tag: upper-case when the text is Latin; CJK text has no case, and
    upper-casing mixed text ("IT 系统") would only make it noisier, so it stays as it is."""
    latin = all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())
    return text.upper() if latin else text
