"""Spreadsheet benchmark (issue 14): import of a 20 000-row step list as CSV and as .xlsx,
and export of that blueprint to a workbook. Each case runs in a fresh interpreter, which
reports its wall time and its peak resident memory (ru_maxrss), beside the baseline of an
interpreter that has only imported the modules. Run: python -m benchmarks spreadsheets"""
from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from blueprint_app.interchange.spreadsheet_import import import_spreadsheet
from blueprint_app.interchange.spreadsheet_write import write_workbook

ROWS = 20_000
LANES = ("customer", "touchpoint", "backstage", "support process", "evidence")
HEADER = ["id", "stage", "lane", "label", "owner", "failure probability", "supports", "next"]


def step_rows(n: int) -> list[list]:
    rows = []
    for i in range(1, n + 1):
        lane = LANES[i % 5]
        supports = f"r{i + 1}" if lane in ("backstage", "support process") and i < n else ""
        following = f"r{i + 1}" if lane in ("customer", "touchpoint") and i < n else ""
        rows.append([f"r{i}", f"Stage {i // 500 + 1}", lane, f"Step {i} 步骤",
                     "Operations", 0.001 if lane == "support process" else "", supports,
                     following])
    return rows


CASE = """
import resource, sys, time
from blueprint_app.interchange.spreadsheet_import import import_spreadsheet
from blueprint_app.interchange.spreadsheet_write import write_workbook
import openpyxl
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "import":
    assert len(import_spreadsheet(path).blueprint) == int(sys.argv[3])
elif kind == "export":
    write_workbook(import_spreadsheet(path).blueprint, sys.argv[4])
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _run(*args: str) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CASE, *args], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    import openpyxl

    rows = step_rows(ROWS)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = Path(folder) / "steps.csv", Path(folder) / "steps.xlsx"
        with csv_path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows([HEADER] + rows)
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Steps")
        for row in [HEADER] + rows:
            sheet.append(row)
        book.save(xlsx_path)
        _, baseline = _run("none", str(csv_path))
        print(f"{'what':44} {'seconds':>8} {'peak RSS MB':>12}")
        print(f"{'(interpreter with the modules loaded)':44} {'':8} {baseline:12.0f}")
        for name, path in (("import 20 000-row CSV", csv_path),
                           ("import 20 000-row .xlsx", xlsx_path)):
            seconds, peak = _run("import", str(path), str(ROWS))
            print(f"{name:44} {seconds:8.2f} {peak:12.0f}")
        seconds, peak = _run("export", str(csv_path), "", str(Path(folder) / "out.xlsx"))
        print(f"{'import CSV + export 20 000 steps to .xlsx':44} {seconds:8.2f} {peak:12.0f}")


if __name__ == "__main__":
    main()
