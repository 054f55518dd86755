"""Typed records for service commitments, time standards, perception points, FMEA scores
and execution records (CONTRACT.md §4, DOMAIN.md "Service commitments").

Records are frozen, like every model record. Each ``make_*`` function checks every value and
raises ModelError naming the field; the structure of the promise tree (parents one level
up, level 1 on touchpoints) is checked by ``Blueprint.add_commitment`` and friends, and
flagged by validation for documents read from files (see analysis.validation_commitments).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields
from typing import Any, Iterable

from . import units as U
from . import values
from .errors import ModelError


@dataclass(frozen=True)
class Duration:
    """A time standard or tolerance: ``value`` in ``unit`` (min, h or d)."""

    value: float
    unit: str

    @property
    def hours(self) -> float:
        return U.to_hours(self.value, self.unit)


@dataclass(frozen=True)
class Fmea:
    """Failure mode and effects scores of a fail point, each 1-10."""

    severity: int
    occurrence: int
    detection: int

    @property
    def rpn(self) -> int:
        """Risk priority number S x O x D (1-1000)."""
        return self.severity * self.occurrence * self.detection


@dataclass(frozen=True)
class Commitment:
    """One promise: level 1 on a touchpoint, 2 or 3 on the steps that carry it. Only
    ``id``, ``node`` and ``level`` are required; the rest is None when not stated."""

    id: str
    node: str
    level: int
    name: str | None = None
    metric: str | None = None      # duration | percentage | count (None: follows the unit)
    target: float | None = None
    unit: str | None = None        # min | h | d | % | count
    direction: str | None = None   # at_most | at_least (None: at_most)
    owner: str | None = None       # department
    post: str | None = None        # responsible post
    parent: str | None = None      # a commitment one level up
    extra: dict = field(default_factory=dict)

    @property
    def kind(self) -> str | None:
        """The metric, stated or implied by the unit."""
        return self.metric or U.metric_of_unit(self.unit)

    @property
    def is_duration(self) -> bool:
        return self.kind == "duration" and U.is_duration_unit(self.unit)

    @property
    def target_hours(self) -> float | None:
        """The target in hours for a duration commitment with a target, else None."""
        if self.target is None or not self.is_duration:
            return None
        return U.to_hours(self.target, self.unit)

    @property
    def at_least(self) -> bool:
        return self.direction == "at_least"

    @property
    def title(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class PerceptionPoint:
    """What customers perceive at a touchpoint, with its weight and scores (same scale)."""

    id: str
    node: str
    name: str
    importance: float
    current: float
    expected: float
    competitor: float | None = None  # the minimum acceptable, when known
    extra: dict = field(default_factory=dict)

    @property
    def gap(self) -> float:
        return self.expected - self.current

    @property
    def priority(self) -> float:
        return self.importance * self.gap

    @property
    def below_competitor(self) -> bool:
        return self.competitor is not None and self.current < self.competitor


@dataclass(frozen=True)
class Execution:
    """How a commitment was met once: the actual value, in the commitment's unit."""

    date: dt.date
    commitment: str
    actual: float


COMMITMENT_FIELDS = tuple(f.name for f in fields(Commitment))
PERCEPTION_FIELDS = tuple(f.name for f in fields(PerceptionPoint))


