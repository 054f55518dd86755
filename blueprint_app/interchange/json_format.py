"""The JSON interchange format (CONTRACT.md §2): read, write and round-trip exactly.

Exact round trip: for any valid input, ``blueprint_to_dict(blueprint_from_dict(d)) == d``.
- Unknown fields are kept: top-level ones in ``Blueprint.properties``; stage, node and edge
  ones in their record's ``extra``. They are written back as they came.
- The model cannot tell "absent" from its default (``failure_probability`` 0,
  ``requires`` "all", ``None`` for the other optional fields). A field is written when its
  value differs from that default; a field that was *given* with the default value
  (``"failure_probability": 0``, ``"owner": null``) is remembered in the item's ``extra``
  under the reserved key ``META_KEY`` (``"__interchange__"``) as ``{"given": [names]}`` and
  written back too. That key itself is never written to JSON and refused in input.
- Edges in the contract carry no id; the model needs one. An edge without ``id`` gets a
  stable id by position (``e1``, ``e2``…, ``e3_2`` if ``e3`` is taken by another edge) and
  ``{"generated_id": true}`` in its marker; export writes ``id`` only for edges without that
  mark (so edges drawn in the program do carry their ids in the JSON).
- ``incidents`` (an extension) are written only when there are any, always with all six
  fields (``null`` where unknown); the schema requires exactly these, so they round-trip too.
- Node positions ``x``/``y``/``width``/``height`` are written only when set.
- Commitments, perception points, time standards, tolerances, fail/wait points and FMEA
  (CONTRACT.md §4, see ``attached``) are typed node fields, written by the same rule; inside a
  commitment or perception point, unknown fields and fields given as ``null`` are kept the
  same way (the record's own ``extra`` and marker). ``executions`` are written only when
  there are any, always with their three fields.
"""
from __future__ import annotations

import json
import math
import os
from enum import Enum
from typing import Any

from ..model import Blueprint, Edge, Incident, Node, Stage
from ..model.bulk import collector_paused
from ..model.json_limits import MAX_NESTING, json_value_problem, nested_too_deeply
from ..safe_open import UnsafeInputError, read_bytes
from . import fields as F
from .attached import execution_to_dict, plain
from .atomic import write_bytes_atomic
from .errors import InterchangeError, problem
from .reading import blueprint_from_dict
from .resources_json import resource_to_dict
from .schema import show

__all__ = ["InterchangeError", "META_KEY", "blueprint_from_dict", "blueprint_to_dict",
           "read_json", "write_json", "loads", "dumps"]

META_KEY = F.META_KEY


# ----- export ----------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else plain(value)


def _extra(record_extra: dict, out: dict) -> dict:
    """Unknown fields after the known ones; a known name in ``extra`` never overrides."""
    for key, value in record_extra.items():
        if key != META_KEY and key not in out:
            out[key] = value
    return out


def _given(record_extra: dict) -> set[str]:
    meta = record_extra.get(META_KEY)
    return set(meta.get("given", ())) if isinstance(meta, dict) else set()


def _stage_to_dict(stage: Stage) -> dict:
    return _extra(stage.extra, {"id": stage.id, "name": stage.name})


def _node_to_dict(node: Node) -> dict:
    out: dict[str, Any] = {"id": node.id, "lane": node.lane.value, "label": node.label}
    given = _given(node.extra)
    for name, default in F.NODE_DEFAULTS.items():
        value = getattr(node, name)
        if value != default or name in given:
            out[name] = _plain(value)
    return _extra(node.extra, out)


def _edge_to_dict(edge: Edge) -> dict:
    meta = edge.extra.get(META_KEY)
    generated = isinstance(meta, dict) and meta.get("generated_id") is True
    out: dict[str, Any] = {} if generated else {"id": edge.id}
    out.update(source=edge.source, target=edge.target, kind=edge.kind.value)
    if edge.label is not None or "label" in _given(edge.extra):
        out["label"] = edge.label
    return _extra(edge.extra, out)


def _incident_to_dict(incident: Incident) -> dict:
    return {"date": incident.date.isoformat(), "touchpoint": incident.touchpoint,
            "cause": incident.cause, "count": incident.count,
            "customers_affected": incident.customers_affected,
            "minutes_lost": incident.minutes_lost}


