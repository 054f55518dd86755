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


def example_files() -> list[Path]:
    """The example blueprints offered by *File → New from example* (JSON interchange files,
    shipped in the package; in a source checkout ``resources/examples`` links to ``examples/``)."""
    return sorted(resource_path("examples").glob("*.json"))


def icon_files() -> list[Path]:
    """The application icon's PNG renderings (every size), smallest first."""
    return sorted(resource_path("icons").glob("blueprint-app-*.png"),
                  key=lambda path: int(path.stem.rsplit("-", 1)[1]))
