"""A small reduced ordered binary decision diagram (ROBDD) for monotone failure functions,
plus the zero-suppressed families used for minimal cut sets.

Why our own and not the ``dd`` package (PyPI, ``dd.autoref``): ``dd`` stores functions with
complemented edges, so the probability of a complemented node is ``1 - P(node)``. For the
small failure probabilities of a blueprint (1e-6 and below) that subtraction loses most
significant digits, and conditioning on one variable for every cause (importance) and
extracting minimal solutions (Rauzy 1993) both need a walk over the raw node structure that
``dd`` does not expose as a stable API. Our failure functions are monotone (a node fails when
it fails itself OR its supports fail by all/any/k-of-n), so AND and OR are the only
operations needed: no negation, no complement edges, every probability is a sum of products
of non-negative numbers.

Variables are identified by their *level* (0 = top). Node ids: ``FALSE = 0``, ``TRUE = 1``,
internal nodes from 2. Recursion depth is bounded by the number of levels; Python >= 3.11
does not use the C stack for Python-to-Python calls, so ``deep_recursion`` raises the limit.

References: R. E. Bryant, "Graph-based algorithms for Boolean function manipulation", IEEE
Trans. Computers C-35 (1986); A. Rauzy, "New algorithms for fault trees analysis",
Reliability Engineering & System Safety 40 (1993) 203-211 (minimal solutions, ``without``);
S. Minato, "Zero-suppressed BDDs for set manipulation in combinatorial problems", DAC 1993.
"""
from __future__ import annotations

import contextlib
import sys
from typing import Iterator, Sequence

FALSE = 0
TRUE = 1
EMPTY = 0   # ZDD: the empty family (no set)
BASE = 1    # ZDD: the family holding only the empty set
MAX_NODES = 2_000_000   # a diagram beyond this is refused (about 0.5 GB), not built


class DiagramTooLarge(MemoryError):
    """The decision diagram outgrew MAX_NODES (a structure beyond exact analysis)."""