def blueprint_to_dict(bp: Blueprint) -> dict:
    """The interchange dict of a blueprint (plain JSON values; shares no mutable state
    with the model except unknown-field values, which are not copied)."""
    out: dict[str, Any] = {
        "format": F.FORMAT, "version": F.VERSION, "name": bp.name,
        "stages": [_stage_to_dict(s) for s in bp.stages],
        "nodes": [_node_to_dict(n) for n in bp.nodes()],
        "edges": [_edge_to_dict(e) for e in bp.edges_in_order()],
    }
    if bp.incidents:
        out["incidents"] = [_incident_to_dict(i) for i in bp.incidents]
    if bp.executions:
        out["executions"] = [execution_to_dict(x) for x in bp.executions]
    if bp.resources:
        out["resources"] = [resource_to_dict(r) for r in bp.resources]
    for key, value in bp.properties.items():
        if key not in F.TOP_FIELDS and key not in F.PRIVATE_PROPERTIES:
            out[key] = value
    return out


def dumps(bp: Blueprint) -> str:
    """The JSON text of a blueprint; InterchangeError if an unknown field holds a value
    JSON cannot store (NaN, a set...)."""
    try:
        return json.dumps(blueprint_to_dict(bp), ensure_ascii=False, indent=2,
                          allow_nan=False) + "\n"
    except (TypeError, ValueError) as error:
        raise InterchangeError([f"{bp.name}: cannot be written as JSON: {error}"]) from None


def write_json(bp: Blueprint, path: str | os.PathLike) -> None:
    """Write the blueprint as UTF-8 JSON, atomically (the old file stays whole on error)."""
    # A lone surrogate (legal in JSON input as "\\ud800") cannot be UTF-8; backslashreplace
    # writes it back as the same JSON escape. Every other character is written as itself.
    data = dumps(bp).encode("utf-8", "backslashreplace")
    try:
        write_bytes_atomic(path, data)
    except OSError as error:
        raise InterchangeError([f"{path}: cannot write: {error.strerror or error}"]) from None


# ----- import ----------------------------------------------------------------------------
def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def loads(text: str, source: str = "<input>") -> Any:
    """Parse JSON text strictly: no NaN/Infinity, no repeated key in one object."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict:
        result = dict(items)
        if len(result) == len(items):   # no key given twice: the usual case, built in C
            return result
        result = {}
        twice = []
        for key, value in items:
            if key in result:
                twice.append(key)
            result[key] = value
        if twice:
            where = f"the object with id {show(result['id'])}" if "id" in result else "one object"
            repeated.extend(f"key {show(key)} appears twice in {where}" for key in twice)
        return result

    not_finite: list[str] = []

    def number(token: str) -> float:
        value = float(token)
        if not math.isfinite(value):   # 1e400: JSON cannot write it back
            not_finite.append(token)
        return value

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_float=number,
                          parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InterchangeError([f"{source}: line {error.lineno}, column {error.colno}: "
                                f"not valid JSON: {error.msg}"]) from None
    except ValueError as error:
        raise InterchangeError([f"{source}: not valid JSON: {error}"]) from None
    except RecursionError:
        raise InterchangeError([f"{source}: nested too deeply to read (more than "
                                f"{MAX_NESTING} levels are refused)"]) from None
    if repeated:
        raise InterchangeError([f"{source}: {message}" for message in repeated])
    # The walk over every value names the place; it runs only when there is one to name.
    suspect = not_finite or nested_too_deeply(text)
    found = json_value_problem(data) if suspect else None
    if found is not None:
        path, reason = found
        raise InterchangeError([problem(source, path, reason)])
    return data


def _decode(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8-sig")  # tolerate the byte order mark some editors add
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        bad = raw[error.start:error.start + 1].hex()
        raise InterchangeError([f"{source}: line {line}, column {column}: not UTF-8 text "
                                f"(byte 0x{bad}); save the file as UTF-8"]) from None


def read_json(path: str | os.PathLike) -> Blueprint:
    """Read an interchange file; InterchangeError names every problem found."""
    source = str(path)
    try:
        raw = read_bytes(path)
    except UnsafeInputError as error:
        raise InterchangeError([f"{source}: {error}"]) from None
    except FileNotFoundError:
        raise InterchangeError([f"{source}: file not found"]) from None
    except IsADirectoryError:
        raise InterchangeError([f"{source}: is a folder, not a file"]) from None
    except OSError as error:
        raise InterchangeError([f"{source}: cannot read: {error.strerror or error}"]) from None
    with collector_paused():
        return blueprint_from_dict(loads(_decode(raw, source), source), source)
