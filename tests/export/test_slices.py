"""Vertical slices (issue 13): the riskiest touchpoints by P(fail) × visits, each with only
the back-office steps that can make it fail; an optional section, off by default."""
from __future__ import annotations

import pypdf
import pytest

from blueprint_app.export import PdfOptions, export_pdf
from blueprint_app.export.options import PdfOptionsError
from blueprint_app.handout.slices import top_slices
from blueprint_app.model import Blueprint

from .conftest import squash


def two_journeys() -> Blueprint:
    """t-web needs s-shop (0.1) and b-pack (0.2): P = 1 - 0.9 * 0.8 = 0.28, 10 visits -> 2.8.
    t-desk needs s-crm (0.5) only: P = 0.5, 4 visits -> 2.0. t-mail cannot fail.
    s-noise supports only t-desk's neighbour step, never t-web."""
    bp = Blueprint("Slices")
    bp.add_stage(id="a", name="Order")
    add = bp.add_node
    add(id="t-web", lane="frontstage", label="Web order page", stage="a", volume=10)
    add(id="t-desk", lane="frontstage", label="Service desk", stage="a", volume=4,
        owner="Stores")
    add(id="t-mail", lane="frontstage", label="Thank-you mail", stage="a")
    add(id="b-pack", lane="backstage", label="Packing bench", stage="a", owner="Warehouse",
        failure_probability=0.2)
    add(id="b-relay", lane="backstage", label="Relay step", stage="a")
    add(id="s-shop", lane="support", label="Shop platform", stage="a", owner="IT",
        failure_probability=0.1)
    add(id="s-crm", lane="support", label="CRM", stage="a", failure_probability=0.5)
    add(id="s-noise", lane="support", label="Unrelated tool", stage="a",
        failure_probability=0.3)
    for source, target in (("b-pack", "t-web"), ("s-shop", "b-relay"), ("b-relay", "t-web"),
                           ("s-crm", "t-desk")):
        bp.add_edge(source=source, target=target, kind="support")
    return bp


def test_ranking_by_failed_visits_and_the_causal_subgraph():
    slices = top_slices(two_journeys())
    assert [s.id for s in slices] == ["t-web", "t-desk"]        # t-mail cannot fail
    web, desk = slices
    assert web.probability == pytest.approx(0.28) and web.failed_visits == pytest.approx(2.8)
    assert desk.failed_visits == pytest.approx(2.0)
    # only what can make it fail; shares are Fussell-Vesely: (P - P0) / P
    assert {c.id for c in web.causes} == {"b-pack", "s-shop"}
    share = {c.id: c.share for c in web.causes}
    assert share["b-pack"] == pytest.approx((0.28 - 0.1) / 0.28)
    assert share["s-shop"] == pytest.approx((0.28 - 0.2) / 0.28)
    # s-shop reaches the touchpoint through the relay step, which cannot fail by itself
    links = {c.id: c.links for c in web.causes}
    assert links == {"b-pack": ("t-web",), "s-shop": ("t-web",)}
    assert [c.id for c in desk.causes] == ["s-crm"]


def test_volume_changes_the_order():
    bp = two_journeys()
    bp.update_node("t-desk", volume=6)                          # 0.5 * 6 = 3.0 > 2.8
    assert [s.id for s in top_slices(bp)] == ["t-desk", "t-web"]


def test_section_is_off_by_default_and_prints_labels_not_ids(tmp_path):
    target = tmp_path / "h.pdf"
    export_pdf(two_journeys(), target, PdfOptions(sections=("blueprint",)))
    plain = squash("".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages))
    assert "Packingbench" in plain and "expectedfailedvisits" not in plain
    export_pdf(two_journeys(), target, PdfOptions(sections=("blueprint", "slices")))
    pages = [squash(p.extract_text()) for p in pypdf.PdfReader(str(target)).pages]
    slice_pages = [p for p in pages if "expectedfailedvisits" in p]
    assert len(slice_pages) == 2                                 # one page per touchpoint
    assert "1.Weborderpage" in slice_pages[0] and "Packingbench" in slice_pages[0]
    assert "Shopplatform" in slice_pages[0] and "Warehouse" in slice_pages[0]
    assert "Unrelatedtool" not in slice_pages[0] and "CRM" not in slice_pages[0]
    assert "2.Servicedesk" in slice_pages[1] and "CRM" in slice_pages[1]
    for page in slice_pages:
        for node_id in ("t-web", "b-pack", "s-shop", "s-crm", "t-desk"):
            assert node_id not in page


def test_registry_row_and_option():
    assert "slices" not in PdfOptions().sections
    assert PdfOptions(sections=("slices",)).sections == ("slices",)
    with pytest.raises(PdfOptionsError):
        PdfOptions(sections=("slice",))
