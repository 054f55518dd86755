"""Sequence numbers for document order that change as few rows as possible.

The ``seq`` column only has to increase along the document order. Removing an item leaves
a gap, appending takes the next whole number, and an insertion takes a value between its
neighbours, so one edit rewrites one row instead of renumbering thousands. Only when no
value fits (or the stored order disagrees with the model) do we renumber, and even then only
rows whose number really changes are reported.
"""
from __future__ import annotations

import math


def resequence(ids: list[str], old: dict[str, float]) -> tuple[dict[str, float], set[str]]:
    """Give every id in ``ids`` a strictly increasing seq, keeping ``old`` values where
    possible. Returns the new map and the ids whose value is new or changed."""
    new: dict[str, float] = {}
    prev: float | None = None
    i, count = 0, len(ids)
    while i < count:
        if _keeps(ids[i], old, prev):
            prev = new[ids[i]] = old[ids[i]]
            i += 1
            continue
        j = i
        while j < count and not _keeps(ids[j], old, prev):
            j += 1
        following = old[ids[j]] if j < count else None
        values = _between(prev, following, j - i)
        if values is None:
            return _renumber(ids, old)
        new.update(zip(ids[i:j], values))
        prev = values[-1]
        i = j
    changed = {key for key, value in new.items() if old.get(key) != value}
    return new, changed


def _keeps(key: str, old: dict[str, float], prev: float | None) -> bool:
    value = old.get(key)
    return value is not None and (prev is None or value > prev)


def _between(low: float | None, high: float | None, count: int) -> list[float] | None:
    """``count`` increasing values strictly between low and high (either may be open)."""
    if high is None:
        start = 0.0 if low is None else math.floor(low) + 1.0
        return [start + k for k in range(count)]
    if low is None:
        return [math.floor(high) - count + k for k in range(count)]  # all below high
    step = (high - low) / (count + 1)
    values = [low + step * (k + 1) for k in range(count)]
    ordered = all(a < b for a, b in zip([low] + values, values + [high]))
    return values if ordered else None


def _renumber(ids: list[str], old: dict[str, float]) -> tuple[dict[str, float], set[str]]:
    new = {key: float(index) for index, key in enumerate(ids)}
    return new, {key for key, value in new.items() if old.get(key) != value}
