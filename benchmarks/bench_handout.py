"""Time the handout (issue 13): every analysis of the committee handout, run once, for
generated blueprints of 1 000 and 5 000 nodes, and the decision alone (what the Analysis dock
computes after an edit). Lists are cut to their top items; the full-list build is timed too.

Run: bash packaging/dev.sh bench handout   (or .venv/bin/python -m benchmarks handout)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.handout import build_handout, decision_of  # noqa: E402

SIZES = (1000, 5000)


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    print(f"{'nodes':>6} {'handout':>9} {'full lists':>11} {'decision':>9} {'summary rows':>13}")
    for n in SIZES:
        bp = generate_blueprint(n, seed=0)
        t_handout, handout = _timed(lambda: build_handout(bp))
        t_full, _ = _timed(lambda: build_handout(bp, full_lists=True))
        t_decision, _ = _timed(lambda: decision_of(bp))
        rows = f"{len(handout.summary.rows)} + {handout.summary.more}" if handout.summary else "-"
        print(f"{n:6d} {t_handout:8.2f}s {t_full:10.2f}s {t_decision:8.2f}s {rows:>13}", flush=True)


if __name__ == "__main__":
    main()
