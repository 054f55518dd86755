"""A diff as rows a person reads: what, id, label, change, field, from, to."""
from __future__ import annotations

import json
from typing import Any

from .diff import Diff, _ABSENT
from .state import KINDS, State


def show(value: Any) -> str:
    if value is _ABSENT:
        return "(not set)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def diff_rows(change: Diff, old: State, new: State) -> list[list[str]]:
    rows = [["journey", "", str(new.top.get("name", "")), "changed", name, show(a), show(b)]
            for name, (a, b) in change.journey.items()]
    for kind in KINDS:
        part = change.kinds[kind]
        rows += [[kind, key, new.label(kind, key), "added", "", "", ""] for key in part.added]
        rows += [[kind, key, old.label(kind, key), "removed", "", "", ""] for key in part.removed]
        for key, fields in part.changed.items():
            rows += [[kind, key, new.label(kind, key), "changed", name, show(a), show(b)]
                     for name, (a, b) in fields.items()]
        if part.order:
            rows.append([kind, "", "", "reordered", "order", " ".join(part.order[0]),
                         " ".join(part.order[1])])
    return rows
