"""Schema step 1 -> 2 (issue 6): time standards, tolerance, fail/wait points and FMEA become
node columns; commitments, perception points and execution records get their own tables.

Version-1 files made from interchange JSON carry these fields as unknown extras (node
``extra`` keys ``time_standard``, ``tolerance``, ``fail_point``, ``wait_point``, ``fmea``,
``commitments``, ``perceptions``; a top-level ``executions`` list in the blueprint's
``properties``). The step moves every such value the model accepts into the new columns and
tables and leaves anything it refuses where it was, so nothing is lost either way. A value
given with its default (``"wait_point": false``) is remembered in the interchange marker,
so the document still exports the JSON it was imported from.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from ..model import ModelError, make_commitment, make_execution, make_perception
from ..model.commitments import as_duration, as_flag, as_fmea

META_KEY = "__interchange__"  # the interchange round-trip marker (interchange.fields)
_COMMITMENT_KEYS = ("id", "level", "name", "metric", "target", "unit", "direction", "owner",
                    "post", "parent")
_PERCEPTION_KEYS = ("id", "name", "importance", "current", "expected", "competitor")

SCHEMA_SQL = """
ALTER TABLE nodes ADD COLUMN time_standard_value FLOAT;
ALTER TABLE nodes ADD COLUMN time_standard_unit VARCHAR;
ALTER TABLE nodes ADD COLUMN tolerance_value FLOAT;
ALTER TABLE nodes ADD COLUMN tolerance_unit VARCHAR;
ALTER TABLE nodes ADD COLUMN fail_point BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE nodes ADD COLUMN wait_point BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE nodes ADD COLUMN fmea_severity INTEGER;
ALTER TABLE nodes ADD COLUMN fmea_occurrence INTEGER;
ALTER TABLE nodes ADD COLUMN fmea_detection INTEGER;
CREATE TABLE commitments (id VARCHAR NOT NULL PRIMARY KEY, node VARCHAR NOT NULL,
    position INTEGER NOT NULL, level INTEGER NOT NULL, name VARCHAR, metric VARCHAR,
    target FLOAT, unit VARCHAR, direction VARCHAR, owner VARCHAR, post VARCHAR,
    parent VARCHAR, extra VARCHAR);
CREATE INDEX ix_commitments_node ON commitments (node);
CREATE TABLE perceptions (id VARCHAR NOT NULL PRIMARY KEY, node VARCHAR NOT NULL,
    position INTEGER NOT NULL, name VARCHAR NOT NULL, importance FLOAT NOT NULL,
    current FLOAT NOT NULL, expected FLOAT NOT NULL, competitor FLOAT, extra VARCHAR);
CREATE INDEX ix_perceptions_node ON perceptions (node);
CREATE TABLE executions (seq INTEGER NOT NULL PRIMARY KEY, date VARCHAR NOT NULL,
    commitment VARCHAR NOT NULL, actual FLOAT NOT NULL);
