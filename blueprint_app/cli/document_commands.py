"""`import`, `export` and `validate` (CONTRACT.md §3)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..formats import BY_SUFFIX
from .common import EXIT_FOUND_ERRORS, EXIT_OK, CliError, load_any

EXPORT_FORMATS = tuple(BY_SUFFIX)  # the format registry (blueprint_app/formats.py)
SPREADSHEET_INPUTS = (".xlsx", ".xlsm", ".csv")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="create a .blueprint document from a JSON interchange "
                                      "file or a spreadsheet of steps",
                       description="Create a .blueprint document from a JSON interchange file, "
                                   "or from a step list or grid in .xlsx or .csv.")
    p.add_argument("input", metavar="IN.json|IN.xlsx|IN.csv")
    p.add_argument("output", metavar="OUT.blueprint")
    from .spreadsheet_commands import add_import_options
    add_import_options(p)
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help="export a blueprint to JSON, GraphML, PDF, PNG, SVG or "
                                      "an Excel workbook",
                       description="Export a .blueprint or .json file. The format of OUT follows "
                                   "its extension: .json, .graphml, .pdf, .png, .svg, .xlsx.")
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    p.add_argument("--scale", type=float, default=None,
                   help="PNG: scale factor of the drawing (default 1.0 = 96 dpi)")
    p.add_argument("--dpi", type=float, default=None,
                   help="PNG: resolution; 96 dpi equals scale 1.0")
    _add_pdf_arguments(p)
    p.set_defaults(handler=run_export)

    p = sub.add_parser("validate", help="list validation findings (exit 1 if any error)",
                       description="List validation findings: errors and warnings. "
                                   "Exit code 1 if there is any error.")
    p.add_argument("input", metavar="IN")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(handler=run_validate)


def _add_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    from .pdf_options import add_pdf_arguments
    group = parser.add_argument_group("PDF options")
    add_pdf_arguments(group)


def run_import(args: argparse.Namespace) -> int:
    from ..interchange.json_format import InterchangeError, read_json
    from ..store import DocumentError, save_blueprint

    from .spreadsheet_commands import refuse_spreadsheet_options, run_spreadsheet_import

    source, target = Path(args.input), Path(args.output)
    if target.suffix.lower() != ".blueprint":
        raise CliError(f"{target}: the output must end in .blueprint")
    if source.suffix.lower() in SPREADSHEET_INPUTS:
        return run_spreadsheet_import(args, source, target)
    refuse_spreadsheet_options(args)
    if source.suffix.lower() != ".json":
        raise CliError(f"{source}: the input must be a .json interchange file or a "
                       f"spreadsheet ({', '.join(SPREADSHEET_INPUTS)})")
    if not source.exists():
        raise CliError(f"{source}: no such file")
    try:
        bp = read_json(source)
        save_blueprint(bp, target)
    except (InterchangeError, DocumentError, OSError) as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise CliError(f"{target}: unknown output format {suffix or '(none)'}; "
                       f"use one of {', '.join(EXPORT_FORMATS)}")
    pdf_options = _pdf_options(args) if suffix == ".pdf" else None
    if suffix != ".pdf" and getattr(args, "pdf_options_given", False):
        raise CliError("PDF options only apply to a .pdf output")
    scale = _image_scale(args, suffix)
    bp = load_any(args.input)
    from ..interchange.json_format import InterchangeError
    try:
        warnings = _write(bp, target, suffix, pdf_options, scale,
                          full_lists=bool(getattr(args, "pdf_full_lists", False)) or None)
    except InterchangeError as exc:  # JSON/GraphML writers report OS errors this way
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{target}: cannot write: {exc}") from None
    for warning in warnings or ():
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _pdf_options(args: argparse.Namespace):
    from .pdf_options import pdf_options_from_args
    return pdf_options_from_args(args)


def _image_scale(args: argparse.Namespace, suffix: str) -> float:
    if args.scale is not None and args.dpi is not None:
        raise CliError("give --scale or --dpi, not both")
    if (args.scale is not None or args.dpi is not None) and suffix != ".png":
        raise CliError("--scale and --dpi only apply to .png output (SVG is vector)")
    scale = args.scale if args.scale is not None else (args.dpi / 96.0 if args.dpi else 1.0)
    if not 0.05 <= scale <= 10:
        raise CliError(f"scale {scale:g} is out of range (0.05 to 10; dpi 5 to 960)")
    return scale


def _write(bp, target: Path, suffix: str, pdf_options, scale: float, full_lists=None):
    fmt = BY_SUFFIX[suffix]
    try:
        warnings = fmt.write(bp, target, options=pdf_options, scale=scale, full_lists=full_lists)
    except ValueError as exc:  # e.g. an image too large to render
        raise CliError(f"{target}: {exc}") from None
    return warnings if isinstance(warnings, list) else []


def run_validate(args: argparse.Namespace) -> int:
    from ..analysis.validation import validate

    report = validate(load_any(args.input))
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for finding in report.findings:
            ids = ", ".join(finding.ids)
            print(f"{finding.severity.value.upper():7} {finding.code} [{ids}]: {finding.message}")
            print(f"        → {finding.hint}")
        print(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    return EXIT_FOUND_ERRORS if report.has_errors else EXIT_OK
