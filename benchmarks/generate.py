"""Realistic random blueprints for benchmarks: the lane mix of real workshop maps, about two
edges per node, owners, categories, probabilities, and support edges that always point
upwards or along a lane in one direction (so there is never a support cycle)."""
from __future__ import annotations

import random

from blueprint_app.model import Blueprint, Category, Lane

# Share of nodes per lane, from the example maps (support and backstage dominate large maps).
LANE_MIX = ((Lane.EVIDENCE, 0.08), (Lane.CUSTOMER, 0.14), (Lane.FRONTSTAGE, 0.18),
            (Lane.BACKSTAGE, 0.25), (Lane.SUPPORT, 0.35))
OWNERS = ("IT operations", "Logistics", "Customer service", "Finance", "Legal", "HR",
          "Marketing", "Store operations", "Risk", "Partner management")
CHANNELS = ("store", "phone", "web", "app", "email", "field")


def generate_blueprint(n_nodes: int, seed: int = 0, n_stages: int | None = None) -> Blueprint:
    rng = random.Random(seed)
    bp = Blueprint(f"Generated {n_nodes}-node blueprint")
    n_stages = n_stages or max(4, min(40, n_nodes // 100))
    for i in range(n_stages):
        bp.add_stage(id=f"st{i}", name=f"Stage {i + 1}")
    lanes = [lane for lane, _ in LANE_MIX]
    weights = [w for _, w in LANE_MIX]
    by_lane: dict[Lane, list[str]] = {lane: [] for lane in lanes}
    for i in range(n_nodes):
        lane = rng.choices(lanes, weights)[0]
        fields = {"id": f"n{i}", "lane": lane, "label": f"{lane.value} step {i}",
                  "stage": f"st{min(n_stages - 1, i * n_stages // n_nodes)}"}
        if lane is Lane.FRONTSTAGE:
            fields["channel"] = rng.choice(CHANNELS)
            fields["failure_probability"] = round(rng.uniform(0, 0.01), 4)
        if lane.behind_visibility:
            fields["category"] = rng.choice(list(Category))
            fields["owner"] = rng.choice(OWNERS)
            fields["failure_probability"] = round(rng.uniform(0.001, 0.05), 4)
            fields["requires"] = rng.choice(("all", "all", "all", "any"))
        bp.add_node(**fields)
        by_lane[lane].append(fields["id"])
    _add_edges(bp, rng, by_lane)
    return bp


def _near(rng: random.Random, ids: list[str], index_hint: float) -> str:
    """An id close to the same relative position (same stage, roughly)."""
    center = int(index_hint * (len(ids) - 1))
    return ids[max(0, min(len(ids) - 1, center + rng.randint(-3, 3)))]


def _add_edges(bp: Blueprint, rng: random.Random, by_lane: dict[Lane, list[str]]) -> None:
    journey = sorted(by_lane[Lane.CUSTOMER] + by_lane[Lane.FRONTSTAGE], key=lambda s: int(s[1:]))
    for a, b in zip(journey, journey[1:]):
        bp.add_edge(source=a, target=b, kind="flow")
    # Supports: backstage -> frontstage, support -> backstage or frontstage, and short
    # support chains inside a lane from lower to higher index (acyclic by construction).
    n = max(1, len(bp))
    for lane, targets in ((Lane.BACKSTAGE, (Lane.FRONTSTAGE,)),
                          (Lane.SUPPORT, (Lane.BACKSTAGE, Lane.FRONTSTAGE))):
        for source in by_lane[lane]:
            pos = int(source[1:]) / n
            for _ in range(rng.choice((1, 1, 2))):
                target_lane = rng.choice(targets)
                if by_lane[target_lane]:
                    bp.add_edge(source=source, target=_near(rng, by_lane[target_lane], pos), kind="support")
            if rng.random() < 0.2:
                later = [i for i in by_lane[lane] if int(i[1:]) > int(source[1:])][:5]
                if later:
                    bp.add_edge(source=source, target=rng.choice(later), kind="support")
