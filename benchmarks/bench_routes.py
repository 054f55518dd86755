"""How the edge routes read on the three examples (issue 12): crossings, length of edges
lying on top of each other, length along lane lines or column edges, length drawn over
other cards. The canvas, PNG/SVG and the PDF draw these same routes (look/routes.py).
Then the time to route generated maps of 1 000, 5 000 and 20 000 nodes (docs/edge-routes.md,
"Speed"; target: 5 000 nodes in well under the 5 s of the whole default PDF handout).

Run: .venv/bin/python -m benchmarks routes   (figures before/after: docs/edge-routes.md)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_blueprint  # noqa: E402
from blueprint_app.interchange.json_format import read_json  # noqa: E402
from blueprint_app.look.route_metrics import measure  # noqa: E402
from blueprint_app.look.routes import route_edges, route_polyline  # noqa: E402
from blueprint_app.model.layout import compute_layout  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GENERATED = ((1000, None), (5000, 2.0), (20000, None))   # nodes, target seconds


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
    print(f"\n{'generated map (seed 0)':28} {'edges':>6} {'routing':>9} {'target':>8}")
    for n_nodes, target in GENERATED:
        bp = generate_blueprint(n_nodes, seed=0)
        layout = compute_layout(bp)
        edges = list(bp.edges())
        start = time.perf_counter()
        route_edges(edges, layout.nodes, layout)
        seconds = time.perf_counter() - start
        goal = f"< {target:.0f} s" if target else "-"
        print(f"{n_nodes:>6} nodes{'':16} {len(edges):6} {seconds:8.2f}s {goal:>8}")


if __name__ == "__main__":
    main()