"""


def upgrade_1_to_2(conn: sqlite3.Connection) -> None:
    for statement in filter(str.strip, SCHEMA_SQL.split(";")):
        conn.execute(statement)  # one by one: executescript would commit mid-step
    seen: set[str] = set()
    for node_id, extra_text in conn.execute("SELECT id, extra FROM nodes ORDER BY seq, id").fetchall():
        extra = _load(extra_text)
        if extra and _move_node_fields(conn, node_id, extra, seen):
            conn.execute("UPDATE nodes SET extra = ? WHERE id = ?", (_dump(extra), node_id))
    _move_executions(conn, seen)


def _load(text: Any) -> dict | None:
    try:
        data = json.loads(text) if text else None
    except (TypeError, ValueError):
        return None  # a damaged extra is reported by the reader, not here
    return data if isinstance(data, dict) else None


def _dump(value: dict) -> str | None:
    return json.dumps(value, separators=(",", ":")) if value else None


def _mark_given(extra: dict, name: str) -> None:
    meta = extra.setdefault(META_KEY, {})
    if isinstance(meta, dict):
        given = meta.setdefault("given", [])
        if name not in given:
            given.append(name)


def _move_node_fields(conn, node_id: str, extra: dict, seen: set[str]) -> bool:
    """Move what the model accepts out of ``extra``; True if ``extra`` changed."""
    columns: dict[str, Any] = {}
    changed = False
    defaults = {"time_standard": None, "tolerance": None, "fail_point": False,
                "wait_point": False, "fmea": None}
    for name in defaults:
        if name not in extra:
            continue
        try:
            value = (as_flag(extra[name], field=name) if name.endswith("_point")
                     else as_fmea(extra[name]) if name == "fmea"
                     else as_duration(extra[name], field=name))
        except ModelError:
            continue
        if value is None or value is False:
            _mark_given(extra, name)
        if name == "fmea" and value is not None:
            columns.update(fmea_severity=value.severity, fmea_occurrence=value.occurrence,
                           fmea_detection=value.detection)
        elif name.endswith("_point"):
            columns[name] = value
        elif value is not None:
            columns.update({f"{name}_value": value.value, f"{name}_unit": value.unit})
        del extra[name]
        changed = True
    for key, keys, make, table in (("commitments", _COMMITMENT_KEYS, make_commitment, "commitments"),
                                   ("perceptions", _PERCEPTION_KEYS, make_perception, "perceptions")):
        rows = _records(extra.get(key), node_id, keys, make, seen) if key in extra else None
        if rows is None:
            continue
        for position, row in enumerate(rows):
            _insert(conn, table, {**row, "position": position})
        if not rows:
            _mark_given(extra, key)
        del extra[key]
        changed = True
    if columns:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        conn.execute(f"UPDATE nodes SET {assignments} WHERE id = ?", (*columns.values(), node_id))
    return changed


def _records(entries: Any, node_id: str, keys: tuple, make, seen: set[str]) -> list[dict] | None:
    """Rows for every entry, or None if any entry is refused (the list then stays whole)."""
    if not isinstance(entries, list):
        return None
    rows, ids = [], set()
    for entry in entries:
        if not isinstance(entry, dict) or META_KEY in entry:
            return None
        data = {k: entry[k] for k in keys if entry.get(k) is not None}
        extra = {k: v for k, v in entry.items() if k not in keys}
        given = [k for k in keys if k in entry and entry[k] is None]
        if given:
            extra[META_KEY] = {"given": given}
        try:
            record = make(**data, node=node_id, extra=extra)
        except ModelError:
            return None
        if record.id in seen or record.id in ids:
            return None
        ids.add(record.id)
        rows.append({**{k: getattr(record, k) for k in keys}, "node": node_id,
                     "extra": _dump(extra)})
    seen.update(ids)
    return rows


def _insert(conn, table: str, row: dict) -> None:
    names = ", ".join(row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row.values()))


def _move_executions(conn, commitments: set[str]) -> None:
    row = conn.execute("SELECT properties FROM blueprint").fetchone()
    properties = _load(row[0]) if row else None
    if not properties or not isinstance(properties.get("executions"), list):
        return
    rows = []
    for entry in properties["executions"]:
        try:
            if not isinstance(entry, dict) or set(entry) != {"date", "commitment", "actual"} \
                    or entry["commitment"] not in commitments:
                return
            record = make_execution(date=dt.date.fromisoformat(entry["date"]),
                                    commitment=entry["commitment"], actual=entry["actual"])
        except (ModelError, TypeError, ValueError):
            return
        rows.append((len(rows), record.date.isoformat(), record.commitment, record.actual))
    conn.executemany("INSERT INTO executions (seq, date, commitment, actual) VALUES (?, ?, ?, ?)",
                     rows)
    del properties["executions"]
    conn.execute("UPDATE blueprint SET properties = ?", (_dump(properties),))
