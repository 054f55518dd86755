"""The traffic light of a commitment (analysis/commitment_status.py), rule by rule."""
from __future__ import annotations

import datetime as dt

import pytest

from blueprint_app.analysis.commitment_status import (AT_RISK, BREACHED, FITS, _status,
                                                      commitment_overview)
from blueprint_app.analysis.commitments import BudgetCheck
from blueprint_app.analysis.monitoring import CommitmentStatus
from blueprint_app.model import Blueprint
from blueprint_app.model.commitments import make_execution


def budget(slack: float, target: float = 48.0) -> BudgetCheck:
    return BudgetCheck("c", target, ("a",), target - slack, slack, slack >= 0)


def monitored(met: int, judged: int, warnings: int = 0) -> CommitmentStatus:
    return CommitmentStatus("c", "n", 2, "c", None, None, 4.0, "h", judged, judged, met,
                            judged - met, warnings, met / judged if judged else None, None)


@pytest.mark.parametrize("check, record, expected", [
    (None, None, FITS),                           # nothing to judge yet
    (budget(6), None, FITS),                      # 12.5 % slack
    (budget(4), None, AT_RISK),                   # 8.3 % slack: under 10 %
    (budget(-2), None, BREACHED),                 # the chain overruns the promise
    (None, monitored(20, 20), FITS),
    (None, monitored(20, 20, warnings=1), AT_RISK),   # an early warning
    (None, monitored(19, 20), AT_RISK),           # 95 % met: one miss, still at the goal
    (None, monitored(18, 20), BREACHED),          # 90 % met: under the 95 % goal
    (budget(6), monitored(10, 20), BREACHED),     # the worse of the two rules wins
])
def test_traffic_light_rules(check, record, expected):
    assert _status(check, record) == expected


def test_node_shows_the_worst_of_its_commitments():
    bp = Blueprint("T")
    bp.add_node(id="t", lane="frontstage", label="Parcel arrives")
    bp.add_node(id="b", lane="backstage", label="Dispatch", owner="Logistics")
    bp.add_edge(source="b", target="t", kind="support")
    bp.add_commitment(id="p", node="t", level=1, name="2 days", metric="duration", target=48, unit="h")
    bp.add_commitment(id="d", node="b", level=2, name="4 h", metric="duration", target=4, unit="h",
                      parent="p")
    bp.set_executions([make_execution(date=dt.date(2026, 11, d), commitment="d", actual=5.0)
                       for d in range(1, 4)])
    overview = commitment_overview(bp)
    assert overview.statuses == {"p": FITS, "d": BREACHED}
    assert overview.node_statuses == {"t": FITS, "b": BREACHED}
