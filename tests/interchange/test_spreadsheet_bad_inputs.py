"""Bad spreadsheets: each gives its message (file, sheet, row, column), exit 2, and no
document is written."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from blueprint_app.cli import main
from blueprint_app.interchange.spreadsheet_files import MAX_ROWS
from blueprint_app.interchange.spreadsheet_write import workbook_bytes
from blueprint_app.interchange import blueprint_from_dict

GOOD = [["id", "lane", "label", "failure probability", "supports"],
        ["c1", "customer", "Orders", None, None],
        ["t1", "touchpoint", "Confirmation", 0.01, None],
        ["s1", "support", "Order system", 0.02, "t1"]]


def xlsx(tmp_path: Path, rows, edit=None, name="bad.xlsx") -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if edit:
        edit(book.active)
    path = tmp_path / name
    book.save(path)
    return path


def csv_file(tmp_path: Path, text: str, encoding="utf-8") -> Path:
    path = tmp_path / "bad.csv"
    path.write_bytes(text.encode(encoding))
    return path


def with_cell(row: int, column: int, value):
    def edit(sheet):
        sheet.cell(row=row, column=column).value = value
    return edit


def _edited_workbook(tmp_path: Path) -> Path:
    data = {"format": "touchpoint-blueprint", "version": 1, "name": "x", "stages": [],
            "nodes": [{"id": "a", "lane": "customer", "label": "A"},
                      {"id": "b", "lane": "frontstage", "label": "B"}],
            "edges": [{"source": "a", "target": "b", "kind": "flow"}]}
    path = tmp_path / "exported.xlsx"
    path.write_bytes(workbook_bytes(blueprint_from_dict(data)))
    book = openpyxl.load_workbook(path)
    steps = book["Steps"]
    header = [c.value for c in steps[1]]
    steps.cell(row=3, column=header.index("next") + 1).value = "a"  # a link Links lacks
    book.save(path)
    return path


def _million_rows(tmp_path: Path) -> Path:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("lane,label\n")
        out.writelines("customer,step\n" for _ in range(1_000_000))
    return path


def _resources_workbook(tmp_path: Path, category: str, resource_id: str) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Steps"
    for row in GOOD:
        book.active.append(row)
    sheet = book.create_sheet("Resources")
    sheet.append(["id", "label", "category"])
    sheet.append([resource_id, "Order system", category])
    path = tmp_path / "resources.xlsx"
    book.save(path)
    return path


CASES = {
    "unknown resource category": (lambda t: _resources_workbook(t, "robot", "oms"),
                                  ["sheet Resources, row 2, column C (category)",
                                   "unknown category 'robot'"]),
    "resource id that is a step id": (lambda t: _resources_workbook(t, "system", "s1"),
                                      ["sheet Resources, row 2, id:",
                                       "is also the id of a node"]),
    "negative volume": (lambda t: csv_file(t, "lane,label,volume\nfrontstage,Desk,-3\n"),
                        ["row 2, column C (volume)", "at least 0"]),
    "missing lane column": (lambda t: xlsx(t, [["id", "label"], ["a", "Orders"]]),
                            ["row 1", "no lane column", "'lane', 'layer', '泳道', '层'"]),
    "unknown lane word": (lambda t: xlsx(t, GOOD, with_cell(3, 2, "kunde")),
                          ["sheet Sheet, row 3, column B (lane)", "unknown lane 'kunde'"]),
    "supports naming nothing": (lambda t: xlsx(t, GOOD, with_cell(4, 5, "Nowhere")),
                                ["row 4, column E (supports)", "'Nowhere' names no step"]),
    "label used twice as a target": (
        lambda t: xlsx(t, GOOD + [["t2", "frontstage", "Confirmation", None, None]],
                       with_cell(4, 5, "Confirmation")),
        ["row 4, column E (supports)", "label of rows 3, 5"]),
    "duplicate ids": (lambda t: xlsx(t, GOOD, with_cell(4, 1, "c1")),
                      ["row 4, column A (id)", "duplicate id 'c1' (first in row 2)"]),
    "empty sheet": (lambda t: xlsx(t, []), ["the sheet is empty"]),
    "header without steps": (lambda t: xlsx(t, GOOD[:1]), ["header row but no steps"]),
    "merged cells": (lambda t: xlsx(t, GOOD, lambda s: s.merge_cells("B2:B3")),
                     ["merged cells B2:B3", "unmerge"]),
    "formula cell": (lambda t: xlsx(t, GOOD, with_cell(3, 4, "=0.5/10")),
                     ["row 3, column D (failure probability)", "is a formula (=0.5/10)"]),
    "date where a probability belongs": (
        lambda t: xlsx(t, GOOD, with_cell(3, 4, dt.datetime(2024, 3, 1))),
        ["row 3, column D (failure probability)", "is a date or time (2024-03-01"]),
    "probability above 1": (lambda t: xlsx(t, GOOD, with_cell(3, 4, 1.5)),
                            ["row 3, column D", "from 0 to 1"]),
    "unknown category": (lambda t: csv_file(t, "lane,label,category\nsupport,OMS,robot\n"),
                         ["row 2, column C (category)", "unknown category 'robot'"]),
    "bad requires": (lambda t: csv_file(t, "lane,label,requires\nfrontstage,Desk,some\n"),
                     ["row 2, column C (requires)", "all, any or a whole number"]),
    "two columns for one field": (lambda t: csv_file(t, "step,name,lane\nA,B,customer\n"),
                                  ["row 1", "columns A and B both mean 'label'"]),
    "a step naming itself": (lambda t: csv_file(t, "id,lane,label,next\na,customer,A,a\n"),
                             ["row 2, column D (next)", "cannot name itself"]),
    "1 000 000 rows (refused)": (_million_rows, [f"more than {MAX_ROWS:,} rows"]),
    "not a spreadsheet (.xlsx)": (
        lambda t: (t / "photo.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)) and t / "photo.xlsx",
        ["photo.xlsx: not an Excel workbook"]),
    "binary data in a .csv": (lambda t: csv_file(t, "lane,label\x00\x01\x02", "latin-1"),
                              ["not a text spreadsheet"]),
    "a text file": (lambda t: (t / "notes.txt").write_text("hello") and t / "notes.txt",
                    ["notes.txt: the input must be a .json interchange file or a spreadsheet"]),
    "edited workbook whose Links disagree": (_edited_workbook,
                                             ["sheet Steps, row 3, column L (next)",
                                              "the Links sheet has no such link"]),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_refused_with_its_message(case: str, tmp_path: Path, capsys):
    make, expected = CASES[case]
    source = make(tmp_path)
    out = tmp_path / "out.blueprint"
    assert main(["import", str(source), str(out)]) == 2
    err = capsys.readouterr().err
    for text in expected:
        assert text in err, err
    assert "Traceback" not in err
    assert not out.exists()


def test_every_problem_is_listed_at_once(tmp_path: Path, capsys):
    source = csv_file(tmp_path, "id,lane,label,failure probability\n"
                                "a,customer,A,2\nb,kunde,B,\nb,support,,0.1\n")
    out = tmp_path / "out.blueprint"
    assert main(["import", str(source), str(out)]) == 2
    err = capsys.readouterr().err
    assert "3 problem(s)" in err
    for text in ("row 2, column D (failure probability)", "row 3, column B (lane)",
                 "row 4, column C (label): label is empty"):
        assert text in err
    assert not out.exists()


def test_map_naming_a_missing_column(tmp_path: Path, capsys):
    source = csv_file(tmp_path, "lane,label\ncustomer,A\n")
    assert main(["import", str(source), str(tmp_path / "o.blueprint"),
                 "--map", "Task=label"]) == 2
    assert "--map names column 'Task'" in capsys.readouterr().err


def test_a_missing_sheet(tmp_path: Path, capsys):
    source = xlsx(tmp_path, GOOD)
    assert main(["import", str(source), str(tmp_path / "o.blueprint"), "--sheet", "Nope"]) == 2
    assert "no sheet named 'Nope'" in capsys.readouterr().err
