"""The PDF read back with pypdf: labels, page counts, metadata, outline, fonts."""
from __future__ import annotations

import math

import pypdf
import pytest

from blueprint_app.export import PdfOptions, export_pdf
from blueprint_app.export.fonts import choose_fonts
from blueprint_app.export.options import SECTIONS
from blueprint_app.export.sections import DEFAULT_SECTION_IDS

APPENDIX_SECTIONS = tuple(s for s in DEFAULT_SECTION_IDS if s not in ("blueprint", "decision"))  # appendix only
from blueprint_app.export.page_frame import footer_height
from blueprint_app.export.tiling import OVERLAP_PT, STRIP_H, STRIP_W, TILE_SCALE, drawing_area
from blueprint_app.model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, compute_layout
from blueprint_app.export.pdf import document_text

from .conftest import EXAMPLES, pdf_text, squash
from .samples import order_blueprint


def pages(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_every_label_is_extractable_text(out, mode):
    bp = order_blueprint()
    export_pdf(bp, out, PdfOptions(mode=mode, sections=("blueprint",)))
    text = squash(pdf_text(out))
    for node in bp.nodes():
        assert squash(node.label) in text, node.label
    assert "步骤12Backstage" in text          # mixed Chinese and Latin, in one piece
    for stage in bp.stages:
        assert squash(stage.name) in text
    for title in ("Lineofinteraction", "Lineofvisibility", "Lineofinternalinteraction",
                  "Physicalevidence", "Supportprocesses"):
        assert title in text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_print_every_label(tmp_path, example):
    from blueprint_app.interchange.json_format import read_json
    bp = read_json(example)
    target = tmp_path / f"{example.stem}.pdf"
    export_pdf(bp, target, PdfOptions())
    text = squash(pdf_text(target))
    missing = [n.label for n in bp.nodes() if squash(n.label) not in text]
    assert not missing
    assert _fonts_embedded(target)


def test_fit_is_one_page_plus_the_appendix(tmp_path):
    bp = order_blueprint()
    only = tmp_path / "only.pdf"
    export_pdf(bp, only, PdfOptions(sections=("blueprint",)))
    assert pages(only) == 1
    appendix = tmp_path / "appendix.pdf"
    export_pdf(bp, appendix, PdfOptions(sections=APPENDIX_SECTIONS))  # issue 6 added three
    full = tmp_path / "full.pdf"
    export_pdf(bp, full, PdfOptions())
    assert pages(appendix) >= 4              # every section starts on its own page
    assert pages(full) == 2 + pages(appendix)  # the decision page and one blueprint page
    assert "Page1of" + str(pages(full)) in squash(pypdf.PdfReader(str(full)).pages[0].extract_text())


def _expected_tiles(bp, options: PdfOptions) -> int:
    """Independent count: content size at the tile scale over the window minus overlap."""
    layout = compute_layout(bp)
    fonts = choose_fonts(document_text(bp))
    area = drawing_area(options.page_size, footer_height(options.page_size[0], fonts, True, False))
    window_w = (area.width - STRIP_W) / TILE_SCALE
    window_h = (area.height - STRIP_H) / TILE_SCALE
    overlap = OVERLAP_PT / TILE_SCALE
    content_w = layout.width - LANE_HEADER_WIDTH
    content_h = layout.height - STAGE_HEADER_HEIGHT
    cols = 1 if content_w <= window_w else math.ceil((content_w - overlap) / (window_w - overlap))
    rows = 1 if content_h <= window_h else math.ceil((content_h - overlap) / (window_h - overlap))
    return cols * rows


@pytest.mark.parametrize("paper,orientation", [("A4", "landscape"), ("A4", "portrait"),
                                               ("A3", "landscape"), ("Letter", "portrait")])
def test_tile_page_count_follows_the_drawing_size(out, paper, orientation):
    from benchmarks.generate import generate_blueprint
    bp = generate_blueprint(150, seed=3)
    options = PdfOptions(paper=paper, orientation=orientation, mode="tile", sections=("blueprint",))
    export_pdf(bp, out, options)
    tiles = _expected_tiles(bp, options)
    assert tiles > 1
    assert pages(out) == 1 + tiles           # the assembly map, then the tiles
    text = pdf_text(out)
    assert f"tile {tiles} of {tiles}" in text
    assert "Assembly map" in text


def test_each_tile_has_its_label_strips_and_crop_marks(out):
    from benchmarks.generate import generate_blueprint
    from pypdf.generic import ContentStream
    bp = generate_blueprint(150, seed=3)
    export_pdf(bp, out, PdfOptions(paper="A4", mode="tile", sections=("blueprint",)))
    reader = pypdf.PdfReader(str(out))
    count = len(reader.pages) - 1
    for k, page in enumerate(reader.pages[1:], 1):
        assert f"tile {k} of {count}" in page.extract_text()
        ops = [op for _, op in ContentStream(page.get_contents(), reader).operations]
        # The drawing itself is one clipped form, and so are the page count and the legend
        # (one stamp for every page); lane names (5) and the title block (3 lines) are text
        # of the page's own, and crop marks are its lines.
        assert ops.count(b"Do") >= 3 and (b"W" in ops or b"W*" in ops)
        assert ops.count(b"Tj") + ops.count(b"TJ") >= 5 + 3
        assert ops.count(b"l") >= 8


def test_metadata_and_outline(out):
    bp = order_blueprint()
    export_pdf(bp, out, PdfOptions())
    reader = pypdf.PdfReader(str(out))
    meta = reader.metadata
    assert meta.title == bp.name
    assert meta.author == "Customer service board"
    assert "Touchpoint blueprint" in meta.subject
    flat = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else flat.append(item.title)
    walk(reader.outline)
    for title in ("Decision: what to fix first", "Blueprint", "Summary for the committee",
                  "Failure analysis per touchpoint", "Pareto of observed incidents by cause",
                  "Validation findings", "步骤12 Backstage"):
        assert title in flat
    assert flat[0] == "Decision: what to fix first"


def _fonts(reader):
    """Every font dictionary reachable from the pages, form XObjects included."""
    seen, found = set(), []

    def visit(resources):
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                found.append(font)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))
    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def _fonts_embedded(path) -> bool:
    fonts = _fonts(pypdf.PdfReader(str(path)))
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None or "/FontFile2" not in descriptor.get_object():
            return False
    return True


