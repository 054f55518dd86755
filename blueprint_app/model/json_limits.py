"""Limits on the free-form JSON values the model keeps (unknown fields, properties, extras).

Two things break later writers if let in: nesting so deep that recursive code (JSON export,
the schema check, deep copies) overflows the stack, and numbers that are not finite
(``1e400`` parses as infinity) which JSON cannot write back. Both are refused on the way in.
"""
from __future__ import annotations

import math
import re
from itertools import accumulate
from typing import Any

MAX_NESTING = 64  # real documents nest about 6 deep; Python's recursion limit is 1 000


def json_value_problem(value: Any) -> tuple[tuple, str] | None:
    """(path, reason) of the first problem in a parsed JSON value, or None. Iterative, so
    it works on values too deep for recursive code."""
    stack: list[tuple[Any, tuple]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if len(path) > MAX_NESTING:
            # the first levels say where; the rest would be a wall of [0][0]...
            return path[:3], f"holds values nested more than {MAX_NESTING} levels deep"
        if isinstance(item, float) and not math.isfinite(item):
            return path, f"is not a finite number ({item}); numbers must fit a double"
        if isinstance(item, dict):
            stack.extend((v, path + (k,)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, path + (i,)) for i, v in reversed(list(enumerate(item))))
    return None


_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'[]{}"\\')


def nested_too_deeply(text: str) -> bool:
    """Whether the JSON text nests more than MAX_NESTING levels: a scan at C speed (every
    byte but brackets, quotes and backslashes dropped, strings cut out), so the walk over
    every parsed value runs only for a text that needs explaining."""
    marks = text.encode("utf-8", "surrogatepass").translate(None, _NOT_STRUCTURE)
    if b"\\" in marks:   # escapes only occur inside strings; drop each with its character
        marks = re.sub(rb"\\.", b"", marks, flags=re.DOTALL)
    # Nothing is left between two strings, nor inside most: each "" is an empty string or
    # the gap between two strings, and dropping it keeps the quotes paired.
    marks = b"".join(marks.replace(b'""', b"").split(b'"')[::2])
    if len(marks) <= 2 * MAX_NESTING:
        return False
    levels = accumulate(1 if mark in b"[{" else -1 for mark in marks)
    return max(levels) > MAX_NESTING


def format_path(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"
