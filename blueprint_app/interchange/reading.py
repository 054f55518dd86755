"""dict -> Blueprint, collecting every problem before giving up.

Order of work: schema errors (jsonschema ``iter_errors``); then, per stage, node, edge and
incident, the model's own checks (``make_*``; a ModelError becomes a problem at the item's
field) and the cross-references (duplicate ids, unknown stages and nodes, self-loops). Items
with schema errors skip the model checks, so one mistake gives one message, but their ids
still count for references, so a bad node does not also make every edge to it "unknown".
"""
from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from ..model import Blueprint, ModelError, make_edge, make_incident, make_node, make_stage
from . import fields as F
from .attached import read_executions, read_records
from .errors import InterchangeError, problem
from .resources_json import read_resources
from .schema import schema_problems, show


class _Reader:
    def __init__(self, data: Any, source: str):
        self.data, self.source = data, source
        self.found: dict[tuple[tuple, str], None] = {}
        self.bad_items: set[tuple] = set()
        self.stage_ids: dict[str, int] = {}
        self.node_ids: dict[str, int] = {}
        self.commitment_ids: dict[str, str] = {}   # id -> node id
        self.perception_ids: dict[str, str] = {}

    def add(self, path: tuple, reason: str) -> None:
        self.found[(path, reason)] = None

    def add_model(self, where: tuple, error: ModelError) -> None:
        self.add(where + ((error.field,) if error.field else ()), error.reason)

    def items(self, key: str) -> list[tuple[int, dict]]:
        value = self.data.get(key)
        if not isinstance(value, list):
            return []
        return [(i, raw) for i, raw in enumerate(value) if isinstance(raw, dict)]

    def ok(self, key: str, index: int) -> bool:
        return (key, index) not in self.bad_items

    def raise_if_problems(self) -> None:
        if self.found:
            ordered = sorted(self.found, key=lambda pr: _path_key(pr[0]))
            raise InterchangeError([problem(self.source, path, reason) for path, reason in ordered])


def _path_key(path: tuple) -> tuple:
    head = path[0] if path else ""
    first = F.TOP_FIELDS.index(head) if head in F.TOP_FIELDS else len(F.TOP_FIELDS)
    return (first,) + tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path[1:])


def _split(raw: dict, known: tuple, reader: _Reader, where: tuple) -> tuple[dict, dict]:
    """(known fields in field order, so the first bad one is named; deep copy of unknown
    ones). The known fields are ``raw`` itself when it holds nothing else, in that order
    (as written by this program): do not change them."""
    if F.META_KEY in raw:
        reader.add(where + (F.META_KEY,), "is a reserved field name")
    position = _POSITIONS.get(known)
    if position is None:
        position = _POSITIONS[known] = {name: n for n, name in enumerate(known)}
    try:
        order = list(map(position.__getitem__, raw))
    except KeyError:   # an unknown field
        order = None
    if order is not None and order == sorted(order):
        return raw, {}
    ours = {k: raw[k] for k in known if k in raw}
    if len(ours) == len(raw):
        return ours, {}
    return ours, {k: copy.deepcopy(v) for k, v in raw.items() if k not in position}


_POSITIONS: dict[tuple, dict[str, int]] = {}
_DEFAULTS = F.NODE_DEFAULTS
_NOT_OPTIONAL = object()   # equal to no value: the required fields are never "given"


def _register(reader: _Reader, seen: dict[str, int], where: tuple, value: Any, what: str) -> None:
    if not isinstance(value, str):
        return
    if value in seen:
        reader.add(where + ("id",), f"duplicate {what} id {show(value)} (first used at "
                                   f"{where[0]}[{seen[value]}])")
    else:
        seen[value] = where[1]


def _read_stages(reader: _Reader) -> list:
    stages = []
    for i, raw in reader.items("stages"):
        where = ("stages", i)
        _register(reader, reader.stage_ids, where, raw.get("id"), "stage")
        known, extra = _split(raw, F.STAGE_FIELDS, reader, where)
        if reader.ok("stages", i):
            try:
                stages.append(make_stage(known["id"], known["name"], extra))
            except ModelError as error:
                reader.add_model(where, error)
    return stages


def _read_nodes(reader: _Reader) -> list:
    nodes = []
    for i, raw in reader.items("nodes"):
        where = ("nodes", i)
        _register(reader, reader.node_ids, where, raw.get("id"), "node")
        stage = raw.get("stage")
        if isinstance(stage, str) and stage not in reader.stage_ids:
            reader.add(where + ("stage",), f"unknown stage {show(stage)}")
        known, extra = _split(raw, F.NODE_FIELDS, reader, where)
        records = read_records(reader, where, raw, raw.get("id"), reader.ok("nodes", i))
        if records is None:
            continue
        try:
            node = make_node(**{**known, **records}, extra=extra)
        except ModelError as error:
            reader.add_model(where, error)
            continue
        state = vars(node)   # known is in field order, the order of NODE_DEFAULTS too
        given = [k for k in known if state[k] == _DEFAULTS.get(k, _NOT_OPTIONAL)]
        if given:
            node.extra[F.META_KEY] = {"given": given}
        nodes.append(node)
    return nodes


