"""Time the budget check and the monitoring summary (issue 6) on a generated 5 000-node
blueprint with 2 000 commitments and 100 000 execution records (targets: < 1 s, < 3 s).

Run: .venv/bin/python -m benchmarks commitments   (or python benchmarks/bench_commitments.py)
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.analysis.commitments import budget_checks, path_times  # noqa: E402
from blueprint_app.analysis.monitoring import monitoring_summary  # noqa: E402
from blueprint_app.analysis.validation import validate  # noqa: E402
from blueprint_app.model import Blueprint, Execution, Lane  # noqa: E402


def add_commitments(bp: Blueprint, count: int, seed: int = 1) -> list[str]:
    """Level 1 on touchpoints, level 2 on the backstage/support nodes that support them (or
    on any back-office node), level 3 below those: about 20 / 50 / 30 %."""
    rng = random.Random(seed)
    touchpoints = [n.id for n in bp.nodes() if n.lane is Lane.FRONTSTAGE]
    back = [n.id for n in bp.nodes() if n.lane.behind_visibility]
    ids, level1, level2 = [], [], []
    for k in range(count):
        share = k / count
        cid = f"k{k}"
        if share < 0.2:
            node, level, parent, target, unit = rng.choice(touchpoints), 1, None, rng.choice((2, 3, 5)), "d"
            level1.append(cid)
        elif share < 0.7:
            parent = rng.choice(level1)
            supports = bp.supports_of(bp.commitment(parent).node)
            node = rng.choice(supports) if supports else rng.choice(back)
            level, target, unit = 2, rng.choice((2, 4, 8, 12)), "h"
            level2.append(cid)
        else:
            parent = rng.choice(level2)
            supports = bp.supports_of(bp.commitment(parent).node)
            node = rng.choice(supports) if supports else rng.choice(back)
            level, target, unit = 3, rng.choice((30, 60, 90)), "min"
        bp.add_commitment(id=cid, node=node, level=level, parent=parent, target=target,
                          unit=unit, metric="duration", owner=f"Dept {k % 17}",
                          post=f"Post {k % 53}")
        ids.append(cid)
    return ids


def add_executions(bp: Blueprint, ids: list[str], count: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    targets = {c.id: c.target for c in bp.commitments()}
    days = max(1, count // len(ids))
    records = [Execution(start + dt.timedelta(days=k // len(ids)), ids[k % len(ids)],
                         round(targets[ids[k % len(ids)]] * rng.uniform(0.4, 1.3), 2))
               for k in range(days * len(ids))]
    bp.set_executions(records[:count])


def best_of(fn, runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        begin = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - begin)
    return best, result


def main(nodes: int = 5000, commitments: int = 2000, records: int = 100_000) -> None:
    bp = generate_blueprint(nodes, seed=3)
    ids = add_commitments(bp, commitments)
    add_executions(bp, ids, records)
    print(f"{len(bp)} nodes, {sum(1 for _ in bp.edges())} edges, {commitments} commitments, "
          f"{len(bp.executions)} execution records")
    rows = [("budget check (every level)", 1.0, lambda: budget_checks(bp)),
            ("path times (every node)", None, lambda: path_times(bp)),
            ("monitoring summary", 3.0, lambda: monitoring_summary(bp)),
            ("validation incl. promise tree", None, lambda: validate(bp))]
    print(f"{'operation':32} {'best of 3':>10} {'target':>8}  result")
    for name, target, fn in rows:
        seconds, result = best_of(fn)
        detail = (f"{len(result)} checks" if isinstance(result, tuple)
                  else f"{len(result.attributions)} attributions" if hasattr(result, "attributions")
                  else f"{len(result.times)} nodes" if hasattr(result, "times")
                  else f"{len(result)} findings")
        mark = "-" if target is None else f"< {target:g} s"
        verdict = "" if target is None else ("  ok" if seconds < target else "  SLOW")
        print(f"{name:32} {seconds:>9.3f}s {mark:>8}  {detail}{verdict}")


if __name__ == "__main__":
    main()
