"""Font discovery for the PDF: embedded TrueType fonts that cover the document's text.

reportlab embeds (and subsets) only TrueType ``glyf`` outlines; CFF/OpenType fonts such as
Debian's Noto CJK are refused with "postscript outlines are not supported" (DESIGN.md), so
every candidate is tried and the refused ones skipped. Candidates come from fontconfig
(``fc-list :lang=zh``, ``fc-match``) and known paths. A *chain* of fonts is used when no single
font covers the text (e.g. a CJK font without Latin letters): each character run is printed in
the first font of the chain that has its glyphs. Only when no TrueType font covers the text is
reportlab's built-in CID font STSong-Light used; it is not embedded, so a warning says so.
"""
from __future__ import annotations

import functools
import os
import subprocess
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

CID_FALLBACK = "STSong-Light"

# Latin-first: a Latin-only document prints in DejaVu; CJK text brings in a CJK font.
KNOWN_REGULAR = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#0",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#0",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "C:/Windows/Fonts/msyh.ttc#0",
    "C:/Windows/Fonts/simsun.ttc#0",
    "/Library/Fonts/Arial Unicode.ttf",
)
KNOWN_BOLD = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


@dataclass
class FontChain:
    """Registered reportlab font names in order of preference, with their coverage
    (None = the CID fallback, assumed to cover everything left)."""

    names: tuple[str, ...]
    coverage: tuple[frozenset[int] | None, ...]
    _cache: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def primary(self) -> str:
        return self.names[0]

    def font_for(self, char: str) -> str:
        name = self._cache.get(char)
        if name is None:
            name = self.names[-1]
            for candidate, cover in zip(self.names, self.coverage):
                if cover is None or ord(char) in cover or char.isspace():
                    name = candidate
                    break
            self._cache[char] = name
        return name

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into (font name, run) pieces."""
        if len(self.names) == 1:
            return [(self.names[0], text)]
        runs: list[tuple[str, str]] = []
        for char in text:
            name = self.font_for(char)
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        return runs

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(run, name, size) for name, run in self.runs(text))


@dataclass
class FontSet:
    regular: FontChain
    bold: FontChain
    warnings: list[str]
    embedded: bool  # False when the non-embedded CID fallback is in use


def _fc_lines(*args: str) -> list[str]:
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in out.stdout.splitlines() if line.strip()]


@functools.lru_cache(maxsize=1)
def fontconfig_candidates() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(regular, bold) TrueType candidates from fontconfig: CJK fonts, then sans fonts."""
    fmt = "%{file}#%{index}|%{fontformat}\n"
    regular: list[str] = []
    for line in _fc_lines("fc-list", "-f", fmt, ":lang=zh"):
        spec, _, fmt_name = line.partition("|")
        if fmt_name.strip() in ("TrueType", ""):
            regular.append(spec)
    for pattern in ("DejaVu Sans", "Liberation Sans", "sans-serif"):
        regular += [ln.partition("|")[0] for ln in _fc_lines("fc-match", "-f", fmt, pattern)]
    bold = [ln.partition("|")[0] for ln in _fc_lines("fc-match", "-f", fmt, "DejaVu Sans:bold")]
    return tuple(regular), tuple(bold)


def default_candidates() -> tuple[tuple[str, ...], tuple[str, ...]]:
    fc_regular, fc_bold = fontconfig_candidates()
    return (_unique(KNOWN_REGULAR + fc_regular), _unique(KNOWN_BOLD + fc_bold))


def _unique(specs) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for spec in specs:
        path, _, index = spec.partition("#")
        seen.setdefault(f"{path}#{index or 0}", None)
    return tuple(seen)


@functools.lru_cache(maxsize=64)
def load_font(spec: str) -> tuple[str, frozenset[int]] | None:
    """Register the TrueType font ``path#index``; (name, coverage) or None when the file
    is missing or unusable (CFF outlines, damaged, not a font)."""
    path, _, index = spec.partition("#")
    if not os.path.isfile(path):
        return None
    stem = os.path.splitext(os.path.basename(path))[0]
    name = f"BP-{stem}-{index or 0}"
    try:
        font = TTFont(name, path, subfontIndex=int(index or 0))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


def _needed(text: str) -> set[int]:
    return {ord(c) for c in text if not c.isspace() and ord(c) >= 0x20}


def _chain(needed: set[int], specs: tuple[str, ...]) -> tuple[list, set[int]]:
    """A font covering everything if one exists, else a greedy cover; plus what is left."""
    loaded = []
    for spec in specs:
        font = load_font(spec)
        if font is None:
            continue
        if needed <= font[1]:
            return [font], set()
        loaded.append(font)
    chain, left = [], set(needed)
    for font in loaded:
        if left & font[1]:
            chain.append(font)
            left -= font[1]
    return chain, left


def choose_fonts(text: str, regular: tuple[str, ...] | None = None,
                 bold: tuple[str, ...] | None = None) -> FontSet:
    """Fonts for a document whose text is ``text``. ``regular``/``bold`` override discovery
    (an empty tuple: no TrueType font at all)."""
    if regular is None:
        regular, default_bold = default_candidates()
        bold = default_bold if bold is None else bold
    bold = bold or ()
    needed = _needed(text)
    chain, left = _chain(needed, tuple(regular))
    warnings: list[str] = []
    names = [name for name, _ in chain]
    coverage: list[frozenset[int] | None] = [cover for _, cover in chain]
    embedded = True
    if left or not chain:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        names.append(CID_FALLBACK)
        coverage.append(None)
        embedded = False
        sample = "".join(sorted(chr(c) for c in left))[:20]
        what = f"no TrueType font covers {len(left)} character(s) ({sample})" if chain \
            else "no TrueType font found"
        warnings.append(f"{what}; using the built-in font {CID_FALLBACK}, which is NOT embedded: "
                        "install fonts-wqy-microhei (or another TrueType CJK font) for a "
                        "self-contained PDF")
    regular_chain = FontChain(tuple(names), tuple(coverage))
    bold_fonts = [f for f in (load_font(s) for s in bold) if f is not None][:1]
    bold_chain = FontChain(tuple(n for n, _ in bold_fonts) + regular_chain.names,
                           tuple(c for _, c in bold_fonts) + regular_chain.coverage)
    return FontSet(regular_chain, bold_chain, warnings, embedded)
