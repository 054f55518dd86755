"""Edge routes, computed once from the model's layout and drawn alike on the canvas, in
PNG/SVG and in the PDF.

Edges between nodes side by side are gentle curves between their facing sides. Every
other edge runs orthogonally through *channels*: the horizontal corridor that straddles a
lane line (between the cards of two lanes) and the vertical gap that straddles a column
edge (between the cards of two stages). Each channel has tracks a few units apart, never
on the line itself; every run takes its own track, so runs keep a visible separation and
never lie on top of each other, and tracks are handed out in an order that avoids
needless crossings (see docs/edge-routes.md for the figures).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model.enums import EdgeKind
from ..model.layout import Layout, Rect
from .paths import polyline
from .run_index import Ordering, SpanIndex, TrackRuns

Point = tuple[float, float]
# from the line, nearest first; never 0 (the line itself)
# twelve tracks from the line, nearest first (5, -5, 8, -8 ... 20, -20); never 0 (the line)
TRACK_OFFSETS = tuple(sign * (5.0 + 3.0 * k) for k in range(6) for sign in (1, -1))
RUN_GAP = 8.0        # runs on one track stay this far apart along it
NODE_MARGIN = 3.0    # a run keeps this far from a card it passes
CORNER = 6.0         # radius of the rounded corners
ARROW_LENGTH = 7.0
PREFER_V = 0
PREFER_H = 0
ARROW_HALF_WIDTH = 3.0


@dataclass(frozen=True)
class Route:
    edge_id: str
    kind: EdgeKind
    points: tuple[Point, ...]   # curved: start, control 1, control 2, end; else a polyline
    curved: bool

    def direction(self) -> Point:
        (ax, ay), (bx, by) = self.points[-2], self.points[-1]
        norm = math.hypot(bx - ax, by - ay) or 1.0
        return (bx - ax) / norm, (by - ay) / norm

    def line_ops(self, arrow: float = ARROW_LENGTH) -> tuple:
        """The route's line as path ops, stopped at the arrowhead's base."""
        ux, uy = self.direction()
        pts = list(self.points)
        pts[-1] = (pts[-1][0] - ux * arrow * 0.8, pts[-1][1] - uy * arrow * 0.8)
        if self.curved:
            return (("M", *pts[0]), ("C", *pts[1], *pts[2], *pts[3]))
        return polyline(pts, CORNER)

    def arrow_head(self, length: float = ARROW_LENGTH,
                   half_width: float = ARROW_HALF_WIDTH) -> tuple[Point, Point, Point]:
        ux, uy = self.direction()
        tip = self.points[-1]
        bx, by = tip[0] - ux * length, tip[1] - uy * length
        px, py = -uy * half_width, ux * half_width
        return tip, (bx + px, by + py), (bx - px, by - py)


# ----- ends ----------------------------------------------------------------------------------
def _spread(count: int, index: int) -> float:
    """Fraction along a side for the index-th of count edge ends (middle 70 %)."""
    return 0.5 if count == 1 else 0.15 + 0.7 * index / (count - 1)


def _anchor(rect: Rect, side: str, fraction: float) -> Point:
    if side in ("top", "bottom"):
        return (rect.x + rect.width * fraction, rect.y if side == "top" else rect.bottom)
    return (rect.x if side == "left" else rect.right, rect.y + rect.height * fraction)


_OUTWARD = {"top": (0, -1), "bottom": (0, 1), "left": (-1, 0), "right": (1, 0)}


def _sides(src: Rect, tgt: Rect) -> tuple[str, str]:
    if not (src.bottom < tgt.y or tgt.bottom < src.y):  # side by side
        if src.right < tgt.x:
            return ("right", "left")
        if tgt.right < src.x:
            return ("left", "right")
    return ("top", "bottom") if tgt.center[1] < src.center[1] else ("bottom", "top")


BUCKET = 256.0


def _bucket_keys(x0: float, y0: float, x1: float, y1: float):
    for i in range(int(x0 // BUCKET), int(x1 // BUCKET) + 1):
        for j in range(int(y0 // BUCKET), int(y1 // BUCKET) + 1):
            yield (i, j)


# ----- channels ----------------------------------------------------------------------------
class _Channels:
    """Free tracks along lane lines and column edges, and the cards in the way."""

    def __init__(self, layout: Layout, rects: dict[str, Rect]) -> None:
        self.layout, self.rects = layout, rects
        self.lines = [b.y for b in layout.bands[1:]]              # lane lines, top to bottom
        self.edges = sorted({c.x for c in layout.columns} | {layout.width})
        self.taken: dict[tuple, TrackRuns] = {}   # per track: the runs on it
        self.buckets: dict[tuple[int, int], list[tuple[str, Rect]]] = {}
        for node_id, rect in rects.items():  # a coarse grid, so a look-up sees few cards
            for key in _bucket_keys(rect.x, rect.y, rect.right, rect.bottom):
                self.buckets.setdefault(key, []).append((node_id, rect))

    def line_above(self, rect: Rect) -> int:
        """Index of the lane line just above the rectangle's lane (-1: none)."""
        return sum(1 for y in self.lines if y <= rect.y + 0.5) - 1

    def line_below(self, rect: Rect) -> int:
        return sum(1 for y in self.lines if y < rect.bottom - 0.5)

    def column_edge(self, tgt: Rect, from_x: float) -> float:
        """The column edge of the target's stage on the side the edge comes from."""
        left = max((x for x in self.edges if x <= tgt.x + 0.5), default=self.edges[0])
        right = min((x for x in self.edges if x >= tgt.right - 0.5), default=self.edges[-1])
        return left if from_x < tgt.center[0] else right

    def hits_card(self, x0, y0, x1, y1, ends) -> bool:
        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        m = NODE_MARGIN
        for key in _bucket_keys(lo_x - m, lo_y - m, hi_x + m, hi_y + m):
            for node_id, r in self.buckets.get(key, ()):
                if node_id not in ends and r.x - NODE_MARGIN < hi_x and lo_x < r.right + NODE_MARGIN \
                        and r.y - NODE_MARGIN < hi_y and lo_y < r.bottom + NODE_MARGIN:
                    return True
        return False

    def free(self, key: tuple, base: float, lo: float, hi: float, horizontal: bool, ends,
             allowed=lambda offset: True, prefer: int = 0) -> float | None:
        """The first free track of a channel for a run from lo to hi along it, or None;
        ``prefer`` +1/-1 tries the tracks on that side of the line first."""
        order = sorted(TRACK_OFFSETS, key=lambda o: (prefer * o < 0, abs(o))) if prefer \
            else TRACK_OFFSETS
        for offset in order:
            if not allowed(offset):
                continue
            if self.blocked(key + (offset,), lo, hi):
                continue
            at = base + offset
            if not (self.hits_card(lo, at, hi, at, ends) if horizontal
                    else self.hits_card(at, lo, at, hi, ends)):
                return offset
        return None

    def track(self, key: tuple, base: float, lo: float, hi: float, horizontal: bool, ends,
              allowed=lambda offset: True, prefer: int = 0) -> float:
        """Take a track: the first free one, else the one this run overlaps least."""
        offset = self.free(key, base, lo, hi, horizontal, ends, allowed, prefer)
        if offset is None:
            def shared(o):
                runs = self.taken.get(key + (o,))
                return runs.shared(lo, hi) if runs is not None else 0
            offset = min((o for o in TRACK_OFFSETS if allowed(o)), key=shared)
        self.take(key + (offset,), lo, hi)
        return base + offset

    def blocked(self, track: tuple, lo: float, hi: float) -> bool:
        """Whether a run from lo to hi comes within RUN_GAP of a run on the track."""
        runs = self.taken.get(track)
        return runs is not None and runs.blocks(lo, hi, RUN_GAP)

    def take(self, track: tuple, lo: float, hi: float) -> None:
        self.taken.setdefault(track, TrackRuns()).add(lo, hi)


