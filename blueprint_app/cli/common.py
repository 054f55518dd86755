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
    from ..interchange.json_format import InterchangeError, read_json
    from ..store import DocumentError, load_blueprint

    path = Path(path_text)
    if not path.exists():
        raise CliError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            return read_json(path)
        if suffix == ".blueprint":
            return load_blueprint(path)
    except (InterchangeError, DocumentError) as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"{path}: unknown input type {suffix or '(none)'}; expected .blueprint or .json")
