"""Pareto of causes and probability suggestions, checked against numbers worked by hand."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from blueprint_app.analysis.estimate import suggest_probabilities
from blueprint_app.analysis.pareto import pareto, pareto_by_touchpoint
from blueprint_app.model import Blueprint, Incident


def day(n: int) -> dt.date:
    return dt.date(2024, 1, n)


@pytest.fixture
def bp() -> Blueprint:
    bp = Blueprint("shop")
    bp.add_node(id="t1", lane="frontstage", label="Confirmation")
    bp.add_node(id="t2", lane="frontstage", label="Delivery")
    bp.add_node(id="s1", lane="support", label="OMS", failure_probability=0.02)
    bp.add_node(id="b1", lane="backstage", label="Picking")
    bp.set_incidents([
        Incident(day(1), "t1", "s1", 5, 50, 30.0),
        Incident(day(2), "t1", "t1", 2, 200, None),
        Incident(day(3), "t1", None, 1, None, 10.0),
        Incident(day(5), "t2", "b1", 2, 10, 100.0),
        Incident(day(10), "t2", "s1", 2, None, 20.0),
    ])
    return bp


def test_overall_by_count(bp):
    # counts: s1 5+2=7, b1 2, t1 2, none 1; total 12. Ties (b1, t1) by id.
    result = pareto(bp)
    assert result.total == 12
    assert [(r.cause, r.value) for r in result.rows] == [("s1", 7), ("b1", 2), ("t1", 2),
                                                          (None, 1)]
    assert [round(r.share, 6) for r in result.rows] == [0.583333, 0.166667, 0.166667, 0.083333]
    assert [round(r.cumulative_share, 6) for r in result.rows] == [0.583333, 0.75, 0.916667, 1.0]
    assert result.rows[3].label == "(cause not recorded)"
    # behind the line of visibility: s1 (support) 7 + b1 (backstage) 2 = 9 of 12
    assert result.behind_visibility_share == pytest.approx(0.75)


def test_per_touchpoint_by_customers_and_minutes(bp):
    customers = pareto(bp, "t1", by="customers")
    # t1: t1 200, s1 50, none 0 (left out); total 250; behind = 50/250
    assert [(r.cause, r.value) for r in customers.rows] == [("t1", 200), ("s1", 50)]
    assert customers.total == 250
    assert customers.behind_visibility_share == pytest.approx(0.2)
    minutes = pareto(bp, "t2", by="minutes")
    # t2: b1 100, s1 20; total 120; shares 5/6, 1/6; all behind the line
    assert [(r.cause, r.value) for r in minutes.rows] == [("b1", 100.0), ("s1", 20.0)]
    assert minutes.rows[0].share == pytest.approx(5 / 6)
    assert minutes.behind_visibility_share == pytest.approx(1.0)


def test_by_touchpoint_and_empty(bp):
    bp.add_node(id="t3", lane="frontstage", label="Returns")
    per = pareto_by_touchpoint(bp)
    assert list(per) == ["t1", "t2", "t3"]
    assert per["t3"].rows == () and per["t3"].total == 0
    assert per["t3"].behind_visibility_share is None
    with pytest.raises(ValueError):
        pareto(bp, by="weight")


def test_removed_cause_keeps_its_row(bp):
    bp.set_incidents(bp.incidents + [Incident(day(11), "t2", "gone", 9)])
    row = pareto(bp, "t2").rows[0]
    assert row.cause == "gone" and row.label == "(removed node gone)" and row.lane is None


def test_suggestions_per_period(bp):
    # window 1..10 January = 10 days; s1 failed 7 times -> rate 0.7/day;
    # for a 1-day period p = 1 - exp(-0.7); b1 2 failures -> 1 - exp(-0.2); t1 2 -> same.
    result = {s.node: s for s in suggest_probabilities(bp, period_days=1)}
    assert set(result) == {"t1", "s1", "b1"}
    assert result["s1"].suggested == pytest.approx(1 - math.exp(-0.7))
    assert result["s1"].current == 0.02 and result["s1"].failures == 7
    assert result["b1"].suggested == pytest.approx(1 - math.exp(-0.2))
    assert bp.node("s1").failure_probability == 0.02      # never applied
    longer = {s.node: s for s in suggest_probabilities(bp, period_days=30, observed_days=365)}
    assert longer["s1"].suggested == pytest.approx(1 - math.exp(-7 / 365 * 30))


def test_suggestions_per_opportunity(bp):
    result = {s.node: s for s in suggest_probabilities(bp, opportunities=1000)}
    assert result["s1"].suggested == pytest.approx(0.007)
    with pytest.raises(ValueError):
        suggest_probabilities(bp)
    with pytest.raises(ValueError):
        suggest_probabilities(bp, period_days=1, opportunities=5)
