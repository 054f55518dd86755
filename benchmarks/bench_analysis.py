"""Time failure tracing and analysis (issue 4 targets).

Run: .venv/bin/python -m benchmarks analysis   (or python benchmarks/bench_analysis.py)
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.analysis.failure import analyze_blueprint, analyze_touchpoint  # noqa: E402
from blueprint_app.analysis.tracing import (causal_subgraph, single_points_of_failure,  # noqa: E402
                                            trace_touchpoint)
from blueprint_app.model import Blueprint  # noqa: E402


def shared_causes_blueprint(n_causes: int = 200, seed: int = 0) -> Blueprint:
    """One touchpoint over three layers of back-office nodes, each node supported by 2-5
    nodes of the layer below, so most causes are shared by several paths. Gates are a mix
    of all (60 %), any (25 %) and 2-of-n (15 %); every node has a probability."""
    rng = random.Random(seed)
    bp = Blueprint(f"{n_causes} shared causes")
    bp.add_node(id="t", lane="frontstage", label="Touchpoint", failure_probability=0.001,
                requires="all")
    sizes = [n_causes // 10, (n_causes * 3) // 10]
    sizes.append(n_causes - 1 - sum(sizes))
    layers = [["t"]]
    for depth, size in enumerate(sizes, 1):
        lane = "backstage" if depth < 3 else "support"
        layer = [f"l{depth}n{i}" for i in range(size)]
        for node_id in layer:
            bp.add_node(id=node_id, lane=lane, label=node_id,
                        failure_probability=round(rng.uniform(0.0001, 0.002), 5))
        layers.append(layer)
    for upper, lower in zip(layers, layers[1:]):
        for target in upper:
            picks = rng.sample(lower, min(len(lower), rng.randint(2, 5)))
            for source in picks:
                bp.add_edge(source=source, target=target, kind="support")
        for source in lower:                      # every lower node supports something
            if not bp.supported_by(source):
                bp.add_edge(source=source, target=rng.choice(upper), kind="support")
    for upper in layers[:-1]:
        for target in upper:
            m = len(bp.supports_of(target))
            roll = rng.random()
            requires = "all" if roll < 0.6 or m < 2 else "any" if roll < 0.85 else min(2, m)
            bp.update_node(target, requires=requires)
    return bp


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def rows() -> list[tuple[str, str, float, str]]:
    out = []
    big = generate_blueprint(10_000)
    tp = max((t.id for t in big.touchpoints()), key=lambda t: len(causal_subgraph(big, t)))
    upstream = len(causal_subgraph(big, tp))
    out.append(("structural trace of one touchpoint", f"10 000 nodes, {upstream} upstream",
                best_of(lambda: trace_touchpoint(big, tp)), "< 20 ms"))
    out.append(("single points of failure, one touchpoint", f"10 000 nodes, {upstream} upstream",
                best_of(lambda: single_points_of_failure(big, tp)), "< 20 ms"))
    shared = shared_causes_blueprint(200)
    result = analyze_touchpoint(shared, "t", max_order=4)
    out.append(("full analysis (P, cut sets <= 4, importance)",
                f"{len(result.causes)} causes, {len(result.cut_sets)} cut sets",
                best_of(lambda: analyze_touchpoint(shared, "t", max_order=4), 3), "< 1 s"))
    out.append(("same, unbounded cut sets", f"{len(result.causes)} causes, P = "
                f"{result.failure_probability:.4f}",
                best_of(lambda: analyze_touchpoint(shared, "t"), 3), "-"))
    worst = shared_causes_blueprint(10_000)
    out.append(("structural trace, worst case", "10 000 nodes, all upstream of one",
                best_of(lambda: trace_touchpoint(worst, "t")), "(< 20 ms)"))
    medium = generate_blueprint(1_000)
    n_tp = len(medium.touchpoints())
    out.append(("all touchpoints, unbounded cut sets", f"1 000 nodes, {n_tp} touchpoints",
                best_of(lambda: analyze_blueprint(medium), 3), "< 5 s"))
    return out


def main() -> None:
    table = rows()
    header = ("operation", "size", "seconds", "target")
    cells = [header] + [(op, size, f"{sec:.5f}", target) for op, size, sec, target in table]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    for i, row in enumerate(cells):
        print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
        if i == 0:
            print("-+-".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
