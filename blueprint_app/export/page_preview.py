"""What the blueprint pages of a handout will look like, before anything is written: the
number of blueprint pages and the smallest drawing text as printed (pt), for the Export PDF
dialog. The same geometry as export_pdf (layout, footer, readable plan, tile grid)."""
from __future__ import annotations

from dataclasses import dataclass

from ..model.layout import compute_layout
from . import style
from .fonts import FontSet, choose_fonts
from .options import PdfOptions
from .page_frame import footer_height
from .readable import plan_pages
from .tiling import TILE_SCALE, drawing_area, fit_scale, tile_grid
from .wording import wording


@dataclass(frozen=True)
class PagePreview:
    pages: int            # blueprint pages (tile: the assembly map included)
    smallest_pt: float    # the smallest drawing text (owner, tags, probability) as printed
    fit_smallest_pt: float  # the same on one fitted sheet, to say when fit is unreadable

    @property
    def readable(self) -> bool:
        return self.smallest_pt >= style.MIN_PRINTED_PT - 1e-9


def preview_fonts(bp, language: str = "auto") -> FontSet:
    from .pdf import document_text
    return choose_fonts(document_text(bp, wording(language, bp)))


def page_preview(bp, options: PdfOptions, fonts: FontSet | None = None) -> PagePreview:
    words = wording(options.language, bp)
    fonts = fonts or preview_fonts(bp, options.language)
    layout = compute_layout(bp)
    heat = options.auto_heat or options.heat is not None
    area = drawing_area(options.page_size, footer_height(options.page_size[0], fonts, True,
                                                          heat, words))
    fit = style.SMALL_SIZE * fit_scale(layout, area)
    if options.mode == "fit":
        return PagePreview(1, fit, fit)
    if options.mode == "tile":
        return PagePreview(tile_grid(layout, area).count + 1, style.SMALL_SIZE * TILE_SCALE, fit)
    plan = plan_pages(layout, area.width, area.height)
    return PagePreview(plan.pages, plan.smallest_pt, fit)
