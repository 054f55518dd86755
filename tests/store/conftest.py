"""Shared builders for the store tests."""
import datetime as dt

import pytest

from blueprint_app.model import Blueprint, Category, EdgeKind, Lane, make_incident


def build_rich_blueprint() -> Blueprint:
    """Every field of every record, Chinese text, extras, None positions, awkward floats."""
    bp = Blueprint("线上下单到送货上门 — Online order")
    bp.add_stage(id="order", name="下单 Order", extra={"colour": "#ffeecc", "note": ["a", 1]})
    bp.add_stage(id="deliver", name="Deliver")
    bp.add_stage(id="help", name="帮助")
    bp.add_node(id="c1", lane=Lane.CUSTOMER, label="顾客下单", stage="order",
                description="多行\n描述", x=12.5, y=0.0)
    bp.add_node(id="t1", lane=Lane.FRONTSTAGE, label="Order confirmation", stage="order",
                channel="email", requires="any", failure_probability=0.1 + 0.2,
                width=180.25, height=70.0, extra={"fail_point": True, "wait_point": False,
                                                   "time_standard": {"value": 3, "unit": "h"}})
    bp.add_node(id="s1", lane=Lane.SUPPORT, label="订单管理系统", stage="order",
                category=Category.IT_SYSTEM, owner="IT 运维", failure_probability=1e-300)
    bp.add_node(id="s2", lane=Lane.SUPPORT, label="Courier", category=Category.PARTNER,
                failure_probability=1.0, requires=2, x=None, y=-3.75)
    bp.add_node(id="b1", lane=Lane.BACKSTAGE, label="Warehouse dispatch", stage="deliver",
                category="process", owner="Logistics", requires=1,
                extra={"commitments": [{"id": "c-d", "level": 2, "target": 4.5}],
                       "__interchange__": {"given": ["owner"]}})
    bp.add_node(id="e1", lane=Lane.EVIDENCE, label="Receipt 收据", stage="help", x=0.1, y=0.7)
    bp.add_edge(id="f1", source="c1", target="t1", kind=EdgeKind.FLOW, label="clicks 点击")
    bp.add_edge(id="x9", source="s1", target="t1", kind=EdgeKind.SUPPORT, extra={"weight": 0.3})
    bp.add_edge(id="a0", source="s2", target="b1", kind="support")
    bp.add_edge(id="a1", source="s1", target="b1", kind="support")
    bp.add_edge(id="a2", source="s1", target="t1", kind="flow")  # parallel edge, other kind
    bp.add_edge(id="f2", source="t1", target="e1")
    bp.set_incidents([
        make_incident(date=dt.date(2024, 2, 29), touchpoint="t1", cause="s1", count=3,
                      customers_affected=120, minutes_lost=45.5),
        make_incident(date=dt.date(2023, 12, 31), touchpoint="t1", cause=None),
    ])
    bp.properties.update({"view": {"zoom": 1.25, "scroll": [10, -20]}, "author": "王小明",
                          "empty_list": [], "nested": {"a": {"b": None}}})
    return bp


@pytest.fixture
def rich_blueprint() -> Blueprint:
    return build_rich_blueprint()


def _big_blueprint(count: int) -> Blueprint:
    bp = Blueprint("Big")
    for s in range(20):
        bp.add_stage(id=f"s{s}", name=f"Stage {s}")
    lanes = list(Lane)
    for i in range(count):
        bp.add_node(id=f"n{i}", lane=lanes[i % 5], label=f"Node {i}", stage=f"s{i % 20}",
                    failure_probability=0.01, x=float(i % 7) if i % 3 else None)
    for i in range(1, count):
        bp.add_edge(id=f"e{i}", source=f"n{i - 1}", target=f"n{i}",
                    kind="flow" if i % 2 else "support")
    return bp


@pytest.fixture
def big_blueprint():
    """A factory: big_blueprint(count) -> a chain of count nodes over 20 stages."""
    return _big_blueprint
