"""Mappers between table rows (plain dicts keyed by column) and model records, and the
reading of a whole document.

Reading uses plain SELECTs on the stdlib sqlite3 connection, so opening a document does not
import SQLAlchemy (issue 17: start-up); writing goes through SQLAlchemy Core executemany in
``store.writer``, imported on the first save. Every bad row becomes a DocumentError that
names the table, the row and (through the model's ModelError) the field.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any, Iterable

from ..model import Blueprint, Edge, Incident, ModelError, Node, Stage, make_edge, make_incident
from ..model import Resource, make_node, make_resource, make_stage
from ..model.bulk import collector_paused
from ..model.json_limits import MAX_NESTING, format_path, json_value_problem
from . import records
from .errors import DocumentError
from .schema_facts import BLUEPRINT, EDGES, INCIDENTS, NODES, RESOURCES, STAGES, TABLES

_NODE_COLUMNS = ("id", "lane", "label", "stage", "description", "owner", "channel", "category",
                 "failure_probability", "requires", "x", "y", "width", "height", "resource",
                 "volume")
_RESOURCE_COLUMNS = ("id", "label", "category", "owner", "post", "failure_probability",
                     "probability_source", "description")


# ----- text and JSON columns --------------------------------------------------------------
# Text from JSON may hold lone surrogates ("\ud800" is legal JSON), which UTF-8 cannot
# carry. Such a value is stored as a BLOB of its "surrogatepass" bytes (SQLite lets a
# TEXT column hold one) and turned back on reading, so nothing is lost.
def to_text(value: str | None) -> str | bytes | None:
    if value is None or value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def from_text(value: Any) -> Any:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return value  # left for the model's checks to refuse ("must be text")
    return value


def dump_json(value: dict, *, what: str) -> str | None:
    if not value:
        return None
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if to_text(text) is not text:  # lone surrogates: escape them (\ud800) instead
            text = json.dumps(value, separators=(",", ":"))
        return text
    except (TypeError, ValueError) as exc:
        raise ModelError(f"cannot be stored as JSON ({exc})", field=what) from None


def load_json(value: Any, *, field: str) -> dict:
    if value is None:
        return {}
    try:
        data = json.loads(value)
    except (TypeError, ValueError) as exc:
        raise ModelError(f"is not valid JSON ({exc})", field=field) from None
    except RecursionError:
        raise ModelError(f"is nested more than {MAX_NESTING} levels deep", field=field) from None
    if not isinstance(data, dict):
        raise ModelError("must be a JSON object", field=field)
    found = json_value_problem(data)
    if found is not None:
        path, reason = found
        raise ModelError(f"{format_path(path)} {reason}", field=field)
    return data


# ----- model -> row --------------------------------------------------------------------------
def blueprint_row(bp: Blueprint) -> dict:
    return {"id": 1, "name": to_text(bp.name), "properties": dump_json(bp.properties, what="properties")}


def stage_row(stage: Stage, seq: float) -> dict:
    return {"id": to_text(stage.id), "seq": seq, "name": to_text(stage.name),
            "extra": dump_json(stage.extra, what=f"stage {stage.id} extra")}


def node_row(node: Node, seq: float) -> dict:
    return {
        "id": to_text(node.id), "seq": seq, "lane": node.lane.value,
        "label": to_text(node.label), "stage": to_text(node.stage),
        "description": to_text(node.description), "owner": to_text(node.owner),
        "channel": to_text(node.channel), "category": None if node.category is None else node.category.value,
        "failure_probability": node.failure_probability, "requires": str(node.requires),
        "x": node.x, "y": node.y, "width": node.width, "height": node.height,
        "resource": to_text(node.resource), "volume": node.volume,
        "extra": dump_json(node.extra, what=f"node {node.id} extra"),
        **records.node_columns(node),
    }


def edge_row(edge: Edge, seq: float) -> dict:
    return {"id": to_text(edge.id), "seq": seq, "source": to_text(edge.source),
            "target": to_text(edge.target), "kind": edge.kind.value, "label": to_text(edge.label),
            "extra": dump_json(edge.extra, what=f"edge {edge.id} extra")}


def resource_row(resource: Resource, seq: float) -> dict:
    row = {name: getattr(resource, name) for name in _RESOURCE_COLUMNS}
    for name in ("category", "probability_source"):
        row[name] = None if row[name] is None else row[name].value
    row = {k: to_text(v) if isinstance(v, str) else v for k, v in row.items()}
    return {**row, "seq": seq, "extra": dump_json(resource.extra, what=f"resource {resource.id} extra")}


def row_to_resource(row: dict) -> Resource:
    data = {name: from_text(row[name]) for name in _RESOURCE_COLUMNS}
    return make_resource(**data, extra=load_json(row["extra"], field="extra"))


def incident_row(incident: Incident, seq: int) -> dict:
    return {"seq": seq, "date": incident.date.isoformat(), "touchpoint": to_text(incident.touchpoint),
            "cause": to_text(incident.cause), "count": incident.count,
            "customers_affected": incident.customers_affected,
            "minutes_lost": incident.minutes_lost}


# ----- row -> model --------------------------------------------------------------------------
def row_to_node(row: dict, commitments=(), perceptions=()) -> Node:
    data = {name: from_text(row[name]) for name in _NODE_COLUMNS}
    data.update(records.node_fields(row), commitments=commitments, perceptions=perceptions)
    requires = data["requires"]
    if isinstance(requires, str) and requires.isascii() and requires.isdigit():
        data["requires"] = int(requires)
    data["extra"] = load_json(row["extra"], field="extra")
    return make_node(**data)


def row_to_edge(row: dict) -> Edge:
    return make_edge(id=from_text(row["id"]), source=from_text(row["source"]),
                     target=from_text(row["target"]), kind=row["kind"],
                     label=from_text(row["label"]),
                     extra=load_json(row["extra"], field="extra"))


def row_to_stage(row: dict) -> Stage:
    return make_stage(from_text(row["id"]), from_text(row["name"]),
                      load_json(row["extra"], field="extra"))


def row_to_incident(row: dict) -> Incident:
    try:
        date = dt.date.fromisoformat(row["date"])
    except (TypeError, ValueError):
        raise ModelError(f"must be a date written YYYY-MM-DD, not {row['date']!r}",
                         field="date") from None
    return make_incident(date=date, touchpoint=from_text(row["touchpoint"]),
                         cause=from_text(row["cause"]),
                         count=row["count"], customers_affected=row["customers_affected"],
                         minutes_lost=row["minutes_lost"])


# ----- reading ---------------------------------------------------------------------------
def check_tables(db: sqlite3.Connection, source: str) -> None:
    """Refuse a file whose tables or columns are missing, naming them."""
    for table, columns in TABLES.items():
        found = {row[1] for row in db.execute(f"PRAGMA table_info('{table}')")}
        if not found:
            raise DocumentError(source, f"damaged document: table '{table}' is missing")
        missing = [c.name for c in columns if c.name not in found]
        if missing:
            raise DocumentError(source, f"damaged document: table '{table}' lacks "
                                        f"column(s) {', '.join(missing)}")


def _rows(db: sqlite3.Connection, table: str) -> Iterable[tuple[int, dict]]:
    order = ("seq", "id") if any(c.name == "id" for c in TABLES[table]) else ("seq",)
    return enumerate(records.select_rows(db, table, order), start=1)


def _row_error(source: str, table: str, number: int, row: dict, exc: ModelError) -> DocumentError:
    ident = f" (id {from_text(row['id'])!r})" if "id" in row else ""
    return DocumentError(source, f"table '{table}', row {number}{ident}: {exc}")


def read_blueprint(conn: sqlite3.Connection, source: str) -> tuple[Blueprint, dict, dict]:
    """Build a Blueprint from the tables; returns it with the (node, edge) seq maps."""
    check_tables(conn, source)
    bp = _read_header(conn, source)
    row_error = lambda table, number, row, exc: _row_error(source, table, number, row, exc)  # noqa: E731
    commitments, perceptions = records.read_node_records(conn, from_text, load_json, row_error)
    for number, row in _rows(conn, STAGES):
        try:
            bp.add_stage(row_to_stage(row))
        except ModelError as exc:
            raise _row_error(source, STAGES, number, row, exc) from None
    # nodes and edges enter the graph in one batch each (Blueprint.add_nodes/add_edges
    # check every item as it comes); a refusal names the row being read when it came
    at: list = [None, None]
    node_seq: dict[str, float] = {}

    def nodes():
        for number, row in _rows(conn, NODES):
            at[:] = number, row
            node_id = from_text(row["id"])
            node = row_to_node(row, commitments.pop(node_id, ()), perceptions.pop(node_id, ()))
            node_seq[node.id] = row["seq"]
            yield node

    edge_seq: dict[str, float] = {}

    def edges():
        for number, row in _rows(conn, EDGES):
            at[:] = number, row
            edge = row_to_edge(row)
            edge_seq[edge.id] = row["seq"]
            yield edge

    for table, add, items in ((NODES, bp.add_nodes, nodes), (EDGES, bp.add_edges, edges)):
        try:
            with collector_paused():
                add(items())
        except ModelError as exc:
            raise _row_error(source, table, at[0], at[1], exc) from None
    incidents = []
    for number, row in _rows(conn, INCIDENTS):
        try:
            incidents.append(row_to_incident(row))
        except ModelError as exc:
            raise _row_error(source, INCIDENTS, number, row, exc) from None
    bp.incidents = incidents
    bp.executions = records.read_executions(conn, from_text, row_error)
    for number, row in _rows(conn, RESOURCES):
        try:
            bp.add_resource(row_to_resource(row))
        except ModelError as exc:
            raise _row_error(source, RESOURCES, number, row, exc) from None
    _check_orphans(source, commitments, perceptions)
    return bp, node_seq, edge_seq


def _check_orphans(source: str, commitments: dict, perceptions: dict) -> None:
    for table, left in (("commitments", commitments), ("perceptions", perceptions)):
        if left:
            node, items = next(iter(left.items()))
            raise DocumentError(source, f"table '{table}': {items[0].id!r} names node "
                                        f"{node!r}, which does not exist")


def _read_header(conn: sqlite3.Connection, source: str) -> Blueprint:
    rows = list(records.select_rows(conn, BLUEPRINT, ()))
    if len(rows) != 1:
        raise DocumentError(source, f"damaged document: table 'blueprint' must hold exactly one "
                                    f"row, not {len(rows)}")
    try:
        bp = Blueprint(from_text(rows[0]["name"]))
        bp.properties = load_json(rows[0]["properties"], field="properties")
    except ModelError as exc:
        raise _row_error(source, BLUEPRINT, 1, rows[0], exc) from None
    return bp
