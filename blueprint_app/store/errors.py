"""The one exception the store raises for files it cannot read or write."""
from __future__ import annotations

import os


class DocumentError(Exception):
    """A `.blueprint` file that cannot be opened or saved.

    The message names the file and the problem, e.g.
    "/home/ann/map.blueprint: not a blueprint document (not an SQLite database)".
    ``path`` and ``reason`` hold the two parts for callers that format their own text.
    """

    def __init__(self, path: str | os.PathLike | None, reason: str):
        self.path = None if path is None else os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path is not None else reason)
