"""The appendix, laid out with platypus: the committee summary, the failure analysis per
touchpoint, the Pareto of observed incidents and the validation findings. Each section starts
on a new page and has an outline entry; tables repeat their header row on every page."""
from __future__ import annotations

from dataclasses import replace

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from . import style
from .fonts import FontSet
from .pareto_chart import pareto_drawing
from .ranking import back_office_impact
from .text import paragraph_markup
from .sections import DOCUMENT_ORDER as SECTION_ORDER
from .wording import Wording, wording

DOCUMENT_ORDER = SECTION_ORDER  # from the section registry (export/sections.py)
TOP_CAUSES = 8
MAX_CUT_SETS = 12
CUT_SET_ORDER = 4          # cut sets of up to 4 nodes are listed (probabilities are exact)
SUMMARY_ROWS = 10
# Chinese lane names are short and Chinese owners long: the owner column takes the room.
_SUMMARY_WIDTHS = {"en": (0.04, 0.19, 0.14, 0.12, 0.07, 0.1, 0.07, 0.09, 0.18),
                   "zh_CN": (0.04, 0.2, 0.11, 0.15, 0.08, 0.1, 0.05, 0.07, 0.2)}


class Heading(Paragraph):
    """A paragraph that adds an outline entry (see pdf._Document.afterFlowable)."""

    def __init__(self, text: str, style_, fonts: FontSet, level: int, outline: str | None = None):
        super().__init__(paragraph_markup(text, fonts.bold), style_)
        self.outline = (outline or text, level)


class _Styles:
    """Paragraph styles in the document's fonts, and the words of its language."""

    def __init__(self, fonts: FontSet, words: Wording | None = None):
        regular, bold = fonts.regular.primary, fonts.bold.primary
        self.fonts = fonts
        self.words = words or wording("en")
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceAfter=8,
                                 textColor=style.STAGE_FILL)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=10,
                                 spaceAfter=4, textColor=style.TEXT)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12,
                                   spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=8, leading=10,
                                   textColor=style.WHITE)

    def p(self, text: str, style_=None) -> Paragraph:
        chain = self.fonts.bold if style_ is self.head else self.fonts.regular
        return Paragraph(paragraph_markup(str(text), chain), style_ or self.body)


def _table(styles: _Styles, header: list[str], rows: list[list], widths: list[float]) -> Table:
    data = [[styles.p(h, styles.head) for h in header]]
    data += [[c if not isinstance(c, str) else styles.p(c, styles.cell) for c in row]
             for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular.primary, 8),  # not Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), style.STAGE_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [style.WHITE, HexColor("#F2F4F7")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, style.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _pct(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2%}" if value >= 0.0001 or value == 0 else f"{value:.2e}"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.4g}"


def _lane(node, words: Wording) -> str:
    lane = words.lanes[node.lane]
    return f"{lane} · {words.categories[node.category]}" if node.category else lane


