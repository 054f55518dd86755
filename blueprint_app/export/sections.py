"""The registry of PDF sections: one row per section (id, dialog title, place in the
document, builder), read by the exporter (options, appendix), the PDF dialog and the
command line (--sections). Adding a section is one row here, its builder, and the
translation of its title; tests/export/test_sections.py checks every row resolves.

Titles are wrapped for lupdate in the dialog's context ("PdfExportDialog"); builders are
named "module:function" inside export/ so this table imports nothing."""
from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


@dataclass(frozen=True)
class PdfSection:
    id: str
    title: str          # as the dialog lists it (translated in context "PdfExportDialog")
    order: int          # place in the printed document (the blueprint pages come first)
    builder: str | None  # "module:function" of export/ building its flowables; None: pages
    default: bool = True  # printed unless --sections (or the dialog) leaves it out


# listed in the order the dialog and --sections show them
PDF_SECTIONS: tuple[PdfSection, ...] = (
    PdfSection("decision", QT_TRANSLATE_NOOP("PdfExportDialog", "Decision: what to fix first"),
               -1, "decision_page:decision_section"),
    PdfSection("blueprint", QT_TRANSLATE_NOOP("PdfExportDialog", "Blueprint"), 0, None),
    PdfSection("analysis", QT_TRANSLATE_NOOP("PdfExportDialog", "Failure analysis"), 2,
               "appendix:_analysis"),
    PdfSection("pareto", QT_TRANSLATE_NOOP("PdfExportDialog", "Pareto of incidents"), 3,
               "appendix:_pareto"),
    PdfSection("findings", QT_TRANSLATE_NOOP("PdfExportDialog", "Validation findings"), 7,
               "appendix:_findings"),
    PdfSection("summary", QT_TRANSLATE_NOOP("PdfExportDialog", "Summary for the committee"), 1,
               "appendix:_summary"),
    PdfSection("commitments", QT_TRANSLATE_NOOP("PdfExportDialog", "Service commitments"), 4,
               "commitments_appendix:commitments_section"),
    PdfSection("perceptions", QT_TRANSLATE_NOOP("PdfExportDialog", "Customer perception"), 5,
               "commitments_appendix:perceptions_section"),
    PdfSection("fmea", QT_TRANSLATE_NOOP("PdfExportDialog", "Fail points (FMEA)"), 6,
               "commitments_appendix:fmea_section"),
    PdfSection("slices", QT_TRANSLATE_NOOP("PdfExportDialog", "Vertical slices of the riskiest "
                                                              "touchpoints"), 8,
               "slice_pages:slice_section", default=False),
)
SECTION_BY_ID = {s.id: s for s in PDF_SECTIONS}
SECTION_IDS = tuple(s.id for s in PDF_SECTIONS)
DEFAULT_SECTION_IDS = tuple(s.id for s in PDF_SECTIONS if s.default)
DOCUMENT_ORDER = tuple(s.id for s in sorted(PDF_SECTIONS, key=lambda s: s.order) if s.builder)
