"""Import an incident log (CSV or Excel ``.xlsx``) into ``model.Incident`` records.

Columns (header names case-insensitive; spaces and dashes count as underscores):
``date`` (YYYY-MM-DD, or an Excel date cell), ``touchpoint`` and ``cause`` (node id or
label; an empty cause means "not recorded"), ``count`` (whole number >= 0, default 1), and
optionally ``customers_affected`` (whole number >= 0) and ``minutes_lost`` (number >= 0),
both totals for the row. Other columns are ignored.

All or nothing: every row is checked, and any bad row rejects the whole log with an
:class:`IncidentImportError` listing every bad row (spreadsheet row numbers, the header
being row 1) and why. The caller stores the result (``bp.set_incidents(old + new)``).
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any, Callable, Iterable

from ..model import Blueprint, Incident, Lane, make_incident
from ..model.values import MAX_WHOLE
from ..safe_open import UnsafeInputError, table_rows

REQUIRED = ("date", "touchpoint", "cause")
OPTIONAL = ("count", "customers_affected", "minutes_lost")

__all__ = ["IncidentImportError", "import_incidents", "parse_incident_rows", "read_log_rows"]


class IncidentImportError(ValueError):
    """The log was refused whole. ``problems`` is a list of (row number or None, reason)."""

    def __init__(self, source: str, problems: list[tuple[int | None, str]]):
        self.source = source
        self.problems = problems
        lines = [f"row {row}: {reason}" if row is not None else reason for row, reason in problems]
        bad = len({row for row, _ in problems if row is not None})
        head = f"{source}: nothing imported"
        if bad:
            head += f", {bad} bad row{'s' if bad != 1 else ''}"
        super().__init__(head + "\n  " + "\n  ".join(lines))


def import_incidents(bp: Blueprint, path: str | Path,
                     progress: Callable[[int], None] | None = None) -> list[Incident]:
    """Read and check a log; returns the new incidents or raises IncidentImportError."""
    header_row, header, rows = read_log_rows(path, progress)
    return parse_incident_rows(bp, header, rows, source=str(path), header_row=header_row)


# ----- reading ------------------------------------------------------------------------------
def read_log_rows(path: str | Path, progress: Callable[[int], None] | None = None
                  ) -> tuple[int, list[Any], list[tuple[int, list[Any]]]]:
    """(header row number, header cells, [(row number, cells)]) from a .csv or .xlsx file
    (read through ``safe_open``: regular files only, bounded size and rows); blank rows
    skipped. ``progress(rows read)`` is called now and then and may raise to cancel."""
    path = Path(path)
    try:
        rows = table_rows(path, progress=progress)
    except FileNotFoundError:
        raise IncidentImportError(str(path), [(None, "no such file")]) from None
    except UnsafeInputError as exc:
        raise IncidentImportError(str(path), [(None, str(exc))]) from None
    except OSError as exc:
        raise IncidentImportError(str(path), [(None, f"cannot read the log: "
                                                     f"{exc.strerror or exc}")]) from None
    rows = [(number, cells) for number, cells in rows if any(_blank(c) is False for c in cells)]
    if not rows:
        raise IncidentImportError(str(path), [(None, "the log is empty (no header row)")])
    (header_row, header), data = rows[0], rows[1:]
    return header_row, header, data


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# ----- checking -----------------------------------------------------------------------------
def _column_name(cell: Any) -> str:
    return str(cell or "").strip().lower().replace(" ", "_").replace("-", "_")


def parse_log_rows(header: list[Any], rows: Iterable[tuple[int, list[Any]]], required,
                   make_record, error_type: type[IncidentImportError], *, source: str,
                   header_row: int) -> list:
    """The all-or-nothing reading shared by every log: map the header (case-insensitive),
    refuse missing columns, build each row with ``make_record(values, reasons)`` and refuse the
    whole log with every bad row (number and reason) if any reason was given."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        columns.setdefault(_column_name(cell), index)
    missing = [name for name in required if name not in columns]
    if missing:
        raise error_type(source, [(header_row, f"missing column '{name}' in the header")
                                  for name in missing])
    records: list = []
    problems: list[tuple[int | None, str]] = []
    for number, cells in rows:
        values = {name: (cells[i] if i < len(cells) else None) for name, i in columns.items()}
        reasons: list[str] = []
        record = make_record(values, reasons)
        if reasons:
            problems.extend((number, reason) for reason in reasons)
        else:
            records.append(record)
    if problems:
        raise error_type(source, problems)
    return records


