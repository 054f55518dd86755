"""The appendix, laid out with platypus: the committee summary, the failure analysis per
touchpoint, the Pareto of observed incidents and the validation findings. Each section starts
on a new page and has an outline entry; tables repeat their header row on every page."""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..model.enums import CATEGORY_TITLES, LANE_TITLES
from . import style
from .fonts import FontSet
from .pareto_chart import pareto_drawing
from .ranking import back_office_impact
from .text import paragraph_markup

DOCUMENT_ORDER = ("summary", "analysis", "pareto", "commitments", "perceptions", "fmea",
                  "findings")
TOP_CAUSES = 8
MAX_CUT_SETS = 12
CUT_SET_ORDER = 4          # cut sets of up to 4 nodes are listed (probabilities are exact)
SUMMARY_ROWS = 10


class Heading(Paragraph):
    """A paragraph that adds an outline entry (see pdf._Document.afterFlowable)."""

    def __init__(self, text: str, style_, fonts: FontSet, level: int, outline: str | None = None):
        super().__init__(paragraph_markup(text, fonts.bold), style_)
        self.outline = (outline or text, level)


class _Styles:
    def __init__(self, fonts: FontSet):
        regular, bold = fonts.regular.primary, fonts.bold.primary
        self.fonts = fonts
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


def _lane(node) -> str:
    lane = LANE_TITLES[node.lane]
    return f"{lane} · {CATEGORY_TITLES[node.category]}" if node.category else lane


# ----- sections --------------------------------------------------------------------------------
def _summary(bp, analyses, styles: _Styles, width: float) -> list:
    fonts = styles.fonts
    impacts = back_office_impact(bp, analyses)[:SUMMARY_ROWS]
    story = [Heading("For the committee: the back-office nodes that break the most customer "
                     "experience", styles.h1, fonts, 0, "Summary for the committee")]
    total = sum(a.failure_probability for a in analyses)
    story.append(styles.p(
        f"{len(analyses)} touchpoints analysed; together they are expected to fail "
        f"{total:.3g} times per analysed period. The table ranks backstage and support nodes "
        "by the touchpoint failures they cause: the expected number of touchpoint failures "
        "that would disappear if the node never failed by itself (the sum over touchpoints "
        "of P − P0, i.e. Fussell–Vesely × P)."))
    if not impacts:
        return story + [styles.p("No back-office node can make a touchpoint fail (no support "
                                 "edges or no failure probabilities recorded).")]
    rows = []
    for rank, row in enumerate(impacts, 1):
        node = bp.node(row.id)
        worst = bp.node(row.worst_touchpoint).label if row.worst_touchpoint else "–"
        rows.append([str(rank), f"{row.label} ({row.id})", _lane(node), row.owner or "(no owner)",
                     _pct(row.probability), f"{row.expected_failures:.3g}",
                     f"{row.expected_failures / total:.0%}" if total else "–",
                     f"{len(row.touchpoints)}", f"{worst} ({_pct(row.worst_share)})"])
    widths = [w * width for w in (0.04, 0.19, 0.14, 0.12, 0.07, 0.1, 0.07, 0.09, 0.18)]
    story.append(_table(styles, ["#", "Node", "Lane", "Owner", "p (own)", "Expected failures",
                                 "Share", "Touch-points", "Worst touchpoint (FV)"], rows, widths))
    owners: dict[str, int] = {}
    for row in impacts:
        owners[row.owner or "(no owner)"] = owners.get(row.owner or "(no owner)", 0) + 1
    story += [Spacer(1, 8), styles.p("Owners to call: " + "; ".join(
        f"{owner} ({count})" for owner, count in sorted(owners.items(), key=lambda i: -i[1])))]
    return [KeepTogether(story)]


def _analysis(bp, analyses, styles: _Styles, width: float) -> list:
    fonts = styles.fonts
    story = [Heading("Failure analysis per touchpoint", styles.h1, fonts, 0)]
    story.append(styles.p(
        "Exact failure probability of every touchpoint (a support reached through several "
        f"paths counts once), its top {TOP_CAUSES} causes by Fussell–Vesely importance (the "
        "share of the touchpoint's failure probability that would disappear if the cause never "
        "failed) with Birnbaum importance (P1 − P0, how sensitive the touchpoint is to it), and "
        f"its minimal cut sets of up to {CUT_SET_ORDER} nodes."))
    widths = [w * width for w in (0.3, 0.2, 0.14, 0.08, 0.14, 0.14)]
    for analysis in analyses:
        title = f"{analysis.label} ({analysis.touchpoint}): P(fail) = {_pct(analysis.failure_probability)}"
        block = [Heading(title, styles.h2, fonts, 1, f"{analysis.label} ({analysis.touchpoint})")]
        rows = []
        for cause in analysis.causes[:TOP_CAUSES]:
            node = bp.node(cause.id)
            rows.append([f"{cause.label} ({cause.id})", _lane(node), node.owner or "–",
                         _pct(cause.probability), _num(cause.fussell_vesely), _num(cause.birnbaum)])
        if rows:
            block.append(_table(styles, ["Cause", "Lane", "Owner", "p", "Fussell–Vesely",
                                         "Birnbaum"], rows, widths))
        else:
            block.append(styles.p("No cause with a failure probability reaches this touchpoint."))
        block.append(Spacer(1, 3))
        block.append(styles.p(_cut_set_text(bp, analysis), styles.cell))
        story.append(KeepTogether(block))
    return story