# ----- routing ------------------------------------------------------------------------------
def route_edges(edges, rects: dict[str, Rect], layout: Layout) -> list[Route]:
    """Routes for every edge whose two ends have rectangles, in the order given."""
    plan, ends = [], {}
    for edge in edges:
        src, tgt = rects.get(edge.source), rects.get(edge.target)
        if src is None or tgt is None:
            continue
        sides = _sides(src, tgt)
        i = len(plan)
        plan.append((edge, src, tgt, sides))
        s_key = tgt.center[0] if sides[0] in ("top", "bottom") else tgt.center[1]
        t_key = src.center[0] if sides[1] in ("top", "bottom") else src.center[1]
        ends.setdefault((edge.source, sides[0]), []).append((s_key, edge.id, i, 0))
        ends.setdefault((edge.target, sides[1]), []).append((t_key, edge.id, i, 1))
    fractions: dict[tuple[int, int], float] = {}
    for members in ends.values():
        members.sort()
        for k, (_, _, i, which) in enumerate(members):
            fractions[(i, which)] = _spread(len(members), k)
    channels = _Channels(layout, rects)
    routes: dict[int, Route] = {}
    orthogonal = []
    for i, (edge, src, tgt, (s_side, t_side)) in enumerate(plan):
        start = _anchor(src, s_side, fractions[(i, 0)])
        end = _anchor(tgt, t_side, fractions[(i, 1)])
        if s_side in ("left", "right"):
            routes[i] = _curve(edge, start, end, s_side, t_side)
        elif abs(start[0] - end[0]) < 0.5 and not channels.hits_card(
                start[0], start[1], end[0], end[1], (edge.source, edge.target)):
            routes[i] = Route(edge.id, edge.kind, (start, end), False)
        else:
            orthogonal.append((i, edge, src, tgt, start, end))
    # Runs that stay in one corridor get their tracks first, a corridor at a time, stacked
    # in the order that crosses least (_stack); the others then take the tracks still free
    # (the run that starts farthest from where it turns first).
    orthogonal.sort(key=_ORDER)
    corridors: dict[int, list] = {}
    rest = []
    for item in orthogonal:
        run = _corridor_run(item, channels)
        if run is None:
            rest.append(item)
        else:
            corridors.setdefault(run.line, []).append(run)
    for _, runs in sorted(corridors.items()):
        for run, y in _stack(runs, channels):
            i, edge, _, _, start, end = run.item
            if y is None:
                rest.append(run.item)
            else:
                routes[i] = Route(edge.id, edge.kind, (start, (start[0], y), (end[0], y), end),
                                  False)
    rest.sort(key=_ORDER)
    for i, edge, src, tgt, start, end in rest:
        routes[i] = _orthogonal(edge, src, tgt, start, end, channels)
    return [routes[i] for i in range(len(plan))]