def _edge_ids(reader: _Reader) -> dict[int, str]:
    """Given ids (checked for duplicates) and a stable generated id for every other edge:
    ``e<position>``, or ``e<position>_<n>`` if that is taken."""
    given: dict[str, int] = {}
    for i, raw in reader.items("edges"):
        _register(reader, given, ("edges", i), raw.get("id"), "edge")
    ids: dict[int, str] = {}
    for i, raw in reader.items("edges"):
        if "id" in raw:
            ids[i] = raw["id"]
            continue
        candidate, n = f"e{i + 1}", 1
        while candidate in given:
            n += 1
            candidate = f"e{i + 1}_{n}"
        given[candidate] = i
        ids[i] = candidate
    return ids


def _read_edges(reader: _Reader) -> list:
    edges = []
    ids = _edge_ids(reader)
    node_ids = reader.node_ids
    for i, raw in reader.items("edges"):
        where = ("edges", i)
        source, target = raw.get("source"), raw.get("target")
        if not (type(source) is str and type(target) is str and source in node_ids
                and target in node_ids and source != target):   # else: say what is wrong
            _edge_ends(reader, where, source, target)
        known, extra = _split(raw, F.EDGE_FIELDS, reader, where)
        if not reader.ok("edges", i):
            continue
        meta: dict[str, Any] = {}
        if "id" not in known:
            meta["generated_id"] = True
        if "label" in known and known["label"] is None:
            meta["given"] = ["label"]
        if meta:
            extra[F.META_KEY] = meta
        try:
            edges.append(make_edge(**{**known, "id": ids[i]}, extra=extra))
        except ModelError as error:
            reader.add_model(where, error)
    return edges


def _edge_ends(reader: _Reader, where: tuple, source: Any, target: Any) -> None:
    for end, value in (("source", source), ("target", target)):
        if isinstance(value, str) and value not in reader.node_ids:
            reader.add(where + (end,), f"unknown node {show(value)}")
    if isinstance(source, str) and source == target:
        reader.add(where + ("target",), f"an edge cannot connect a node to itself "
                                        f"(source and target are both {show(source)})")


def _read_incidents(reader: _Reader) -> list:
    incidents = []
    for i, raw in reader.items("incidents"):
        where = ("incidents", i)
        for name in ("touchpoint", "cause"):
            value = raw.get(name)
            if isinstance(value, str) and value not in reader.node_ids:
                reader.add(where + (name,), f"unknown node {show(value)}")
        if not reader.ok("incidents", i):
            continue
        try:
            date = dt.date.fromisoformat(raw["date"])
        except ValueError:
            reader.add(where + ("date",), f"not a real date: {show(raw['date'])}")
            continue
        try:
            incidents.append(make_incident(**{**raw, "date": date}))
        except ModelError as error:
            reader.add_model(where, error)
    return incidents


def blueprint_from_dict(data: Any, source: str = "<input>") -> Blueprint:
    """Build a Blueprint from parsed interchange JSON; raises InterchangeError listing every
    problem found. ``source`` (usually the file name) starts every problem line."""
    reader = _Reader(data, source)
    for path, reason in schema_problems(data):
        reader.add(path, reason)
        if len(path) >= 2 and isinstance(path[1], int):
            reader.bad_items.add(path[:2])
    if not isinstance(data, dict):
        reader.raise_if_problems()
    stages, nodes = _read_stages(reader), _read_nodes(reader)
    edges, incidents = _read_edges(reader), _read_incidents(reader)
    executions = read_executions(reader)
    resources = read_resources(reader, reader.node_ids)
    reader.raise_if_problems()
    try:
        bp = Blueprint(data["name"])
        for stage in stages:
            bp.add_stage(stage)
        bp.add_nodes(nodes)
        bp.add_edges(edges)
        for resource in resources:
            bp.add_resource(resource)
    except ModelError as error:  # not expected after the checks above; still no crash
        reader.add_model((), error)
        reader.raise_if_problems()
    bp.set_incidents(incidents)
    bp.set_executions(executions)
    bp.properties.update({k: copy.deepcopy(v) for k, v in data.items()
                          if k not in F.TOP_FIELDS and k not in F.PRIVATE_PROPERTIES})
    return bp
