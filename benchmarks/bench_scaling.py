"""Scaling from 1 000 to 5 000 to 20 000 nodes (issue 17): time and peak memory of opening
the document, importing its JSON, analysing every touchpoint and validating, on the
generated blueprints of benchmarks/generate.py. Peak memory is the Python allocations of
the step alone (tracemalloc, in a second run, since tracing slows allocation-heavy code).
The canvas rows (scene build, edit-to-next-frame) come from ``benchmarks canvas``.

Run: .venv/bin/python -m benchmarks scaling      (figures: docs/benchmarks.md)
"""
from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

from blueprint_app.analysis.failure import analyze_blueprint
from blueprint_app.analysis.validation import validate
from blueprint_app.interchange.json_format import read_json, write_json
from blueprint_app.store import Document, save_blueprint

from .generate import generate_blueprint

SIZES = (1_000, 5_000, 20_000)


def _time_and_peak(step) -> tuple[float, float]:
    start = time.perf_counter()
    step()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20


def main() -> None:
    steps = ("document open", "JSON import", "analyze", "validation")
    print(f"{'nodes':>7} | " + " | ".join(f"{s:>22}" for s in steps))
    print("-" * 106)
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            json_path, doc_path = Path(tmp) / f"bp{n}.json", Path(tmp) / f"bp{n}.blueprint"
            bp = generate_blueprint(n)
            write_json(bp, json_path)
            save_blueprint(bp, doc_path)
            cells = [
                _time_and_peak(lambda: Document.open(doc_path).close()),
                _time_and_peak(lambda: read_json(json_path)),
                _time_and_peak(lambda: analyze_blueprint(bp)),
                _time_and_peak(lambda: validate(bp)),
            ]
            print(f"{n:>7} | " + " | ".join(f"{s:>9.3f} s {m:>7.1f} MiB" for s, m in cells),
                  flush=True)
    print("targets: JSON import of 20 000 nodes < 1 s; peak = Python allocations of the step")


if __name__ == "__main__":
    main()
