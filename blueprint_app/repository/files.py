"""Files and working copies: what the repository stores is the interchange dict of a
journey, so a ``.json`` or ``.blueprint`` goes in and out through the interchange format
(unknown top-level fields such as ``resources`` included).

A ``.blueprint`` checked out of a repository remembers where it came from in its blueprint
properties under ``LINK_KEY`` (``{"url", "journey", "base"}``, the URL without password);
the document schema is unchanged and the JSON export never writes that key.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..interchange.fields import PRIVATE_PROPERTIES
from ..interchange.json_format import InterchangeError, blueprint_from_dict, blueprint_to_dict, \
    read_json, write_json
from ..model import Blueprint
from ..store import DocumentError, load_blueprint, save_blueprint
from .engine import is_repository_url, public_url
from .errors import RepositoryError

LINK_KEY = PRIVATE_PROPERTIES[0]


@dataclass(frozen=True)
class Link:
    url: str
    journey: str
    base: int


def link_of(bp: Blueprint) -> Link | None:
    raw = bp.properties.get(LINK_KEY)
    if not isinstance(raw, dict):
        return None
    try:
        return Link(str(raw["url"]), str(raw["journey"]), int(raw["base"]))
    except (KeyError, TypeError, ValueError):
        return None


def set_link(bp: Blueprint, link: Link | None) -> None:
    """Record (or forget) the link; a plain property, not an undoable edit (through
    ``set_property``, so an open document's next save writes it)."""
    bp.set_property(LINK_KEY, None if link is None else
                    {"url": public_url(link.url), "journey": link.journey, "base": link.base})


def read_file(path: str | os.PathLike) -> tuple[dict, Link | None]:
    """The interchange dict of a ``.json`` or ``.blueprint`` file and its link, if any."""
    path = Path(path)
    if not path.exists():
        raise RepositoryError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            bp = read_json(path)
        elif suffix == ".blueprint":
            bp = load_blueprint(path)
        else:
            raise RepositoryError(f"{path}: expected a .blueprint or .json file")
        return blueprint_to_dict(bp), link_of(bp)
    except (InterchangeError, DocumentError) as error:
        raise RepositoryError(str(error)) from None


def to_blueprint(data: dict, source: str = "<repository>") -> Blueprint:
    try:
        return blueprint_from_dict(data, source)
    except InterchangeError as error:
        raise RepositoryError(str(error)) from None


def write_file(data: dict, path: str | os.PathLike, link: Link | None = None) -> None:
    """Write a journey to ``.json`` or ``.blueprint`` atomically (the link only in the
    latter)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".blueprint"):
        raise RepositoryError(f"{path}: the output must end in .blueprint or .json")
    bp = to_blueprint(data, str(path))
    try:
        if suffix == ".json":
            write_json(bp, path)
        else:
            set_link(bp, link)
            save_blueprint(bp, path)
    except (InterchangeError, DocumentError, OSError) as error:
        raise RepositoryError(f"{path}: cannot write: {error}") from None


def parse_revision_ref(text: str) -> tuple[str, str, int | None] | None:
    """``URL#ID@REV`` (or ``URL#ID`` for the head) -> (url, id, rev); None if not one."""
    url, sep, fragment = text.rpartition("#")
    if not sep or not is_repository_url(url):
        return None
    journey, at, rev = fragment.partition("@")
    if not at:
        return url, journey, None
    try:
        return url, journey, int(rev)
    except ValueError:
        raise RepositoryError(f"{text}: the revision after '@' must be a whole number") from None


def load_source(text: str) -> dict:
    """A file or ``URL#ID@REV`` as an interchange dict."""
    ref = parse_revision_ref(text)
    if ref is None:
        return read_file(text)[0]
    from .repo import Repository
    url, journey, rev = ref
    repo = Repository.open(url)
    try:
        return repo.checkout(journey, rev)[0]
    finally:
        repo.close()
