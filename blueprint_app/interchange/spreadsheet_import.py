"""Import a spreadsheet as a blueprint: a step list, a grid, or a workbook this program
wrote (its ``Steps`` sheet and the sheets after it). All or nothing: every problem is
listed by sheet, row and column, and nothing is created when there is any."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Blueprint
from . import fields as F
from . import spreadsheet_columns as S
from . import spreadsheet_headers as H
from . import spreadsheet_read as R
from .errors import InterchangeError
from .reading import blueprint_from_dict
from .spreadsheet_files import Book, Table
from .spreadsheet_grid import looks_like_grid, read_grid
from .spreadsheet_problems import Problem, Problems, SpreadsheetError
from .spreadsheet_records import read_document, read_records

STEPS_SHEET = "Steps"
COMPANION_SHEETS = tuple(spec.name for spec in S.RECORD_SHEETS) + ("Document",)
IGNORE_WORDS = ("", "ignore", "-", "none")


@dataclass
class SpreadsheetImport:
    blueprint: Blueprint
    notes: list[str] = field(default_factory=list)
    layout: str = "steps"  # or "grid"


def parse_map(items: list[str] | None) -> dict[str, str]:
    """``["Task=label", "Who=owner", "Memo=ignore"]`` -> {header: field}; ValueError names a
    bad item."""
    out: dict[str, str] = {}
    for item in items or ():
        column, sep, name = item.partition("=")
        name = name.strip()
        if not sep or not column.strip():
            raise ValueError(f"--map {item!r}: write COLUMN=FIELD, e.g. --map Task=label")
        if name.casefold() in IGNORE_WORDS:
            out[column.strip()] = ""
            continue
        found = name if name in H.STEP_COLUMNS else H.field_of_header(name)
        if found is None:
            raise ValueError(f"--map {item!r}: unknown field {name!r}; fields: "
                             f"{', '.join(H.STEP_COLUMNS)} (or ignore)")
        out[column.strip()] = found
    return out


def choose_sheet(book: Book, sheet: str | None) -> str:
    if sheet is not None:
        if book.is_csv:
            raise InterchangeError([f"{book.source}: --sheet applies to .xlsx workbooks; a "
                                    "CSV file has one sheet"])
        return sheet
    names = book.sheet_names
    return STEPS_SHEET if STEPS_SHEET in names else names[0]


def import_spreadsheet(path: str | os.PathLike, *, sheet: str | None = None,
                       mapping: dict[str, str] | None = None) -> SpreadsheetImport:
    with Book(path) as book:
        name = choose_sheet(book, sheet)
        table = book.table(name)
        companions = {}
        if not book.is_csv and name == STEPS_SHEET:
            companions = {n: book.table(n) for n in COMPANION_SHEETS if n in book.sheet_names}
    return import_table(table, mapping=mapping, companions=companions, name=Path(path).stem)


def import_table(table: Table, *, name: str, mapping: dict[str, str] | None = None,
                 columns: dict[int, str] | None = None,
                 companions: dict[str, Table] | None = None) -> SpreadsheetImport:
    """The blueprint a table says; ``columns`` (index -> field) overrides recognition."""
    companions = companions or {}
    problems = Problems()
    if columns is None and not mapping and not companions and looks_like_grid(table):
        data, notes = read_grid(table, problems)
        problems.raise_if_any()
        data = {"format": F.FORMAT, "version": F.VERSION, "name": name, **data}
        return SpreadsheetImport(_build(data, table, None), notes, "grid")
    if columns is None:
        header = table.rows[0][1] if table.rows else []
        columns = R.recognise_columns(header, mapping)
        present = {H.normalise(c) for c in header if isinstance(c, str)}
        for column in mapping or {}:
            if H.normalise(column) not in present:
                problems.add(table, table.rows[0][0] if table.rows else None,
                             f"--map names column {column!r}, which the header row does not have")
    steps = R.read_steps(table, columns, problems, may_be_empty=bool(companions))
    if problems:
        problems.raise_if_any()
    R.assign_ids(steps)
    data, notes, resource_rows = _assemble(steps, companions, problems, name)
    problems.raise_if_any()
    return SpreadsheetImport(_build(data, table, steps, resource_rows), notes)


def _records(companions: dict[str, Table], spec: S.RecordSheet, problems: Problems):
    table = companions.get(spec.name)
    return None if table is None else read_records(table, spec, problems)


def _assemble(steps: R.Steps, companions: dict[str, Table], problems: Problems,
              name: str) -> tuple[dict, list[str], list[int]]:
    stage_rows = _records(companions, S.STAGES, problems)
    stages = R.resolve_stages(steps, None if stage_rows is None else [r for _, r in stage_rows])
    ids = {row.node["id"]: row for row in steps.rows}
    links = _records(companions, S.LINKS, problems)
    if links is None:
        edges, notes = R.edges_from_columns(steps)
    else:
        notes, edges = [], [r for _, r in links]
        for number, link in links:
            for end in ("source", "target"):
                if link.get(end) not in ids:
                    problems.add(companions["Links"], number,
                                 f"{end} {link.get(end)!r} is not the id of a step")
        R.check_links(steps, companions["Links"], links)
    for spec, key in ((S.COMMITMENTS, "commitments"), (S.PERCEPTIONS, "perceptions")):
        for number, record in _records(companions, spec, problems) or ():
            node = ids.get(record.pop("node", None))
            if node is None:
                problems.add(companions[spec.name], number, "node is not the id of a step")
            else:
                node.node.setdefault(key, []).append(record)
    data: dict[str, Any] = {"format": F.FORMAT, "version": F.VERSION, "name": name,
                            "stages": stages, "nodes": [r.node for r in steps.rows],
                            "edges": edges}
    for spec, key in ((S.INCIDENTS, "incidents"), (S.EXECUTIONS, "executions")):
        rows = _records(companions, spec, problems)
        if rows:
            data[key] = [r for _, r in rows]
    if "Document" in companions:
        title, fields = read_document(companions["Document"], problems)
        data["name"] = title if title is not None else name
        data.update((k, v) for k, v in fields if not (k == "resources" and v is None))
    resources = _records(companions, S.RESOURCES, problems) or []
    if resources:
        data["resources"] = [r for _, r in resources]
    return data, notes, [number for number, _ in resources]


def _build(data: dict, table: Table, steps: R.Steps | None,
           resource_rows: list[int] = ()) -> Blueprint:
    try:
        return blueprint_from_dict(data, table.source)
    except InterchangeError as error:
        prefix = f"{table.source}: "
        raise SpreadsheetError([
            Problem(table.source, None, None, None,
                    R.located(steps, line[len(prefix):] if line.startswith(prefix) else line,
                              resource_rows)
                    if steps else line[len(prefix):])
            for line in error.problems]) from None
