"""Undo texts in words: "Change failure probability of ‘Order system’", never field or
record ids. One table of field names, translated through the "Commands" context."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import tr

FIELD_NAMES = {
    "label": QT_TRANSLATE_NOOP("Commands", "label"),
    "description": QT_TRANSLATE_NOOP("Commands", "description"),
    "owner": QT_TRANSLATE_NOOP("Commands", "owner"),
    "lane": QT_TRANSLATE_NOOP("Commands", "lane"),
    "stage": QT_TRANSLATE_NOOP("Commands", "stage"),
    "channel": QT_TRANSLATE_NOOP("Commands", "channel"),
    "category": QT_TRANSLATE_NOOP("Commands", "category"),
    "failure_probability": QT_TRANSLATE_NOOP("Commands", "failure probability"),
    "requires": QT_TRANSLATE_NOOP("Commands", "required supports"),
    "x": QT_TRANSLATE_NOOP("Commands", "position"),
    "y": QT_TRANSLATE_NOOP("Commands", "position"),
    "width": QT_TRANSLATE_NOOP("Commands", "size"),
    "height": QT_TRANSLATE_NOOP("Commands", "size"),
    "time_standard": QT_TRANSLATE_NOOP("Commands", "time standard"),
    "tolerance": QT_TRANSLATE_NOOP("Commands", "tolerance"),
    "fail_point": QT_TRANSLATE_NOOP("Commands", "fail point"),
    "wait_point": QT_TRANSLATE_NOOP("Commands", "wait point"),
    "fmea": QT_TRANSLATE_NOOP("Commands", "FMEA rating"),
    "commitments": QT_TRANSLATE_NOOP("Commands", "commitments"),
    "perceptions": QT_TRANSLATE_NOOP("Commands", "perception points"),
    "extra": QT_TRANSLATE_NOOP("Commands", "extra fields"),
    "title": QT_TRANSLATE_NOOP("Commands", "title"),
    "target": QT_TRANSLATE_NOOP("Commands", "target"),
    "name": QT_TRANSLATE_NOOP("Commands", "name"),
}


def field_names(fields: Iterable[str]) -> str:
    names: list[str] = []
    for field in fields:
        name = tr(FIELD_NAMES[field]) if field in FIELD_NAMES else tr("details")
        if name not in names:
            names.append(name)
    return tr(", ").join(names)


def change_text(fields: Iterable[str], label: str) -> str:
    return tr("Change %1 of ‘%2’").replace("%1", field_names(fields)).replace("%2", label)


def record_label(record, fallback: str) -> str:
    """What a person calls a commitment or perception point: its title or name."""
    for attribute in ("title", "name", "label"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value.strip():
            return value
    return fallback