def test_every_font_is_embedded(out):
    warnings = export_pdf(order_blueprint(), out, PdfOptions(mode="tile", paper="A4"))
    assert not [w for w in warnings if "NOT embedded" in w]
    assert _fonts_embedded(out)


def test_without_truetype_fonts_the_cid_fallback_warns(out):
    warnings = export_pdf(order_blueprint(), out, PdfOptions(fonts=(), sections=("blueprint",)))
    assert any("STSong-Light" in w and "NOT embedded" in w for w in warnings)
    names = [str(f.get("/BaseFont")) for f in _fonts(pypdf.PdfReader(str(out)))]
    assert any("STSong-Light" in n for n in names)
    assert not _fonts_embedded(out)
    assert "步骤12Backstage" in squash(pdf_text(out))


def test_fit_warns_when_text_gets_too_small(out):
    from benchmarks.generate import generate_blueprint
    warnings = export_pdf(generate_blueprint(400), out,
                          PdfOptions(paper="A4", sections=("blueprint",)))
    assert any("below 6 pt" in w for w in warnings)
    assert not export_pdf(order_blueprint(), out, PdfOptions(paper="A2", sections=("blueprint",)))


def test_heat_and_appendix_numbers(out):
    from blueprint_app.handout import build_handout
    from blueprint_app.model.readable import amount
    bp = order_blueprint()
    handout = build_handout(bp)
    heat = dict(handout.heat)
    assert max(heat.values()) == pytest.approx(1.0) and min(heat.values()) >= 0
    export_pdf(bp, out, PdfOptions(heat=heat), handout=handout)
    top = handout.decision.fixes[0]
    # Independent: the courier partner s3 only supports t3 (requires all of b2, s3).
    p_s3, p_b2, p_t3, p_s1 = 0.04, 0.03, 0.0, 0.01
    p_b2_fails = 1 - (1 - p_b2) * (1 - p_s1)
    p_if_s3_works = 1 - (1 - p_t3) * (1 - p_b2_fails)
    p_t3_fails = 1 - (1 - p_s3) * (1 - p_b2_fails)
    assert top.id == "s3"
    assert top.avoided == pytest.approx(bp.node("t3").visits * (p_t3_fails - p_if_s3_works))
    text = pdf_text(out)
    assert "Courier partner" in text and "(s3)" not in text and amount(top.avoided) in text