# ----- sections --------------------------------------------------------------------------------
def _summary(bp, analyses, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    impacts = back_office_impact(bp, analyses)[:SUMMARY_ROWS]
    story = [Heading(w("summary_heading"), styles.h1, fonts, 0, w("summary_title"))]
    total = sum(a.failure_probability for a in analyses)
    story.append(styles.p(w("summary_intro", count=len(analyses), total=f"{total:.3g}")))
    if not impacts:
        return story + [styles.p(w("summary_none"))]
    rows = []
    no_owner = w("no_owner")
    for rank, row in enumerate(impacts, 1):
        node = bp.node(row.id)
        worst = bp.node(row.worst_touchpoint).label if row.worst_touchpoint else "–"
        rows.append([str(rank), f"{row.label} ({row.id})", _lane(node, w), row.owner or no_owner,
                     _pct(row.probability), f"{row.expected_failures:.3g}",
                     f"{row.expected_failures / total:.0%}" if total else "–",
                     f"{len(row.touchpoints)}", f"{worst} ({_pct(row.worst_share)})"])
    widths = [f * width for f in _SUMMARY_WIDTHS[w.language]]
    story.append(_table(styles, list(w.headers["summary"]), rows, widths))
    owners: dict[str, int] = {}
    for row in impacts:
        owners[row.owner or no_owner] = owners.get(row.owner or no_owner, 0) + 1
    story += [Spacer(1, 8), styles.p(w("owners_to_call") + w("item_sep").join(
        w("owner_count", owner=owner, count=count)
        for owner, count in sorted(owners.items(), key=lambda i: -i[1])))]
    return [KeepTogether(story)]


def _analysis(bp, analyses, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    story = [Heading(w("analysis_title"), styles.h1, fonts, 0)]
    story.append(styles.p(w("analysis_intro", top=TOP_CAUSES, order=CUT_SET_ORDER)))
    widths = [f * width for f in (0.3, 0.2, 0.14, 0.08, 0.14, 0.14)]
    for analysis in analyses:
        title = w("touchpoint_title", label=analysis.label, id=analysis.touchpoint,
                  p=_pct(analysis.failure_probability))
        block = [Heading(title, styles.h2, fonts, 1, f"{analysis.label} ({analysis.touchpoint})")]
        rows = []
        for cause in analysis.causes[:TOP_CAUSES]:
            node = bp.node(cause.id)
            rows.append([f"{cause.label} ({cause.id})", _lane(node, w), node.owner or "–",
                         _pct(cause.probability), _num(cause.fussell_vesely), _num(cause.birnbaum)])
        if rows:
            block.append(_table(styles, list(w.headers["causes"]), rows, widths))
        else:
            block.append(styles.p(w("no_causes")))
        block.append(Spacer(1, 3))
        block.append(styles.p(_cut_set_text(bp, analysis, w), styles.cell))
        story.append(KeepTogether(block))
    return story


def _cut_set_text(bp, analysis, w: Wording) -> str:
    sets = analysis.cut_sets[:MAX_CUT_SETS]
    if not sets:
        return w("cut_sets_none")
    text = w("cut_sets") + w("item_sep").join(
        w("cut_set", nodes=w("cut_set_sep").join(bp.node(n).label for n in cut)) for cut in sets)
    left = len(analysis.cut_sets) - len(sets)
    if left:
        text += w("cut_sets_more", count=left)
    if analysis.cut_sets_truncated:
        text += w("cut_sets_truncated", order=CUT_SET_ORDER)
    return text + w("sentence_end")


def _pareto(bp, styles: _Styles, width: float) -> list:
    from ..analysis.pareto import pareto
    fonts, w = styles.fonts, styles.words
    result = pareto(bp)
    story = [Heading(w("pareto_title"), styles.h1, fonts, 0)]
    if not result.rows:
        return story + [styles.p(w("pareto_none"))]
    behind = result.behind_visibility_share
    story.append(styles.p(
        w("pareto_count", total=f"{result.total:g}", records=len(bp.incidents))
        + (w("pareto_behind", share=f"{behind:.0%}") if behind is not None else "")
        + w("pareto_colours")))
    bars = [r if r.cause is not None else replace(r, label=w("no_cause")) for r in result.rows]
    story.append(pareto_drawing(bars, result.total, width, fonts.regular,
                                w("chart_bars"), w("chart_line")))
    rows = [[f"{r.label}" + (f" ({r.cause})" if r.cause else ""),
             w.lanes[r.lane] if r.lane else "–", f"{r.value:g}", f"{r.share:.1%}",
             f"{r.cumulative_share:.1%}"] for r in bars]
    story.append(_table(styles, list(w.headers["pareto"]), rows,
                        [f * width for f in (0.42, 0.22, 0.12, 0.12, 0.12)]))
    return story


def _findings(bp, styles: _Styles, width: float) -> list:
    from ..analysis.validation import validate
    w = styles.words
    report = validate(bp)
    story = [Heading(w("findings_title"), styles.h1, styles.fonts, 0)]
    if not report.findings:
        return story + [styles.p(w("findings_none"))]
    story.append(styles.p(w("findings_count", errors=len(report.errors),
                            warnings=len(report.warnings))))
    # Messages and hints come from analysis/ and stay English (docs/translations.md).
    rows = [[w.severities.get(f.severity.value, f.severity.value), f.code,
             ", ".join(f.ids[:8]) + (" …" if len(f.ids) > 8 else ""), f.message, f.hint]
            for f in report.findings]
    story.append(_table(styles, list(w.headers["findings"]), rows,
                        [f * width for f in (0.09, 0.16, 0.15, 0.32, 0.28)]))
    return story


# ----- assembly --------------------------------------------------------------------------------
def _failure_analyses(bp, warnings: list[str]):
    from ..analysis.failure import AnalysisInputError, analyze_blueprint
    try:
        return analyze_blueprint(bp, max_order=CUT_SET_ORDER)
    except (AnalysisInputError, ValueError) as exc:
        warnings.append(f"failure analysis not possible ({exc}): sections 'analysis' and "
                        "'summary' show the reason instead")
        return exc


def build_appendix(bp, options, fonts: FontSet,
                   words: Wording | None = None) -> tuple[list, list[str]]:
    """(flowables, warnings) for the appendix sections chosen in ``options``."""
    chosen = [s for s in DOCUMENT_ORDER if s in options.sections]
    if not chosen:
        return [], []
    styles = _Styles(fonts, words)
    w = styles.words
    width = options.appendix_page_size[0] - 2 * 28.0 - 28
    warnings: list[str] = []
    analyses = _failure_analyses(bp, warnings) if {"summary", "analysis"} & set(chosen) else None
    story: list = []
    for section in chosen:
        if story:
            story.append(PageBreak())
        if section in ("summary", "analysis") and not isinstance(analyses, list):
            title = w("summary_title") if section == "summary" else w("analysis_title")
            story += [Heading(title, styles.h1, fonts, 0),
                      styles.p(w("not_available_because", reason=analyses) if analyses
                               else w("not_available"))]
        elif section == "summary":
            story += _summary(bp, analyses, styles, width)
        elif section == "analysis":
            story += _analysis(bp, analyses, styles, width)
        elif section == "pareto":
            story += _pareto(bp, styles, width)
        elif section in ("commitments", "perceptions", "fmea"):
            from .commitments_appendix import BUILDERS
            story += BUILDERS[section](bp, styles, width)
        else:
            story += _findings(bp, styles, width)
    return story, warnings
