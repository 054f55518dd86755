"""Step list (one row per node) -> interchange dict -> Blueprint.

The first non-empty row is the header (spreadsheet_headers); ``lane`` and ``label`` columns
are required. ``supports`` and ``next`` name other rows by id or label. Stages come from the
``stage`` column in order of first appearance (or from a ``Stages`` sheet); rows without an
id get ``n<row>``. A workbook written by spreadsheet_write adds its further sheets
(spreadsheet_records), so the round trip is exact. Every problem is collected first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Lane, ModelError, make_node
from . import fields as F
from . import spreadsheet_cells as C
from . import spreadsheet_columns as S
from . import spreadsheet_headers as H
from .spreadsheet_files import Table, blank
from .spreadsheet_problems import Problems
from .spreadsheet_records import check_cells

CUSTOMER_FACING = (Lane.CUSTOMER.value, Lane.FRONTSTAGE.value)
DECODE = {**{f: k.decode for f, k in S.STEP_KINDS.items()},
          "supports": C.text, "next": C.text, S.MORE: C.json_object}
_CHECKED = tuple(f for f in F.NODE_FIELDS if f not in ("commitments", "perceptions"))


def recognise_columns(header: list[Any], overrides: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field. ``overrides`` maps a header (any spelling) to a field, or to
    ``""`` to ignore the column."""
    wanted = {H.normalise(k): v for k, v in (overrides or {}).items()}
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        if blank(cell) or isinstance(cell, C.Formula):
            continue
        name = H.normalise(cell)
        found = wanted[name] if name in wanted else H.field_of_header(cell)
        if found:
            columns[index] = found
    return columns


@dataclass
class StepRow:
    number: int
    node: dict
    refs: dict[str, tuple[str, int]] = field(default_factory=dict)  # field -> (text, column)
    from_more: set = field(default_factory=set)


@dataclass
class Steps:
    """What one step-list sheet says, before the rows are tied together."""

    table: Table
    columns: dict[int, str]
    problems: Problems
    rows: list[StepRow] = field(default_factory=list)

    def column_of(self, name: str) -> int | None:
        return next((i for i, f in self.columns.items() if f == name), None)

    def add(self, row: StepRow | None, reason: str, name: str | None = None) -> None:
        column = self.column_of(name) if name else None
        if row is not None and name in row.from_more:
            column = self.column_of(S.MORE)
        header = self.table.rows[0][1][column] if column is not None else name
        self.problems.add(self.table, row.number if row else None, reason, column,
                          None if header is None else str(header))


def read_steps(table: Table, columns: dict[int, str], problems: Problems,
               may_be_empty: bool = False) -> Steps:
    """The rows of a step list; ``may_be_empty`` for a workbook this program wrote (a
    blueprint without nodes is still a blueprint)."""
    steps = Steps(table, columns, problems)
    check_cells(table, problems)
    if not table.rows:
        problems.add(table, None, "the sheet is empty: no header row, no steps")
        return steps
    header_row, header = table.rows[0]
    seen: dict[str, int] = {}
    for index, name in sorted(columns.items()):
        if name in seen:
            problems.add(table, header_row, f"columns {_letter(seen[name])} and "
                         f"{_letter(index)} both mean {name!r}; use --map to say which is which")
        seen.setdefault(name, index)
    for name in H.REQUIRED_COLUMNS:
        if name not in seen:
            problems.add(table, header_row, f"no {name} column: the header row needs one of "
                         f"{_spellings(name)}, or a column mapped to {name} (--map COLUMN={name})")
    if len(table.rows) == 1 and not may_be_empty:
        problems.add(table, header_row, "the sheet has a header row but no steps")
    if problems:
        return steps
    for number, cells in table.rows[1:]:
        row = _read_row(steps, number, cells)
        if row is not None:
            steps.rows.append(row)
    return steps


def _letter(index: int) -> str:
    from .spreadsheet_problems import column_letter
    return column_letter(index)


def _spellings(name: str) -> str:
    written, english, chinese = H.STEP_COLUMNS[name]
    return ", ".join(repr(w) for w in dict.fromkeys((written, *english, *chinese)))


def _read_row(steps: Steps, number: int, cells: list[Any]) -> StepRow | None:
    values: dict[str, Any] = {}
    row = StepRow(number, {})
    bad = False
    for index, name in steps.columns.items():
        cell = cells[index] if index < len(cells) else None
        try:
            value = DECODE[name](cell)
        except C.CellProblem as problem:
            steps.add(row, str(problem), name)
            bad = True
            continue
        if value is not None:
            values[name] = value
    if not values and not bad:
        return None  # only ignored columns are filled in
    for name in ("supports", "next"):
        if name in values:
            row.refs[name] = (values.pop(name), steps.column_of(name))
    more = values.pop(S.MORE, None) or {}
    row.node = {**values, **more}
    row.from_more = set(more)
    for name in ("lane", "label"):
        if name not in row.node and not bad:
            steps.add(row, f"{name} is empty", name)
            bad = True
    if not bad:
        _check_model(steps, row)
    return row


def _check_model(steps: Steps, row: StepRow) -> None:
    data = {k: v for k, v in row.node.items() if k in _CHECKED and k != "stage"}
    try:
        make_node(**{"id": "row", **data})
    except ModelError as error:
        steps.add(row, error.reason, (error.field or "").split(".")[0] or None)


def assign_ids(steps: Steps) -> None:
    first: dict[str, int] = {}
    for row in steps.rows:
        ident = row.node.get("id")
        if isinstance(ident, str):
            if ident in first:
                steps.add(row, f"duplicate id {ident!r} (first in row {first[ident]})", "id")
            first.setdefault(ident, row.number)
    for row in steps.rows:
        if "id" not in row.node:
            candidate, n = f"n{row.number}", 1
            while candidate in first:
                n += 1
                candidate = f"n{row.number}_{n}"
            first[candidate] = row.number
            row.node["id"] = candidate


