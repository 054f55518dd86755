"""Writing a document's rows with SQLAlchemy Core (executemany: one statement per table, so
20 000 nodes stay fast). Imported by ``store.document`` on the first save only: reading a
document never needs SQLAlchemy (issue 17: start-up)."""
from __future__ import annotations

import sqlite3
from typing import Callable

from sqlalchemy import Connection, Engine, Table, bindparam, create_engine, delete, insert
from sqlalchemy.pool import StaticPool

from ..model import Blueprint
from . import records
from .mapper import (blueprint_row, dump_json, edge_row, incident_row, node_row, resource_row,
                     stage_row, to_text)
from .tables import (BLUEPRINT, COMMITMENTS, EDGES, EXECUTIONS, INCIDENTS, NODES, PERCEPTIONS,
                     RESOURCES, STAGES, create_schema)


def engine_for(db: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine over one existing sqlite3 connection (the mirror)."""
    return create_engine("sqlite://", creator=lambda: db, poolclass=StaticPool)


# ----- whole tables --------------------------------------------------------------------------
def write_stages(conn: Connection, bp: Blueprint) -> None:
    _replace_all(conn, STAGES, [stage_row(s, float(i)) for i, s in enumerate(bp.stages)])


def write_incidents(conn: Connection, bp: Blueprint) -> None:
    _replace_all(conn, INCIDENTS, [incident_row(x, i) for i, x in enumerate(bp.incidents)])


def write_resources(conn: Connection, bp: Blueprint) -> None:
    _replace_all(conn, RESOURCES, [resource_row(r, float(i)) for i, r in enumerate(bp.resources)])


def write_executions(conn: Connection, bp: Blueprint) -> None:
    _replace_all(conn, EXECUTIONS, records.execution_rows(bp, to_text))


def write_node_records(conn: Connection, nodes: list) -> None:
    for table, rows_of in ((COMMITMENTS, records.commitment_rows),
                           (PERCEPTIONS, records.perception_rows)):
        rows = [row for node in nodes for row in rows_of(node, to_text, dump_json)]
        if rows:
            conn.execute(insert(table), rows)


def sync_node_records(conn: Connection, bp: Blueprint, node_ids: set[str]) -> None:
    """Rewrite the commitment and perception rows of the given nodes."""
    keys = [{"key": to_text(i)} for i in node_ids]
    if keys:
        for table in (COMMITMENTS, PERCEPTIONS):
            conn.execute(delete(table).where(table.c.node == bindparam("key")), keys)
    write_node_records(conn, [bp.node(i) for i in node_ids if bp.has_node(i)])


def write_header(conn: Connection, bp: Blueprint) -> None:
    conn.execute(insert(BLUEPRINT).prefix_with("OR REPLACE"), [blueprint_row(bp)])


def write_all(conn: Connection, bp: Blueprint) -> tuple[dict[str, float], dict[str, float]]:
    """Create the schema and fill its empty tables from the blueprint; returns the (node,
    edge) seq maps."""
    create_schema(conn)
    write_header(conn, bp)
    write_stages(conn, bp)
    node_seq = {n.id: float(i) for i, n in enumerate(bp.nodes())}
    edge_seq = {e.id: float(i) for i, e in enumerate(bp.edges())}
    rows = [node_row(n, node_seq[n.id]) for n in bp.nodes()]
    if rows:
        conn.execute(insert(NODES), rows)
    rows = [edge_row(e, edge_seq[e.id]) for e in bp.edges()]
    if rows:
        conn.execute(insert(EDGES), rows)
    write_incidents(conn, bp)
    write_node_records(conn, list(bp.nodes()))
    write_executions(conn, bp)
    write_resources(conn, bp)
    return node_seq, edge_seq


def _replace_all(conn: Connection, table: Table, rows: list[dict]) -> None:
    conn.execute(delete(table))
    if rows:
        conn.execute(insert(table), rows)


# ----- changed rows --------------------------------------------------------------------------
def sync_nodes(conn: Connection, bp: Blueprint, ids: set[str], seq: dict[str, float]) -> None:
    _sync(conn, NODES, ids, bp.has_node, lambda i: node_row(bp.node(i), seq[i]))


def sync_edges(conn: Connection, bp: Blueprint, ids: set[str], seq: dict[str, float]) -> None:
    _sync(conn, EDGES, ids, bp.has_edge, lambda i: edge_row(bp.edge(i), seq[i]))


def _sync(conn: Connection, table: Table, ids: set[str], exists: Callable[[str], bool],
          make_row: Callable[[str], dict]) -> None:
    """Upsert the rows of ids that still exist, delete the others."""
    gone = [{"key": to_text(i)} for i in ids if not exists(i)]
    if gone:
        conn.execute(delete(table).where(table.c.id == bindparam("key")), gone)
    rows = [make_row(i) for i in ids if exists(i)]
    if rows:
        conn.execute(insert(table).prefix_with("OR REPLACE"), rows)
