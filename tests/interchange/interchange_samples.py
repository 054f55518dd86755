"""Hand-written interchange documents using every feature (shared by the tests here)."""
import copy

RICH = {
    "format": "touchpoint-blueprint",
    "version": 1,
    "name": "网上订购到送货上门 — Online order",
    "author": {"name": "王芳", "tags": ["workshop", 3, None, True]},
    "view": {"zoom": 1.25},
    "stages": [
        {"id": "order", "name": "下单 Order", "colour": "#ffcc00"},
        {"id": "deliver", "name": "Deliver"},
    ],
    "nodes": [
        {"id": "c1", "lane": "customer", "label": "顾客下单", "stage": "order",
         "description": "", "mood": "hopeful"},
        {"id": "t1", "lane": "frontstage", "label": "Order confirmation", "stage": "order",
         "channel": "email", "requires": "all", "failure_probability": 0},
        {"id": "t2", "lane": "frontstage", "label": "Delivery", "stage": "deliver",
         "requires": 2, "x": 18, "y": 20.5, "width": 160, "height": 70.0, "owner": None},
        {"id": "s1", "lane": "support", "label": "Order management system", "stage": "order",
         "category": "it_system", "owner": "IT operations", "failure_probability": 0.01,
         "commitments": [{"id": "c-x", "level": 2, "target": 4, "unit": "h"}]},
        {"id": "s2", "lane": "support", "label": "Courier", "category": "partner",
         "failure_probability": 1, "fail_point": True, "time_standard": {"value": 3, "unit": "h"}},
        {"id": "b1", "lane": "backstage", "label": "Dispatch", "requires": "any",
         "category": None, "stage": None},
        {"id": "ev", "lane": "evidence", "label": "Parcel 📦"},
    ],
    "edges": [
        {"source": "c1", "target": "t1", "kind": "flow"},
        {"source": "s1", "target": "t1", "kind": "support", "label": "", "weight": 2},
        {"id": "e1", "source": "s1", "target": "b1", "kind": "support", "label": "needs"},
        {"source": "b1", "target": "t2", "kind": "support", "label": None},
        {"source": "s2", "target": "t2", "kind": "support"},
        {"id": "flow-x", "source": "t1", "target": "t2", "kind": "flow"},
    ],
    "incidents": [
        {"date": "2024-03-01", "touchpoint": "t2", "cause": "s2", "count": 3,
         "customers_affected": 3, "minutes_lost": 45.5},
        {"date": "2024-03-02", "touchpoint": "t1", "cause": None, "count": 1,
         "customers_affected": None, "minutes_lost": None},
    ],
}


def rich() -> dict:
    return copy.deepcopy(RICH)


def minimal() -> dict:
    return {"format": "touchpoint-blueprint", "version": 1, "name": "Small",
            "stages": [{"id": "order", "name": "Order"}],
            "nodes": [{"id": "c1", "lane": "customer", "label": "Orders", "stage": "order"},
                      {"id": "t1", "lane": "frontstage", "label": "Confirmation"},
                      {"id": "s1", "lane": "support", "label": "System",
                       "failure_probability": 0.1}],
            "edges": [{"source": "c1", "target": "t1", "kind": "flow"},
                      {"source": "s1", "target": "t1", "kind": "support"}]}
