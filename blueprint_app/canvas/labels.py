"""Translated display names for the model's fixed vocabulary, read from the lane table
(model/lanes.py): lanes, categories and the named lines. The table's own
QT_TRANSLATE_NOOP calls put every text into the .ts file."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from ..model.enums import CATEGORY_ROW, LANE_ROW, Category, Lane
from ..model.lanes import LANE_CONTEXT


def _tr(row, text: str) -> str:
    return QCoreApplication.translate(row.context, text)


def lane_text(lane: Lane, field: str) -> str:
    """One text of the lane's table row (title, singular, noun, add_here, legend), translated."""
    row = LANE_ROW[Lane(lane)]
    return _tr(row, getattr(row, field))


def lane_title(lane: Lane) -> str:
    """The lane's heading in the user's language ("Customer actions", "顾客行为")."""
    return lane_text(lane, "title")


def lane_singular(lane: Lane) -> str:
    """One node of the lane, for menus and lists ("Customer action")."""
    return lane_text(lane, "singular")


def lane_add_here(lane: Lane) -> str:
    """The canvas's right-click entry for an empty cell ("Add customer step here")."""
    return lane_text(lane, "add_here")


def category_title(category: Category) -> str:
    """The back-office category's title in the user's language ("IT system", "IT 系统")."""
    row = CATEGORY_ROW[Category(category)]
    return _tr(row, row.title)


def line_title(name: str) -> str:
    """A separator line's name (the English name from SEPARATOR_LINES), translated."""
    return QCoreApplication.translate(LANE_CONTEXT, name)


def tag_text(text: str) -> str:
    """A node's small tag: upper-case when the text is Latin; CJK text has no case, and
    upper-casing mixed text ("IT 系统") would only make it noisier, so it stays as it is."""
    latin = all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())
    return text.upper() if latin else text
