"""Small blueprints for the PDF tests: Latin, Chinese and mixed labels, every lane and
category, flow and support edges."""
from __future__ import annotations

import datetime as dt

from blueprint_app.model import Blueprint, make_incident


def order_blueprint() -> Blueprint:
    bp = Blueprint("Online order to doorstep 网上订单")
    bp.properties.update({"version": "1.2", "owner": "Customer service board"})
    for sid, name in (("aware", "Aware"), ("order", "Order 下单"), ("pay", "Pay"),
                      ("deliver", "Deliver"), ("help", "Get help 求助")):
        bp.add_stage(id=sid, name=name)
    nodes = [
        ("e1", "evidence", "Confirmation e-mail", "order", {}),
        ("e2", "evidence", "Parcel and receipt 包裹", "deliver", {}),
        ("c1", "customer", "Browses the catalogue", "aware", {}),
        ("c2", "customer", "Places an order 下订单", "order", {}),
        ("c3", "customer", "Pays by card", "pay", {}),
        ("c4", "customer", "Receives the parcel", "deliver", {}),
        ("c5", "customer", "Calls the hotline", "help", {}),
        ("t1", "frontstage", "Order confirmation", "order", {"channel": "email"}),
        ("t2", "frontstage", "步骤12 Backstage", "pay", {"channel": "web"}),
        ("t3", "frontstage", "Courier hands over the parcel", "deliver",
         {"channel": "field", "requires": "all"}),
        ("t4", "frontstage", "客服热线 Hotline agent", "help", {"channel": "phone"}),
        ("b1", "backstage", "Order entered and checked within two hours", "order",
         {"category": "process", "owner": "Order desk", "failure_probability": 0.02}),
        ("b2", "backstage", "仓库发货", "deliver",
         {"category": "people", "owner": "物流部 Logistics", "failure_probability": 0.03}),
        ("b3", "backstage", "Agent looks up the order", "help",
         {"category": "knowledge", "owner": "Service centre"}),
        ("s1", "support", "Order management system", "order",
         {"category": "it_system", "owner": "IT operations", "failure_probability": 0.01}),
        ("s2", "support", "Payment gateway 支付网关", "pay",
         {"category": "partner", "owner": "Finance", "failure_probability": 0.005}),
        ("s3", "support", "Courier partner", "deliver",
         {"category": "partner", "owner": "Logistics", "failure_probability": 0.04}),
        ("s4", "support", "Refund policy", "help",
         {"category": "policy", "owner": "Legal", "failure_probability": 0.002}),
        ("s5", "support", "Knowledge base", "help",
         {"category": "knowledge", "owner": "Service centre", "failure_probability": 0.01}),
    ]
    for nid, lane, label, stage, extra in nodes:
        bp.add_node(id=nid, lane=lane, label=label, stage=stage, **extra)
    flows = [("c1", "c2"), ("c2", "t1"), ("t1", "e1"), ("c2", "c3"), ("c3", "t2"),
             ("c3", "c4"), ("t3", "c4"), ("c4", "e2"), ("c4", "c5"), ("c5", "t4")]
    supports = [("b1", "t1"), ("s1", "b1"), ("s2", "t2"), ("s1", "t2"), ("b2", "t3"),
                ("s3", "t3"), ("s1", "b2"), ("b3", "t4"), ("s5", "b3"), ("s4", "t4")]
    for source, target in flows:
        bp.add_edge(source=source, target=target, kind="flow")
    for source, target in supports:
        bp.add_edge(source=source, target=target, kind="support")
    bp.set_incidents([
        make_incident(date=dt.date(2024, 3, 1), touchpoint="t3", cause="s3", count=12),
        make_incident(date=dt.date(2024, 3, 2), touchpoint="t1", cause="s1", count=5),
        make_incident(date=dt.date(2024, 3, 3), touchpoint="t2", cause="s2", count=3),
        make_incident(date=dt.date(2024, 3, 4), touchpoint="t3", cause="b2", count=7),
        make_incident(date=dt.date(2024, 3, 5), touchpoint="t4", cause=None, count=1),
    ])
    return bp
