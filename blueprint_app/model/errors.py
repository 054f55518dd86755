"""The one exception type the model raises for invalid values or references."""
from __future__ import annotations


class ModelError(ValueError):
    """A value or reference the model refuses.

    ``field`` names the offending field (``"failure_probability"``, ``"source"``...) and
    ``item`` the id of the node, edge or stage concerned, so callers can build messages
    such as "node s1, field failure_probability: must be between 0 and 1".
    """

    def __init__(self, message: str, *, field: str | None = None, item: str | None = None):
        self.field = field
        self.item = item
        self.reason = message
        prefix = []
        if item is not None:
            prefix.append(str(item))
        if field is not None:
            prefix.append(f"field '{field}'")
        super().__init__(f"{', '.join(prefix)}: {message}" if prefix else message)
