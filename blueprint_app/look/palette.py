"""The colours of the drawing, one palette per medium: ``LIGHT`` (screen), ``DARK`` (screen
with a dark system theme) and ``PRINT`` (paper, PNG, SVG). Colours are "#rrggbb" strings;
the canvas turns them into QColors, the PDF into reportlab colours.

Which colour means which lane never changes: warm amber for the customer, blue for
touchpoints, green backstage, violet for support processes. The dark palette keeps every hue
and swaps lightness; the print palette is the light one (white paper)."""
from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Mapping

from ..model.enums import Category, EdgeKind, Lane


@dataclass(frozen=True)
class LaneColours:
    band: str      # the lane's background
    fill: str      # a node's fill
    outline: str   # a node's outline, the lane title and accents
    header: str    # the lane title cell


@dataclass(frozen=True)
class Palette:
    name: str
    lanes: Mapping[Lane, LaneColours]
    categories: Mapping[Category, str]   # category tag and stripe
    edges: Mapping[EdgeKind, str]
    text: str
    muted: str
    header: str          # stage header band
    header_text: str
    grid: str
    separator: str       # the three named lines
    background: str
    pill: str            # the separator-name tabs and the inline editor
    selection: str = "#ff8f00"
    error: str = "#d32f2f"
    heat_text: str = "#1d232a"  # heat fills are light in every palette


def _lanes(rows: dict) -> Mapping[Lane, LaneColours]:
    return MappingProxyType({Lane(k): LaneColours(*v) for k, v in rows.items()})


LIGHT = Palette(
    "light",
    lanes=_lanes({
        "evidence": ("#f4f5f7", "#ffffff", "#78828c", "#e9ecef"),
        "customer": ("#fff9ec", "#fff3cd", "#b07f00", "#fdebc0"),
        "frontstage": ("#f0f6fd", "#dcecfc", "#1f6fc5", "#d6e6f8"),
        "backstage": ("#f1f8f1", "#dff1df", "#3b8a3e", "#d5ebd5"),
        "support": ("#f7f2f9", "#efe3f5", "#7b3f98", "#e8daef"),
    }),
    categories=MappingProxyType({Category(k): v for k, v in {
        "it_system": "#1565c0", "knowledge": "#00897b", "process": "#6d4c41",
        "policy": "#c62828", "people": "#ef6c00", "partner": "#5e35b1"}.items()}),
    edges=MappingProxyType({EdgeKind.FLOW: "#37474f", EdgeKind.SUPPORT: "#7b3f98"}),
    text="#1d232a", muted="#5b6570", header="#e7ebf0", header_text="#1d232a", grid="#c9d0d8",
    separator="#59636e", background="#ffffff", pill="#ffffff",
)

DARK = Palette(
    "dark",
    lanes=_lanes({
        "evidence": ("#22262b", "#30363d", "#9aa4ae", "#2a2f35"),
        "customer": ("#29251a", "#463a17", "#e2ae2c", "#342d1a"),
        "frontstage": ("#1b2330", "#1f3a5a", "#62a6ee", "#1f2b3b"),
        "backstage": ("#1c261d", "#254327", "#70c074", "#203022"),
        "support": ("#251e2a", "#3d2b4a", "#b886d2", "#2e2535"),
    }),
    categories=MappingProxyType({Category(k): v for k, v in {
        "it_system": "#6aaaf2", "knowledge": "#4fc3b3", "process": "#c09a88",
        "policy": "#f07a7a", "people": "#ffa857", "partner": "#a98ee8"}.items()}),
    edges=MappingProxyType({EdgeKind.FLOW: "#b8c4cc", EdgeKind.SUPPORT: "#c792e2"}),
    text="#e4e8ed", muted="#a7b1bc", header="#2a3038", header_text="#e4e8ed", grid="#3b434d",
    separator="#929daa", background="#1b1f24", pill="#2a3038",
)

PRINT = replace(LIGHT, name="print")
PALETTES = {p.name: p for p in (LIGHT, DARK, PRINT)}


def heat_colour(value: float) -> str:
    """0 -> pale yellow, 1 -> warm red (analysis highlights): light enough at every value
    for dark label text, and never a lane's hue family at the low end."""
    v = min(1.0, max(0.0, value))
    r, g, b = colorsys.hsv_to_rgb((1 - v) * 50 / 360, 0.2 + 0.55 * v, 1.0 - 0.05 * v)
    return "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))


def rgb(colour: str) -> tuple[int, int, int]:
    """"#rrggbb" -> (r, g, b) in 0..255."""
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
