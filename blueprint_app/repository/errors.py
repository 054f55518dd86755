"""What can go wrong with a repository, as exceptions the command line and the GUI turn into
words. Exit codes follow the command line: 2 bad input or an unusable repository, 3 a merge
conflict (nothing was changed)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class RepositoryError(Exception):
    """The repository cannot do what was asked; the message says why, for a person."""
    exit_code = 2


class ReadOnlyError(RepositoryError):
    """The database user (or the file's permissions) allows reading only."""


@dataclass(frozen=True)
class Conflict:
    """One field that both sides changed differently, or an edit of something deleted.
    ``field`` is ``None`` for edit-vs-delete (the whole item); ``ours``/``theirs`` hold
    the values (``DELETED`` for the side that removed the item)."""
    kind: str      # "journey" | "stage" | "node" | "edge"
    key: str       # the item's id (an edge without id: SOURCE->TARGET:KIND)
    label: str     # what a person recognises it by
    field: str | None
    ours: Any
    theirs: Any

    def describe(self, ours_name: str = "yours", theirs_name: str = "head") -> str:
        what = self.kind if self.kind == "journey" else f"{self.kind} {_show(self.label)}"
        if self.key and self.label != self.key:
            what += f" ({self.key})"
        field = "the whole item" if self.field is None else f"field {self.field}"
        return (f"{what}, {field}: {ours_name} {_show(self.ours)}, "
                f"{theirs_name} {_show(self.theirs)}")


class _Deleted:
    def __repr__(self) -> str:
        return "deleted"


DELETED = _Deleted()


def _show(value: Any) -> str:
    import json
    if value is DELETED:
        return "deleted"
    if isinstance(value, dict) and value.get("__missing__"):
        return "(not set)"
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 80 else text[:77] + "..."


class ConflictError(RepositoryError):
    """The three-way merge found conflicts; nothing was written anywhere."""
    exit_code = 3

    def __init__(self, conflicts: list[Conflict], head: int):
        self.conflicts = conflicts
        self.head = head
        lines = [f"{len(conflicts)} conflict(s) with revision {head}; nothing was committed:"]
        lines += ["  " + c.describe(theirs_name=f"revision {head}") for c in conflicts]
        super().__init__("\n".join(lines))
