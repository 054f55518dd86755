"""What every lane and category row needs from each layer, checked in one place: texts,
a palette entry in every palette, a known shape, a shortcut, the interchange schema and a
translation. ``missing(...)`` returns sentences naming what a row lacks (empty: complete)."""
from __future__ import annotations

from ..model.lanes import CategoryRow, LaneRow, lane_texts
from .palette import PALETTES
from .shapes import SHAPES


def missing_for_lane(row: LaneRow, palettes=None, shapes=None, translations=None,
                     schema_lanes=None) -> list[str]:
    palettes = PALETTES if palettes is None else palettes
    shapes = SHAPES if shapes is None else shapes
    problems = []
    for field in ("title", "singular", "noun", "add_here", "legend"):
        if not str(getattr(row, field) or "").strip():
            problems.append(f"lane {row.key!r}: no {field} text")
    for name, palette in palettes.items():
        if not any(getattr(lane, "value", lane) == row.key for lane in palette.lanes):
            problems.append(f"lane {row.key!r}: no colours in the {name} palette")
    if row.shape not in shapes:
        problems.append(f"lane {row.key!r}: unknown shape {row.shape!r} (known: {', '.join(shapes)})")
    if not row.shortcut:
        problems.append(f"lane {row.key!r}: no shortcut")
    if schema_lanes is not None and row.key not in schema_lanes:
        problems.append(f"lane {row.key!r}: not in the interchange schema's lane list")
    if translations is not None:
        for text in lane_texts(row):
            if text and (row.context, text) not in translations:
                problems.append(f"lane {row.key!r}: no zh_CN translation of {text!r}")
    return problems


def missing_for_category(row: CategoryRow, palettes=None, translations=None) -> list[str]:
    palettes = PALETTES if palettes is None else palettes
    problems = [] if str(row.title).strip() else [f"category {row.key!r}: no title"]
    for name, palette in palettes.items():
        if not any(getattr(c, "value", c) == row.key for c in palette.categories):
            problems.append(f"category {row.key!r}: no colour in the {name} palette")
    if translations is not None and (row.context, row.title) not in translations:
        problems.append(f"category {row.key!r}: no zh_CN translation of {row.title!r}")
    return problems
