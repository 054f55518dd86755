"""The JSON Schema of the interchange format and readable wording of its errors."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from typing import TYPE_CHECKING

from ..resources import resource_path

if TYPE_CHECKING:     # jsonschema is imported only when a document has schema errors
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_FILE = ("schema", "touchpoint-blueprint.schema.json")

# Wording for fields whose schema uses anyOf (jsonschema's own message is unhelpful there).
_ANY_OF_REASONS = {
    "requires": "must be \"all\", \"any\" or a whole number of at least 1",
    "stage": "must be a stage id (a non-empty string) or null",
    "width": "must be a positive number or null",
    "height": "must be a positive number or null",
    "cause": "must be a node id (a non-empty string) or null",
    "customers_affected": "must be a whole number of at least 0 or null",
    "minutes_lost": "must be a number of at least 0 or null",
    "time_standard": "must be {\"value\": a number of at least 0, \"unit\": \"min\", \"h\" or \"d\"} or null",
    "tolerance": "must be {\"value\": a number of at least 0, \"unit\": \"min\", \"h\" or \"d\"} or null",
    "fmea": "must be {\"severity\", \"occurrence\", \"detection\"}, each a whole number from 1 to 10, or null",
    "target": "must be a number of at least 0 or null",
    "parent": "must be a commitment id (a non-empty string) or null",
    "competitor": "must be a number of at least 0 or null",
}

_TYPE_NAMES = {"string": "text", "number": "a number", "integer": "a whole number",
               "array": "a list", "object": "an object", "null": "null", "boolean": "true or false"}


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    with open(resource_path(*SCHEMA_FILE), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    """The detailed validator (jsonschema): every error with its path, for the messages."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def fast_validator():
    """The compiled validator (jsonschema-rs): only says whether a document is valid,
    about a hundred times faster; the detailed one runs only when it is not."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(schema())


def show(value: Any) -> str:
    """A value as it appears in JSON, shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _reason(error: ValidationError) -> str:
    kind, expected, value = error.validator, error.validator_value, error.instance
    field = next((p for p in reversed(error.absolute_path) if isinstance(p, str)), None)
    if kind == "required":
        return "is required"
    if kind == "const":
        if field == "version":
            return f"unsupported version {show(value)} (this program reads version {expected})"
        return f"must be {show(expected)}, not {show(value)}"
    if kind == "enum":
        known = ", ".join(show(v) for v in expected if v is not None)
        return f"unknown {field or 'value'} {show(value)} (known: {known})"
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        return f"must be {' or '.join(_TYPE_NAMES.get(n, n) for n in names)}, not {show(value)}"
    if kind == "minLength":
        return "must not be empty"
    if kind == "minimum":
        return f"must be at least {expected}, not {show(value)}"
    if kind == "maximum":
        return f"must be at most {expected}, not {show(value)}"
    if kind == "exclusiveMinimum":
        return f"must be greater than {expected}, not {show(value)}"
    if kind == "pattern" and field == "date":
        return f"must be a date written YYYY-MM-DD, not {show(value)}"
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"unknown field(s) {', '.join(extra)} (not allowed here)"
    if kind == "anyOf" and field in _ANY_OF_REASONS:
        return f"{_ANY_OF_REASONS[field]}, not {show(value)}"
    return error.message


def schema_problems(data: Any) -> list[tuple[tuple, str]]:
    """Every schema violation as (JSON path, reason). A missing required field is reported
    at the field's own path (``nodes[2].label``), not at the object holding it."""
    try:
        if fast_validator().is_valid(data):
            return []
    except (UnicodeError, ValueError, OverflowError, TypeError):
        pass  # lone surrogates or huge numbers the compiled validator cannot take: check in full
    found: dict[tuple[tuple, str], None] = {}  # ordered set: "required" repeats per field
    for error in validator().iter_errors(data):
        path = tuple(error.absolute_path)
        if error.validator == "required":
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    found[(path + (name,), "is required")] = None
        else:
            found[(path, _reason(error))] = None
    return list(found)
