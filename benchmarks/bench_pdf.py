"""Time the PDF export (issue 5): a 1 000-node blueprint with the full appendix on one A3
page (target < 3 s) and a 5 000-node blueprint tiled on A3 (target < 15 s), with file sizes;
and (issue 13) the default handout of 1 000 and 5 000 nodes (target < 5 s for 5 000), and
(issue 17) of 20 000 nodes (target < 20 s).

Run: .venv/bin/python -m benchmarks pdf   (or .venv/bin/python benchmarks/bench_pdf.py)
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.export import PdfOptions, export_pdf  # noqa: E402

CASES = (
    # the cases of issue 5, as they were then: no heat
    ("1 000 nodes, fit A3 + full appendix", 1000, PdfOptions(mode="fit", auto_heat=False), 3.0),
    ("5 000 nodes, tiled A3 (blueprint)", 5000,
     PdfOptions(mode="tile", sections=("blueprint",), auto_heat=False), 15.0),
    ("5 000 nodes, tiled A3 + full appendix", 5000, PdfOptions(mode="tile", auto_heat=False),
     None),
    # issue 13: the default handout (readable pages, heat, the default sections)
    ("1 000 nodes, default handout", 1000, PdfOptions(), None),
    ("5 000 nodes, default handout", 5000, PdfOptions(), 5.0),
    ("5 000 nodes, default blueprint pages only", 5000, PdfOptions(sections=("blueprint",)), None),
    # issue 17: the default handout scales (appendices summarise; target 20 s)
    ("20 000 nodes, default handout", 20000, PdfOptions(), 20.0),
)


def run_case(n_nodes: int, options: PdfOptions) -> tuple[float, int, int]:
    import pypdf
    bp = generate_blueprint(n_nodes, seed=0)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bench.pdf"
        start = time.perf_counter()
        export_pdf(bp, target, options)
        seconds = time.perf_counter() - start
        pages = len(pypdf.PdfReader(str(target)).pages)
        return seconds, os.path.getsize(target), pages


def main() -> None:
    print(f"{'case':44} {'time':>8} {'target':>8} {'pages':>6} {'size':>10}")
    for name, n_nodes, options, target in CASES:
        seconds, size, pages = run_case(n_nodes, options)
        limit = f"< {target:g} s" if target else "-"
        flag = "" if target is None or seconds < target else "  SLOW"
        print(f"{name:44} {seconds:7.2f}s {limit:>8} {pages:6d} {size / 1024:8.0f} KB{flag}",
              flush=True)


if __name__ == "__main__":
    main()
