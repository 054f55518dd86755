"""PDF export of a blueprint and its analysis appendix (issue 5).

``export_pdf(bp, path, options)`` writes the whole document atomically (a temporary file in
the target's folder, then ``os.replace``) and returns the warnings (small text, skipped
sections, non-embedded fallback font). Pages: the blueprint (one fitted page, or an assembly
map plus tiles), then the appendix sections laid out with platypus. Every page carries the
title block; blueprint pages also the legend.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from ..atomic_file import atomic_write
from ..model.clean_text import printable_copy
from ..model.layout import compute_layout
from ..handout import Handout, build_handout
from .appendix import _Styles, build_appendix
from .decision_page import decision_section
from .blueprint_page import define_blueprint_form
from .edges import route_edges
from .fonts import FontSet, choose_fonts
from .heat_marks import heat_with_figures
from .layout_wording import layout_words
from .options import PdfOptions
from .page_frame import (GAP, MARGIN, TitleInfo, draw_legend, draw_title_block, footer_height,
                         legend_items, page_count_canvas)
from .readable import PageContents, draw_cut, plan_pages, readable_warning
from .tiling import (TILE_SCALE, draw_assembly_map, draw_tile, drawing_area, fit_scale,
                     fit_warning, place_form, tile_grid)
from .wording import Wording, wording

CREATOR = "Touchpoint Blueprint Studio"
_STATIC_TEXT = ("0123456789 abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                ".,;:!?%()[]/+-–—·×→↓…'\"#&=<>_ ")


class PdfExportError(OSError):
    """The PDF could not be written (the message names the path); nothing was left behind."""


def document_text(bp, words: Wording | None = None) -> str:
    """Every string the PDF may print, for choosing fonts that cover it."""
    words = words or wording("en")
    parts = [bp.name, _STATIC_TEXT]
    parts += [str(bp.properties.get(k, "")) for k in ("version", "date", "owner", "author")]
    parts += [s.name for s in bp.stages]
    for node in bp.nodes():
        parts += [node.id, node.label, node.owner or "", node.channel or ""]
        parts += [c.name or "" for c in node.commitments]  # the decision page's promises
    parts += [f"{r.label} {r.owner or ''}" for r in bp.resources]
    parts += [words.all_text(), layout_words(words.language).all_text()]
    parts += [text for _, text, _ in legend_items(True, words)]
    return "\n".join(parts)


class _PageDrawing(Flowable):
    """One whole blueprint page, drawn in page coordinates by ``draw(canvas)``."""

    def __init__(self, draw, page_height: float, outline: tuple[str, int] | None = None,
                 label: str | None = None):
        super().__init__()
        self._draw, self.outline, self.label = draw, outline, label
        self._height = page_height - 1  # fills a page: the next drawing starts a new one

    def wrap(self, avail_width, avail_height):
        return avail_width, self._height

    def drawOn(self, canvas, x, y, _sW=0):
        canvas._bp_page_label = self.label
        self._draw(canvas)


class _OutlineMark(Flowable):
    """An outline entry for the page that follows, taking no room."""

    def __init__(self, outline: tuple[str, int]):
        super().__init__()
        self.outline = outline

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        pass


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level = outline
            key = f"outline-{self.page}-{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


def _blueprint_story(bp, options: PdfOptions, fonts: FontSet, words: Wording,
                     warnings: list[str], heat_text=None) -> list:
    layout = compute_layout(bp)
    heat = options.heat
    page_h = options.page_size[1]
    footer_h = footer_height(options.page_size[0], fonts, True, heat is not None, words)
    area = drawing_area(options.page_size, footer_h)
    defined = []

    def ensure_form(canv):
        if not defined:
            define_blueprint_form(canv, bp, layout, fonts, words, heat, heat_text)
            defined.append(True)

    plan = plan_pages(layout, area.width, area.height) if options.mode == "readable" else None
    if plan is not None and not plan.single:
        return _readable_story(bp, layout, plan, area, options, fonts, words, warnings,
                               heat_text)
    if options.mode in ("fit", "readable"):
        scale = fit_scale(layout, area)
        warning = fit_warning(scale, f"{options.paper} {options.orientation}")
        if warning:
            warnings.append(warning)

        def draw_fit(canv):
            ensure_form(canv)
            # Centred on the page: a wide blueprint leaves equal white above and below.
            place_form(canv, layout, area, scale, (area.height - layout.height * scale) / 2)
        return [_PageDrawing(draw_fit, page_h, (words("outline_blueprint"), 0))]
    grid = tile_grid(layout, area, TILE_SCALE)
    paper = words("paper", paper=options.paper, orientation=words.orientations[options.orientation])

    def draw_map(canv):
        ensure_form(canv)
        draw_assembly_map(canv, layout, grid, fonts, paper, words)
    story = [_PageDrawing(draw_map, page_h, (words("outline_map"), 0), words("map_label"))]
    for row in range(grid.rows):
        for col in range(grid.cols):
            tile = grid.label(col, row)
            label = words("tile_label", tile=tile, number=row * grid.cols + col + 1,
                          count=grid.count)
            story.append(_PageDrawing(
                lambda canv, c=col, r=row: draw_tile(canv, layout, grid, c, r, fonts, words),
                page_h, (words("tile_outline", tile=tile), 1), label))
    return story


def _readable_story(bp, layout, plan, area, options: PdfOptions, fonts: FontSet,
                    words: Wording, warnings: list[str], heat_text) -> list:
    """The map split into pages of whole lanes and consecutive stages (export/readable.py)."""
    warning = readable_warning(plan, f"{options.paper} {options.orientation}")
    if warning:
        warnings.append(warning)
    # every page's nodes and routes sorted out once, not by walking the whole map per page
    contents = PageContents(layout, plan, route_edges(bp.edges(), layout.nodes, layout))
    lw = layout_words(words.language)
    story: list = [_OutlineMark((words("outline_blueprint"), 0))]
    for cut in plan.cuts:
        first = layout.columns[cut.columns[0]].title
        last = layout.columns[cut.columns[1]].title
        outline = (lw("part_outline", number=cut.number + 1, first=first, last=last), 1)
        story.append(_PageDrawing(
            lambda canv, c=cut: draw_cut(canv, bp, layout, contents, plan, c, area, fonts, words,
                                         options.heat, heat_text),
            options.page_size[1], outline,
            lw("part_label", number=cut.number + 1, count=len(plan.cuts))))
    return story


def _slices(handout: Handout, options: PdfOptions, fonts: FontSet, words: Wording, before: list) -> list:
    from .appendix import _Styles
    from .slice_pages import slice_section
    width = options.appendix_page_size[0] - 2 * MARGIN - 28
    story = slice_section(handout.slices, _Styles(fonts, words), width)
    return ([PageBreak()] if before and story else []) + story


def _templates(options: PdfOptions, info: TitleInfo, fonts: FontSet) -> list[PageTemplate]:
    heat = options.heat is not None
    bp_w, bp_h = options.page_size
    ap_w, ap_h = options.appendix_page_size

    def blueprint_footer(canv, doc):
        footer_h = footer_height(bp_w, fonts, True, heat, info.words)
        draw_legend(canv, MARGIN, MARGIN + footer_h, bp_w - 2 * MARGIN - 262, fonts, heat,
                    info.words)
        draw_title_block(canv, bp_w, info, fonts, getattr(canv, "_bp_page_label", None))
        canv._bp_page_label = None

    def appendix_footer(canv, doc):
        draw_title_block(canv, ap_w, info, fonts)

    bottom = _text_frame_bottom(options, fonts)
    return [
        PageTemplate("blueprint", [Frame(0, 0, bp_w, bp_h, 0, 0, 0, 0, id="whole")],
                     onPageEnd=blueprint_footer, pagesize=(bp_w, bp_h)),
        PageTemplate("appendix", [Frame(MARGIN + 14, bottom, ap_w - 2 * MARGIN - 28,
                                        ap_h - MARGIN - 14 - bottom, id="text")],
                     onPageEnd=appendix_footer, pagesize=(ap_w, ap_h)),
    ]


def _text_frame_bottom(options: PdfOptions, fonts: FontSet) -> float:
    return MARGIN + footer_height(options.appendix_page_size[0], fonts, False,
                                  options.heat is not None) + GAP


def _text_frame_height(options: PdfOptions, fonts: FontSet) -> float:
    """What a text page's frame holds (less its own padding of 6 points above and below)."""
    return options.appendix_page_size[1] - MARGIN - 14 - _text_frame_bottom(options, fonts) - 12


