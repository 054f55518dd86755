"""Options of the PDF export (paper, orientation, fit or tile, sections, heat colouring,
language of the printed texts)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

from reportlab.lib.pagesizes import A2, A3, A4, LETTER, landscape, portrait

from .sections import DEFAULT_SECTION_IDS, SECTION_IDS
from .wording import language_name

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3, "A2": A2, "Letter": LETTER}
ORIENTATIONS = ("landscape", "portrait")
MODES = ("readable", "fit", "tile")  # readable: one page if >= 6 pt, else split (export/readable.py)
SECTIONS = SECTION_IDS  # the registry's ids (export/sections.py), in the dialog's order


class PdfOptionsError(ValueError):
    """An option value the export cannot use; the message names the option."""


def paper_name(text: str) -> str:
    """The canonical paper name for ``text`` (case-insensitive), or PdfOptionsError."""
    for name in PAPERS:
        if name.lower() == str(text).strip().lower():
            return name
    raise PdfOptionsError(f"unknown paper {text!r}; choose one of {', '.join(PAPERS)}")


@dataclass(frozen=True)
class PdfOptions:
    """What to print and how. ``heat`` maps node ids to values in [0, 1] (the caller computes
    them, from the handout, or sets ``auto_heat``); ``fonts`` overrides font discovery with
    TrueType paths ("path" or "path#index" for collections); an empty tuple means "no
    TrueType font" and selects the built-in, non-embedded CID font (for tests). ``language``
    chooses the words the PDF prints by itself (export.wording); "auto" picks Chinese when
    the blueprint's name, stages and labels are mostly Chinese."""

    paper: str = "A3"
    orientation: str = "landscape"
    mode: str = "readable"
    sections: tuple[str, ...] = DEFAULT_SECTION_IDS
    heat: Mapping[str, float] | None = field(default=None, hash=False)
    fonts: tuple[str, ...] | None = None
    auto_heat: bool = True    # compute ``heat`` from the failure analysis when it is None
    language: str = "auto"    # of the PDF's own texts: "en", "zh_CN" or "auto" (from the text)

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", paper_name(self.paper))
        try:
            object.__setattr__(self, "language", language_name(self.language))
        except ValueError as exc:
            raise PdfOptionsError(str(exc)) from None
        if self.orientation not in ORIENTATIONS:
            raise PdfOptionsError(f"unknown orientation {self.orientation!r}; "
                                  f"choose {' or '.join(ORIENTATIONS)}")
        if self.mode not in MODES:
            raise PdfOptionsError(f"unknown mode {self.mode!r}; choose {' or '.join(MODES)}")
        sections = tuple(self.sections)
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            raise PdfOptionsError(f"unknown section(s) {', '.join(map(repr, unknown))}; "
                                  f"choose from {', '.join(SECTIONS)}")
        if not sections:
            raise PdfOptionsError("no section chosen")
        # Keep the document order fixed whatever order the user typed.
        object.__setattr__(self, "sections", tuple(s for s in SECTIONS if s in sections))
        if self.fonts is not None:
            object.__setattr__(self, "fonts", tuple(self.fonts))
        if self.heat is not None:
            object.__setattr__(self, "heat", _checked_heat(self.heat))

    @property
    def page_size(self) -> tuple[float, float]:
        size = PAPERS[self.paper]
        return landscape(size) if self.orientation == "landscape" else portrait(size)

    @property
    def appendix_page_size(self) -> tuple[float, float]:
        """Text pages are printed portrait on the same paper."""
        return portrait(PAPERS[self.paper])


def _checked_heat(heat: Mapping[str, float]) -> dict[str, float]:
    checked = {}
    for node_id, value in dict(heat).items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) \
                or not 0 <= value <= 1:
            raise PdfOptionsError(f"heat value of node {node_id!r} must be a number in [0, 1], "
                                  f"not {value!r}")
        checked[str(node_id)] = float(value)
    return checked
