"""Time the portfolio analysis: journeys sharing back-office resources (issue 16 target:
50 journeys × 200 nodes sharing 300 resources in under 5 s).

Run: .venv/bin/python -m benchmarks portfolio
"""
from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.analysis.portfolio import Journey, analyze_portfolio  # noqa: E402
from blueprint_app.model import Category, make_resource  # noqa: E402

OWNERS = ("IT operations", "Logistics", "Finance", "Customer service", "Legal", "HR")


def portfolio(n_journeys: int, n_nodes: int, n_resources: int, seed: int = 0):
    """Generated journeys in which about a third of the back-office nodes name one of the
    shared resources (each journey draws from the whole catalogue)."""
    rng = random.Random(seed)
    catalogue = {f"r{i}": make_resource(id=f"r{i}", label=f"Shared resource {i}",
                                        category=rng.choice(list(Category)),
                                        owner=rng.choice(OWNERS),
                                        failure_probability=round(rng.uniform(0.001, 0.02), 4))
                 for i in range(n_resources)}
    ids = list(catalogue)
    journeys = []
    for j in range(n_journeys):
        bp = generate_blueprint(n_nodes, seed=seed * 1000 + j)
        for node in list(bp.nodes()):
            if node.lane.behind_visibility and rng.random() < 0.35:
                bp.update_node(node.id, resource=rng.choice(ids))
            elif node.is_touchpoint:
                bp.update_node(node.id, volume=float(rng.choice((50, 200, 1000))))
        journeys.append(Journey(f"j{j}", bp.name, bp))
    return journeys, catalogue


def main() -> None:
    # Timed without tracemalloc (it slows Python code four to five times: the 6.9 s once
    # printed here were mostly its overhead); peak memory comes from a second, traced run.
    print(f"{'journeys':>8} {'nodes each':>10} {'resources':>9} {'touchpoints':>11} "
          f"{'wall s':>7} {'CPU s':>6} {'peak MiB':>8}")
    for n_journeys, n_nodes, n_resources in ((10, 200, 60), (50, 200, 300)):
        journeys, catalogue = portfolio(n_journeys, n_nodes, n_resources)
        touchpoints = sum(len(j.blueprint.touchpoints()) for j in journeys)
        start, cpu = time.perf_counter(), time.process_time()
        analyze_portfolio(journeys, catalogue)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        tracemalloc.start()
        analyze_portfolio(journeys, catalogue)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"{n_journeys:>8} {n_nodes:>10} {n_resources:>9} {touchpoints:>11} "
              f"{seconds:>7.2f} {cpu:>6.2f} {peak:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
