"""Blueprint -> Excel workbook: ``Steps`` (one row per node, the step-list headers), then
``Links``, ``Stages``, ``Commitments``, ``Perceptions``, ``Incidents``, ``Executions``,
``Resources``, a ``Grid`` for reading and printing, and ``Document`` (name and the other
top-level fields). Reading the workbook back (spreadsheet_read) gives the same JSON.

Every text cell is stored as text (never a formula), with Excel's quote prefix on texts
that begin with ``=``, ``+``, ``-`` or ``@``.
"""
from __future__ import annotations

import io
import os
from typing import Any

from ..model import Blueprint
from ..model.enums import LANE_ORDER, LANE_TITLES, Lane
from . import spreadsheet_columns as S
from . import spreadsheet_headers as H
from .atomic import write_bytes_atomic
from .errors import InterchangeError
from .fields import TOP_FIELDS
from .json_format import blueprint_to_dict

# The screen's light lane colours (node fill, outline) of look/palette.py LIGHT. The
# interchange layer may not import look, so it keeps this copy; a test keeps the two equal.
GRID_COLOURS: dict[Lane, tuple[str, str]] = {
    Lane.EVIDENCE: ("#ffffff", "#78828c"),
    Lane.CUSTOMER: ("#fff3cd", "#b07f00"),
    Lane.FRONTSTAGE: ("#dcecfc", "#1f6fc5"),
    Lane.BACKSTAGE: ("#dff1df", "#3b8a3e"),
    Lane.SUPPORT: ("#efe3f5", "#7b3f98"),
}
HEADER_FILL = "#e7ebf0"
NO_STAGE = "(no stage)"
FORMULA_STARTS = ("=", "+", "-", "@")
STEP_FIELDS = tuple(H.STEP_COLUMNS)


def _set(sheet, row: int, column: int, value: Any):
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text begins with
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def _header(sheet, headers: list[str]) -> None:
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL[1:])
    for column, text in enumerate(headers, 1):
        cell = _set(sheet, 1, column, text)
        cell.font, cell.fill = Font(bold=True), fill
    sheet.freeze_panes = "A2"


def _width(text: Any) -> int:
    line = max(str(text).split("\n"), key=len) if text is not None else ""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


def _widths(sheet, rows: list[list[Any]], headers: list[str]) -> None:
    from openpyxl.utils import get_column_letter

    for index, header in enumerate(headers):
        widest = max([_width(header)] + [_width(r[index]) for r in rows[:2000]
                                          if index < len(r)])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 8), 60)


def _table(book, name: str, headers: list[str], rows: list[list[Any]]) -> None:
    sheet = book.create_sheet(name)
    _header(sheet, headers)
    for r, values in enumerate(rows, 2):
        for c, value in enumerate(values, 1):
            if value is not None:
                _set(sheet, r, c, value)
    _widths(sheet, rows, headers)


def _record_rows(spec: S.RecordSheet, records: list[dict]) -> list[list[Any]]:
    rows = []
    for record in records:
        if spec.name in S.ALL_KEYS:
            record = {k: v for k, v in record.items() if v is not None}
        cells, more = S.split_record(spec.columns, record)
        rows.append([cells.get(f) for f, _ in spec.columns] + [S.more_text(more)])
    return rows


def _stage_cells(stages: list[dict]) -> dict[str, str]:
    """Stage id -> what the Steps sheet shows: the name when it names only that stage (the
    reader matches ids first, then names), else the id."""
    ids = {s["id"] for s in stages}
    count: dict[str, int] = {}
    for s in stages:
        count[s["name"]] = count.get(s["name"], 0) + 1
    shown = {}
    for s in stages:
        name = s["name"]
        try:
            readable = S.encode("stage", S.TEXT, name) == name
        except S.NotInCell:
            readable = False
        unique = count[name] == 1 and (name not in ids or name == s["id"])
        shown[s["id"]] = name if readable and unique else s["id"]
    return shown


