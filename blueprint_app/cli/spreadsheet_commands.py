"""`import IN.xlsx|IN.csv OUT.blueprint [--sheet NAME] [--map COLUMN=FIELD ...]`: a step
list or grid spreadsheet becomes a document (the readers live in interchange)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import EXIT_OK, CliError


def add_import_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("spreadsheet input (.xlsx, .csv)")
    group.add_argument("--sheet", metavar="NAME",
                       help="the sheet to read (default: Steps if there is one, else the first)")
    group.add_argument("--map", metavar="COLUMN=FIELD", action="append", default=[],
                       help="read the column headed COLUMN as FIELD (e.g. --map Task=label); "
                            "FIELD 'ignore' skips the column; may be repeated")


def run_spreadsheet_import(args: argparse.Namespace, source: Path, target: Path) -> int:
    from ..interchange.errors import InterchangeError
    from ..interchange.spreadsheet_import import import_spreadsheet, parse_map
    from ..store import DocumentError, save_blueprint

    try:
        mapping = parse_map(args.map)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        result = import_spreadsheet(source, sheet=args.sheet, mapping=mapping)
    except InterchangeError as exc:
        count = len(exc.problems)
        raise CliError(f"{source}: nothing imported, {count} problem(s):\n" + str(exc)) from None
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    try:
        save_blueprint(result.blueprint, target)
    except (DocumentError, OSError) as exc:
        raise CliError(str(exc)) from None
    bp = result.blueprint
    print(f"imported {len(bp)} step(s), {len(bp.edges_in_order())} link(s) and "
          f"{len(bp.stages)} stage(s) into {target}")
    return EXIT_OK


def refuse_spreadsheet_options(args: argparse.Namespace) -> None:
    if getattr(args, "sheet", None) or getattr(args, "map", None):
        raise CliError("--sheet and --map apply to .xlsx and .csv input only")
