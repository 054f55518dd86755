"""What reading a document needs to know of its schema, without SQLAlchemy or SQLModel.

Opening a `.blueprint` only reads it, through the stdlib ``sqlite3`` connection it is loaded
into; importing SQLAlchemy and SQLModel for that cost about half a second of start-up
(issue 17). ``store.tables`` (SQLModel) stays the definition of the schema and is imported
only for writing; this module repeats its table names, column names and column kinds for
the read path, and ``tests/store/test_schema_facts.py`` fails when the two disagree.
"""
from __future__ import annotations

from typing import NamedTuple

APPLICATION_ID = 0x42505431  # "BPT1", PRAGMA application_id
SCHEMA_VERSION = 3           # PRAGMA user_version

# Column kinds as SQLite sees them: what typeof() may return for each (store.integrity).
INTEGER, REAL, TEXT = "integer", "real", "text"


class Column(NamedTuple):
    name: str
    kind: str                   # INTEGER (Integer, Boolean), REAL (Float) or TEXT
    nullable: bool = False
    primary_key: bool = False


def _key(name: str, kind: str) -> Column:
    return Column(name, kind, primary_key=True)


def _opt(name: str, kind: str) -> Column:
    return Column(name, kind, nullable=True)


BLUEPRINT, STAGES, NODES, EDGES = "blueprint", "stages", "nodes", "edges"
INCIDENTS, COMMITMENTS, PERCEPTIONS = "incidents", "commitments", "perceptions"
EXECUTIONS, RESOURCES = "executions", "resources"

# In the order of tables.ALL_TABLES (checks report the first problem in this order).
TABLES: dict[str, tuple[Column, ...]] = {
    BLUEPRINT: (_key("id", INTEGER), Column("name", TEXT), _opt("properties", TEXT)),
    STAGES: (_key("id", TEXT), Column("seq", REAL), Column("name", TEXT), _opt("extra", TEXT)),
    NODES: (
        _key("id", TEXT), Column("seq", REAL), Column("lane", TEXT), Column("label", TEXT),
        _opt("stage", TEXT), _opt("description", TEXT), _opt("owner", TEXT),
        _opt("channel", TEXT), _opt("category", TEXT), Column("failure_probability", REAL),
        Column("requires", TEXT), _opt("x", REAL), _opt("y", REAL), _opt("width", REAL),
        _opt("height", REAL), _opt("extra", TEXT), _opt("time_standard_value", REAL),
        _opt("time_standard_unit", TEXT), _opt("tolerance_value", REAL),
        _opt("tolerance_unit", TEXT), Column("fail_point", INTEGER),
        Column("wait_point", INTEGER), _opt("fmea_severity", INTEGER),
        _opt("fmea_occurrence", INTEGER), _opt("fmea_detection", INTEGER),
        _opt("resource", TEXT), _opt("volume", REAL)),
    EDGES: (_key("id", TEXT), Column("seq", REAL), Column("source", TEXT),
            Column("target", TEXT), Column("kind", TEXT), _opt("label", TEXT),
            _opt("extra", TEXT)),
    INCIDENTS: (_key("seq", INTEGER), Column("date", TEXT), Column("touchpoint", TEXT),
                _opt("cause", TEXT), Column("count", INTEGER),
                _opt("customers_affected", INTEGER), _opt("minutes_lost", REAL)),
    COMMITMENTS: (_key("id", TEXT), Column("node", TEXT), Column("position", INTEGER),
                  Column("level", INTEGER), _opt("name", TEXT), _opt("metric", TEXT),
                  _opt("target", REAL), _opt("unit", TEXT), _opt("direction", TEXT),
                  _opt("owner", TEXT), _opt("post", TEXT), _opt("parent", TEXT),
                  _opt("extra", TEXT)),
    PERCEPTIONS: (_key("id", TEXT), Column("node", TEXT), Column("position", INTEGER),
                  Column("name", TEXT), Column("importance", REAL), Column("current", REAL),
                  Column("expected", REAL), _opt("competitor", REAL), _opt("extra", TEXT)),
    EXECUTIONS: (_key("seq", INTEGER), Column("date", TEXT), Column("commitment", TEXT),
                 Column("actual", REAL)),
    RESOURCES: (_key("id", TEXT), Column("seq", REAL), Column("label", TEXT),
                _opt("category", TEXT), _opt("owner", TEXT), _opt("post", TEXT),
                Column("failure_probability", REAL), _opt("probability_source", TEXT),
                _opt("description", TEXT), _opt("extra", TEXT)),
}


def column_names(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[table])
