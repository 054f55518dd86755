"""Reduced ordered binary decision diagrams (ROBDD) for monotone failure functions, plus the
zero-suppressed families (ZDD) used for minimal cut sets: thin Python names over the
compiled core ``_bddcore`` (integer node tables, a unique table, a lossy compute cache, all
inside one memory budget in bytes).

Why our own and not the ``dd`` package: ``dd``'s fast back end (CUDD) is not on PyPI as
wheels, and its complemented edges give a complemented node the probability ``1 - P``,
which loses the digits of small probabilities; conditioning for importance and Rauzy's
minimal solutions both need walks over the raw nodes. Our failure functions are monotone
(a node fails when it fails itself OR its supports fail by all/any/k-of-n), so AND and OR
are the only operations: every probability is a sum of products of non-negative numbers
(the core carries P and Q = 1 - P side by side, never subtracting from 1).

Variables are identified by their *level* (0 = top). Node ids: ``FALSE = 0``, ``TRUE = 1``,
internal nodes from 2.

References: R. E. Bryant, "Graph-based algorithms for Boolean function manipulation", IEEE
Trans. Computers C-35 (1986); A. Rauzy, "New algorithms for fault trees analysis",
Reliability Engineering & System Safety 40 (1993) 203-211 (minimal solutions, ``without``);
S. Minato, "Zero-suppressed BDDs for set manipulation in combinatorial problems", DAC 1993.
"""
from __future__ import annotations

import contextlib
from typing import Iterator, Sequence

from ._bddcore import DiagramTooLarge, Manager

FALSE = 0
TRUE = 1
EMPTY = 0   # ZDD: the empty family (no set)
BASE = 1    # ZDD: the family holding only the empty set
# Memory for one touchpoint's diagrams (node tables, unique tables and caches, in bytes).
MEMORY_LIMIT = 400 << 20

__all__ = ["BASE", "BDD", "EMPTY", "FALSE", "MEMORY_LIMIT", "TRUE", "ZDD", "DiagramTooLarge",
           "deep_recursion", "minimal_solutions", "upward_closure"]


@contextlib.contextmanager
def deep_recursion(levels: int) -> Iterator[None]:
    """Kept for callers: the compiled core recurses on the C stack, not Python's."""
    yield


class BDD:
    """ROBDD (no complement edges) over ``n_levels`` variables."""

    def __init__(self, n_levels: int, max_bytes: int | None = None) -> None:
        self.n_levels = n_levels
        self.core = Manager(n_levels, False, MEMORY_LIMIT if max_bytes is None else max_bytes)
        self.and_ = self.core.and_
        self.or_ = self.core.or_
        self.mk = self.core.mk

    def __len__(self) -> int:
        return self.core.size()

    @property
    def bytes(self) -> int:
        return self.core.bytes

    def var(self, level: int) -> int:
        if not 0 <= level < self.n_levels:
            raise ValueError(f"level {level} out of range 0..{self.n_levels - 1}")
        return self.core.mk(level, FALSE, TRUE)

    def node(self, u: int) -> tuple[int, int, int]:
        return self.core.node(u)

    def or_all(self, nodes: Sequence[int]) -> int:
        result = FALSE
        for node in nodes:
            result = self.or_(result, node)
        return result

    def and_all(self, nodes: Sequence[int]) -> int:
        result = TRUE
        for node in nodes:
            result = self.and_(result, node)
        return result

    def at_least(self, k: int, nodes: Sequence[int]) -> int:
        """True when at least ``k`` of the (monotone) functions are true.

        Dynamic programme over T(i, j) = "at least j of nodes[i:] true":
        T(i, j) = T(i+1, j) OR (nodes[i] AND T(i+1, j-1)); the general ITE reduces to this
        because T(i+1, j-1) already contains T(i+1, j). O(len(nodes) * k) operations.
        """
        m = len(nodes)
        if k <= 0:
            return TRUE
        if k > m:
            return FALSE
        row = [TRUE] + [FALSE] * k           # i = m: only j = 0 holds
        for i in range(m - 1, -1, -1):
            f = nodes[i]
            new = [TRUE] * (k + 1)
            for j in range(1, k + 1):
                new[j] = self.or_(row[j], self.and_(f, row[j - 1]))
            row = new
        return row[k]

    def evaluate(self, root: int, true_levels: set[int] | frozenset[int]) -> bool:
        node = root
        while node > TRUE:
            level, low, high = self.core.node(node)
            node = high if level in true_levels else low
        return node == TRUE

    # ----- probability ------------------------------------------------------------------
    def probability_of(self, root: int, probs: Sequence[float]) -> float:
        """P(root is true) for independent variables, ``probs[level]`` = P(variable true)."""
        return self.core.probability(root, probs)

    def probability(self, root: int, probs: Sequence[float]) -> dict[int, float]:
        """``{root: P(root)}`` (with the terminals), for callers that index by the root."""
        return {FALSE: 0.0, TRUE: 1.0, root: self.core.probability(root, probs)}

    def importance(self, root: int, probs: Sequence[float]
                   ) -> tuple[float, list[float], list[float], list[float]]:
        """(P, P1, P0, Birnbaum): P(root) and per level P(root | var true), P(root | var
        false) and Birnbaum's importance computed on the diagram (not as P1 - P0, which
        loses every digit below about 1e-16 of P)."""
        return self.core.importance(root, probs)

    def conditionals(self, root: int, probs: Sequence[float]) -> tuple[float, list[float], list[float]]:
        total, p1, p0, _ = self.core.importance(root, probs)
        return total, p1, p0