@dataclass
class _Run:
    """A run through one corridor: a leg up from its track, the track, a leg down."""
    item: tuple
    line: int
    lo: float
    hi: float
    leg_above: float   # x of the leg that rises from the track
    leg_below: float   # x of the leg that descends from the track


def _corridor_run(item, ch: "_Channels") -> "_Run | None":
    """The run of an edge that goes straight through one corridor, or None."""
    _, edge, src, tgt, start, end = item
    up = end[1] < start[1]
    first = ch.line_above(src) if up else ch.line_below(src)
    last = ch.line_below(tgt) if up else ch.line_above(tgt)
    if not 0 <= first < len(ch.lines):
        return None
    line_y = ch.lines[first]
    if first != last and ch.hits_card(end[0], line_y, end[0], end[1], (edge.source, edge.target)):
        return None
    above, below = (end[0], start[0]) if up else (start[0], end[0])
    return _Run(item, first, min(start[0], end[0]), max(start[0], end[0]), above, below)


def _overlap(a: "_Run", b: "_Run") -> bool:
    return a.lo - RUN_GAP < b.hi and b.lo - RUN_GAP < a.hi


def _cost_above(a: "_Run", b: "_Run") -> int:
    """Crossings when a's track is above b's: a's descending leg crosses b's track, b's
    rising leg crosses a's."""
    return (b.lo < a.leg_below < b.hi) + (a.lo < b.leg_above < a.hi)


def _order(runs: list) -> list:
    """Top-to-bottom order of a corridor's runs: each run, in turn, goes to the place where
    it crosses the runs already placed least (the first such place from the top).

    Only runs whose spans meet can cross, so the costs are summed over those alone (found
    with a SpanIndex, taken in their placed order): the others add 0 at every place, which
    leaves the best place and its cost as a scan of every placed run finds them."""
    placed, order = SpanIndex(), Ordering()
    for k, run in enumerate(runs):
        near = sorted(placed.near(run.lo, run.hi), key=order.label.__getitem__)
        above = [_cost_above(runs[j], run) for j in near]   # paid if runs[j] is above run
        below = [_cost_above(run, runs[j]) for j in near]   # paid if runs[j] is below run
        cost = best_cost = sum(below)
        best = None   # the run it goes right under (None: the top)
        for j, up, down in zip(near, above, below):
            cost += up - down
            if cost < best_cost:
                best, best_cost = j, cost
        order.insert_after(best, k)
        placed.add(run.lo, run.hi, k)
    return [runs[k] for k in order]


def _between_ends(run: "_Run", y: float) -> bool:
    """A track between the two cards' sides, clear of both: never behind a card."""
    (_, y0), (_, y1) = run.item[4], run.item[5]
    return min(y0, y1) + NODE_MARGIN < y < max(y0, y1) - NODE_MARGIN


