"""Each readable page draws the routes whose bounding box meets its window; the boxes are
measured once per handout (export.readable.BoxedRoutes). Checked against the points
themselves on random windows."""
from __future__ import annotations

import random
from types import SimpleNamespace

from blueprint_app.export.readable import BoxedRoutes, _boxed, _overlaps


def _meets(points, x0, y0, x1, y1) -> bool:  # independent: from the points, every time
    return (min(p[0] for p in points) <= x1 and max(p[0] for p in points) >= x0
            and min(p[1] for p in points) <= y1 and max(p[1] for p in points) >= y0)


def test_boxes_pick_the_same_routes_as_their_points():
    rng = random.Random(3)
    routes = [SimpleNamespace(points=[(rng.uniform(0, 1000), rng.uniform(0, 600))
                                      for _ in range(rng.randint(2, 6))]) for _ in range(300)]
    boxed = BoxedRoutes(routes)
    assert _boxed(boxed) is boxed and [r for r, _ in _boxed(routes)] == routes
    for _ in range(200):
        x0, y0 = rng.uniform(0, 900), rng.uniform(0, 500)
        x1, y1 = x0 + rng.uniform(10, 400), y0 + rng.uniform(10, 300)
        picked = [r for r, box in boxed if _overlaps(box, x0, y0, x1, y1)]
        assert picked == [r for r in routes if _meets(r.points, x0, y0, x1, y1)]


def test_a_route_without_points_is_on_no_page():
    (route, box), = BoxedRoutes([SimpleNamespace(points=[])])
    assert not _overlaps(box, -1e9, -1e9, 1e9, 1e9)


def test_page_contents_match_the_per_page_walk():
    """PageContents sorts nodes and routes to pages once; each page gets what the direct
    walk (nodes_on, the box test against the page's window) gives, in the same order."""
    from benchmarks.generate import generate_blueprint
    from blueprint_app.export.readable import PageContents, cut_window, nodes_on, plan_pages
    from blueprint_app.look.routes import route_edges
    from blueprint_app.model.layout import compute_layout

    bp = generate_blueprint(600, seed=4)
    layout = compute_layout(bp)
    plan = plan_pages(layout, 800, 500)
    assert len(plan.cuts) > 4
    routes = route_edges(bp.edges(), layout.nodes, layout)
    contents = PageContents(layout, plan, routes)
    boxed = BoxedRoutes(routes)
    for cut in plan.cuts:
        assert contents.nodes(cut) == nodes_on(layout, cut)
        window = cut_window(layout, cut)
        assert contents.routes(cut) == [r for r, box in boxed if _overlaps(box, *window)]
    assert sum(len(contents.nodes(c)) for c in plan.cuts) == len(list(bp.nodes()))
