"""The immutable records a blueprint is made of: stages, nodes, edges, incidents.

Records are frozen: the Blueprint replaces a record on every change, so an undo command can
keep the old record as its snapshot. Build records with the ``make_*`` functions (or
``Blueprint.add_*``), which validate every field.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import MISSING, dataclass, field, fields, replace
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
# known enum value) pass on a short path; anything else goes to ``values`` (or
# ``commitments``), which words the message, so a bad value is refused exactly as before.
# Reading a 20 000-node document runs these about 500 000 times.
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


def _required_text(field: str):
    def check(v, i):
        # not v.isspace() is not v.strip(): both use Python's whitespace table
        if type(v) is str and v and not v.isspace():
            return v
        return values.check_text(v, field=field, item=i, required=True)
    return check


def _coordinate(field: str):
    def check(v, i):
        if v is None:
            return None
        if type(v) is float and math.isfinite(v):
            return v
        return values.check_coordinate(v, field=field, item=i)
    return check


def _size(field: str):
    def check(v, i):
        if v is None or type(v) is float and 0.0 < v < math.inf:
            return v
        return values.check_size(v, field=field, item=i)
    return check


def _volume(v, i):
    if v is None or type(v) is float and 0.0 <= v < math.inf:
        return v
    return values.check_volume(v, item=i)


def _enum(kind, slow):
    members = kind._value2member_map_   # value -> member (a str enum's member is its value)

    def check(v, i):
        if type(v) is kind:
            return v
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


def _requires(v, i):
    if type(v) is str and (v == "all" or v == "any"):
        return v
    return values.check_requires(v, item=i)


def _duration(field: str):
    return lambda v, i: None if v is None else as_duration(v, field=field, item=i)


def _flag(field: str):
    return lambda v, i: v if v is True or v is False else as_flag(v, field=field, item=i)


def _fmea(v, i):
    return None if v is None else as_fmea(v, item=i)


def _extra(v, i):
    return {} if v is None else (dict(v) if type(v) is dict else values.check_extra(v, item=i))


def _later(v, i):   # commitments and perceptions: checked with the node id, see _with_records
    return v


_NODE_CHECKS = {
    "id": _id(),
    "lane": _enum(Lane, values.check_lane),
    "label": _required_text("label"),
    "stage": _optional_id("stage"),
    "description": _text("description"),
    "owner": _text("owner"),
    "channel": _text("channel"),
    "category": _optional_enum(Category, values.check_category),
    "failure_probability": _probability,
    "requires": _requires,
    "x": _coordinate("x"),
    "y": _coordinate("y"),
    "width": _size("width"),
    "height": _size("height"),
    "extra": _extra,
    "time_standard": _duration("time_standard"),
    "tolerance": _duration("tolerance"),
    "fail_point": _flag("fail_point"),
    "wait_point": _flag("wait_point"),
    "fmea": _fmea,
    "commitments": _later,
    "perceptions": _later,
    "resource": _optional_id("resource"),
    "volume": _volume,
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
        _refuse_unknown(checks, data, item, what)
    return {name: checks[name](value, item) for name, value in data.items()}


def _refuse_unknown(checks: dict, data: dict[str, Any], item: str | None, what: str) -> None:
    unknown = set(data) - set(checks)
    raise ModelError(f"unknown {what} field(s): {', '.join(sorted(unknown))}", item=item)


def _defaults(record_type) -> dict[str, Any]:
    """Every field's default, in field order (``extra``, a factory default, is filled in by
    ``_record``; the fields without a default are required, so always given)."""
    return {f.name: None if f.default is MISSING else f.default for f in fields(record_type)}


_NODE_DEFAULTS, _EDGE_DEFAULTS = _defaults(Node), _defaults(Edge)
_NODE_REQUIRED, _EDGE_REQUIRED = ("id", "lane", "label"), ("id", "source", "target")
_NODE_REQUIRED_SET, _EDGE_REQUIRED_SET = frozenset(_NODE_REQUIRED), frozenset(_EDGE_REQUIRED)
_new_object = object.__new__


def _record(record_type, defaults: dict, checks: dict, data: dict[str, Any], item: str,
            what: str):
    """The frozen record of ``data``, each value checked (in the order given), made without
    the dataclass ``__init__``, which sets each field through ``object.__setattr__``: for a
    node that was a third of the time of building it. The result is the same record (same
    fields in the same order, same equality). Its ``__dict__`` is filled key by key in field
    order, as ``__init__`` does, so it keeps sharing its keys with the type's other records
    (a dict assigned whole would take three times the memory)."""
    if not checks.keys() >= data.keys():
        _refuse_unknown(checks, data, item, what)
    checked = {name: checks[name](value, item) for name, value in data.items()}
    record = _new_object(record_type)
    state = record.__dict__
    for name, default in defaults.items():
        state[name] = checked.get(name, default)
    if "extra" not in checked:
        state["extra"] = {}
    return record


def _require(data: dict[str, Any], required: tuple, item: str) -> None:
    for name in required:   # the first missing one, in field order
        if name not in data:
            raise ModelError("is required", field=name, item=item)


def make_node(**data: Any) -> Node:
    node_id = data.get("id")
    label = f"node {node_id}" if isinstance(node_id, str) else "node"
    if not data.keys() >= _NODE_REQUIRED_SET:
        _require(data, _NODE_REQUIRED, label)
    node = _record(Node, _NODE_DEFAULTS, _NODE_CHECKS, data, label, "node")
    if "commitments" in data or "perceptions" in data:
        _with_records(node.__dict__, node_id)
    return node


def updated_node(node: Node, changes: dict[str, Any]) -> Node:
    if "id" in changes and changes["id"] != node.id:
        raise ModelError("cannot be changed", field="id", item=f"node {node.id}")
    return replace(node, **_with_records(_checked(_NODE_CHECKS, changes, f"node {node.id}",
                                                  "node"), node.id))


def _with_records(checked: dict[str, Any], node_id: str) -> dict[str, Any]:
    """Commitments and perception points (records or mappings) checked against the node."""
    for name, check in (("commitments", as_commitments), ("perceptions", as_perceptions)):
        if name in checked:
            value = checked[name]
            if type(value) is tuple and not value:   # none: the usual case
                continue
            checked[name] = check(value, node_id)
    return checked


def make_edge(**data: Any) -> Edge:
    edge_id = data.get("id")
    label = f"edge {edge_id}" if isinstance(edge_id, str) else "edge"
    if not data.keys() >= _EDGE_REQUIRED_SET:
        _require(data, _EDGE_REQUIRED, label)
    return _record(Edge, _EDGE_DEFAULTS, _EDGE_CHECKS, data, label, "edge")


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