def _stack(runs: list, ch: "_Channels"):
    """(run, track y or None if no track is free) for the runs of one corridor: in the order
    of ``_order``, each run takes the level just below every earlier run it overlaps (runs
    apart share a level); the levels take the tracks nearest the line, top to bottom."""
    ordered = _order(runs)
    levels: list[int] = []
    earlier = SpanIndex()   # the runs already given a level, to find those it overlaps
    for k, run in enumerate(ordered):
        under = [levels[j] for j in earlier.near(run.lo - RUN_GAP, run.hi + RUN_GAP)
                 if _overlap(ordered[j], run)]
        levels.append(max(under) + 1 if under else 0)
        earlier.add(run.lo, run.hi, k)
    count = max(levels, default=-1) + 1
    nearest = sorted(TRACK_OFFSETS, key=abs)
    offsets = sorted(nearest[:count]) if count <= len(nearest) else \
        [sorted(nearest)[level * len(nearest) // count] for level in range(count)]
    line_y = ch.lines[runs[0].line]
    key = ("h", runs[0].line)
    outwards: dict[int, list] = {}   # per level: the tracks from its own outwards
    for run, level in zip(ordered, levels):
        ends = (run.item[1].source, run.item[1].target)
        if level not in outwards:
            outwards[level] = sorted(TRACK_OFFSETS, key=lambda o: abs(o - offsets[level]))
        # its level's track, else the nearest free one (a card may reach into the corridor)
        for offset in outwards[level]:
            y = line_y + offset
            if _between_ends(run, y) and not ch.blocked(key + (offset,), run.lo, run.hi) \
                    and not ch.hits_card(run.lo, y, run.hi, y, ends):
                ch.take(key + (offset,), run.lo, run.hi)
                yield run, y
                break
        else:
            yield run, None


def _short_first(o) -> tuple:
    """Runs needing the shortest stretch of a channel take their tracks first."""
    return (abs(o[5][0] - o[4][0]), o[1].id)


_ORDER = _short_first


def _curve(edge, start: Point, end: Point, s_side: str, t_side: str) -> Route:
    reach = max(14.0, 0.45 * abs(end[0] - start[0]))
    (sx, sy), (tx, ty) = _OUTWARD[s_side], _OUTWARD[t_side]
    return Route(edge.id, edge.kind, (start, (start[0] + sx * reach, start[1] + sy * reach),
                                      (end[0] + tx * reach, end[1] + ty * reach), end), True)


def _orthogonal(edge, src: Rect, tgt: Rect, start: Point, end: Point, ch: _Channels) -> Route:
    ends = (edge.source, edge.target)
    up = end[1] < start[1]
    first = ch.line_above(src) if up else ch.line_below(src)
    last = ch.line_below(tgt) if up else ch.line_above(tgt)
    if not 0 <= first < len(ch.lines):  # no lane line to run along: stay beside the card
        y = start[1] + (-1 if up else 1) * 9.0
        return Route(edge.id, edge.kind, (start, (start[0], y), (end[0], y), end), False)
    line_y = ch.lines[first]
    direct = first == last or not ch.hits_card(end[0], line_y, end[0], end[1], ends)
    if direct:
        y = ch.track(("h", first), line_y, min(start[0], end[0]), max(start[0], end[0]), True,
                     ends, prefer=PREFER_H * (-1 if up else 1))
        return Route(edge.id, edge.kind, (start, (start[0], y), (end[0], y), end), False)
    # Cards stand between the corridor and the target: climb in a column gap to the
    # corridor under the target. The long horizontal run goes in whichever corridor still
    # has a free track: the source's (gap beside the target) or the target's (gap beside
    # the source).
    y2_base = ch.lines[last] if 0 <= last < len(ch.lines) else end[1] + (9 if up else -9)
    near_target = ch.column_edge(tgt, start[0])
    near_source = ch.column_edge(src, end[0])
    gap_base = near_target
    if 0 <= last < len(ch.lines) and ch.free(("h", first), line_y, min(start[0], near_target),
                                             max(start[0], near_target), True, ends) is None:
        gap_base = near_source
    leftmost = gap_base <= ch.edges[0] + 0.5
    y1 = ch.track(("h", first), line_y, min(start[0], gap_base), max(start[0], gap_base), True,
                  ends)
    x = ch.track(("v", gap_base), gap_base, min(y1, y2_base), max(y1, y2_base), False, ends,
                 (lambda o: o > 0) if leftmost else (lambda o: True),
                 PREFER_V * (1 if end[0] > gap_base else -1))
    y2 = ch.track(("h", last), y2_base, min(x, end[0]), max(x, end[0]), True, ends) \
        if 0 <= last < len(ch.lines) else y2_base
    return Route(edge.id, edge.kind, (start, (start[0], y1), (x, y1), (x, y2), (end[0], y2), end),
                 False)


def route_polyline(route: Route) -> list[Point]:
    """The route as one polyline (curves sampled), for measuring."""
    if not route.curved:
        return list(route.points)
    from .paths import flatten
    return flatten((("M", *route.points[0]), ("C", *route.points[1], *route.points[2],
                                               *route.points[3])))
