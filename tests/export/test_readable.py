"""The readable default of the handout (issue 13): no text below 6 pt on any page of the
default export of every example on A4 and A3 (measured from the PDF), and the split into
pages of whole lanes and consecutive stages."""
from __future__ import annotations

import re

import pypdf
import pytest

from blueprint_app.export import PdfOptions, export_pdf
from blueprint_app.export.readable import nodes_on, plan_pages
from blueprint_app.export.tiling import drawing_area
from blueprint_app.export.page_frame import footer_height
from blueprint_app.export.fonts import choose_fonts
from blueprint_app.export.wording import wording
from blueprint_app.interchange.json_format import read_json
from blueprint_app.model import Blueprint
from blueprint_app.model.layout import compute_layout

from .conftest import EXAMPLES, squash
from .text_sizes import page_text_sizes

MIN_PT = 6.0


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_default_handout_never_prints_below_6_pt(example, paper, tmp_path):
    target = tmp_path / "handout.pdf"
    export_pdf(read_json(example), target, PdfOptions(paper=paper))
    pages = page_text_sizes(target)
    assert pages and all(pages)
    small = [(i + 1, round(min(sizes), 2)) for i, sizes in enumerate(pages)
             if min(sizes) < MIN_PT - 1e-6]
    assert not small, f"pages with text below {MIN_PT} pt: {small}"


def test_the_size_check_sees_small_text(tmp_path):
    """The measure is not blind: the old fitted sheet of the same example is below 6 pt."""
    target = tmp_path / "fit.pdf"
    export_pdf(read_json(EXAMPLES[0]), target, PdfOptions(mode="fit", sections=("blueprint",)))
    assert min(page_text_sizes(target)[0]) < MIN_PT


def grid_blueprint(stages: int = 14, per_cell: int = 2) -> Blueprint:
    """A wide map whose labels are unique tokens (Q<n>Z) to find on the printed pages."""
    bp = Blueprint("Wide map")
    for s in range(stages):
        bp.add_stage(id=f"st{s}", name=f"Phase{s}")
    n = 0
    for s in range(stages):
        for lane in ("evidence", "customer", "frontstage", "backstage", "support"):
            for _ in range(per_cell):
                bp.add_node(id=f"n{n}", lane=lane, label=f"Q{n}Z", stage=f"st{s}",
                            failure_probability=0.01 if lane in ("backstage", "support") else 0)
                n += 1
    return bp


def _blueprint_pages(path, count):
    reader = pypdf.PdfReader(str(path))
    return [squash(page.extract_text() or "") for page in reader.pages[:count]]


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_split_pages_hold_every_node_once_with_lane_titles_and_marks(paper, tmp_path):
    bp = grid_blueprint()
    options = PdfOptions(paper=paper, sections=("blueprint",))
    words = wording("en")
    layout = compute_layout(bp)
    fonts = choose_fonts("Q0123456789Z Phase")
    area = drawing_area(options.page_size, footer_height(options.page_size[0], fonts, True, True,
                                                          words))
    plan = plan_pages(layout, area.width, area.height)
    assert not plan.single and plan.pages > 1
    target = tmp_path / "split.pdf"
    export_pdf(bp, target, options)
    pages = _blueprint_pages(target, plan.pages)
    assert len(pypdf.PdfReader(str(target)).pages) == plan.pages
    for node in bp.nodes():
        holders = [i for i, text in enumerate(pages)
                   if node.label in text]
        assert len(holders) == 1, (node.label, holders)
    # the plan agrees: every node in exactly one cut, whole lanes and consecutive stages
    seen = [nid for cut in plan.cuts for nid in nodes_on(layout, cut)]
    assert sorted(seen) == sorted(n.id for n in bp.nodes())
    for cut, text in zip(plan.cuts, pages):
        for band in layout.bands[cut.bands[0]:cut.bands[1] + 1]:
            assert squash(words.lanes[band.lane]) in text
        for column in layout.columns[cut.columns[0]:cut.columns[1] + 1]:
            assert re.search(rf"{column.title}(?!\d)", text)
        after = plan.neighbour(cut, 1, 0)
        if after:
            assert f"continuedonpage{after.number + 1}→" in text
            assert f"←continuedfrompage{cut.number + 1}" in pages[after.number]
        below = plan.neighbour(cut, 0, 1)
        if below:
            assert f"↓lanesbelowonpage{below.number + 1}" in text
            assert f"↑lanesaboveonpage{cut.number + 1}" in pages[below.number]
    # consecutive stages: the cuts of one lane group cover the columns in order, no gaps
    firsts = sorted({cut.columns for cut in plan.cuts})
    assert firsts[0][0] == 0 and firsts[-1][1] == len(layout.columns) - 1
    assert all(a[1] + 1 == b[0] for a, b in zip(firsts, firsts[1:]))


def test_explicit_fit_still_gives_one_sheet_with_the_warning(tmp_path):
    target = tmp_path / "fit.pdf"
    warnings = export_pdf(grid_blueprint(), target, PdfOptions(mode="fit",
                                                               sections=("blueprint",)))
    assert len(pypdf.PdfReader(str(target)).pages) == 1
    assert any("below 6 pt" in w for w in warnings)


def test_a_small_map_stays_on_one_readable_page(tmp_path):
    bp = grid_blueprint(stages=2, per_cell=1)
    target = tmp_path / "small.pdf"
    assert export_pdf(bp, target, PdfOptions(sections=("blueprint",))) == []
    assert len(pypdf.PdfReader(str(target)).pages) == 1
    assert min(page_text_sizes(target)[0]) >= MIN_PT


def test_heat_is_on_by_default_and_printed_as_a_figure(tmp_path):
    bp = Blueprint("Heat")
    bp.add_stage(id="a", name="A")
    bp.add_node(id="t", lane="frontstage", label="Counter", stage="a")
    bp.add_node(id="s", lane="support", label="System", stage="a", failure_probability=0.2)
    bp.add_edge(source="s", target="t", kind="support")
    target = tmp_path / "heat.pdf"
    export_pdf(bp, target, PdfOptions(sections=("blueprint",)))
    text = squash(pypdf.PdfReader(str(target)).pages[0].extract_text())
    # the touchpoint fails exactly when the system fails (P = 0.2), and the system causes
    # P - P0 = 0.2 - 0 failed visits per visit: "20 %" on both nodes
    assert text.count("20%") == 2
    export_pdf(bp, target, PdfOptions(sections=("blueprint",), auto_heat=False))
    assert "20%" not in squash(pypdf.PdfReader(str(target)).pages[0].extract_text())


def test_command_line_default_fit_and_heat_switches(tmp_path, capsys):
    from blueprint_app.cli import main
    source = str(EXAMPLES[-1])
    target = tmp_path / "out.pdf"
    assert main(["export", source, str(target), "--sections", "blueprint"]) == 0
    readable = page_text_sizes(target)
    assert len(readable) > 1 and min(min(s) for s in readable) >= MIN_PT
    assert "warning" not in capsys.readouterr().err
    assert main(["export", source, str(target), "--sections", "blueprint", "--fit"]) == 0
    assert len(page_text_sizes(target)) == 1
    assert "below 6 pt" in capsys.readouterr().err
    assert main(["export", source, str(target), "--sections", "blueprint", "--no-heat"]) == 0
    assert main(["export", source, str(target), "--sections", "blueprint", "--heat"]) == 0
    target.unlink()
    assert main(["export", source, str(target), "--heat", "--no-heat"]) == 2
    assert not target.exists()
