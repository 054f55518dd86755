"""Edge routes stay exactly as they were when the routing was made faster: the routes of the
three examples and of a generated 1 000-node map, compared point by point (rounded to 1e-6)
with a golden file written by the routing before the speed work.

Rewrite the golden (only when the routes are meant to change):
    .venv/bin/python tests/look/test_routes_golden.py --write
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from blueprint_app.interchange.json_format import read_json  # noqa: E402
from blueprint_app.look.routes import route_edges  # noqa: E402
from blueprint_app.model.layout import compute_layout  # noqa: E402

GOLDEN = Path(__file__).parent / "data" / "routes_golden.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
GENERATED = 1000   # nodes of the generated map (benchmarks/generate.py, seed 0)


def _blueprint(name: str):
    if name == f"generated-{GENERATED}":
        from benchmarks.generate import generate_blueprint
        return generate_blueprint(GENERATED, seed=0)
    return read_json(ROOT / "examples" / f"{name}.json")


def _routes(name: str) -> list:
    bp = _blueprint(name)
    layout = compute_layout(bp)
    return [[r.edge_id, r.curved, [[round(x, 6), round(y, 6)] for x, y in r.points]]
            for r in route_edges(bp.edges(), layout.nodes, layout)]


def _digest(routes: list) -> str:
    return hashlib.sha256(json.dumps(routes, separators=(",", ":")).encode()).hexdigest()


NAMES = [p.stem for p in EXAMPLES] + [f"generated-{GENERATED}"]


def _write() -> None:
    data = {}
    for name in NAMES:
        routes = _routes(name)
        entry = {"count": len(routes), "sha256": _digest(routes)}
        if not name.startswith("generated"):
            entry["routes"] = routes
        data[name] = entry
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(data, separators=(",", ":")) + "\n")


@pytest.mark.parametrize("name", NAMES)
def test_routes_match_golden(name):
    golden = json.loads(GOLDEN.read_text())[name]
    routes = _routes(name)
    assert len(routes) == golden["count"]
    if "routes" in golden:   # small maps: name the first route that differs
        for got, want in zip(routes, golden["routes"]):
            assert got == want, got[0]
    assert _digest(routes) == golden["sha256"]


def test_golden_detects_a_moved_point():
    """The comparison can fail: one coordinate moved by 0.01 changes the digest."""
    routes = _routes(NAMES[0])
    routes[0][2][0][0] += 0.01
    assert _digest(routes) != json.loads(GOLDEN.read_text())[NAMES[0]]["sha256"]


if __name__ == "__main__" and "--write" in sys.argv:
    _write()
