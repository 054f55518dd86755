"""The columns of every sheet of an exported workbook: how a value is written to a cell and
read back, shared by the writer and the reader so that the round trip is exact.

A value goes into its cell only when reading that cell gives the same value back (same JSON
after the model's own normalisation); anything else - ``null``, an empty text, a text with a
carriage return or outer spaces, ``4.0`` where ``4`` would come back, unknown fields - goes
into the row's ``more fields (JSON)`` cell, which the reader merges over the cells.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Callable

from . import spreadsheet_cells as C
from . import spreadsheet_headers as H

MORE = "more"
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FLOAT_FIELDS = {"failure_probability", "x", "y", "width", "height", "minutes_lost", "volume"}


class NotInCell(Exception):
    """The value cannot be written to a cell and read back unchanged."""


def _number_text(value: int | float) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _encode_text(value: Any) -> str:
    if (not isinstance(value, str) or not value or value != value.strip() or "\r" in value
            or _ILLEGAL.search(value) or len(value) > MAX_CELL_TEXT):
        raise NotInCell
    return value


def _encode_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NotInCell
    if isinstance(value, int) and abs(value) >= 10 ** 15:
        raise NotInCell
    return value


def _encode_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise NotInCell
    return value


def _encode_duration(value: Any) -> str:
    if not isinstance(value, dict) or set(value) != {"value", "unit"}:
        raise NotInCell
    return f"{_number_text(_encode_number(value['value']))} {value['unit']}"


def _encode_fmea(value: Any) -> str:
    if not isinstance(value, dict) or list(value) != ["severity", "occurrence", "detection"]:
        raise NotInCell
    return "/".join(str(value[k]) for k in value)


def _encode_date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise NotInCell from None


def _encode_requires(value: Any) -> str | int:
    return value if value in ("all", "any") else _encode_number(value)


def as_read(cell: Any) -> Any:
    """What a written cell value reads back as: openpyxl writes numbers as ``%.16g`` and
    reads a number without ``.`` or exponent as an int (so ``4.0`` comes back as ``4``)."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        text = "%.16g" % cell
        return float(text) if any(c in text for c in ".eE") else int(text)
    return cell


@dataclass(frozen=True)
class Kind:
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]


TEXT = Kind(_encode_text, C.text)
ID = Kind(_encode_text, C.identifier)
NUMBER = Kind(_encode_number, C.number)
WHOLE = Kind(_encode_number, C.whole)
KINDS: dict[str, Kind] = {
    "lane": Kind(_encode_text, C.lane), "category": Kind(_encode_text, C.category),
    "failure_probability": Kind(_encode_number, C.probability),
    "requires": Kind(_encode_requires, C.requires),
    "time_standard": Kind(_encode_duration, C.duration),
    "tolerance": Kind(_encode_duration, C.duration),
    "fail_point": Kind(_encode_flag, C.flag), "wait_point": Kind(_encode_flag, C.flag),
    "fmea": Kind(_encode_fmea, C.fmea), "date": Kind(_encode_date, C.date),
}


def _same(field: str, a: Any, b: Any) -> bool:
    if field in FLOAT_FIELDS and not isinstance(a, bool) and isinstance(a, (int, float)) \
            and isinstance(b, (int, float)) and not isinstance(b, bool):
        return float(a) == float(b)
    return json.dumps(a) == json.dumps(b)


def encode(field: str, kind: Kind, value: Any) -> Any:
    """The cell value for ``value``, or NotInCell."""
    cell = kind.encode(value)
    try:
        back = kind.decode(as_read(cell))
    except C.CellProblem:
        raise NotInCell from None
    if not _same(field, value, back):
        raise NotInCell
    return cell


def json_text(value: Any) -> str:
    """JSON for a cell: Chinese written as itself, control characters escaped."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    if _ILLEGAL.search(text):
        text = json.dumps(value, ensure_ascii=True, allow_nan=False)
    if len(text) > MAX_CELL_TEXT:
        raise ValueError(f"a value needs {len(text)} characters, more than the "
                         f"{MAX_CELL_TEXT} an Excel cell holds")
    return text


def more_text(more: dict) -> str | None:
    """The ``more fields`` cell (None when there is nothing more)."""
    return json_text(more) if more else None


@dataclass(frozen=True)
class RecordSheet:
    """A sheet with one record per row: ``columns`` is ((field, kind), ...) in the order a
    record's keys are written."""

    name: str
    columns: tuple[tuple[str, Kind], ...]

    def headers(self) -> list[str]:
        return [f.replace("_", " ") for f, _ in self.columns] + [H.written_header(MORE)]


LINKS = RecordSheet("Links", (("id", ID), ("source", ID), ("target", ID), ("kind", TEXT),
                              ("label", TEXT)))
STAGES = RecordSheet("Stages", (("id", ID), ("name", TEXT)))
COMMITMENTS = RecordSheet("Commitments", (
    ("node", ID), ("id", ID), ("level", WHOLE), ("name", TEXT), ("metric", TEXT),
    ("target", NUMBER), ("unit", TEXT), ("direction", TEXT), ("owner", TEXT), ("post", TEXT),
    ("parent", ID)))
PERCEPTIONS = RecordSheet("Perceptions", (
    ("node", ID), ("id", ID), ("name", TEXT), ("importance", NUMBER), ("current", NUMBER),
    ("expected", NUMBER), ("competitor", NUMBER)))
INCIDENTS = RecordSheet("Incidents", (
    ("date", KINDS["date"]), ("touchpoint", ID), ("cause", ID), ("count", WHOLE),
    ("customers_affected", WHOLE), ("minutes_lost", NUMBER)))
EXECUTIONS = RecordSheet("Executions", (("date", KINDS["date"]), ("commitment", ID),
                                        ("actual", NUMBER)))
RESOURCES = RecordSheet("Resources", (
    ("id", ID), ("label", TEXT), ("category", KINDS["category"]), ("owner", TEXT),
    ("post", TEXT), ("failure_probability", KINDS["failure_probability"]),
    ("probability_source", TEXT), ("description", TEXT)))
RECORD_SHEETS = (LINKS, STAGES, COMMITMENTS, PERCEPTIONS, INCIDENTS, EXECUTIONS, RESOURCES)
# Always-present keys of incident and execution records (written as null when unknown).
ALL_KEYS = {"Incidents": [f for f, _ in INCIDENTS.columns],
            "Executions": [f for f, _ in EXECUTIONS.columns]}

STEP_KINDS: dict[str, Kind] = {f: KINDS.get(f, ID if f in ("id", "resource") else TEXT)
                               for f in H.NODE_COLUMNS}
for _f in ("x", "y", "width", "height", "volume"):
    STEP_KINDS[_f] = NUMBER


def split_record(sheet_columns, record: dict) -> tuple[dict, dict]:
    """(cells by field, more) for one record."""
    cells, more = {}, {}
    for key, value in record.items():
        kind = dict(sheet_columns).get(key)
        try:
            if kind is None or value is None:
                raise NotInCell
            cells[key] = encode(key, kind, value)
        except NotInCell:
            more[key] = value
    return cells, more