# ----- value checks ---------------------------------------------------------------------------
def _number(value: Any, *, field: str, item: str | None, minimum: float | None = 0.0,
            maximum: float | None = None, optional: bool = False) -> float | None:
    """A finite number in range, kept as given (an int stays an int, for exact JSON)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"must be a finite number, not {value!r}", field=field, item=item)
    if minimum is not None and value < minimum:
        raise ModelError(f"must be at least {minimum:g}, not {value!r}", field=field, item=item)
    if maximum is not None and value > maximum:
        raise ModelError(f"must be at most {maximum:g}, not {value!r}", field=field, item=item)
    return value


def _choice(value: Any, known: tuple[str, ...], *, field: str, item: str | None) -> str | None:
    if value is None:
        return None
    if value not in known:
        raise ModelError(f"unknown {field} {value!r} (known: {', '.join(known)})",
                         field=field, item=item)
    return value


def _whole(value: Any, low: int, high: int, *, field: str, item: str | None) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ModelError(f"must be a whole number from {low} to {high}, not {value!r}",
                         field=field, item=item)
    return value


def make_duration(value: Any = None, unit: Any = None, *, field: str = "time_standard",
                  item: str | None = None) -> Duration:
    _number(value, field=f"{field}.value", item=item)
    if unit not in U.DURATION_UNITS:
        raise ModelError(f"unit must be one of {', '.join(U.DURATION_UNITS)}, not {unit!r}",
                         field=f"{field}.unit", item=item)
    return Duration(value, unit)


def as_duration(value: Any, *, field: str, item: str | None = None) -> Duration | None:
    """None, a Duration or a mapping {"value", "unit"}, checked."""
    if value is None:
        return None
    if isinstance(value, Duration):
        return make_duration(value.value, value.unit, field=field, item=item)
    if isinstance(value, dict) and set(value) <= {"value", "unit"}:
        return make_duration(value.get("value"), value.get("unit"), field=field, item=item)
    raise ModelError(f"must be a duration {{value, unit}} or null, not {value!r}",
                     field=field, item=item)


def as_fmea(value: Any, *, item: str | None = None) -> Fmea | None:
    if value is None:
        return None
    if isinstance(value, Fmea):
        value = {"severity": value.severity, "occurrence": value.occurrence,
                 "detection": value.detection}
    if not isinstance(value, dict) or set(value) != {"severity", "occurrence", "detection"}:
        raise ModelError("must be {severity, occurrence, detection} (each 1-10) or null, "
                         f"not {value!r}", field="fmea", item=item)
    return Fmea(**{k: _whole(value[k], 1, 10, field=f"fmea.{k}", item=item)
                   for k in ("severity", "occurrence", "detection")})


def as_flag(value: Any, *, field: str, item: str | None = None) -> bool:
    if not isinstance(value, bool):
        raise ModelError(f"must be true or false, not {value!r}", field=field, item=item)
    return value


def make_commitment(**data: Any) -> Commitment:
    """A checked Commitment. Unknown keys are refused (put them in ``extra``)."""
    cid = data.get("id")
    item = f"commitment {cid}" if isinstance(cid, str) else "commitment"
    unknown = set(data) - set(COMMITMENT_FIELDS)
    if unknown:
        raise ModelError(f"unknown commitment field(s): {', '.join(sorted(unknown))}", item=item)
    for required in ("id", "node", "level"):
        if data.get(required) is None:
            raise ModelError("is required", field=required, item=item)
    out = {"id": values.check_id(cid, item=item),
           "node": values.check_id(data["node"], field="node", item=item),
           "level": _whole(data["level"], 1, 3, field="level", item=item)}
    for name in ("name", "owner", "post"):
        out[name] = values.check_text(data.get(name), field=name, item=item)
    out["metric"] = _choice(data.get("metric"), U.METRICS, field="metric", item=item)
    out["unit"] = _choice(data.get("unit"), U.UNITS, field="unit", item=item)
    out["direction"] = _choice(data.get("direction"), U.DIRECTIONS, field="direction", item=item)
    if out["metric"] and out["unit"] and out["unit"] not in U.METRIC_UNITS[out["metric"]]:
        raise ModelError(f"unit {out['unit']!r} does not fit metric {out['metric']!r} (use "
                         f"{', '.join(U.METRIC_UNITS[out['metric']])})", field="unit", item=item)
    limit = 100 if U.metric_of_unit(out["unit"]) == "percentage" else None
    out["target"] = _number(data.get("target"), field="target", item=item, maximum=limit,
                            optional=True)
    parent = data.get("parent")
    out["parent"] = None if parent is None else values.check_id(parent, field="parent", item=item)
    if out["parent"] == out["id"]:
        raise ModelError("a commitment cannot be its own parent", field="parent", item=item)
    out["extra"] = values.check_extra(data.get("extra"), item=item)
    return Commitment(**out)


def make_perception(**data: Any) -> PerceptionPoint:
    pid = data.get("id")
    item = f"perception {pid}" if isinstance(pid, str) else "perception"
    unknown = set(data) - set(PERCEPTION_FIELDS)
    if unknown:
        raise ModelError(f"unknown perception field(s): {', '.join(sorted(unknown))}", item=item)
    for required in ("id", "node", "name", "importance", "current", "expected"):
        if data.get(required) is None:
            raise ModelError("is required", field=required, item=item)
    return PerceptionPoint(
        id=values.check_id(pid, item=item),
        node=values.check_id(data["node"], field="node", item=item),
        name=values.check_text(data["name"], field="name", item=item, required=True),
        importance=_number(data["importance"], field="importance", item=item),
        current=_number(data["current"], field="current", item=item),
        expected=_number(data["expected"], field="expected", item=item),
        competitor=_number(data.get("competitor"), field="competitor", item=item, optional=True),
        extra=values.check_extra(data.get("extra"), item=item))


def make_execution(*, date: Any, commitment: Any, actual: Any) -> Execution:
    if isinstance(date, dt.datetime):
        date = date.date()
    if not isinstance(date, dt.date):
        raise ModelError(f"must be a date, not {date!r}", field="date")
    values.check_id(commitment, field="commitment")
    return Execution(date, commitment, _number(actual, field="actual", item=None))


def _records(value: Any, node_id: str, make, record_type, what: str) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, Iterable):
        raise ModelError(f"must be a list of {what}s", field=f"{what}s", item=f"node {node_id}")
    out, seen = [], set()
    for entry in value:
        if isinstance(entry, record_type):
            record = entry
        elif isinstance(entry, dict):
            record = make(**{"node": node_id, **entry})
        else:
            raise ModelError(f"must be a list of {what}s, not {entry!r}", field=f"{what}s",
                             item=f"node {node_id}")
        if record.node != node_id:
            raise ModelError(f"{what} {record.id} names node {record.node!r}", field=f"{what}s",
                             item=f"node {node_id}")
        if record.id in seen:
            raise ModelError(f"duplicate {what} id {record.id!r}", field=f"{what}s",
                             item=f"node {node_id}")
        seen.add(record.id)
        out.append(record)
    return tuple(out)


def as_commitments(value: Any, node_id: str) -> tuple[Commitment, ...]:
    return _records(value, node_id, make_commitment, Commitment, "commitment")


def as_perceptions(value: Any, node_id: str) -> tuple[PerceptionPoint, ...]:
    return _records(value, node_id, make_perception, PerceptionPoint, "perception")
