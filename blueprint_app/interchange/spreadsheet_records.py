"""The further sheets of an exported workbook (Links, Stages, Commitments, Perceptions,
Incidents, Executions, Resources, Document) read back into interchange records."""
from __future__ import annotations

from typing import Any

from . import spreadsheet_cells as C
from . import spreadsheet_columns as S
from . import spreadsheet_headers as H
from .spreadsheet_files import Table, blank
from .spreadsheet_problems import Problems

_MORE = H.normalise(H.written_header(S.MORE))


def check_cells(table: Table, problems: Problems) -> None:
    """Merged cells make rows ambiguous: refuse them, wherever they are."""
    for ref in table.merged:
        problems.add(table, None, f"merged cells {ref}; unmerge them and fill every cell "
                                  "(Home → Merge & Center → Unmerge Cells)")


def read_records(table: Table, spec: S.RecordSheet, problems: Problems) -> list[tuple[int, dict]]:
    """[(row number, record)] of one record sheet; problems are added, bad rows left out."""
    check_cells(table, problems)
    if not table.rows:
        return []
    _, header = table.rows[0]
    index = {}
    for i, cell in enumerate(header):
        if not blank(cell):
            index.setdefault(H.normalise(cell), i)
    records = []
    for number, cells in table.rows[1:]:
        record: dict[str, Any] = {}
        ok = True
        for name, kind in spec.columns + ((S.MORE, None),):
            i = index.get(_MORE if kind is None else H.normalise(name.replace("_", " ")))
            if i is None or i >= len(cells):
                continue
            try:
                value = C.json_object(cells[i]) if kind is None else kind.decode(cells[i])
            except C.CellProblem as problem:
                problems.add(table, number, str(problem), i, str(header[i]))
                ok = False
                continue
            if kind is None:
                record.update(value or {})
            elif value is not None:
                record[name] = value
        for name in S.ALL_KEYS.get(spec.name, ()):
            record.setdefault(name, None)
        if ok:
            records.append((number, record))
    return records


def read_document(table: Table, problems: Problems) -> tuple[str | None, list[tuple[str, Any]]]:
    """(name, [(top-level field, value)]) from the Document sheet; a ``resources`` row
    written as "sheet Resources" (by earlier versions) has the value None (the Resources
    sheet holds it)."""
    check_cells(table, problems)
    name, fields = None, []
    for number, cells in table.rows[1:]:
        cells = list(cells) + [None] * 3
        try:
            how = C.text(cells[2]) or "JSON"
            key = C.json_value(cells[0]) if how.startswith("JSON field") else C.text(cells[0])
            how = how.removeprefix("JSON field, ")
            if how == "text":
                value = C.text(cells[1])
            elif how == "sheet Resources":
                value = None
            else:
                value = C.json_value(cells[1])
        except C.CellProblem as problem:
            problems.add(table, number, str(problem))
            continue
        if not isinstance(key, str):
            continue
        if key == "name":
            name = value
        else:
            fields.append((key, value))
    return name, fields
