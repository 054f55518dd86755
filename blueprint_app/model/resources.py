"""Shared back-office resources: an IT system, a policy, a partner, a team that several
nodes — in one journey or in many — depend on.

A backstage or support node names one with ``Node.resource``; it then fails when the resource
fails (once, for every node that names it), by itself, or through its supports. The catalogue
lives in the document (``Blueprint.resources``) for a single journey and in the repository
for all of them; the records are the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any

from . import values
from .enums import Category
from .errors import ModelError


class ProbabilitySource(str, Enum):
    """Where a resource's failure probability came from."""

    ESTIMATE = "estimate"
    INCIDENT_LOG = "incident_log"
    MONITORING = "monitoring"


@dataclass(frozen=True)
class Resource:
    id: str
    label: str
    category: Category | None = None
    owner: str | None = None
    post: str | None = None            # the responsible post inside the owning department
    failure_probability: float = 0.0
    probability_source: ProbabilitySource | None = None
    description: str | None = None
    extra: dict = field(default_factory=dict)


RESOURCE_FIELDS = tuple(f.name for f in fields(Resource))


def _source(value: Any, item: str | None) -> ProbabilitySource | None:
    if value is None or isinstance(value, ProbabilitySource):
        return value
    try:
        return ProbabilitySource(value)
    except ValueError:
        names = ", ".join(s.value for s in ProbabilitySource)
        raise ModelError(f"must be one of {names}, not {value!r}", field="probability_source",
                         item=item) from None


_CHECKS = {
    "id": lambda v, i: values.check_id(v, item=i),
    "label": lambda v, i: values.check_text(v, field="label", item=i, required=True),
    "category": lambda v, i: values.check_category(v, item=i),
    "owner": lambda v, i: values.check_text(v, field="owner", item=i),
    "post": lambda v, i: values.check_text(v, field="post", item=i),
    "failure_probability": lambda v, i: values.check_probability(v, item=i),
    "probability_source": _source,
    "description": lambda v, i: values.check_text(v, field="description", item=i),
    "extra": lambda v, i: values.check_extra(v, item=i),
}


def _checked(data: dict[str, Any], item: str) -> dict[str, Any]:
    unknown = set(data) - set(_CHECKS)
    if unknown:
        raise ModelError(f"unknown resource field(s): {', '.join(sorted(unknown))}", item=item)
    return {name: _CHECKS[name](value, item) for name, value in data.items()}


def make_resource(**data: Any) -> Resource:
    resource_id = data.get("id")
    item = f"resource {resource_id}" if isinstance(resource_id, str) else "resource"
    for required in ("id", "label"):
        if required not in data:
            raise ModelError("is required", field=required, item=item)
    return Resource(**_checked(data, item))


def updated_resource(resource: Resource, changes: dict[str, Any]) -> Resource:
    if "id" in changes and changes["id"] != resource.id:
        raise ModelError("cannot be changed", field="id", item=f"resource {resource.id}")
    return replace(resource, **_checked(changes, f"resource {resource.id}"))


class ResourcesMixin:
    """The blueprint's catalogue of shared resources, in document order."""

    _resources: list[Resource]

    @property
    def resources(self) -> tuple[Resource, ...]:
        return tuple(self._resources)

    def has_resource(self, resource_id: str | None) -> bool:
        return any(r.id == resource_id for r in self._resources)

    def resource(self, resource_id: str) -> Resource:
        for resource in self._resources:
            if resource.id == resource_id:
                return resource
        raise ModelError(f"no resource with id {resource_id!r}", field="resource")

    def resource_users(self, resource_id: str) -> list[str]:
        """Ids of the nodes that depend on the resource, in document order."""
        return [n.id for n in self.nodes() if n.resource == resource_id]

    def add_resource(self, resource: Resource | None = None, index: int | None = None,
                     **data: Any) -> Resource:
        resource = resource if resource is not None else make_resource(**data)
        if self.has_resource(resource.id):
            raise ModelError(f"duplicate resource id {resource.id!r}", field="id",
                             item=f"resource {resource.id}")
        self._resources.insert(len(self._resources) if index is None else index, resource)
        self._emit_resources()
        return resource

    def update_resource(self, resource_id: str, **changes: Any) -> Resource:
        """Change fields of a resource; returns the old record."""
        old = self.resource(resource_id)
        self._resources[self._resources.index(old)] = updated_resource(old, changes)
        self._emit_resources()
        return old

    def remove_resource(self, resource_id: str) -> tuple[Resource, int]:
        """Remove a resource no node depends on; returns (resource, index) for undo."""
        resource = self.resource(resource_id)
        users = self.resource_users(resource_id)
        if users:
            raise ModelError(f"{len(users)} node(s) still depend on it: {', '.join(users[:5])}",
                             field="resource", item=f"resource {resource_id}")
        index = self._resources.index(resource)
        self._resources.pop(index)
        self._emit_resources()
        return resource, index

    def _emit_resources(self) -> None:  # overridden by Blueprint
        raise NotImplementedError
