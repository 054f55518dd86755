"""The shared-resource catalogue in the interchange format: top-level ``resources``.

Each entry: ``id`` and ``label`` (required), optional ``category``, ``owner``, ``post``,
``failure_probability``, ``probability_source`` and ``description``; unknown fields are
kept. As for nodes, a field is written when it differs from its default or was given (the
marker in ``extra``), so the round trip is exact.
"""
from __future__ import annotations

import copy
from enum import Enum
from typing import Any

from ..model import ModelError, Resource, make_resource
from . import fields as F

RESOURCE_DEFAULTS = {"category": None, "owner": None, "post": None, "failure_probability": 0.0,
                     "probability_source": None, "description": None}
RESOURCE_KNOWN = ("id", "label") + tuple(RESOURCE_DEFAULTS)


def resource_to_dict(resource: Resource) -> dict:
    meta = resource.extra.get(F.META_KEY)
    given = set(meta.get("given", ())) if isinstance(meta, dict) else set()
    out: dict[str, Any] = {"id": resource.id, "label": resource.label}
    for name, default in RESOURCE_DEFAULTS.items():
        value = getattr(resource, name)
        if value != default or name in given:
            out[name] = value.value if isinstance(value, Enum) else value
    for key, value in resource.extra.items():
        if key != F.META_KEY and key not in out:
            out[key] = value
    return out


def read_resources(reader, node_ids: dict[str, int]) -> list[Resource]:
    """The catalogue, each problem added to ``reader`` at ``resources[i].field``. A resource
    id that is also a node id is refused: both would be the same event in the analysis."""
    resources: list[Resource] = []
    seen: dict[str, int] = {}
    for i, raw in reader.items("resources"):
        where = ("resources", i)
        resource_id = raw.get("id")
        if isinstance(resource_id, str):
            if resource_id in seen:
                reader.add(where + ("id",), f"duplicate resource id {resource_id!r} (first used "
                                            f"at resources[{seen[resource_id]}])")
                continue
            seen[resource_id] = i
            if resource_id in node_ids:
                reader.add(where + ("id",), f"resource id {resource_id!r} is also the id of a node")
        if F.META_KEY in raw:
            reader.add(where + (F.META_KEY,), "is a reserved field name")
        if not reader.ok("resources", i):
            continue
        known = {k: raw[k] for k in RESOURCE_KNOWN if k in raw}
        extra = {k: copy.deepcopy(v) for k, v in raw.items() if k not in RESOURCE_KNOWN}
        try:
            resource = make_resource(**known, extra=extra)
        except ModelError as error:
            reader.add_model(where, error)
            continue
        given = [k for k, default in RESOURCE_DEFAULTS.items()
                 if k in known and getattr(resource, k) == default]
        if given:
            resource.extra[F.META_KEY] = {"given": given}
        resources.append(resource)
    return resources
