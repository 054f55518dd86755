"""The issue-6 appendix sections (commitments, perceptions, FMEA), read back with pypdf."""
from __future__ import annotations

import pypdf

from blueprint_app.export import PdfOptions, export_pdf
from blueprint_app.interchange import read_json
from blueprint_app.model import Blueprint

from .conftest import EXAMPLES, pdf_text, squash


def test_sections_print_budget_monitoring_focus_and_rpn(tmp_path):
    bp = read_json(next(p for p in EXAMPLES if p.stem == "online-order-delivery"))
    out = tmp_path / "c.pdf"
    export_pdf(bp, out, PdfOptions(sections=("commitments", "perceptions", "fmea")))
    text = squash(pdf_text(out))
    for fragment in ("Servicecommitments:budgetandmonitoring", "Orderenteredwithin2hours→Dispatchedwithin4hoursofentry→Carrierdeliverswithin1.5days",
                     "Brokenpromisesandthecommitmentsthatoverran", "Responsibility",
                     "Customerperception:wheretofocus", "*Paymentjustworks",
                     "Failpointsrankedbyrisk(FMEA)", "Agencytempcrew", "180"):
        assert fragment in text, fragment
    assert "s-crew-agency" not in text and "c-entry" not in text
    outline = [o.title for o in pypdf.PdfReader(str(out)).outline if not isinstance(o, list)]
    assert outline[:3] == ["Service commitments", "Customer perception: where to focus",
                           "Fail points ranked by risk (FMEA)"]


def test_sections_say_so_when_there_is_nothing(tmp_path):
    bp = Blueprint("Empty")
    bp.add_node(id="t", lane="frontstage", label="T")
    out = tmp_path / "e.pdf"
    export_pdf(bp, out, PdfOptions(sections=("commitments", "perceptions", "fmea")))
    text = squash(pdf_text(out))
    # nothing to say: each section is left out and named in the one line
    assert "Leftout,nothingtosayyet:nocommitmentsrecordedyet,noperceptionpointsrecordedyet," \
           "noFMEAscoresrecordedyet." in text
    assert "Servicecommitments" not in text and "FMEA)" not in text