@contextlib.contextmanager
def deep_recursion(levels: int) -> Iterator[None]:
    """Allow recursion proportional to the number of BDD levels for the duration."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 4 * levels + 2000))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


class _NodeTable:
    """The node store both diagrams share: parallel level/low/high lists (the two terminals
    first, below every variable) and a unique table so each (level, low, high) exists once.
    Subclasses add their reduction rule in ``mk``."""

    def __init__(self, n_levels: int, max_nodes: int, terminals: tuple[int, int]) -> None:
        self.n_levels = n_levels
        self.max_nodes = max_nodes
        self.level: list[int] = [n_levels, n_levels]
        self.low: list[int] = list(terminals)
        self.high: list[int] = list(terminals)
        self._unique: dict[tuple[int, int, int], int] = {}

    def __len__(self) -> int:
        return len(self.level)

    def _intern(self, level: int, low: int, high: int) -> int:
        key = (level, low, high)
        node = self._unique.get(key)
        if node is None:
            node = len(self.level)
            if node > self.max_nodes:
                raise DiagramTooLarge(f"more than {self.max_nodes} decision diagram nodes")
            self.level.append(level)
            self.low.append(low)
            self.high.append(high)
            self._unique[key] = node
        return node


class BDD(_NodeTable):
    """ROBDD (no complement edges) with a unique table and memoised AND/OR."""

    def __init__(self, n_levels: int, max_nodes: int = MAX_NODES) -> None:
        super().__init__(n_levels, max_nodes, (FALSE, TRUE))
        self._and: dict[tuple[int, int], int] = {}
        self._or: dict[tuple[int, int], int] = {}

    def mk(self, level: int, low: int, high: int) -> int:
        if low == high:
            return low
        return self._intern(level, low, high)

    def var(self, level: int) -> int:
        if not 0 <= level < self.n_levels:
            raise ValueError(f"level {level} out of range 0..{self.n_levels - 1}")
        return self.mk(level, FALSE, TRUE)

    def and_(self, u: int, v: int) -> int:
        if u == FALSE or v == FALSE:
            return FALSE
        if u == TRUE or u == v:
            return v
        if v == TRUE:
            return u
        key = (u, v) if u < v else (v, u)
        result = self._and.get(key)
        if result is None:
            result = self._apply(self.and_, u, v)
            self._and[key] = result
        return result

    def or_(self, u: int, v: int) -> int:
        if u == TRUE or v == TRUE:
            return TRUE
        if u == FALSE or u == v:
            return v
        if v == FALSE:
            return u
        key = (u, v) if u < v else (v, u)
        result = self._or.get(key)
        if result is None:
            result = self._apply(self.or_, u, v)
            self._or[key] = result
        return result

    def _apply(self, op, u: int, v: int) -> int:
        lu, lv = self.level[u], self.level[v]
        top = min(lu, lv)
        u0, u1 = (self.low[u], self.high[u]) if lu == top else (u, u)
        v0, v1 = (self.low[v], self.high[v]) if lv == top else (v, v)
        return self.mk(top, op(u0, v0), op(u1, v1))

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
            node = self.high[node] if self.level[node] in true_levels else self.low[node]
        return node == TRUE

    def reachable(self, root: int) -> list[int]:
        """Internal nodes reachable from ``root``, sorted by level (top first)."""
        seen = {root}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (self.low[node], self.high[node]):
                if child > TRUE and child not in seen:
                    seen.add(child)
                    stack.append(child)
        seen.discard(FALSE)
        seen.discard(TRUE)
        return sorted(seen, key=self.level.__getitem__)

    # ----- probability ------------------------------------------------------------------
    def probability(self, root: int, probs: Sequence[float], nodes: list[int] | None = None) -> dict[int, float]:
        """P(node is true) for every node under ``root`` (independent variables,
        ``probs[level]`` = P(variable true)). Returns the whole table (terminals included)."""
        table = {FALSE: 0.0, TRUE: 1.0}
        order = self.reachable(root) if nodes is None else nodes
        level, low, high = self.level, self.low, self.high
        for node in reversed(order):             # bottom-up: children first
            p = probs[level[node]]
            table[node] = p * table[high[node]] + (1.0 - p) * table[low[node]]
        return table

    def conditionals(self, root: int, probs: Sequence[float]) -> tuple[float, list[float], list[float]]:
        """(P, P1, P0): P(root), and per level P(root | var true), P(root | var false).

        One bottom-up pass (probabilities) and one top-down pass (the probability mass
        arriving at each node). For a level L, paths either meet a node of level L (then
        they take its high or low branch) or jump over L; both parts are sums of products
        of non-negative numbers, so a conditional is exactly 0 when it should be.
        """
        n = self.n_levels
        order = self.reachable(root)
        prob = self.probability(root, probs, order)
        total = prob[root]
        level, low, high = self.level, self.low, self.high
        reach = dict.fromkeys(order, 0.0)
        reach[root] = 1.0
        meet1 = [0.0] * (n + 1)
        meet0 = [0.0] * (n + 1)
        jump = [0.0] * (n + 2)       # difference array over levels: mass jumping over L
        jumping = [0] * (n + 2)      # how many non-zero jumps cover L (exact zero test)

        def add_jump(start: int, stop: int, value: float) -> None:
            # covers levels start .. stop-1
            if start < stop and value != 0.0:
                jump[start] += value
                jump[stop] -= value
                jumping[start] += 1
                jumping[stop] -= 1

        add_jump(0, level[root], total)
        for node in order:
            mass = reach[node]
            if mass == 0.0:
                continue
            lv = level[node]
            p = probs[lv]
            hi, lo = high[node], low[node]
            meet1[lv] += mass * prob[hi]
            meet0[lv] += mass * prob[lo]
            for child, share in ((hi, p), (lo, 1.0 - p)):
                arriving = mass * share
                if child > TRUE:
                    reach[child] += arriving
                add_jump(lv + 1, level[child], arriving * prob[child])
        p1, p0 = [0.0] * n, [0.0] * n
        running, count = 0.0, 0
        for lv in range(n):
            running += jump[lv]
            count += jumping[lv]
            bypass = max(running, 0.0) if count else 0.0
            p1[lv] = min(1.0, bypass + meet1[lv])
            p0[lv] = min(1.0, bypass + meet0[lv])
        return total, p1, p0


class ZDD(_NodeTable):
    """Zero-suppressed families of sets of levels (for minimal cut sets)."""

    def __init__(self, n_levels: int, max_nodes: int = MAX_NODES) -> None:
        super().__init__(n_levels, max_nodes, (EMPTY, BASE))
        self._without: dict[tuple[int, int], int] = {}

    def mk(self, level: int, low: int, high: int) -> int:
        if high == EMPTY:
            return low
        return self._intern(level, low, high)

    def has_empty_set(self, family: int) -> bool:
        while family > BASE:
            family = self.low[family]
        return family == BASE

    def without(self, f: int, g: int) -> int:
        """Sets of ``f`` that contain no set of ``g`` (Rauzy's ``without``)."""
        if f == EMPTY or g == EMPTY:
            return f
        if g == BASE or f == g:
            return EMPTY
        if f == BASE:
            return EMPTY if self.has_empty_set(g) else BASE
        key = (f, g)
        result = self._without.get(key)
        if result is not None:
            return result
        lf, lg = self.level[f], self.level[g]
        top = min(lf, lg)
        f0, f1 = (self.low[f], self.high[f]) if lf == top else (f, EMPTY)
        g0, g1 = (self.low[g], self.high[g]) if lg == top else (g, EMPTY)
        # sets without the top variable only meet g's sets without it; sets with it meet both
        result = self.mk(top, self.without(f0, g0), self.without(self.without(f1, g0), g1))
        self._without[key] = result
        return result

    def sets(self, family: int) -> Iterator[tuple[int, ...]]:
        """Every set of the family, as a tuple of levels (ascending)."""
        stack: list[tuple[int, tuple[int, ...]]] = [(family, ())]
        while stack:
            node, prefix = stack.pop()
            if node == EMPTY:
                continue
            if node == BASE:
                yield prefix
                continue
            stack.append((self.low[node], prefix))
            stack.append((self.high[node], prefix + (self.level[node],)))

    def count(self, family: int) -> int:
        memo = {EMPTY: 0, BASE: 1}

        def visit(node: int) -> int:
            if node not in memo:
                memo[node] = visit(self.low[node]) + visit(self.high[node])
            return memo[node]

        return visit(family)


def minimal_solutions(bdd: BDD, zdd: ZDD, root: int, max_order: int | None = None) -> int:
    """The ZDD family of minimal solutions (minimal cut sets) of a monotone BDD.

    Rauzy (1993): for f = x.f1 + f0 (f1 >= f0 when f is monotone),
    MCS(f) = MCS(f0) + x.(MCS(f1) without MCS(f0)). With ``max_order`` = k only sets of at
    most k variables are built (a minimal set of f0 that is a subset of a small set of
    x.f1 is itself small, so the bounded ``without`` is still exact).
    """
    memo: dict[tuple[int, int], int] = {}
    unbounded = bdd.n_levels + 1

    def solve(node: int, k: int) -> int:
        if node == FALSE:
            return EMPTY
        if node == TRUE:
            return BASE
        if k <= 0:            # a non-constant monotone function is false on the empty set
            return EMPTY
        key = (node, k)
        result = memo.get(key)
        if result is None:
            low = solve(bdd.low[node], k)
            high = zdd.without(solve(bdd.high[node], k - 1), low)
            result = zdd.mk(bdd.level[node], low, high)
            memo[key] = result
        return result

    return solve(root, unbounded if max_order is None else max_order)


def upward_closure(bdd: BDD, zdd: ZDD, family: int) -> int:
    """The monotone BDD true on every superset of a set of ``family``."""
    memo = {EMPTY: FALSE, BASE: TRUE}

    def visit(node: int) -> int:
        result = memo.get(node)
        if result is None:
            low = visit(zdd.low[node])
            high = bdd.or_(visit(zdd.high[node]), low)
            result = bdd.mk(zdd.level[node], low, high)
            memo[node] = result
        return result

    return visit(family)