class ZDD:
    """Zero-suppressed families of sets of levels (for minimal cut sets)."""

    def __init__(self, n_levels: int, max_bytes: int | None = None) -> None:
        self.n_levels = n_levels
        self.core = Manager(n_levels, True, MEMORY_LIMIT if max_bytes is None else max_bytes)
        self.mk = self.core.mk
        self.without = self.core.without

    def __len__(self) -> int:
        return self.core.size()

    @property
    def bytes(self) -> int:
        return self.core.bytes

    def count(self, family: int) -> int:
        return int(self.core.count(family))

    def sizes(self, family: int) -> tuple[int, int]:
        """(smallest, largest) number of elements of a set of the family; (-1, -1) if none."""
        return self.core.sizes(family)

    def sets(self, family: int) -> Iterator[tuple[int, ...]]:
        """Every set of the family, as a tuple of levels (ascending), smallest sets first."""
        smallest, largest = self.sizes(family)
        ranks = _int32_bytes(range(self.n_levels))
        for size in range(max(smallest, 0), largest + 1):
            packed, count = self.core.sets_of_size(family, size, ranks, 1 << 62)
            flat = memoryview(packed).cast("i")
            for i in range(count):
                yield tuple(flat[i * size:(i + 1) * size])


def _int32_bytes(values) -> bytes:
    from array import array

    packed = array("i", values)
    return packed.tobytes()


def minimal_solutions(bdd: BDD, zdd: ZDD, root: int, max_order: int | None = None) -> int:
    """The ZDD family of minimal solutions (minimal cut sets) of a monotone BDD.

    Rauzy (1993): for f = x.f1 + f0 (f1 >= f0 when f is monotone),
    MCS(f) = MCS(f0) + x.(MCS(f1) without MCS(f0)). With ``max_order`` = k only sets of at
    most k variables are built (a minimal set of f0 that is a subset of a small set of
    x.f1 is itself small, so the bounded ``without`` is still exact).
    """
    bound = bdd.n_levels + 1 if max_order is None else max_order
    return zdd.core.minsol(bdd.core, root, bound)


def upward_closure(bdd: BDD, zdd: ZDD, family: int) -> int:
    """The monotone BDD true on every superset of a set of ``family``."""
    return bdd.core.upward(zdd.core, family)
