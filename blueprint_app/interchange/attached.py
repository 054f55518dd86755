"""Commitments, perception points, time standards, FMEA and execution records in the
interchange format (CONTRACT.md §4): read into typed records and written back exactly.

A commitment or perception point keeps its unknown fields in its ``extra``; a field given as
``null`` is remembered under ``META_KEY`` ``{"given": [...]}``, like node fields.
"""
from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from ..model import (Commitment, Duration, Execution, Fmea, ModelError, PerceptionPoint,
                     make_commitment, make_execution, make_perception)
from . import fields as F
from .schema import show


# ----- reading --------------------------------------------------------------------------------
def _entry(reader, where: tuple, raw: dict, known: tuple, node_id: str, make) -> Any:
    if F.META_KEY in raw:
        reader.add(where + (F.META_KEY,), "is a reserved field name")
        return None
    data = {k: raw[k] for k in known if k in raw}
    extra = {k: copy.deepcopy(v) for k, v in raw.items() if k not in known}
    given = [k for k in known if k in raw and raw[k] is None]
    if given:
        extra[F.META_KEY] = {"given": given}
    try:
        return make(**{k: v for k, v in data.items() if v is not None}, node=node_id,
                    extra=extra)
    except ModelError as error:
        reader.add(where + ((error.field,) if error.field else ()), error.reason)
        return None


def read_records(reader, where: tuple, raw: dict, node_id: str,
                 check: bool = True) -> dict[str, tuple] | None:
    """{"commitments": (...), "perceptions": (...)} for the lists present on a node, or None
    if any entry was refused. With ``check`` False (a node with schema errors) only the ids
    are registered, so references to them do not fail as well."""
    if "commitments" not in raw and "perceptions" not in raw:   # the usual node
        return {} if check else None
    out = {}
    for key, known, make, seen in (
            ("commitments", F.COMMITMENT_FIELDS, make_commitment, reader.commitment_ids),
            ("perceptions", F.PERCEPTION_FIELDS, make_perception, reader.perception_ids)):
        entries = raw.get(key)
        if not isinstance(entries, list):
            continue
        records = []
        for k, entry in enumerate(entries):
            here = where + (key, k)
            if not isinstance(entry, dict):
                continue
            ident = entry.get("id")
            if isinstance(ident, str):
                if ident in seen:
                    reader.add(here + ("id",), f"duplicate {key[:-1]} id {show(ident)} (first "
                                               f"used on node {show(seen[ident])})")
                seen.setdefault(ident, node_id)
            record = _entry(reader, here, entry, known, node_id, make) if check else None
            if record is not None:
                records.append(record)
        if len(records) != len(entries):
            check = False
        out[key] = tuple(records)
    return out if check else None


def read_executions(reader) -> list[Execution]:
    records = []
    for i, raw in reader.items("executions"):
        where = ("executions", i)
        commitment = raw.get("commitment")
        if isinstance(commitment, str) and commitment not in reader.commitment_ids:
            reader.add(where + ("commitment",), f"unknown commitment {show(commitment)}")
        if not reader.ok("executions", i):
            continue
        try:
            date = dt.date.fromisoformat(raw["date"])
        except ValueError:
            reader.add(where + ("date",), f"not a real date: {show(raw['date'])}")
            continue
        try:
            records.append(make_execution(date=date, commitment=commitment, actual=raw["actual"]))
        except ModelError as error:
            reader.add_model(where, error)
    return records


# ----- writing --------------------------------------------------------------------------------
def _given(extra: dict) -> set[str]:
    meta = extra.get(F.META_KEY)
    return set(meta.get("given", ())) if isinstance(meta, dict) else set()


def _record_to_dict(record, known: tuple) -> dict:
    given = _given(record.extra)
    out = {}
    for name in known:
        value = getattr(record, name)
        if value is not None or name in given:
            out[name] = value
    for key, value in record.extra.items():
        if key != F.META_KEY and key not in out:
            out[key] = value
    return out


def plain(value: Any) -> Any:
    """The JSON value of a typed node field (time standard, FMEA, record lists)."""
    if isinstance(value, Duration):
        return {"value": value.value, "unit": value.unit}
    if isinstance(value, Fmea):
        return {"severity": value.severity, "occurrence": value.occurrence,
                "detection": value.detection}
    if isinstance(value, tuple):
        return [_record_to_dict(r, F.COMMITMENT_FIELDS if isinstance(r, Commitment)
                                else F.PERCEPTION_FIELDS) for r in value
                if isinstance(r, (Commitment, PerceptionPoint))]
    return value


def execution_to_dict(record: Execution) -> dict:
    return {"date": record.date.isoformat(), "commitment": record.commitment,
            "actual": record.actual}