def _build(bp, handout: Handout, target: str, options: PdfOptions, fonts: FontSet,
           words: Wording, warnings: list[str], heat_text=None) -> None:
    info = TitleInfo.of(bp, words)
    templates = _templates(options, info, fonts)
    story: list = []
    if "decision" in options.sections:  # page 1, on a text page
        width = options.appendix_page_size[0] - 2 * 28.0 - 28
        story += decision_section(handout, _Styles(fonts, words), width, bp, options.sections,
                                  _text_frame_height(options, fonts))
        if "blueprint" in options.sections:
            story += [NextPageTemplate("blueprint"), PageBreak()]
    if "blueprint" in options.sections:
        story += _blueprint_story(bp, options, fonts, words, warnings, heat_text)
    if "blueprint" not in options.sections or "decision" in options.sections:
        templates.reverse()  # the document starts with the first template
    # the vertical slices (export/slice_pages.py) follow the appendix sections
    others = tuple(s for s in options.sections if s != "slices")
    appendix, appendix_warnings = build_appendix(handout, replace(options, sections=others),
                                                 fonts, words) if others else ([], [])
    warnings.extend(appendix_warnings)
    if "slices" in options.sections:
        appendix += _slices(handout, options, fonts, words, appendix)
    if appendix and story:
        story += [NextPageTemplate("appendix"), PageBreak()]
    story += appendix
    if not story:
        raise PdfExportError("nothing to print: the chosen sections are empty")
    doc = _Document(target, pagesize=templates[0].pagesize, pageTemplates=templates,
                    title=f"{bp.name}", author=info.owner or str(bp.properties.get("author", "")),
                    subject=words("subject", name=bp.name, sections=words("list_sep").join(
                        words.sections.get(s, s) for s in options.sections)),
                    creator=CREATOR, producer=CREATOR, keywords=words("keywords"),
                    pageCompression=1, invariant=0, initialFontName=fonts.regular.primary)
    doc.build(story, canvasmaker=page_count_canvas(fonts, words))


