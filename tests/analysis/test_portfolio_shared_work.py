"""The work the portfolio shares between a journey's touchpoints gives what the
per-touchpoint functions give: supports read once, single points of failure for every
touchpoint from one pass, the cycle check on the supports read once."""
from __future__ import annotations

import pytest

from benchmarks.generate import generate_blueprint
from blueprint_app.analysis.failure import check_support_cycles
from blueprint_app.analysis.failure_model import SupportCycleError, has_cycle, supports_map
from blueprint_app.analysis.portfolio import Journey, analyze_portfolio
from blueprint_app.analysis.tracing import alone_sets, single_points_of_failure


@pytest.mark.parametrize("seed", range(4))
def test_supports_and_single_points_match_the_per_touchpoint_answers(seed):
    bp = generate_blueprint(150, seed=seed)
    supports = supports_map(bp)
    assert supports == {n.id: bp.supports_of(n.id) for n in bp.nodes()}
    assert not has_cycle(supports)
    known: dict = {}
    for tp in bp.touchpoints():
        alone_sets(bp, supports, [tp.id], known)
        assert tuple(sorted(known[tp.id])) == single_points_of_failure(bp, tp.id)


def test_a_support_cycle_is_refused_as_analyze_refuses_it():
    bp = generate_blueprint(60, seed=1)
    backstage = [n.id for n in bp.nodes() if n.lane.behind_visibility]
    a, b = backstage[:2]
    bp.add_edge(source=a, target=b, kind="support")
    bp.add_edge(source=b, target=a, kind="support")
    assert has_cycle(supports_map(bp))
    with pytest.raises(SupportCycleError) as expected:
        check_support_cycles(bp)
    with pytest.raises(SupportCycleError) as found:
        analyze_portfolio([Journey("j", bp.name, bp)], {})
    assert str(found.value) == str(expected.value)