def resolve_stages(steps: Steps, stages: list[dict] | None) -> list[dict]:
    """Stage cells -> stage ids. Without a Stages sheet each new name is a new stage."""
    if stages is None:
        stages, known = [], {}
        for row in steps.rows:
            name = row.node.get("stage")
            if isinstance(name, str) and name not in known:
                known[name] = name
                stages.append({"id": name, "name": name})
        return stages
    by_id = {s.get("id"): s for s in stages}
    by_name: dict[Any, list] = {}
    for s in stages:
        by_name.setdefault(s.get("name"), []).append(s)
    for row in steps.rows:
        cell = row.node.get("stage")
        if not isinstance(cell, str) or cell in by_id:
            continue
        named = by_name.get(cell, [])
        if len(named) == 1:
            row.node["stage"] = named[0]["id"]
        else:
            steps.add(row, f"stage {cell!r} is not the id or the name of one stage of the "
                           "Stages sheet", "stage")
    return stages


class References:
    """Names in supports/next cells -> node ids (an id first, else a label used once)."""

    def __init__(self, steps: Steps):
        self.steps = steps
        self.ids = {row.node["id"]: row for row in steps.rows}
        self.labels: dict[str, list[StepRow]] = {}
        for row in steps.rows:
            if isinstance(row.node.get("label"), str):
                self.labels.setdefault(row.node["label"].strip().casefold(), []).append(row)

    def _find(self, name: str) -> tuple[str | None, str | None]:
        if name in self.ids:
            return name, None
        rows = self.labels.get(name.casefold(), [])
        if len(rows) == 1:
            return rows[0].node["id"], None
        if rows:
            numbers = ", ".join(str(r.number) for r in rows)
            return None, (f"{name!r} is the label of rows {numbers}; write the id of the one "
                          "you mean")
        return None, f"{name!r} names no step (no row has this id or label)"

    def targets(self, row: StepRow, name: str) -> list[str]:
        text, _ = row.refs[name]
        whole, _ = self._find(text)
        out: list[str] = []
        for part in [text] if whole is not None else C.references(text):
            target, reason = self._find(part)
            if reason:
                self.steps.add(row, f"{name}: {reason}", name)
            elif target == row.node["id"]:
                self.steps.add(row, f"{name}: a step cannot name itself ({part!r})", name)
            elif target not in out:
                out.append(target)
        return out


def edges_from_columns(steps: Steps) -> tuple[list[dict], list[str]]:
    """Flow edges from ``next``, support edges from ``supports``; without a ``next`` column,
    flow edges between consecutive customer-facing rows (the note says so)."""
    refs = References(steps)
    edges, notes = [], []
    for row in steps.rows:
        for name, kind in (("next", "flow"), ("supports", "support")):
            if name in row.refs:
                edges.extend({"source": row.node["id"], "target": t, "kind": kind}
                             for t in refs.targets(row, name))
    if steps.column_of("next") is None:
        facing = [r.node["id"] for r in steps.rows if r.node.get("lane") in CUSTOMER_FACING]
        edges[:0] = [{"source": a, "target": b, "kind": "flow"}
                     for a, b in zip(facing, facing[1:])]
        notes.append(f"{_where(steps.table)}: no 'next' column, so {max(len(facing) - 1, 0)} "
                     "flow link(s) were drawn between consecutive customer-facing steps "
                     "(customer and frontstage lanes) in row order")
    return edges, notes


def _where(table: Table) -> str:
    return table.source + (f", sheet {table.sheet}" if table.sheet else "")


def check_links(steps: Steps, links: Table, edges: list[tuple[int, dict]]) -> None:
    """With a Links sheet, the supports/next columns must say the same (they are what a
    reader edits; silently preferring one would lose an edit)."""
    said = {}
    refs = References(steps)
    for row in steps.rows:
        for name, kind in (("next", "flow"), ("supports", "support")):
            if name in row.refs:
                for target in refs.targets(row, name):
                    said[(row.node["id"], target, kind)] = (row, name)
    listed = {(e.get("source"), e.get("target"), e.get("kind")): n for n, e in edges}
    for key, (row, name) in said.items():
        if key not in listed:
            steps.add(row, f"{name} names {key[1]!r}, but the Links sheet has no such link; "
                           "add it there too, or delete the Links sheet to take the links "
                           "from the supports and next columns", name)
    for key, number in listed.items():
        column = "supports" if key[2] == "support" else "next"
        if key not in said and steps.column_of(column) is not None:
            steps.problems.add(links, number, f"link {key[0]} → {key[1]} ({key[2]}) is not in "
                               f"the {column} column of the Steps sheet; add it there too, or "
                               "delete this row")


_ITEM_PATH = re.compile(r"(nodes|resources)\[(\d+)\](\.?)")


def located(steps: Steps, message: str, resource_rows: list[int] = ()) -> str:
    """A model message about ``nodes[i]`` or ``resources[i]`` said as the row of its sheet
    (``resource_rows``: the row of each resource on the Resources sheet)."""
    def row_of(match: re.Match) -> str:
        i, then = int(match.group(2)), ", " if match.group(3) else ""
        if match.group(1) == "resources":
            return f"sheet Resources, row {resource_rows[i]}{then}" if i < len(resource_rows) \
                else match.group(0)
        where = f"sheet {steps.table.sheet}, " if steps.table.sheet else ""
        return f"{where}row {steps.rows[i].number}{then}" if i < len(steps.rows) \
            else match.group(0)
    return _ITEM_PATH.sub(row_of, message)
