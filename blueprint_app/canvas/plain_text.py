"""User text shown by Qt widgets that guess between plain and rich text (Qt::AutoText).

A label such as ``<img src=/path>`` must never be read as HTML (Qt would open the file).
Widgets that need no markup are set to ``Qt.PlainText``; where markup is ours (a bold
header, a tooltip) the user's parts are escaped with these helpers.
"""
from __future__ import annotations

import html


def escaped(text: object) -> str:
    """User text to put inside our own rich text."""
    return html.escape(str(text), quote=False)


def plain_tooltip(text: object) -> str:
    """A tooltip that shows ``text`` literally (Qt treats tooltips as AutoText)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"
