"""Shared pieces of the command line: errors, loading any input, atomic output."""
from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FOUND_ERRORS = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report on stderr; nothing has been written."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE):
        super().__init__(message)
        self.exit_code = exit_code


def load_any(path_text: str):
    """Load a `.blueprint` or `.json` file into a Blueprint, or raise CliError."""
    path = Path(path_text)
    if not path.exists():
        raise CliError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".json":       # the document store (SQLAlchemy) is imported only for documents
        from ..interchange.json_format import InterchangeError, read_json
        try:
            return read_json(path)
        except InterchangeError as exc:
            raise CliError(str(exc)) from None
    if suffix == ".blueprint":
        from ..store import DocumentError, load_blueprint
        try:
            return load_blueprint(path)
        except DocumentError as exc:
            raise CliError(str(exc)) from None
    raise CliError(f"{path}: unknown input type {suffix or '(none)'}; expected .blueprint or .json")


def import_log_into_document(document: str, log: str, importer, append, what: str) -> int:
    """Read a log with ``importer(bp, log)`` (all rows or none), add the records with
    ``append(bp, records)`` and save the document atomically: on any error the file stays
    as it was and CliError is raised."""
    from ..analysis.incidents import IncidentImportError
    from ..store import DocumentError, load_blueprint, save_blueprint

    path = Path(document)
    if path.suffix.lower() != ".blueprint":
        raise CliError(f"{path}: the document must be a .blueprint file")
    if not path.exists():
        raise CliError(f"{path}: no such file")
    try:
        bp = load_blueprint(path)
        records = importer(bp, log)
        append(bp, records)
        save_blueprint(bp, path)
    except (IncidentImportError, DocumentError, OSError) as exc:  # execution errors subclass it
        raise CliError(str(exc)) from None
    print(f"imported {len(records)} {what} record(s) into {path}")
    return EXIT_OK
