"""The edge routes of the three examples, measured (issue 12): never along a lane line or a
column edge, never across a label, fewer crossings and far less overlap than the routes
before the rework (PDF routes of commit 6b213b8: 686 crossings, 62 239 units of overlap;
docs/edge-routes.md). The metrics themselves are checked on hand-made routes first."""
from pathlib import Path

import pytest

from blueprint_app.interchange.json_format import read_json
from blueprint_app.look.route_metrics import measure
from blueprint_app.look.routes import route_edges, route_polyline
from blueprint_app.model.layout import compute_layout

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
OLD_CROSSINGS, OLD_OVERLAP = 686, 62_239


def _measured(path):
    bp = read_json(path)
    layout = compute_layout(bp)
    routes = route_edges(bp.edges(), layout.nodes, layout)
    ends = {e.id: (e.source, e.target) for e in bp.edges()}
    return layout, routes, measure([(*ends[r.edge_id], route_polyline(r)) for r in routes], layout)


def test_metrics_count_by_hand():
    layout = compute_layout(read_json(EXAMPLES[0]))
    x0 = layout.width + 100.0   # right of every card and line: only the two routes meet
    plus = [("a", "b", [(x0, 0.0), (x0 + 20, 0.0)]), ("c", "d", [(x0 + 10, -10.0), (x0 + 10, 10.0)])]
    assert measure(plus, layout).crossings == 1
    twin = [("a", "b", [(x0, 5.0), (x0 + 40, 5.0)]), ("c", "d", [(x0 + 20, 5.5), (x0 + 60, 5.5)])]
    assert measure(twin, layout).overlap_length == pytest.approx(40, abs=4)  # 20 each way
    line_y = layout.bands[1].y
    along = [("a", "b", [(x0, line_y + 0.5), (x0 + 30, line_y + 0.5)])]
    assert measure(along, layout).along_lines == pytest.approx(30, abs=2)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_route_runs_along_a_lane_line_or_column_edge(path):
    assert _measured(path)[2].along_lines == 0


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_route_crosses_a_label(path):
    """Labels are the stage titles above the first lane and the lane titles left of the
    columns: no route point lies there (card labels sit on opaque cards drawn above)."""
    layout, routes, _ = _measured(path)
    top = layout.bands[0].y
    left = min(c.x for c in layout.columns)
    for route in routes:
        for x, y in route_polyline(route):
            assert y >= top - 0.5, (route.edge_id, x, y)
            assert x >= left - 0.5, (route.edge_id, x, y)


def test_fewer_crossings_and_less_overlap_than_before():
    crossings = overlap = 0
    for path in EXAMPLES:
        m = _measured(path)[2]
        crossings += m.crossings
        overlap += m.overlap_length
    assert crossings <= OLD_CROSSINGS
    assert overlap < OLD_OVERLAP / 4
