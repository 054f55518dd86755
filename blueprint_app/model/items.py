"""The immutable records a blueprint is made of: stages, nodes, edges, incidents.

Records are frozen: the Blueprint replaces a record on every change, so an undo command can
keep the old record as its snapshot. Build records with the ``make_*`` functions (or
``Blueprint.add_*``), which validate every field.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from . import values
from .commitments import (Commitment, Duration, Fmea, PerceptionPoint, as_commitments,
                          as_duration, as_flag, as_fmea, as_perceptions)
from .enums import Category, EdgeKind, Lane
from .errors import ModelError


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    extra: dict = field(default_factory=dict, compare=True)


@dataclass(frozen=True)
class Node:
    """One step or resource. ``x``/``y`` are the offset of the node's top-left corner inside
    its (stage, lane) cell; ``None`` means "placed automatically" (see model.layout)."""

    id: str
    lane: Lane
    label: str
    stage: str | None = None
    description: str | None = None
    owner: str | None = None
    channel: str | None = None
    category: Category | None = None
    failure_probability: float = 0.0
    requires: str | int = "all"
    x: float | None = None
    y: float | None = None
    width: float | None = None
    height: float | None = None
    extra: dict = field(default_factory=dict)
    # Shostack's time standards and marks, FMEA, and what hangs on the node (CONTRACT §4).
    time_standard: Duration | None = None
    tolerance: Duration | None = None
    fail_point: bool = False
    wait_point: bool = False
    fmea: Fmea | None = None
    commitments: tuple[Commitment, ...] = ()
    perceptions: tuple[PerceptionPoint, ...] = ()
    # Shared resources and volumes: the shared back-office resource a backstage or support
    # node depends on, and a touchpoint's customer visits per period (None counts as 1).
    resource: str | None = None
    volume: float | None = None

    @property
    def visits(self) -> float:
        return 1.0 if self.volume is None else self.volume

    @property
    def is_touchpoint(self) -> bool:
        return self.lane is Lane.FRONTSTAGE


@dataclass(frozen=True)
class Edge:
    id: str
    source: str
    target: str
    kind: EdgeKind = EdgeKind.FLOW
    label: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Incident:
    """One line of an incident log: ``count`` failures at ``touchpoint`` caused by ``cause``."""

    date: dt.date
    touchpoint: str
    cause: str | None
    count: int = 1
    customers_affected: int | None = None
    minutes_lost: float | None = None


NODE_FIELDS = tuple(f.name for f in fields(Node))
EDGE_FIELDS = tuple(f.name for f in fields(Edge))

# Each check takes (value, item label). The common values (text, None, a finite float, a
# known enum value) pass on a short path; anything else goes to ``values``, which words the
# message. Reading a 20 000-node document runs these about 200 000 times.
def _id(field: str = "id"):
    def check(v, i):
        if type(v) is str and v and v.strip() == v:
            return v
        return values.check_id(v, field=field, item=i)
    return check


def _optional_id(field: str):
    strict = _id(field)
    return lambda v, i: None if v is None else strict(v, i)


def _text(field: str):
    def check(v, i):
        if v is None or type(v) is str:
            return v
        return values.check_text(v, field=field, item=i)
    return check


def _coordinate(field: str):
    def check(v, i):
        if v is None:
            return None
        if type(v) is float and math.isfinite(v):
            return v
        return values.check_coordinate(v, field=field, item=i)
    return check


def _enum(kind, slow):
    members = kind._value2member_map_   # value -> member (a str enum's member is its value)

    def check(v, i):
        member = members.get(v) if isinstance(v, str) else None
        return member if member is not None else slow(v, item=i)
    return check


def _optional_enum(kind, slow):
    strict = _enum(kind, slow)
    return lambda v, i: None if v is None else strict(v, i)


def _probability(v, i):
    if type(v) is float and 0.0 <= v <= 1.0:
        return v
    return values.check_probability(v, item=i)


def _extra(v, i):
    return {} if v is None else (dict(v) if type(v) is dict else values.check_extra(v, item=i))


_NODE_CHECKS = {
    "id": _id(),
    "lane": _enum(Lane, values.check_lane),
    "label": lambda v, i: values.check_text(v, field="label", item=i, required=True),
    "stage": _optional_id("stage"),
    "description": _text("description"),
    "owner": _text("owner"),
    "channel": _text("channel"),
    "category": _optional_enum(Category, values.check_category),
    "failure_probability": _probability,
    "requires": lambda v, i: v if v == "all" and type(v) is str else values.check_requires(v, item=i),
    "x": _coordinate("x"),
    "y": _coordinate("y"),
    "width": lambda v, i: values.check_size(v, field="width", item=i),
    "height": lambda v, i: values.check_size(v, field="height", item=i),
    "extra": _extra,
    "time_standard": lambda v, i: as_duration(v, field="time_standard", item=i),
    "tolerance": lambda v, i: as_duration(v, field="tolerance", item=i),
    "fail_point": lambda v, i: as_flag(v, field="fail_point", item=i),
    "wait_point": lambda v, i: as_flag(v, field="wait_point", item=i),
    "fmea": lambda v, i: as_fmea(v, item=i),
    "commitments": lambda v, i: v,   # checked with the node id, see _with_records
    "perceptions": lambda v, i: v,
    "resource": _optional_id("resource"),
    "volume": lambda v, i: values.check_volume(v, item=i),
}

_EDGE_CHECKS = {
    "id": _id(),
    "source": _id("source"),
    "target": _id("target"),
    "kind": _enum(EdgeKind, values.check_edge_kind),
    "label": _text("label"),
    "extra": _extra,
}


def _checked(checks: dict, data: dict[str, Any], item: str | None, what: str) -> dict[str, Any]:
    if not checks.keys() >= data.keys():
        unknown = set(data) - set(checks)
        raise ModelError(f"unknown {what} field(s): {', '.join(sorted(unknown))}", item=item)
    return {name: checks[name](value, item) for name, value in data.items()}


def make_node(**data: Any) -> Node:
    node_id = data.get("id")
    label = f"node {node_id}" if isinstance(node_id, str) else "node"
    for required in ("id", "lane", "label"):
        if required not in data:
            raise ModelError("is required", field=required, item=label)
    return Node(**_with_records(_checked(_NODE_CHECKS, data, label, "node"), data["id"]))


def updated_node(node: Node, changes: dict[str, Any]) -> Node:
    if "id" in changes and changes["id"] != node.id:
        raise ModelError("cannot be changed", field="id", item=f"node {node.id}")
    return replace(node, **_with_records(_checked(_NODE_CHECKS, changes, f"node {node.id}",
                                                  "node"), node.id))


def _with_records(checked: dict[str, Any], node_id: str) -> dict[str, Any]:
    """Commitments and perception points (records or mappings) checked against the node."""
    if "commitments" in checked:
        checked["commitments"] = as_commitments(checked["commitments"], node_id)
    if "perceptions" in checked:
        checked["perceptions"] = as_perceptions(checked["perceptions"], node_id)
    return checked


def make_edge(**data: Any) -> Edge:
    edge_id = data.get("id")
    label = f"edge {edge_id}" if isinstance(edge_id, str) else "edge"
    for required in ("id", "source", "target"):
        if required not in data:
            raise ModelError("is required", field=required, item=label)
    return Edge(**_checked(_EDGE_CHECKS, data, label, "edge"))


def updated_edge(edge: Edge, changes: dict[str, Any]) -> Edge:
    for fixed in ("id", "source", "target"):
        if fixed in changes and changes[fixed] != getattr(edge, fixed):
            raise ModelError("cannot be changed (remove and add the edge instead)",
                             field=fixed, item=f"edge {edge.id}")
    return replace(edge, **_checked(_EDGE_CHECKS, changes, f"edge {edge.id}", "edge"))


def make_stage(id: Any, name: Any, extra: Any = None) -> Stage:
    item = f"stage {id}" if isinstance(id, str) else "stage"
    return Stage(id=values.check_id(id, item=item),
                 name=values.check_text(name, field="name", item=item, required=True),
                 extra=values.check_extra(extra, item=item))


def make_incident(*, date: Any, touchpoint: Any, cause: Any = None, count: Any = 1,
                  customers_affected: Any = None, minutes_lost: Any = None) -> Incident:
    if isinstance(date, dt.datetime):
        date = date.date()
    if not isinstance(date, dt.date):
        raise ModelError(f"must be a date, not {date!r}", field="date")
    values.check_id(touchpoint, field="touchpoint")
    if cause is not None:
        values.check_id(cause, field="cause")
    for name, value in (("count", count), ("customers_affected", customers_affected)):
        if value is None and name != "count":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ModelError(f"must be a whole number of at least 0, not {value!r}", field=name)
        if value > values.MAX_WHOLE:
            raise ModelError(f"must be at most {values.MAX_WHOLE}, not {value}", field=name)
    if minutes_lost is not None:
        minutes_lost = values.check_coordinate(minutes_lost, field="minutes_lost")
        if minutes_lost < 0:
            raise ModelError(f"must be at least 0, not {minutes_lost}", field="minutes_lost")
    return Incident(date=date, touchpoint=touchpoint, cause=cause, count=count,
                    customers_affected=customers_affected, minutes_lost=minutes_lost)
