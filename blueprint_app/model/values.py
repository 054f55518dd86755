"""Checks for single field values. Each returns the normalised value or raises ModelError."""
from __future__ import annotations

import math
from typing import Any

from .enums import Category, EdgeKind, Lane
from .errors import ModelError

# The largest whole number a document can store (SQLite INTEGER is 64-bit signed).
MAX_WHOLE = 2**63 - 1


def check_id(value: Any, *, field: str = "id", item: str | None = None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ModelError("must be a non-empty string", field=field, item=item)
    if value != value.strip():
        raise ModelError("must not start or end with spaces", field=field, item=item)
    return value


def check_text(value: Any, *, field: str, item: str | None = None, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ModelError("must be text", field=field, item=item)
    if required and not value.strip():
        raise ModelError("must not be empty", field=field, item=item)
    return value


def check_lane(value: Any, *, item: str | None = None) -> Lane:
    try:
        return Lane(value)
    except ValueError:
        known = ", ".join(lane.value for lane in Lane)
        raise ModelError(f"unknown lane {value!r} (known: {known})", field="lane", item=item) from None


def check_category(value: Any, *, item: str | None = None) -> Category | None:
    if value is None:
        return None
    try:
        return Category(value)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise ModelError(f"unknown category {value!r} (known: {known})", field="category", item=item) from None


def check_edge_kind(value: Any, *, item: str | None = None) -> EdgeKind:
    try:
        return EdgeKind(value)
    except ValueError:
        raise ModelError(f"unknown edge kind {value!r} (known: flow, support)", field="kind", item=item) from None


def check_probability(value: Any, *, field: str = "failure_probability", item: str | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"must be a number, not {value!r}", field=field, item=item)
    value = float(value)
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise ModelError(f"must be between 0 and 1, not {value}", field=field, item=item)
    return value


def check_volume(value: Any, *, item: str | None = None) -> float | None:
    """Customer visits per period: a finite number of at least 0, or None (counts as 1)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"must be a number, not {value!r}", field="volume", item=item)
    value = float(value)
    if not math.isfinite(value) or value < 0:
        raise ModelError(f"must be a number of at least 0, not {value}", field="volume", item=item)
    return value


def check_requires(value: Any, *, item: str | None = None) -> str | int:
    """`all`, `any` or a whole number k >= 1 (the upper bound is checked by validation,
    because the number of supports changes as edges come and go)."""
    if value in ("all", "any"):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ModelError(f"must be 'all', 'any' or a whole number, not {value!r}",
                             field="requires", item=item)
    if value < 1:
        raise ModelError(f"must be at least 1, not {value}", field="requires", item=item)
    return value


def check_coordinate(value: Any, *, field: str, item: str | None = None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"must be a finite number, not {value!r}", field=field, item=item)
    return float(value)


def check_size(value: Any, *, field: str, item: str | None = None) -> float | None:
    value = check_coordinate(value, field=field, item=item)
    if value is not None and value <= 0:
        raise ModelError(f"must be positive, not {value}", field=field, item=item)
    return value


def check_extra(value: Any, *, item: str | None = None) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ModelError("must be a mapping of extra fields", field="extra", item=item)
    return dict(value)
