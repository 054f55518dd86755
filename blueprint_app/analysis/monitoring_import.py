"""Import execution records (CSV or ``.xlsx``) into ``model.Execution`` records.

Columns (header names case-insensitive, spaces and dashes count as underscores): ``date``
(YYYY-MM-DD or an Excel date cell), ``commitment`` (id, or name when one commitment has it)
and ``actual`` (a number >= 0 in the commitment's unit); optionally ``unit``: a duration
unit (min, h, d) to convert a duration from. Other columns are ignored.

All or nothing, with the incident importer's file reading and error report: any bad row
refuses the whole log, listing every bad row by its spreadsheet row number.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from ..model import Blueprint, Commitment, Execution, make_execution
from ..model.units import DURATION_UNITS, convert
from .incidents import IncidentImportError, _blank, _date, _number, parse_log_rows, read_log_rows

REQUIRED = ("date", "commitment", "actual")

__all__ = ["ExecutionImportError", "import_executions", "parse_execution_rows"]


class ExecutionImportError(IncidentImportError):
    """The execution log was refused whole (same report as for incident logs)."""


def import_executions(bp: Blueprint, path: str | Path,
                      progress: Callable[[int], None] | None = None) -> list[Execution]:
    """Read and check a log; returns the new records or raises IncidentImportError
    (ExecutionImportError for bad rows and columns)."""
    header_row, header, rows = read_log_rows(path, progress)
    return parse_execution_rows(bp, header, rows, source=str(path), header_row=header_row)


def parse_execution_rows(bp: Blueprint, header: list[Any], rows: Iterable[tuple[int, list[Any]]],
                         *, source: str = "execution log", header_row: int = 1) -> list[Execution]:
    resolve = _Resolver(bp)
    return parse_log_rows(header, rows, REQUIRED,
                          lambda values, reasons: _record(values, resolve, reasons),
                          ExecutionImportError, source=source, header_row=header_row)


def _record(values: dict[str, Any], resolve: "_Resolver", reasons: list[str]) -> Execution | None:
    date = _date(values.get("date"), reasons)
    commitment = resolve(values.get("commitment"), reasons)
    duration = commitment is not None and commitment.is_duration
    if _blank(values.get("actual")):
        reasons.append("missing actual value")
        return None
    actual = _number(values.get("actual"), "duration" if duration else "actual", reasons)
    unit = values.get("unit")
    if actual is not None and commitment is not None and not _blank(unit):
        unit = str(unit).strip()
        if not duration or unit not in DURATION_UNITS:
            if unit != commitment.unit:
                reasons.append(f"unit {unit!r} does not convert to the commitment's "
                               f"{commitment.unit!r}")
        else:
            actual = convert(actual, unit, commitment.unit)
    if reasons:
        return None
    return make_execution(date=date, commitment=commitment.id, actual=actual)


class _Resolver:
    """A cell to a commitment: by id, else by name (a name shared by several is refused)."""

    def __init__(self, bp: Blueprint):
        self.by_id: dict[str, Commitment] = {}
        self.by_name: dict[str, list[Commitment]] = {}
        for c in bp.commitments():
            self.by_id[c.id] = c
            if c.name:
                self.by_name.setdefault(c.name.strip().casefold(), []).append(c)

    def __call__(self, value: Any, reasons: list[str]) -> Commitment | None:
        if _blank(value):
            reasons.append("missing commitment")
            return None
        text = str(value).strip()
        if text in self.by_id:
            return self.by_id[text]
        matches = self.by_name.get(text.casefold(), [])
        if len(matches) > 1:
            reasons.append(f"ambiguous commitment {text!r}: the name of "
                           f"{', '.join(c.id for c in matches)}")
            return None
        if not matches:
            reasons.append(f"unknown commitment {text!r}")
            return None
        return matches[0]
