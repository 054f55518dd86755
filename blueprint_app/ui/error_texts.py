"""Error messages in the interface's language.

The Qt-free layers raise English messages (the command line prints them as they are). The
GUI shows a translated sentence instead: one table maps each kind of reason (matched at its
start) to a translated text; a reason the table does not know keeps its English detail after
a translated lead sentence, so nothing is lost.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


# reason prefix (regular expression) -> translated sentence
REASONS: tuple[tuple[str, str], ...] = (
    (r"no such file", QT_TRANSLATE_NOOP("Errors", "The file does not exist.")),
    (r"is a folder", QT_TRANSLATE_NOOP("Errors", "This is a folder, not a blueprint document.")),
    (r"cannot read the file", QT_TRANSLATE_NOOP("Errors", "The file cannot be read (no permission or a disk error).")),
    (r"not a blueprint document", QT_TRANSLATE_NOOP("Errors", "This file is not a blueprint document.")),
    (r"written by a newer version", QT_TRANSLATE_NOOP("Errors", "This document was written by a newer version of the program; update the program to open it.")),
    (r"damaged document", QT_TRANSLATE_NOOP("Errors", "The document is damaged and cannot be opened.")),
    (r"cannot save", QT_TRANSLATE_NOOP("Errors", "The document could not be saved.")),
    (r"must be between 0 and 1", QT_TRANSLATE_NOOP("Errors", "must be between 0 and 1")),
    (r"must not be empty|must be a non-empty string|is required", QT_TRANSLATE_NOOP("Errors", "must not be empty")),
    (r"must not start or end with spaces", QT_TRANSLATE_NOOP("Errors", "must not start or end with spaces")),
    (r"must be a finite number", QT_TRANSLATE_NOOP("Errors", "must be a number")),
    (r"an edge cannot connect a node to itself", QT_TRANSLATE_NOOP("Errors", "a connection cannot lead from a node to itself")),
    (r"perception points belong on touchpoints", QT_TRANSLATE_NOOP("Errors", "perception points belong on touchpoints (frontstage)")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def translated_reason(reason: str) -> str | None:
    for pattern, text in REASONS:
        if re.search(pattern, reason):
            return tr(text)
    return None


def _reason_of(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str):
        return reason
    text = str(exc)
    return text.split(": ", 1)[1] if re.match(r"^/.*?: ", text) else text


def open_error_text(path: Path | str, exc: BaseException) -> str:
    """The body of "Cannot open file": names the file; the reason in the interface's language."""
    reason = _reason_of(exc)
    lead = tr("“%1” could not be opened.").replace("%1", Path(path).name)
    known = translated_reason(reason)
    return f"{lead}\n{known}" if known else f"{lead}\n{reason}"


def save_error_text(path: Path | str, exc: BaseException) -> str:
    reason = _reason_of(exc)
    lead = tr("“%1” could not be saved.").replace("%1", Path(path).name)
    known = translated_reason(reason)
    return f"{lead}\n{known}" if known and known != tr(REASONS[6][1]) else f"{lead}\n{reason}"


def field_error_text(reason: str) -> str:
    return translated_reason(reason) or reason