def export_pdf(bp, path, options: PdfOptions | None = None, *, handout: Handout | None = None,
               full_lists: bool = False) -> list[str]:
    """Write ``bp`` as PDF to ``path``; returns warnings. The analyses run once, into the
    frozen ``handout`` (built here unless given; ``full_lists`` keeps every list whole).
    Raises PdfExportError when the file cannot be written (no partial file is left)."""
    options = options or PdfOptions()
    bp = printable_copy(bp)  # lone surrogates cannot be PDF text (model.clean_text)
    handout = handout or build_handout(bp, full_lists=full_lists)
    words = wording(options.language, bp)
    heat_warnings: list[str] = []
    heat_text = None
    if options.auto_heat and options.heat is None:
        if handout.analysis_error:  # support cycle or bad input: print without heat
            heat_warnings.append("no heat colouring: the failure analysis is not possible "
                                 f"({handout.analysis_error})")
        else:
            heat, heat_text = heat_with_figures(handout)
            options = replace(options, heat=heat)
    text = document_text(bp, words)
    fonts = choose_fonts(text, options.fonts) if options.fonts is not None \
        else choose_fonts(text)
    warnings = list(fonts.warnings) + heat_warnings
    target = Path(path)
    try:
        atomic_write(target, lambda tmp: _build(bp, handout, tmp, options, fonts, words,
                                                warnings, heat_text))
    except OSError as exc:
        raise PdfExportError(f"{target}: cannot write here ({exc.strerror or exc})") from None
    return warnings