def _cut_set_text(bp, analysis) -> str:
    sets = analysis.cut_sets[:MAX_CUT_SETS]
    if not sets:
        return "Minimal cut sets: none."
    text = "Minimal cut sets: " + "; ".join(
        "{" + ", ".join(bp.node(n).label for n in cut) + "}" for cut in sets)
    left = len(analysis.cut_sets) - len(sets)
    if left:
        text += f"; and {left} more"
    if analysis.cut_sets_truncated:
        text += f" (sets of more than {CUT_SET_ORDER} nodes not listed)"
    return text + "."


def _pareto(bp, styles: _Styles, width: float) -> list:
    from ..analysis.pareto import pareto
    fonts = styles.fonts
    result = pareto(bp)
    story = [Heading("Pareto of observed incidents by cause", styles.h1, fonts, 0)]
    if not result.rows:
        return story + [styles.p("No incidents recorded in this blueprint.")]
    behind = result.behind_visibility_share
    story.append(styles.p(
        f"{result.total:g} incidents from {len(bp.incidents)} records. "
        + (f"{behind:.0%} of them were caused behind the line of visibility. " if behind is not None else "")
        + "Bars are coloured by the cause's lane."))
    story.append(pareto_drawing(result.rows, result.total, width, fonts.regular))
    rows = [[f"{r.label}" + (f" ({r.cause})" if r.cause else ""),
             LANE_TITLES[r.lane] if r.lane else "–", f"{r.value:g}", f"{r.share:.1%}",
             f"{r.cumulative_share:.1%}"] for r in result.rows]
    story.append(_table(styles, ["Cause", "Lane", "Incidents", "Share", "Cumulative"], rows,
                        [w * width for w in (0.42, 0.22, 0.12, 0.12, 0.12)]))
    return story


def _findings(bp, styles: _Styles, width: float) -> list:
    from ..analysis.validation import validate
    report = validate(bp)
    story = [Heading("Validation findings", styles.h1, styles.fonts, 0)]
    if not report.findings:
        return story + [styles.p("No findings: the blueprint passes every check.")]
    story.append(styles.p(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)."))
    rows = [[f.severity.value, f.code, ", ".join(f.ids[:8]) + (" …" if len(f.ids) > 8 else ""),
             f.message, f.hint] for f in report.findings]
    story.append(_table(styles, ["Severity", "Code", "Nodes", "Finding", "What to do"], rows,
                        [w * width for w in (0.09, 0.16, 0.15, 0.32, 0.28)]))
    return story


# ----- assembly --------------------------------------------------------------------------------
def _failure_analyses(bp, warnings: list[str]):
    try:
        from ..analysis.failure import AnalysisInputError, analyze_blueprint
    except ImportError:
        warnings.append("failure analysis is not available: sections 'analysis' and "
                        "'summary' left out")
        return None
    try:
        return analyze_blueprint(bp, max_order=CUT_SET_ORDER)
    except (AnalysisInputError, ValueError) as exc:
        warnings.append(f"failure analysis not possible ({exc}): sections 'analysis' and "
                        "'summary' show the reason instead")
        return exc


def build_appendix(bp, options, fonts: FontSet) -> tuple[list, list[str]]:
    """(flowables, warnings) for the appendix sections chosen in ``options``."""
    chosen = [s for s in DOCUMENT_ORDER if s in options.sections]
    if not chosen:
        return [], []
    styles = _Styles(fonts)
    width = options.appendix_page_size[0] - 2 * 28.0 - 28
    warnings: list[str] = []
    analyses = _failure_analyses(bp, warnings) if {"summary", "analysis"} & set(chosen) else None
    story: list = []
    for section in chosen:
        if story:
            story.append(PageBreak())
        if section in ("summary", "analysis") and not isinstance(analyses, list):
            title = "Summary for the committee" if section == "summary" else "Failure analysis per touchpoint"
            story += [Heading(title, styles.h1, fonts, 0),
                      styles.p(f"Not available: {analyses}" if analyses else "Not available.")]
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
