"""How the edge routes read on the three examples (issue 12): crossings, length of edges
lying on top of each other, length along lane lines or column edges, length drawn over
other cards. The canvas, PNG/SVG and the PDF draw these same routes (look/routes.py).

Run: .venv/bin/python -m benchmarks routes   (figures before/after: docs/edge-routes.md)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from blueprint_app.interchange.json_format import read_json  # noqa: E402
from blueprint_app.look.route_metrics import measure  # noqa: E402
from blueprint_app.look.routes import route_edges, route_polyline  # noqa: E402
from blueprint_app.model.layout import compute_layout  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def main() -> None:
    print(f"{'example':28} {'edges':>5} {'crossings':>9} {'overlap':>8} {'on lines':>8} "
          f"{'over cards':>10} {'ms':>6}")
    for path in sorted(EXAMPLES.glob("*.json")):
        bp = read_json(path)
        layout = compute_layout(bp)
        start = time.perf_counter()
        routes = route_edges(bp.edges(), layout.nodes, layout)
        ms = (time.perf_counter() - start) * 1000
        ends = {e.id: (e.source, e.target) for e in bp.edges()}
        row = measure([(*ends[r.edge_id], route_polyline(r)) for r in routes], layout).row()
        print(f"{path.stem:28} {row[0]:5} {row[1]:9} {row[2]:8} {row[3]:8} {row[4]:10} {ms:6.1f}")


if __name__ == "__main__":
    main()
