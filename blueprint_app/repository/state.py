"""A journey's interchange dict split into items and joined back, exactly.

``State`` holds the top-level fields (name, format, version, resources, incidents, unknown
fields...), and the stages, nodes and edges by key, each in document order. Stages and nodes
are keyed by id; an edge by its id when the JSON carries one, else by ``SOURCE->TARGET:KIND``
(``#2``, ``#3``... for parallel edges), the name the diff uses too.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

KINDS = ("stage", "node", "edge")
LISTS = {"stage": "stages", "node": "nodes", "edge": "edges"}


@dataclass
class State:
    top: dict[str, Any] = field(default_factory=dict)
    stages: dict[str, dict] = field(default_factory=dict)  # insertion order = document order
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[str, dict] = field(default_factory=dict)

    def items(self, kind: str) -> dict[str, dict]:
        return getattr(self, LISTS[kind])

    def label(self, kind: str, key: str) -> str:
        item = self.items(kind).get(key) or {}
        return str(item.get("label") or item.get("name") or key)


def edge_key(edge: dict) -> str:
    if "id" in edge:
        return str(edge["id"])
    return f"{edge.get('source')}->{edge.get('target')}:{edge.get('kind', 'flow')}"


def split(data: dict) -> State:
    state = State(top={k: v for k, v in data.items() if k not in LISTS.values()})
    for kind in KINDS:
        target = state.items(kind)
        for item in data.get(LISTS[kind], []):
            key = edge_key(item) if kind == "edge" else str(item["id"])
            if kind != "edge" and key in target:
                from .errors import RepositoryError
                raise RepositoryError(f"{LISTS[kind]}: the id {key!r} is used twice")
            base, n = key, 2
            while key in target:
                key, n = f"{base}#{n}", n + 1
            target[key] = item
    return state


def join(state: State) -> dict:
    out = {k: v for k, v in state.top.items() if k in ("format", "version", "name")}
    for kind in KINDS:
        out[LISTS[kind]] = list(state.items(kind).values())
    out.update({k: v for k, v in state.top.items() if k not in out})
    return out


# One encoder for every item: json.dumps builds a new one per call, which was a third of a
# commit's time (a journey of 500 nodes is ~1 100 items, all encoded to find the changed one).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def canonical(value: Any) -> str:
    """JSON text that keeps key order (so checkout gives back what was committed)."""
    return _ENCODER.encode(value)


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def to_items(state: State) -> dict[tuple[str, str], str]:
    """Every stored item as (kind, key) -> JSON body."""
    out = {("top", ""): canonical(state.top)}
    for kind in KINDS:
        items = state.items(kind)
        out[("order", LISTS[kind])] = canonical(list(items))
        for key, item in items.items():
            out[(kind, key)] = canonical(item)
    return out


def from_items(bodies: dict[tuple[str, str], str]) -> State:
    state = State(top=json.loads(bodies[("top", "")]))
    for kind in KINDS:
        order = json.loads(bodies.get(("order", LISTS[kind]), "[]"))
        target = state.items(kind)
        for key in order:
            target[key] = json.loads(bodies[(kind, key)])
    return state
