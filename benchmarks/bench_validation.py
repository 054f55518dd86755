"""Time blueprint validation on large generated blueprints (docs/validation.md, "Cost").

Run: .venv/bin/python benchmarks/bench_validation.py [steps]   (4 nodes per step)
"""
from __future__ import annotations

import sys
import time

from blueprint_app.analysis.validation import validate
from blueprint_app.model import Blueprint, Edge, EdgeKind, Lane, Node

FLOW, SUPPORT = EdgeKind.FLOW, EdgeKind.SUPPORT


def closed_loop(steps: int, stages: int = 50) -> Blueprint:
    """customer -> touchpoint -> next customer; support -> backstage -> touchpoint."""
    bp = Blueprint("benchmark")
    for s in range(stages):
        bp.add_stage(id=f"st{s}", name=f"Stage {s}")
    for i in range(steps):
        stage = f"st{i * stages // steps}"
        for prefix, lane, owner in (("c", Lane.CUSTOMER, None), ("t", Lane.FRONTSTAGE, None),
                                    ("b", Lane.BACKSTAGE, "Ops"), ("s", Lane.SUPPORT, "IT")):
            bp.add_node(Node(id=f"{prefix}{i}", lane=lane, label=f"{prefix} {i}", stage=stage,
                             owner=owner))
    bp.add_node(Node(id="end", lane=Lane.CUSTOMER, label="Done", stage=f"st{stages - 1}"))
    for i in range(steps):
        nxt = f"c{i + 1}" if i + 1 < steps else "end"
        bp.add_edge(Edge(id=f"f{i}", source=f"c{i}", target=f"t{i}", kind=FLOW))
        bp.add_edge(Edge(id=f"g{i}", source=f"t{i}", target=nxt, kind=FLOW))
        bp.add_edge(Edge(id=f"u{i}", source=f"s{i}", target=f"b{i}", kind=SUPPORT))
        bp.add_edge(Edge(id=f"v{i}", source=f"b{i}", target=f"t{i}", kind=SUPPORT))
    return bp


def best_of(bp: Blueprint, runs: int = 3) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        count = len(validate(bp))
        best = min(best, time.perf_counter() - start)
    return best, count


def main(steps: int = 5000) -> None:
    bp = closed_loop(steps)
    size = f"{len(bp)} nodes, {sum(1 for _ in bp.edges())} edges"
    print(f"clean closed loop ({size}): {best_of(bp)[0]:.3f} s")
    ring = closed_loop(steps)
    for i in range(steps):
        ring.add_edge(Edge(id=f"r{i}", source=f"s{i}", target=f"s{(i + 1) % steps}",
                           kind=SUPPORT))
    print(f"plus a {steps}-node support ring: {best_of(ring)[0]:.3f} s")
    dense = closed_loop(steps)
    k = min(200, steps)
    for i in range(k):
        for j in range(k):
            if i != j:
                dense.add_edge(Edge(id=f"d{i}_{j}", source=f"s{i}", target=f"s{j}",
                                    kind=SUPPORT))
    seconds, findings = best_of(dense)
    print(f"plus a complete {k}-node support subgraph: {seconds:.3f} s ({findings} findings)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
