"""Where the portfolio of the GUI comes from and how one of its journeys is opened.

The sources are what ``blueprint-app portfolio`` takes (files and repository URLs); loading
and analysing them is the command's own code, run off the GUI thread by the caller. A
journey of a repository is opened from a working copy in the application's data folder
(checked out at the head when there is none yet), a file journey from its file; a journey
already open in a window is only brought to the front.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..store.recovery import data_folder


@dataclass(frozen=True)
class JourneyPlace:
    """A file (``path``) or a repository journey (``url`` and ``journey``)."""

    path: Path | None = None
    url: str | None = None
    journey: str | None = None


@dataclass(frozen=True)
class Computed:
    """The answer of :func:`compute`: the figures, the journeys and where each comes from;
    or the message of what went wrong."""

    result: object = None
    journeys: tuple = ()
    places: dict | None = None
    error: str | None = None


def place_of(source: str) -> JourneyPlace:
    """The place named by a portfolio Journey's ``source`` (a file, or ``URL#ID@REV``)."""
    from ..cli.portfolio_commands import is_repository_url

    match = re.fullmatch(r"(.*)#([^#@]+)@\d+", source)
    if match and is_repository_url(match.group(1)):
        return JourneyPlace(url=match.group(1), journey=match.group(2))
    return JourneyPlace(path=Path(source))


def compute(sources: list[str]) -> Computed:
    """Load the sources and analyse the portfolio (Qt-free; runs on a worker thread)."""
    from ..analysis.failure import AnalysisInputError
    from ..analysis.portfolio import analyze_portfolio
    from ..cli.common import CliError
    from ..cli.portfolio_commands import load_portfolio_sources

    try:
        journeys, catalogue = load_portfolio_sources(list(sources))
        result = analyze_portfolio(journeys, catalogue)
    except (CliError, AnalysisInputError) as exc:
        return Computed(error=str(exc))
    return Computed(result, tuple(journeys), {j.id: place_of(j.source) for j in journeys})


def load_journeys(sources: list[str]) -> tuple:
    """Only the journeys of the sources (for where-used); () when they cannot be read."""
    from ..cli.common import CliError
    from ..cli.portfolio_commands import load_portfolio_sources

    try:
        return tuple(load_portfolio_sources(list(sources))[0])
    except CliError:
        return ()


def document_sources(window) -> list[str]:
    """The portfolio of the open document: its repository when it came from one."""
    from ..repository.files import link_of

    link = link_of(window.session.blueprint)
    return [link.url] if link is not None else []


def working_copy_folder() -> Path:
    return data_folder("working-copies")


def _same_file(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and Path(a).resolve() == b.resolve()
    except OSError:
        return False


def find_open(place: JourneyPlace, known=None):
    """The main window already showing the journey, if any (``known``: the window this
    journey was last opened in, for imported .json files that have no path)."""
    from ..repository.files import link_of
    from .main_window import open_windows

    windows = open_windows()
    if known is not None and known in windows:
        return known
    for window in windows:
        if place.path is not None and _same_file(window.session.path, place.path):
            return window
        link = link_of(window.session.blueprint)
        if (place.url is not None and link is not None and link.journey == place.journey
                and _same_file(Path(link.url), Path(place.url))):
            return window
    return None


def open_place(main, place: JourneyPlace, known=None):
    """Bring the journey up in a main window and return that window (None if refused)."""
    from .main_window import open_windows

    window = find_open(place, known)
    if window is not None:
        window.raise_()
        window.activateWindow()
        return window
    before = set(open_windows())
    if place.path is not None:
        if not main.open_path(place.path):
            return None
    else:
        path = working_copy_folder() / f"{place.journey}.blueprint"
        opened = main.open_path(path) if path.exists() else \
            main.repository.checkout(place.url, place.journey, path)
        if not opened:
            return None
    new = [w for w in open_windows() if w not in before]
    return find_open(place) or (new[0] if new else main)
