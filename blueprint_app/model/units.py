"""Units of commitments and time standards, and duration conversion (CONTRACT.md §4).

Durations are written in ``min``, ``h`` or ``d`` (a day is 24 hours: commitments count
calendar time, not working days). Other metrics use ``%`` (percentage) or ``count``.
"""
from __future__ import annotations

DURATION_UNITS: dict[str, float] = {"min": 1 / 60, "h": 1.0, "d": 24.0}  # hours per unit
METRIC_UNITS: dict[str, tuple[str, ...]] = {
    "duration": tuple(DURATION_UNITS), "percentage": ("%",), "count": ("count",)}
UNITS: tuple[str, ...] = ("min", "h", "d", "%", "count")
METRICS: tuple[str, ...] = tuple(METRIC_UNITS)
DIRECTIONS: tuple[str, ...] = ("at_most", "at_least")


def is_duration_unit(unit: str | None) -> bool:
    return unit in DURATION_UNITS


def metric_of_unit(unit: str | None) -> str | None:
    """The metric a unit belongs to (``"h"`` -> ``"duration"``), None for None."""
    for metric, units in METRIC_UNITS.items():
        if unit in units:
            return metric
    return None


def to_hours(value: float, unit: str) -> float:
    """A duration in hours; ValueError for a unit that is not a duration."""
    try:
        return value * DURATION_UNITS[unit]
    except KeyError:
        raise ValueError(f"{unit!r} is not a duration unit (min, h, d)") from None


def from_hours(hours: float, unit: str) -> float:
    try:
        return hours / DURATION_UNITS[unit]
    except KeyError:
        raise ValueError(f"{unit!r} is not a duration unit (min, h, d)") from None


def convert(value: float, unit: str, to_unit: str) -> float:
    """Convert between units of the same metric; ValueError when they cannot convert."""
    if unit == to_unit:
        return value
    if unit in DURATION_UNITS and to_unit in DURATION_UNITS:
        return from_hours(to_hours(value, unit), to_unit)
    raise ValueError(f"cannot convert {unit!r} to {to_unit!r}")


def can_convert(unit: str | None, to_unit: str | None) -> bool:
    return unit == to_unit or (unit in DURATION_UNITS and to_unit in DURATION_UNITS)
