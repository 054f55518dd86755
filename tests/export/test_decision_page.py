"""Page 1 of the handout (issue 13): the top back-office fixes in the order an independent
brute force gives, the same as ``analyze --json`` implies; sections with nothing to say left
out and named; labels, not ids, in every table; numbers with units; lists that scale."""
from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys

import pypdf
import pytest

from blueprint_app.export import PdfOptions, export_pdf
from blueprint_app.handout import build_handout, decision_of
from blueprint_app.interchange import read_json, write_json
from blueprint_app.model import Blueprint
from blueprint_app.model import readable

from .conftest import EXAMPLES, pdf_text, squash
from .samples import order_blueprint

VOLUMES = {"t1": 40, "t2": 10, "t3": None}   # t3 has no volume: it counts as 1 visit


def small_blueprint() -> Blueprint:
    """Two shared supports, an "any" rule and volumes: the ranking by probability alone, by
    touchpoints reached or without volumes would differ from the right one."""
    bp = Blueprint("Small")
    bp.add_stage(id="st", name="Stage")
    for tp, volume in VOLUMES.items():
        bp.add_node(id=tp, lane="frontstage", label=f"Touchpoint {tp}", stage="st",
                    volume=volume, failure_probability=0.01 if tp == "t1" else 0.0)
    bp.add_node(id="b1", lane="backstage", label="Desk check", stage="st", owner="Desk",
                failure_probability=0.02)
    bp.add_node(id="b2", lane="backstage", label="Dispatch", stage="st", owner="Warehouse",
                failure_probability=0.05, requires="any")
    bp.add_node(id="b3", lane="backstage", label="Call back", stage="st", owner="Service",
                failure_probability=0.15)
    bp.add_node(id="s1", lane="support", label="Order system", stage="st", owner="IT",
                failure_probability=0.1)
    bp.add_node(id="s2", lane="support", label="Spare system", stage="st", owner="IT",
                failure_probability=0.2)
    bp.add_node(id="s3", lane="support", label="Carrier", stage="st", owner="Logistics",
                failure_probability=0.03)
    for source, target in (("b1", "t1"), ("b1", "t2"), ("b2", "t2"), ("b2", "t3"),
                           ("s1", "b1"), ("s1", "b2"), ("s2", "b2"), ("s3", "t3"), ("b3", "t3")):
        bp.add_edge(source=source, target=target, kind="support")
    bp.update_node("t3", commitments=[{"id": "c-2d", "level": 1,
                                       "name": "Delivered within 2 days", "target": 2, "unit": "d"}])
    return bp


def brute_force_avoided(bp: Blueprint) -> dict[str, float]:
    """Σ_t v_t·(P(t fails) − P(t fails | n never fails)) by enumerating every state."""
    nodes = [n for n in bp.nodes() if n.failure_probability > 0]
    supports = {n.id: [e.source for e in bp.edges() if e.kind.value == "support" and e.target == n.id]
                for n in bp.nodes()}

    def fails(node_id, down):
        node = bp.node(node_id)
        if node_id in down:
            return True
        sources = supports[node_id]
        if not sources:
            return False
        failed = [fails(s, down) for s in sources]
        if node.requires == "any":
            return all(failed)
        return any(failed)

    def p_fail(tp, never=None):
        total = 0.0
        for state in itertools.product((False, True), repeat=len(nodes)):
            weight = 1.0
            down = set()
            for node, is_down in zip(nodes, state):
                p = 0.0 if node.id == never else node.failure_probability
                weight *= p if is_down else 1 - p
                if is_down:
                    down.add(node.id)
            if weight and fails(tp, down):
                total += weight
        return total

    touchpoints = [n for n in bp.nodes() if n.lane.value == "frontstage"]
    base = {t.id: p_fail(t.id) for t in touchpoints}
    return {n.id: sum(t.visits * (base[t.id] - p_fail(t.id, n.id)) for t in touchpoints)
            for n in nodes if n.lane.value in ("backstage", "support")}


