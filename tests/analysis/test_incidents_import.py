"""Incident log import, CSV and .xlsx: good logs, and bad logs refused whole with every bad
row named."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from blueprint_app.analysis.incidents import IncidentImportError, import_incidents
from blueprint_app.model import Blueprint, Incident


@pytest.fixture
def bp() -> Blueprint:
    bp = Blueprint("shop")
    bp.add_node(id="t1", lane="frontstage", label="Order confirmation")
    bp.add_node(id="t2", lane="frontstage", label="Delivery")
    bp.add_node(id="s1", lane="support", label="Order management system")
    bp.add_node(id="b1", lane="backstage", label="Picking")
    bp.add_node(id="b2", lane="backstage", label="Picking")      # same label: ambiguous
    return bp


def write_log(tmp_path, kind: str, rows: list[list], name: str = "log"):
    path = tmp_path / f"{name}.{kind}"
    if kind == "csv":
        path.write_text("\n".join(",".join("" if c is None else str(c) for c in row)
                                  for row in rows) + "\n", encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    return path


GOOD = [["Date", "Touchpoint", "Cause", "Count", "Customers Affected", "minutes_lost"],
        ["2024-03-01", "t1", "s1", 3, 40, 12.5],
        ["2024-03-02", "Delivery", "Order management system", None, None, None],
        ["2024-03-05", "t1", None, 1, 2, None]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_good_log(bp, tmp_path, kind):
    incidents = import_incidents(bp, write_log(tmp_path, kind, GOOD))
    assert incidents == [
        Incident(dt.date(2024, 3, 1), "t1", "s1", 3, 40, 12.5),
        Incident(dt.date(2024, 3, 2), "t2", "s1", 1, None, None),
        Incident(dt.date(2024, 3, 5), "t1", None, 1, 2, None),
    ]


def test_xlsx_date_cells_and_numeric_cells(bp, tmp_path):
    rows = [["date", "touchpoint", "cause", "count"],
            [dt.datetime(2024, 1, 2, 9, 30), "t1", "s1", 2.0]]
    [incident] = import_incidents(bp, write_log(tmp_path, "xlsx", rows))
    assert incident.date == dt.date(2024, 1, 2) and incident.count == 2


def test_semicolon_csv_and_bom(bp, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("\ufeffdate;touchpoint;cause\n2024-01-02;t1;s1\n", encoding="utf-8")
    assert import_incidents(bp, path)[0].cause == "s1"


BAD = [["date", "touchpoint", "cause", "count", "customers_affected"],
       ["2024-03-01", "t1", "s1", 1, None],          # row 2 fine
       ["2024-03-01", "nope", "s1", 1, None],        # row 3 unknown touchpoint
       ["2024-03-01", "t1", "s1", -2, None],         # row 4 negative count
       ["2024-02-30", "t1", "s1", 1, None],          # row 5 bad date
       ["2024-03-01", "t1", "Picking", 1, None],     # row 6 ambiguous cause
       ["2024-03-01", "s1", "s1", "lots", "x"],      # row 7 not a touchpoint, 2 bad numbers
       ["2024-03-01", "t1", "s1", 1.5, None]]        # row 8 not whole


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bad_log_names_every_bad_row(bp, tmp_path, kind):
    with pytest.raises(IncidentImportError) as info:
        import_incidents(bp, write_log(tmp_path, kind, BAD))
    rows = sorted({row for row, _ in info.value.problems})
    assert rows == [3, 4, 5, 6, 7, 8]
    message = str(info.value)
    assert "nothing imported" in message
    for fragment in ("row 3: unknown touchpoint 'nope'", "row 4: negative count",
                     "row 5: bad date '2024-02-30'", "row 6: ambiguous cause 'Picking'",
                     "row 7: 's1' is not a touchpoint", "row 7: count is not a number",
                     "row 7: customers_affected is not a number",
                     "row 8: count is not a whole number"):
        assert fragment in message
    assert bp.incidents == []


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_missing_column(bp, tmp_path, kind):
    rows = [["date", "touchpoint", "count"], ["2024-03-01", "t1", 1]]
    with pytest.raises(IncidentImportError, match="row 1: missing column 'cause'"):
        import_incidents(bp, write_log(tmp_path, kind, rows))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("row, reason", [
    (["", "t1", "s1"], "missing date"),
    (["2024-03-01", "", "s1"], "missing touchpoint"),
    (["01/03/2024", "t1", "s1"], "bad date '01/03/2024'"),
])
def test_single_bad_rows(bp, tmp_path, kind, row, reason):
    rows = [["date", "touchpoint", "cause"], ["2024-03-01", "t1", "s1"], row]
    with pytest.raises(IncidentImportError, match=f"row 3: {reason}"):
        import_incidents(bp, write_log(tmp_path, kind, rows))


def test_unreadable_files(bp, tmp_path):
    with pytest.raises(IncidentImportError, match="no such file"):
        import_incidents(bp, tmp_path / "missing.csv")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    with pytest.raises(IncidentImportError, match="not an Excel"):
        import_incidents(bp, fake)
    with pytest.raises(IncidentImportError, match="expected .csv or .xlsx"):
        import_incidents(bp, tmp_path / "log.txt")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(IncidentImportError, match="empty"):
        import_incidents(bp, empty)
