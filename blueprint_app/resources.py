"""Where the program's read-only resources (JSON Schema, icons, translations) live.

Every layer finds them through :func:`resource_path`, so moving the folder (for example when
packaging) means changing this one function.
"""
from __future__ import annotations

from pathlib import Path

import blueprint_app

RESOURCES_DIR = Path(blueprint_app.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file or folder under ``resources/``, e.g. ``resource_path("schema",
    "touchpoint-blueprint.schema.json")``. The path is not checked for existence."""
    return RESOURCES_DIR.joinpath(*parts)
