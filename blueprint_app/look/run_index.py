"""Indexes of the runs along a channel, so routing a big map looks only at the runs near a
new one instead of every run already placed (docs/edge-routes.md, "Speed").

Both answer exactly what a scan of every run would: a look-up returns a superset of the runs
that can matter (sorted by where they start, bounded by the longest run), and the callers
apply their own exact test to it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

SLACK = 1.0   # widens every look-up a little, so float rounding never drops a run


class SpanIndex:
    """Spans (lo, hi) with a value each, found by the stretch they may touch."""

    __slots__ = ("_los", "_values", "_longest")

    def __init__(self) -> None:
        self._los: list[float] = []      # sorted
        self._values: list = []          # in the order of _los
        self._longest = 0.0

    def add(self, lo: float, hi: float, value) -> None:
        at = bisect_right(self._los, lo)
        self._los.insert(at, lo)
        self._values.insert(at, value)
        self._longest = max(self._longest, hi - lo)

    def near(self, lo: float, hi: float) -> list:
        """Values of every span reaching past ``lo`` and starting before ``hi`` (and a few
        more: a span that ends before ``lo`` or starts at ``hi`` may be among them)."""
        first = bisect_left(self._los, lo - self._longest - SLACK)
        last = bisect_left(self._los, hi + SLACK)
        return self._values[first:last]


class TrackRuns:
    """The runs (lo, hi) that took one track, in the order they took it."""

    __slots__ = ("runs", "_index")

    def __init__(self) -> None:
        self.runs: list[tuple[float, float]] = []
        self._index = SpanIndex()

    def add(self, lo: float, hi: float) -> None:
        self._index.add(lo, hi, len(self.runs))
        self.runs.append((lo, hi))

    def blocks(self, lo: float, hi: float, gap: float) -> bool:
        """Whether a run from lo to hi comes closer than ``gap`` to a run on the track."""
        runs, low, high = self.runs, lo - gap, hi + gap
        for k in self._index.near(low, high):
            a, b = runs[k]
            if low < b and a < high:
                return True
        return False

    def shared(self, lo: float, hi: float) -> float:
        """Length a run from lo to hi would share with the track's runs, summed in the order
        they took the track. The runs left out, and those sharing nothing, would add 0.0,
        which changes no float sum: this is a full scan's figure to the last bit."""
        runs, total = self.runs, 0
        for k in sorted(self._index.near(lo, hi)):
            a, b = runs[k]
            length = (b if b < hi else hi) - (a if a > lo else lo)
            if length > 0.0:
                total += length
        return total


class Ordering:
    """A list that grows by inserting after a given member (or at the front) and compares
    any two members' places in O(1): each member holds a label that grows along the list
    (order maintenance with integer labels, relabelled when two neighbours run out of room)."""

    GAP = 1 << 64

    def __init__(self) -> None:
        self.label: dict = {}
        self._next: dict = {}
        self._head = None

    def insert_after(self, member, new) -> None:
        """Put ``new`` right after ``member`` (None: at the front)."""
        label, nxt = self.label, self._next
        if member is None:
            label[new] = 0 if self._head is None else label[self._head] - self.GAP
            nxt[new], self._head = self._head, new
            return
        after = nxt[member]
        if after is not None and label[after] - label[member] < 2:
            self._relabel()
        label[new] = label[member] + self.GAP if after is None \
            else (label[member] + label[after]) // 2
        nxt[new], nxt[member] = after, new

    def _relabel(self) -> None:
        for k, member in enumerate(self):
            self.label[member] = k * self.GAP

    def __iter__(self):
        member = self._head
        while member is not None:
            yield member
            member = self._next[member]
