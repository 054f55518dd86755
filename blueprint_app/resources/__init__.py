"""The program's read-only run-time data (JSON Schema, translations, icons, examples).

They live inside the package, so an installed wheel carries them, and every layer finds them
through :func:`resource_path` (``importlib.resources``), never through the source tree.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file or folder under the package's resources, e.g.
    ``resource_path("schema", "touchpoint-blueprint.schema.json")``. Not checked for existence.

    The package is installed as plain files (wheel or source tree), so the traversable is a
    real folder on disk; Qt's loaders need a real path."""
    return Path(str(files(__name__))).joinpath(*parts)
