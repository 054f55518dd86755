"""Rows of the version-2 tables (commitments, perceptions, executions) and the node columns
of time standards, marks and FMEA, to and from the model's typed records. Rows are read
with plain sqlite3 (``select_rows``) and written by ``store.writer``."""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, Iterable, Iterator

from ..model import (Blueprint, Commitment, Execution, ModelError, Node, PerceptionPoint,
                     make_commitment, make_execution, make_perception)
from .schema_facts import COMMITMENTS, EXECUTIONS, PERCEPTIONS, column_names

_COMMITMENT_COLUMNS = ("id", "node", "level", "name", "metric", "target", "unit", "direction",
                       "owner", "post", "parent")
_PERCEPTION_COLUMNS = ("id", "node", "name", "importance", "current", "expected", "competitor")


# ----- node columns ---------------------------------------------------------------------------
def node_columns(node: Node) -> dict[str, Any]:
    ts, tol, fmea = node.time_standard, node.tolerance, node.fmea
    return {"time_standard_value": None if ts is None else ts.value,
            "time_standard_unit": None if ts is None else ts.unit,
            "tolerance_value": None if tol is None else tol.value,
            "tolerance_unit": None if tol is None else tol.unit,
            "fail_point": node.fail_point, "wait_point": node.wait_point,
            "fmea_severity": None if fmea is None else fmea.severity,
            "fmea_occurrence": None if fmea is None else fmea.occurrence,
            "fmea_detection": None if fmea is None else fmea.detection}


def _pair(row: dict, prefix: str) -> dict | None:
    value, unit = row[f"{prefix}_value"], row[f"{prefix}_unit"]
    if value is None and unit is None:
        return None
    return {"value": value, "unit": unit}


def node_fields(row: dict) -> dict[str, Any]:
    """The typed node fields of a nodes row (checked by make_node)."""
    scores = {k: row[f"fmea_{k}"] for k in ("severity", "occurrence", "detection")}
    return {"time_standard": _pair(row, "time_standard"), "tolerance": _pair(row, "tolerance"),
            "fail_point": bool(row["fail_point"]), "wait_point": bool(row["wait_point"]),
            "fmea": None if all(v is None for v in scores.values()) else scores}


# ----- record rows ----------------------------------------------------------------------------
def commitment_rows(node: Node, to_text, dump_json) -> list[dict]:
    return [{**{c: to_text(v) if isinstance(v := getattr(r, c), str) else v
                for c in _COMMITMENT_COLUMNS},
             "position": i, "extra": dump_json(r.extra, what=f"commitment {r.id} extra")}
            for i, r in enumerate(node.commitments)]


def perception_rows(node: Node, to_text, dump_json) -> list[dict]:
    return [{**{c: to_text(v) if isinstance(v := getattr(r, c), str) else v
                for c in _PERCEPTION_COLUMNS},
             "position": i, "extra": dump_json(r.extra, what=f"perception {r.id} extra")}
            for i, r in enumerate(node.perceptions)]


def execution_rows(bp: Blueprint, to_text) -> list[dict]:
    return [{"seq": i, "date": x.date.isoformat(), "commitment": to_text(x.commitment),
             "actual": x.actual} for i, x in enumerate(bp.executions)]


# ----- reading --------------------------------------------------------------------------------
def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def select_rows(db: sqlite3.Connection, table: str, order: Iterable[str]) -> Iterator[dict]:
    """Every row of a document table as a dict of its schema's columns, in ``order``."""
    names = column_names(table)
    order_by = ", ".join(map(_quote, order))
    query = (f"SELECT {', '.join(map(_quote, names))} FROM {_quote(table)}"
             + (f" ORDER BY {order_by}" if order_by else ""))
    for values in db.execute(query):
        yield dict(zip(names, values))


def _read(conn: sqlite3.Connection, table: str, columns: tuple, make, from_text, load_json,
          row_error) -> dict[str, list]:
    by_node: dict[str, list] = {}
    rows = select_rows(conn, table, ("node", "position", "id"))
    for number, row in enumerate(rows, start=1):
        try:
            data = {c: from_text(row[c]) for c in columns}
            data = {k: v for k, v in data.items() if v is not None}
            record = make(**data, extra=load_json(row["extra"], field="extra"))
        except ModelError as exc:
            raise row_error(table, number, row, exc) from None
        by_node.setdefault(record.node, []).append(record)
    return by_node


def read_node_records(conn: sqlite3.Connection, from_text, load_json, row_error
                      ) -> tuple[dict[str, list[Commitment]], dict[str, list[PerceptionPoint]]]:
    return (_read(conn, COMMITMENTS, _COMMITMENT_COLUMNS, make_commitment, from_text, load_json,
                  row_error),
            _read(conn, PERCEPTIONS, _PERCEPTION_COLUMNS, make_perception, from_text, load_json,
                  row_error))


def read_executions(conn: sqlite3.Connection, from_text, row_error) -> list[Execution]:
    records = []
    for number, row in enumerate(select_rows(conn, EXECUTIONS, ("seq",)), start=1):
        try:
            try:
                date = dt.date.fromisoformat(row["date"])
            except (TypeError, ValueError):
                raise ModelError(f"must be a date written YYYY-MM-DD, not {row['date']!r}",
                                 field="date") from None
            records.append(make_execution(date=date, commitment=from_text(row["commitment"]),
                                          actual=row["actual"]))
        except ModelError as exc:
            raise row_error(EXECUTIONS, number, row, exc) from None
    return records
