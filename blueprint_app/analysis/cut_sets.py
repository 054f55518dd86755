"""Minimal cut sets of a touchpoint, produced lazily from their ZDD.

``CutSetList`` is a read-only sequence in the contract's order (by size, then ids): its
length comes from the ZDD at once, and the sets of one size are written out (by the core,
sorted there) only when someone reads them, so the first thousands can be shown while
millions stay counted. Small families are written out at once and the diagrams dropped.
"""
from __future__ import annotations

from array import array
from typing import Iterator, Sequence

from .bdd import BDD, ZDD, DiagramTooLarge, minimal_solutions, upward_closure

EAGER_SETS = 10_000          # families up to this size are listed at once, diagrams dropped


class CutSetList(Sequence):
    """Minimal cut sets (tuples of node ids), smallest first, then by ids; ``listed`` of
    them (all, or the first ``limit``); ``total`` is how many the family holds."""

    def __init__(self, zdd: ZDD | None, family: int, names: Sequence[str],
                 limit: int | None = None, sets: tuple | None = None) -> None:
        self._groups: dict[int, list[tuple[str, ...]]] = {}
        if sets is not None:
            self._zdd, self._sizes, self.total = None, [], len(sets)
            self._eager = tuple(sets)
            self.listed = len(sets)
            return
        self._eager = None
        self._zdd, self._family, self._names = zdd, family, list(names)
        order = sorted(range(len(names)), key=names.__getitem__)
        rank = [0] * len(names)
        for position, level in enumerate(order):
            rank[level] = position
        self._by_rank = [names[level] for level in order]
        self._ranks = array("i", rank).tobytes()
        self.total = zdd.count(family)
        self.listed = self.total if limit is None else min(limit, self.total)
        smallest, largest = zdd.sizes(family)
        self._sizes = list(range(max(smallest, 0), largest + 1))
        if self.total <= EAGER_SETS:
            self._eager = tuple(self._generate())
            self._zdd = None

    @property
    def complete(self) -> bool:
        return self.listed == self.total

    def __len__(self) -> int:
        return self.listed

    def _group(self, size: int) -> list[tuple[str, ...]]:
        group = self._groups.get(size)
        if group is None:
            packed, count = self._zdd.core.sets_of_size(self._family, size, self._ranks, 1 << 62)
            flat = memoryview(packed).cast("i") if packed else []
            names = self._by_rank
            group = [tuple(names[r] for r in flat[i * size:(i + 1) * size]) for i in range(count)]
            self._groups = {size: group}          # keep one group: bounded memory
        return group

    def _generate(self) -> Iterator[tuple[str, ...]]:
        left = self.listed
        for size in self._sizes:
            if left <= 0:
                return
            group = self._group(size)
            yield from group[:left]
            left -= len(group)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        if self._eager is not None:
            return iter(self._eager)
        return self._generate()

    def __getitem__(self, index):
        if self._eager is not None:
            return self._eager[index]
        if isinstance(index, slice):
            start, stop, step = index.indices(self.listed)
            out = []
            for position, cut in enumerate(self._generate()):
                if position >= stop:
                    break
                if position >= start and (position - start) % step == 0:
                    out.append(cut)
            return tuple(out) if step > 0 else tuple(self)[index]
        if index < 0:
            index += self.listed
        if not 0 <= index < self.listed:
            raise IndexError("cut set index out of range")
        return self[index:index + 1][0]

    def __eq__(self, other) -> bool:
        if isinstance(other, (tuple, list, CutSetList)):
            return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.listed, self.total))

    def __repr__(self) -> str:
        return f"CutSetList({self.listed} of {self.total})"


def minimal_cut_sets(bdd: BDD, root: int, names: Sequence[str], max_order: int | None,
                     limit: int | None, max_bytes: int) -> tuple[CutSetList, bool, str | None]:
    """(cut sets, truncated, limit message). Beyond the memory budget, the largest order
    that fits is listed (1, 2, 3 … nodes) and the rest left out, with a message."""
    n = len(names)
    bound = None if max_order is None or max_order >= n else max_order
    try:
        cuts, truncated = _family(bdd, root, names, bound, limit, max_bytes)
    except DiagramTooLarge as exc:
        message = f"cut sets over the memory limit ({exc})"
        best = CutSetList(None, 0, names, sets=())
        for order in range(1, (bound or n) + 1):
            try:
                best, _ = _family(bdd, root, names, order, limit, max_bytes)
            except DiagramTooLarge:
                break
            message = (f"cut sets of more than {order} nodes left out: over the memory limit "
                       f"({exc})")
        return best, True, message
    if not cuts.complete:
        return cuts, True, (f"{cuts.total} minimal cut sets; only the first {cuts.listed} "
                            "listed")
    return cuts, truncated, None


def _family(bdd: BDD, root: int, names: Sequence[str], bound: int | None, limit: int | None,
            max_bytes: int) -> tuple[CutSetList, bool]:
    zdd = ZDD(len(names), max(max_bytes - bdd.bytes, 1 << 20))
    family = minimal_solutions(bdd, zdd, root, bound)
    truncated = bound is not None and upward_closure(bdd, zdd, family) != root
    return CutSetList(zdd, family, names, limit), truncated
