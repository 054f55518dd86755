"""Foundation benchmark (issue 2): JSON import, first save, open, save after editing one
node, validate, and peak memory, on generated blueprints of 1 000, 5 000 and 20 000 nodes.
Targets on the 2-core reference machine: open 5 000 nodes < 0.5 s, save one edit < 50 ms,
validate 20 000 nodes < 1 s."""
from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

from blueprint_app.analysis.validation import validate
from blueprint_app.interchange.json_format import read_json, write_json
from blueprint_app.store import Document

from .generate import generate_blueprint

SIZES = (1_000, 5_000, 20_000)


def _timed(fn, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(n: int, folder: Path) -> dict[str, float]:
    json_path, doc_path = folder / f"bp{n}.json", folder / f"bp{n}.blueprint"
    write_json(generate_blueprint(n), json_path)
    t_import, bp = _timed(lambda: read_json(json_path))
    document = Document(bp)
    t_first_save, _ = _timed(lambda: document.save(doc_path))
    document.close()
    t_open, document = _timed(lambda: Document.open(doc_path), repeat=3)
    node_id = next(iter(document.blueprint.node_ids()))
    edits = iter(range(10_000))

    def edit_and_save():
        document.blueprint.update_node(node_id, label=f"Edited {next(edits)}")
        document.save()
    t_edit_save, _ = _timed(edit_and_save, repeat=5)
    t_validate, _ = _timed(lambda: validate(document.blueprint), repeat=3)
    document.close()
    # Memory in a separate pass: tracemalloc slows allocation-heavy code several-fold.
    tracemalloc.start()
    Document.open(doc_path).close()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"import": t_import, "first_save": t_first_save, "open": t_open,
            "edit_save": t_edit_save, "validate": t_validate, "peak_mib": peak / 2**20,
            "file_mib": doc_path.stat().st_size / 2**20}


def main() -> None:
    print(f"{'nodes':>7} | {'JSON import':>11} | {'first save':>10} | {'open':>8} | "
          f"{'save 1 edit':>11} | {'validate':>8} | {'open peak MiB':>13} | {'file MiB':>8}")
    print("-" * 92)
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            r = measure(n, Path(tmp))
            print(f"{n:>7} | {r['import']:>10.3f}s | {r['first_save']:>9.3f}s | {r['open']:>7.3f}s | "
                  f"{r['edit_save'] * 1000:>9.1f}ms | {r['validate']:>7.3f}s | {r['peak_mib']:>13.1f} | "
                  f"{r['file_mib']:>8.2f}")
    print("targets: open 5 000 < 0.5 s; save one edit < 50 ms; validate 20 000 < 1 s "
          "(open peak MiB: Python allocations while opening, traced by tracemalloc)")


if __name__ == "__main__":
    main()
