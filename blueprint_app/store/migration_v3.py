"""Schema step 2 -> 3: shared resources and touchpoint volumes.

Version-2 files made from interchange JSON carry ``resource`` and ``volume`` as unknown node
extras and a top-level ``resources`` list in the blueprint's ``properties``. The step moves
every value the model accepts into the new columns and table and leaves anything it refuses
where it was, so nothing is lost either way.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..model import ModelError, make_resource
from ..model.values import check_id, check_volume

SCHEMA_SQL = """
ALTER TABLE nodes ADD COLUMN resource VARCHAR;
ALTER TABLE nodes ADD COLUMN volume FLOAT;
CREATE TABLE resources (id VARCHAR NOT NULL PRIMARY KEY, seq FLOAT NOT NULL,
    label VARCHAR NOT NULL, category VARCHAR, owner VARCHAR, post VARCHAR,
    failure_probability FLOAT NOT NULL, probability_source VARCHAR, description VARCHAR,
    extra VARCHAR);
CREATE INDEX ix_resources_seq ON resources (seq);
"""
_RESOURCE_KEYS = ("id", "label", "category", "owner", "post", "failure_probability",
                  "probability_source", "description")


def upgrade_2_to_3(conn: sqlite3.Connection) -> None:
    for statement in filter(str.strip, SCHEMA_SQL.split(";")):
        conn.execute(statement)  # one by one: executescript would commit mid-step
    for node_id, extra_text in conn.execute("SELECT id, extra FROM nodes").fetchall():
        extra = _load(extra_text)
        moved = {}
        for key, check in (("resource", lambda v: check_id(v, field="resource")),
                           ("volume", check_volume)):
            if key in extra and extra[key] is not None:
                try:
                    moved[key] = check(extra[key])
                except ModelError:
                    continue
                del extra[key]
        if moved:
            conn.execute("UPDATE nodes SET resource = ?, volume = ?, extra = ? WHERE id = ?",
                         (moved.get("resource"), moved.get("volume"), _dump(extra), node_id))
    _move_catalogue(conn)


def _move_catalogue(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT properties FROM blueprint WHERE id = 1").fetchone()
    properties = _load(row[0]) if row else {}
    raw = properties.get("resources")
    if not isinstance(raw, list):
        return
    try:
        resources = [make_resource(**{k: v for k, v in r.items() if k in _RESOURCE_KEYS},
                                   extra={k: v for k, v in r.items() if k not in _RESOURCE_KEYS})
                     for r in raw]
    except (ModelError, AttributeError, TypeError):
        return  # left in the properties, as it was
    if len({r.id for r in resources}) != len(resources):
        return
    for seq, r in enumerate(resources):
        conn.execute(
            "INSERT INTO resources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r.id, float(seq), r.label, None if r.category is None else r.category.value,
             r.owner, r.post, r.failure_probability,
             None if r.probability_source is None else r.probability_source.value,
             r.description, _dump(r.extra)))
    del properties["resources"]
    conn.execute("UPDATE blueprint SET properties = ? WHERE id = 1", (_dump(properties),))


def _load(text: Any) -> dict:
    try:
        value = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _dump(value: dict) -> str | None:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None