def _step_rows(data: dict) -> tuple[list[list[Any]], list[dict], list[dict]]:
    shown = _stage_cells(data["stages"])
    targets: dict[tuple[str, str], list[str]] = {}
    for edge in data["edges"]:
        targets.setdefault((edge["source"], edge["kind"]), []).append(edge["target"])
    rows, commitments, perceptions = [], [], []
    for node in data["nodes"]:
        node = dict(node)
        for key, out in (("commitments", commitments), ("perceptions", perceptions)):
            value = node.get(key)
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                out.extend({"node": node["id"], **v} for v in node.pop(key))
        cells, more = S.split_record(tuple(S.STEP_KINDS.items()), node)
        if "stage" in cells:
            cells["stage"] = shown.get(cells["stage"], cells["stage"])
        for field, kind in (("supports", "support"), ("next", "flow")):
            names = list(dict.fromkeys(targets.get((node["id"], kind), ())))
            cells[field] = "\n".join(names) or None
        cells[S.MORE] = S.more_text(more)
        rows.append([cells.get(f) for f in STEP_FIELDS])
    return rows, commitments, perceptions


def _shown(text: str) -> str:
    """A text for reading only (the Grid): characters a cell cannot hold replaced."""
    return S._ILLEGAL.sub("\ufffd", text.replace("\r", ""))[:S.MAX_CELL_TEXT]


def _grid(book, data: dict) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet("Grid")
    stages = [(s["id"], s["name"]) for s in data["stages"]]
    if any(n.get("stage") is None for n in data["nodes"]):
        stages.append((None, NO_STAGE))
    _header(sheet, ["lane / stage"] + [_shown(name) for _, name in stages])
    sheet.freeze_panes = "B2"
    cells: dict[tuple[str, Any], list[str]] = {}
    for node in data["nodes"]:
        cells.setdefault((node["lane"], node.get("stage")), []).append(_shown(node["label"]))
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, lane in enumerate(LANE_ORDER, 2):
        fill_colour, outline = GRID_COLOURS[lane]
        fill = PatternFill("solid", fgColor=fill_colour[1:])
        title = _set(sheet, row, 1, LANE_TITLES[lane])
        title.font, title.fill, title.alignment = Font(bold=True, color=outline[1:]), fill, wrap
        lines = 1
        for column, (stage_id, _) in enumerate(stages, 2):
            labels = cells.get((lane.value, stage_id), [])
            cell = _set(sheet, row, column, "\n".join(labels)[:S.MAX_CELL_TEXT] or None)
            cell.fill, cell.alignment = fill, wrap
            lines = max(lines, sum(label.count("\n") + 1 for label in labels))
        sheet.row_dimensions[row].height = min(15 * lines + 4, 409)
    sheet.column_dimensions["A"].width = 26
    for column in range(2, len(stages) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 30


def _document_rows(data: dict, properties: dict) -> list[list[Any]]:
    """field | value | written as: "text" or "JSON"; a field name a cell cannot hold as it
    is is written as JSON too ("JSON field, ...")."""
    rows = []
    for key, value in [("name", data["name"])] + list(properties.items()):
        try:
            field, how = S.encode("field", S.TEXT, key), ""
        except S.NotInCell:
            field, how = S.json_text(key), "JSON field, "
        try:
            if key != "name":
                raise S.NotInCell
            rows.append([field, S.encode("name", S.TEXT, value), how + "text"])
        except S.NotInCell:
            rows.append([field, S.json_text(value), how + "JSON"])
    return rows


def workbook_bytes(bp: Blueprint) -> bytes:
    import openpyxl

    data = blueprint_to_dict(bp)
    properties = {k: v for k, v in data.items() if k not in TOP_FIELDS}
    book = openpyxl.Workbook()
    book.remove(book.active)
    steps, commitments, perceptions = _step_rows(data)
    _table(book, "Steps", [H.written_header(f) for f in STEP_FIELDS], steps)
    records = {"Links": data["edges"], "Stages": data["stages"], "Commitments": commitments,
               "Perceptions": perceptions, "Incidents": data.get("incidents", []),
               "Executions": data.get("executions", []),
               "Resources": data.get("resources", [])}
    for spec in S.RECORD_SHEETS:
        _table(book, spec.name, spec.headers(), _record_rows(spec, records[spec.name]))
    _grid(book, data)
    _table(book, "Document", ["field", "value", "written as"], _document_rows(data, properties))
    book.properties.title = S._ILLEGAL.sub("", data["name"])[:255]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_workbook(bp: Blueprint, path: str | os.PathLike) -> None:
    """Write the workbook atomically; InterchangeError if it cannot be written."""
    try:
        data = workbook_bytes(bp)
    except (TypeError, ValueError) as error:  # e.g. an unknown field holding NaN
        raise InterchangeError([f"{path}: cannot be written as a workbook: {error}"]) from None
    try:
        write_bytes_atomic(path, data)
    except OSError as error:
        raise InterchangeError([f"{path}: cannot write: {error.strerror or error}"]) from None
