"""Team repository benchmark (issue 15), on SQLite and PostgreSQL: 100 journeys of 500 nodes
and 1 000 revisions in all (each journey's revision 1, then one-node edits spread over the
journeys). Measures: checkout of a head, commit of a one-node edit (median, 95th percentile, worst,
how many over 0.2 s), and
the repository's growth per one-node-edit revision. Targets: checkout < 1 s, commit < 0.2 s,
a few KiB per revision (not a copy of the journey).

PostgreSQL: a throwaway local server (Debian's postgresql package, fsync on), or the
database named by BLUEPRINT_BENCH_PG_URL. SQLite: rollback journal, synchronous=FULL. BLUEPRINT_BENCH_REPO_JOURNEYS / _REVISIONS scale it down."""
from __future__ import annotations

import copy
import gc
import os
import statistics
import tempfile
import time
from pathlib import Path

from blueprint_app.interchange.json_format import blueprint_to_dict
from blueprint_app.repository import Repository
from blueprint_app.repository.local_server import PostgresServer

from .generate import generate_blueprint

JOURNEYS = int(os.environ.get("BLUEPRINT_BENCH_REPO_JOURNEYS", "100"))
REVISIONS = int(os.environ.get("BLUEPRINT_BENCH_REPO_REVISIONS", "1000"))
NODES = 500


def measure(url: str) -> dict[str, float]:
    repo = Repository.create(url)
    journeys = {f"j{i:03d}": blueprint_to_dict(generate_blueprint(NODES, seed=i))
                for i in range(JOURNEYS)}
    # The harness holds all 100 journeys as dicts (about 1.5 million objects); a client holds
    # one. Unfrozen, every full garbage collection walks them all and lands inside whichever
    # commit triggers it (150-250 ms: the worst cases measured before). Frozen, the
    # collector sees only what the repository itself allocates.
    gc.collect()
    gc.freeze()
    start = time.perf_counter()
    for jid, data in journeys.items():
        repo.add(data, jid, author="bench")
    t_add = (time.perf_counter() - start) / JOURNEYS
    heads = dict.fromkeys(journeys, 1)
    edits = REVISIONS - JOURNEYS
    commit_times: list[float] = []
    size_mark, mark_at = None, edits - min(200, edits // 2)
    for i in range(edits):
        if i == mark_at:
            size_mark = repo.size_bytes()
        jid = f"j{i % JOURNEYS:03d}"
        data = journeys[jid]
        node = data["nodes"][(i * 7) % NODES]
        node["label"] = f"edited {i}"
        start = time.perf_counter()
        heads[jid] = repo.commit(jid, data, heads[jid], author="bench", message=f"edit {i}").rev
        commit_times.append(time.perf_counter() - start)
    per_revision = (repo.size_bytes() - size_mark) / (edits - mark_at)
    checkout_times = []
    for jid in list(journeys)[:20]:
        start = time.perf_counter()
        data, _ = repo.checkout(jid)
        checkout_times.append(time.perf_counter() - start)
        assert data == journeys[jid]
    # a commit from an old base: the three-way merge path
    jid = "j000"
    old = copy.deepcopy(repo.checkout(jid, 1)[0])
    old["nodes"][-1]["owner"] = "merged owner"
    start = time.perf_counter()
    repo.commit(jid, old, 1, author="bench")
    t_merge = time.perf_counter() - start
    repo.close()
    gc.unfreeze()
    return {"add": t_add, "checkout": statistics.median(checkout_times),
            "checkout_max": max(checkout_times), "commit": statistics.median(commit_times),
            "commit_max": max(commit_times),
            "commit_p95": statistics.quantiles(commit_times, n=20)[-1],
            "slow": sum(t > 0.2 for t in commit_times), "commits": len(commit_times),
            "merge": t_merge, "kib": per_revision / 1024}


def main() -> None:
    print(f"{JOURNEYS} journeys x {NODES} nodes, {REVISIONS} revisions in all")
    print(f"{'engine':>10} | {'add journey':>11} | {'checkout head':>13} | {'(worst)':>8} | "
          f"{'commit 1 edit':>13} | {'(p95)':>6} | {'(worst)':>8} | {'> 0.2 s':>7} | "
          f"{'merge commit':>12} | {'KiB/revision':>12} | load")
    print("-" * 136)
    with tempfile.TemporaryDirectory() as tmp:
        engines = [("SQLite", str(Path(tmp) / "bench.bprepo"))]
        server = None
        if os.environ.get("BLUEPRINT_BENCH_PG_URL"):
            engines.append(("PostgreSQL", os.environ["BLUEPRINT_BENCH_PG_URL"]))
        else:
            server = PostgresServer()
            server.start(durable=True)  # fsync on, as a real server: a fair match for SQLite
            engines.append(("PostgreSQL", server.url(server.new_database())))
        try:
            for name, url in engines:
                load = os.getloadavg()[0]  # the machine is shared: say how busy it was
                r = measure(url)
                load = max(load, os.getloadavg()[0])
                print(f"{name:>10} | {r['add']:>10.3f}s | {r['checkout']:>12.3f}s | "
                      f"{r['checkout_max']:>7.3f}s | {r['commit'] * 1000:>11.1f}ms | "
                      f"{r['commit_p95'] * 1000:>4.0f}ms | "
                      f"{r['commit_max'] * 1000:>6.0f}ms | {r['slow']:>3}/{r['commits']:<3} | "
                      f"{r['merge'] * 1000:>10.1f}ms | {r['kib']:>12.2f} | {load:.1f}", flush=True)
        finally:
            if server is not None:
                server.stop()
    print("targets: checkout of a head < 1 s; commit of a one-node edit < 0.2 s; a few KiB "
          "per one-node-edit revision")


if __name__ == "__main__":
    main()