def parse_incident_rows(bp: Blueprint, header: list[Any], rows: Iterable[tuple[int, list[Any]]],
                        *, source: str = "incident log", header_row: int = 1) -> list[Incident]:
    resolver = _Resolver(bp)
    return parse_log_rows(header, rows, REQUIRED,
                          lambda values, reasons: _incident(values, resolver, reasons),
                          IncidentImportError, source=source, header_row=header_row)


def _incident(values: dict[str, Any], resolver: "_Resolver", reasons: list[str]) -> Incident | None:
    date = _date(values.get("date"), reasons)
    touchpoint = resolver.touchpoint(values.get("touchpoint"), reasons)
    cause = resolver.cause(values.get("cause"), reasons)
    count = _whole(values.get("count"), "count", reasons, default=1)
    customers = _whole(values.get("customers_affected"), "customers_affected", reasons)
    minutes = _number(values.get("minutes_lost"), "minutes_lost", reasons)
    if reasons:
        return None
    return make_incident(date=date, touchpoint=touchpoint, cause=cause, count=count,
                         customers_affected=customers, minutes_lost=minutes)


def _date(value: Any, reasons: list[str]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if _blank(value):
        reasons.append("missing date")
        return None
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text).date() if "T" in text or " " in text \
            else dt.date.fromisoformat(text)
    except ValueError:
        reasons.append(f"bad date {text!r} (expected YYYY-MM-DD)")
        return None


def _number(value: Any, name: str, reasons: list[str]) -> float | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        reasons.append(f"{name} is not a number: {value!r}")
        return None
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        reasons.append(f"{name} is not a number: {value!r}")
        return None
    if not math.isfinite(number):
        reasons.append(f"{name} is not a finite number: {value!r}")
        return None
    if number < 0:
        reasons.append(f"negative {name}: {value!r}")
        return None
    return number


def _whole(value: Any, name: str, reasons: list[str], default: int | None = None) -> int | None:
    if _blank(value):
        return default
    before = len(reasons)
    number = _number(value, name, reasons)
    if number is None:
        return None
    if not number.is_integer():
        reasons.append(f"{name} is not a whole number: {value!r}")
    elif number > MAX_WHOLE:
        reasons.append(f"{name} is too large: {value!r} (at most {MAX_WHOLE})")
    return int(number) if len(reasons) == before else None


class _Resolver:
    """Matches a cell to a node by id, else by label (a label shared by several nodes is
    ambiguous and refused)."""

    def __init__(self, bp: Blueprint):
        self.bp = bp
        self.by_label: dict[str, list[str]] = {}
        for node in bp.nodes():
            self.by_label.setdefault(node.label.strip().casefold(), []).append(node.id)

    def _node(self, value: Any, what: str, reasons: list[str]) -> str | None:
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))      # a numeric id read from Excel
        if self.bp.has_node(text):
            return text
        matches = self.by_label.get(text.casefold(), [])
        if len(matches) > 1:
            reasons.append(f"ambiguous {what} {text!r}: the label of nodes {', '.join(matches)}")
            return None
        if not matches:
            reasons.append(f"unknown {what} {text!r}")
            return None
        return matches[0]

    def touchpoint(self, value: Any, reasons: list[str]) -> str | None:
        if _blank(value):
            reasons.append("missing touchpoint")
            return None
        node_id = self._node(value, "touchpoint", reasons)
        if node_id is not None and self.bp.node(node_id).lane is not Lane.FRONTSTAGE:
            reasons.append(f"{node_id!r} is not a touchpoint (lane "
                           f"{self.bp.node(node_id).lane.value})")
            return None
        return node_id

    def cause(self, value: Any, reasons: list[str]) -> str | None:
        return None if _blank(value) else self._node(value, "cause", reasons)