def test_top_fixes_follow_the_brute_force_and_analyze_json(tmp_path):
    bp = small_blueprint()
    expected = brute_force_avoided(bp)
    order = sorted(expected, key=lambda n: -expected[n])
    assert len(set(round(v, 9) for v in expected.values())) == len(expected)  # no ties
    decision = build_handout(bp).decision
    assert [f.id for f in decision.fixes] == order[:5]
    for fix in decision.fixes:
        assert fix.avoided == pytest.approx(expected[fix.id], rel=1e-9)
    # analyze --json gives P and Fussell–Vesely; P − P0 = FV·P per touchpoint
    source = tmp_path / "small.json"
    write_json(bp, source)
    run = subprocess.run([sys.executable, "-m", "blueprint_app", "analyze", str(source), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    from_json: dict[str, float] = {}
    for tp in json.loads(run.stdout)["touchpoints"]:
        volume = VOLUMES[tp["id"]] or 1
        for cause in tp["causes"]:
            if cause["lane"] in ("backstage", "support") and cause["fussell_vesely"]:
                from_json[cause["id"]] = from_json.get(cause["id"], 0.0) + \
                    volume * cause["fussell_vesely"] * tp["failure_probability"]
    assert sorted(from_json, key=lambda n: -from_json[n])[:5] == order[:5]
    # page 1 lists them in that order, by label, with owner and the promise at risk
    out = tmp_path / "small.pdf"
    export_pdf(bp, out, PdfOptions())
    page1 = squash(pypdf.PdfReader(str(out)).pages[0].extract_text())
    positions = [page1.index(squash(f"{rank}. {bp.node(n).label}")) for rank, n in
                 enumerate(order[:5], 1)]
    assert positions == sorted(positions)
    assert squash("Promises at risk: “Delivered within 2 days”") in page1
    assert squash(f"Owner: {bp.node(order[0]).owner}") in page1


def test_the_dock_function_is_page_one():
    bp = read_json(next(p for p in EXAMPLES if p.stem == "bank-card-app"))
    assert decision_of(bp) == build_handout(bp).decision


def test_the_customer_figure():
    bp = small_blueprint()
    fix = next(f for f in build_handout(bp).decision.fixes if f.id == "s3")
    # s3 only reaches t3 (needs b2, s3 and b3): fixing it removes p3·(1−…)/P(t3) of it
    assert fix.touchpoints == ("Touchpoint t3",) and fix.worst_promise == "Delivered within 2 days"
    assert fix.worst_removed == pytest.approx(brute_force_avoided(bp)["s3"] / fix.worst_probability)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_empty_section_and_no_ids(example, tmp_path):
    bp = read_json(example)
    handout = build_handout(bp)
    out = tmp_path / "x.pdf"
    export_pdf(bp, out, PdfOptions(auto_heat=True), handout=handout)
    reader = pypdf.PdfReader(str(out))
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    from blueprint_app.export.wording import wording, detect_language
    w = wording(detect_language(bp))
    titles = {"summary": w("summary_title"), "analysis": w("analysis_title"),
              "pareto": w("pareto_title"), "findings": w("findings_title"),
              "commitments": w("commitments_outline"), "perceptions": w("perceptions_title"),
              "fmea": w("fmea_title")}
    page1 = squash(reader.pages[0].extract_text())
    for section, title in titles.items():
        if section in handout.empty:
            assert title not in outline, section
            assert squash(w(handout.empty[section])) in page1, section
        else:
            assert title in outline, section
    assert handout.empty, "the examples record no incidents: something is left out"
    ids = [n.id for n in bp.nodes()] + [c.id for n in bp.nodes() for c in n.commitments] \
        + [r.id for r in bp.resources]
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text() or ""
        for node_id in ids:
            assert not re.search(r"(?<![\w-])" + re.escape(node_id) + r"(?![\w-])", text), \
                (number, node_id)


def test_findings_and_tables_name_nodes_by_label(tmp_path):
    bp = order_blueprint()            # has findings, incidents and a cut-set list
    out = tmp_path / "o.pdf"
    export_pdf(bp, out, PdfOptions())
    text = pdf_text(out)
    for node in bp.nodes():
        assert not re.search(r"(?<![\w-])" + re.escape(node.id) + r"(?![\w-])", text), node.id


def test_nothing_recorded_is_named_not_printed(tmp_path):
    bp = Blueprint("Bare")
    bp.add_node(id="t", lane="frontstage", label="Only touchpoint")
    out = tmp_path / "bare.pdf"
    export_pdf(bp, out, PdfOptions())
    text = squash(pdf_text(out))
    for fragment in ("noincidentlogrecordedyet", "nocommitmentsrecordedyet", "noback-officenode"):
        assert fragment in text
    assert "Paretoofobservedincidents" not in text and "Noincidentsrecorded" not in text


def test_units_and_rounding():
    assert readable.percent(0.0523) == "5.23 %" and readable.percent(0.5239, 2) == "52 %"
    assert readable.amount(4812) == "4\u2009812" and readable.amount(0.05432) == "0.054"
    assert readable.amount(1.2345) == "1.23"
    assert readable.one_in(0.04) == 25 and readable.one_in(0.0071) == 140
    assert readable.one_in(0.6) is None
    assert readable.plain_fraction(0.34) == "third" and readable.plain_fraction(0.41) is None
    assert readable.duration_of(2, "d") == "2 d" and readable.duration_of(90, "min") == "1.5 h"
    assert readable.duration_of(36, "h") == "36 h" and readable.duration_of(95, "%") == "95 %"
    assert readable.duration_of(2, "d", ("分钟", "小时", "天")) == "2 天"


def test_commitment_tables_carry_units(tmp_path):
    bp = read_json(next(p for p in EXAMPLES if p.stem == "online-order-delivery"))
    out = tmp_path / "c.pdf"
    export_pdf(bp, out, PdfOptions(sections=("commitments",)))
    text = squash(pdf_text(out))
    assert "2d" in text and "2h" in text          # "Parcel arrives within 2 days", targets
    assert not re.search(r"\d+\.\d{2,}/\d", text)  # no bare "52.39 / 48"


def test_big_maps_list_the_top_items_then_count(tmp_path):
    from benchmarks.generate import generate_blueprint
    bp = generate_blueprint(400)
    short, full = build_handout(bp), build_handout(bp, full_lists=True)
    assert short.summary.more > 0 and len(short.summary.rows) == 10
    assert full.summary.more == 0 and len(full.summary.rows) == 10 + short.summary.more
    assert short.analysis.more > 0 and full.analysis.more == 0
    out = tmp_path / "big.pdf"
    export_pdf(bp, out, PdfOptions(sections=("summary",)), handout=short)
    assert squash(f"… and {readable.grouped(short.summary.more)} more") in squash(pdf_text(out))


def test_cli_full_lists_prints_every_row(tmp_path):
    from benchmarks.generate import generate_blueprint
    bp = generate_blueprint(400)
    source = tmp_path / "big.json"
    write_json(bp, source)
    outputs = {}
    for flag in ((), ("--full-lists",)):
        out = tmp_path / f"big{len(flag)}.pdf"
        run = subprocess.run([sys.executable, "-m", "blueprint_app", "export", str(source), str(out),
                              "--sections", "summary", *flag], capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, run.stderr
        outputs[bool(flag)] = squash(pdf_text(out))
    more = build_handout(bp).summary.more
    assert squash(f"… and {readable.grouped(more)} more") in outputs[False]
    assert "more(exportwithfulllists" not in outputs[True]
    assert len(outputs[True]) > len(outputs[False])


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_page_one_holds_the_thumbnail_and_three_to_five_fixes(example, paper, tmp_path):
    """On A4 the five fixes and the thumbnail do not always fit one page: the last fixes give
    way (down to three) so that page 1 still shows where they sit; the lead counts them."""
    from blueprint_app.export.wording import detect_language, wording
    bp = read_json(example)
    handout = build_handout(bp)
    out = tmp_path / "x.pdf"
    export_pdf(bp, out, PdfOptions(paper=paper), handout=handout)
    w = wording(detect_language(bp))
    page1 = squash(pypdf.PdfReader(str(out)).pages[0].extract_text())
    assert squash(w("thumbnail_caption")) in page1
    fixes = handout.decision.fixes
    shown = [f for f in fixes if squash(w("fix_title", rank=f.rank, label=f.label)) in page1]
    assert 3 <= len(shown) <= 5 and shown == list(fixes[:len(shown)])
    lead = w("decision_lead", failed=readable.amount(handout.decision.expected_failed_visits),
             visits=readable.amount(handout.decision.visits),
             nodes=handout.decision.back_office_nodes,
             share=readable.percent(handout.decision.expected_failed_visits
                                    / handout.decision.visits, 2), top=len(shown))
    assert squash(lead) in page1
