"""Reading a generated 20 000-node map (issue 17): JSON import (parse, schema check, records,
graph) and the same map as a .blueprint document (store.load_blueprint). Median of five
runs after one warm-up, CPU and wall seconds, with the load average. Target: JSON import
of 20 000 nodes < 1 s."""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from blueprint_app.interchange.json_format import read_json, write_json
from blueprint_app.store import Document
from blueprint_app.store.document import load_blueprint

from .generate import generate_blueprint

N_NODES, RUNS = 20_000, 5


def _median_times(fn) -> tuple[float, float]:
    fn()   # warm-up: imports, the compiled schema
    cpu, wall = [], []
    for _ in range(RUNS):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        json_path, doc_path = Path(tmp) / "map.json", Path(tmp) / "map.blueprint"
        bp = generate_blueprint(N_NODES)
        write_json(bp, json_path)
        document = Document(bp)
        document.save(doc_path)
        document.close()
        rows = (("JSON import (read_json)", lambda: read_json(json_path)),
                (".blueprint read (load_blueprint)", lambda: load_blueprint(doc_path)))
        print(f"{N_NODES} nodes, {len(bp.edges_in_order())} edges; median of {RUNS} runs")
        for name, fn in rows:
            cpu, wall = _median_times(fn)
            print(f"{name:34} {cpu:6.2f} s CPU  {wall:6.2f} s wall")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("target: JSON import of 20 000 nodes < 1 s")


if __name__ == "__main__":
    main()
