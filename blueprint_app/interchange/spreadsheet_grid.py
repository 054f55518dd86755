"""A grid sheet -> interchange dict: the first column names the lanes, the first row the
stages, and each cell holds that lane's steps in that stage, one per line (the form of the
common service-blueprint templates, and of the ``Grid`` sheet this program writes)."""
from __future__ import annotations

from typing import Any

from ..model import Lane
from . import spreadsheet_cells as C
from . import spreadsheet_headers as H
from .spreadsheet_files import Table, blank
from .spreadsheet_problems import Problems
from .spreadsheet_records import check_cells

NO_STAGE_WORDS = ("(no stage)", "（无阶段）", "无阶段")
_LANE_INDEX = {lane.value: i for i, lane in enumerate(Lane)}


def looks_like_grid(table: Table) -> bool:
    """No label column in the first row, and every later row starts with a lane word."""
    if len(table.rows) < 2:
        return False
    header = table.rows[0][1]
    if any(H.field_of_header(c) == "label" for c in header if isinstance(c, str)):
        return False
    firsts = [cells[0] if cells else None for _, cells in table.rows[1:]]
    return all(isinstance(c, str) and H.lane_of(c) is not None for c in firsts)


def read_grid(table: Table, problems: Problems) -> tuple[dict, list[str]]:
    """({"stages", "nodes", "edges"}, notes)."""
    check_cells(table, problems)
    header_row, header = table.rows[0]
    stages, columns = [], {}
    for index, cell in enumerate(header[1:], 1):
        try:
            name = C.text(cell, "a stage name")
        except C.CellProblem as problem:
            problems.add(table, header_row, str(problem), index)
            continue
        if name is None:
            continue
        if name.casefold() in NO_STAGE_WORDS:
            columns[index] = None
            continue
        if any(s["id"] == name for s in stages):
            problems.add(table, header_row, f"stage {name!r} heads two columns", index)
            continue
        stages.append({"id": name, "name": name})
        columns[index] = name
    nodes: list[dict] = []
    order: list[tuple[Any, ...]] = []
    for number, cells in table.rows[1:]:
        try:
            lane = C.lane(cells[0])
        except C.CellProblem as problem:
            problems.add(table, number, str(problem), 0, "lane")
            continue
        for index, cell in enumerate(cells[1:], 1):
            if blank(cell):
                continue
            if index not in columns:
                problems.add(table, number, "a step in a column without a stage name", index)
                continue
            try:
                content = C.text(cell, "step labels")
            except C.CellProblem as problem:
                problems.add(table, number, str(problem), index)
                continue
            for line_no, line in enumerate(l.strip() for l in content.split("\n")):
                if line:
                    node = {"id": f"n{len(nodes) + 1}", "lane": lane, "label": line}
                    if columns[index] is not None:
                        node["stage"] = columns[index]
                    nodes.append(node)
                    order.append((index, _LANE_INDEX[lane], number, line_no, node["id"]))
    facing = [o[-1] for o in sorted(order) if nodes[int(o[-1][1:]) - 1]["lane"]
              in ("customer", "frontstage")]
    edges = [{"source": a, "target": b, "kind": "flow"} for a, b in zip(facing, facing[1:])]
    where = table.source + (f", sheet {table.sheet}" if table.sheet else "")
    notes = [f"{where}: read as a grid (lanes down, stages across): {len(nodes)} step(s); "
             f"{len(edges)} flow link(s) drawn between consecutive customer-facing steps, "
             "stage by stage"]
    return {"stages": stages, "nodes": nodes, "edges": edges}, notes
