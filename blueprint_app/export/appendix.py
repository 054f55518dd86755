"""The appendix, laid out with platypus from the frozen handout (blueprint_app/handout): the
committee summary, the failure analysis per touchpoint, the Pareto of observed incidents and
the validation findings. Each section starts on a new page and has an outline entry; tables
repeat their header row on every page. No analysis runs here: export draws what the handout
holds, and a section with nothing to say is left out (named on the decision page)."""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..model import readable
from ..model.enums import Lane
from . import style
from .fonts import FontSet
from .pareto_chart import pareto_drawing
from .text import paragraph_markup
from .sections import DOCUMENT_ORDER as SECTION_ORDER
from .wording import Wording, wording

DOCUMENT_ORDER = SECTION_ORDER  # from the section registry (export/sections.py)
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
                                 textColor=style.TEXT)  # the pale stage header is no ink
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=10,
                                 spaceAfter=4, textColor=style.TEXT)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12,
                                   spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=8, leading=10,
                                   textColor=style.STAGE_TEXT)  # on the pale header band

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
    return readable.percent(value)


def _num(value: float | None) -> str:
    return "–" if value is None else readable.significant(value, 3)


def more_rows(styles: "_Styles", listed) -> list:
    """The line under a cut list: "… and 4 812 more"."""
    if not listed.more:
        return []
    return [styles.p(styles.words("more_rows", count=readable.grouped(listed.more)), styles.cell)]


def durations(words: Wording) -> tuple[str, str, str]:
    return (words("units_min"), words("units_h"), words("units_d"))


def lane_name(words: Wording, lane: str | None) -> str:
    return words.lanes[Lane(lane)] if lane else "–"


# ----- sections --------------------------------------------------------------------------------
def _summary(handout, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    decision, listed = handout.decision, handout.summary
    story = [Heading(w("summary_heading"), styles.h1, fonts, 0, w("summary_title"))]
    story.append(styles.p(w("summary_intro", count=decision.touchpoints,
                            total=readable.amount(decision.expected_failed_visits))))
    no_owner = w("no_owner")
    rows = [[str(r.rank), r.label, lane_name(w, r.lane), r.owner or no_owner,
             _pct(r.probability), readable.amount(r.avoided), readable.percent(r.share, 2),
             str(r.touchpoints), f"{r.worst_touchpoint or '–'} ({_pct(r.worst_share)})"]
            for r in listed.rows]
    widths = [f * width for f in _SUMMARY_WIDTHS[w.language]]
    story.append(_table(styles, list(w.headers["summary"]), rows, widths))
    story += more_rows(styles, listed)
    owners: dict[str, int] = {}
    for row in listed.rows:
        owners[row.owner or no_owner] = owners.get(row.owner or no_owner, 0) + 1
    story += [Spacer(1, 8), styles.p(w("owners_to_call") + w("item_sep").join(
        w("owner_count", owner=owner, count=count)
        for owner, count in sorted(owners.items(), key=lambda i: -i[1])))]
    return [KeepTogether(story)]


def measures_text(styles: _Styles) -> list:
    """One plain line per analysts' measure, printed with the analysis section."""
    w = styles.words
    return [Heading(w("measures_title"), styles.h2, styles.fonts, 1)] + [
        styles.p(w(key), styles.cell)
        for key in ("measure_p", "measure_fv", "measure_birnbaum", "measure_raw")]


def _analysis(handout, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    story = [Heading(w("analysis_title"), styles.h1, fonts, 0)]
    story.append(styles.p(w("analysis_intro", top=len(handout.analysis.rows[0].causes)
                            if handout.analysis.rows else 0, order=4)))
    story += measures_text(styles)
    widths = [f * width for f in (0.3, 0.18, 0.16, 0.08, 0.1, 0.09, 0.09)]
    for tp in handout.analysis.rows:
        title = w("touchpoint_title", label=tp.label, p=_pct(tp.probability))
        if tp.volume is not None:
            title += w("touchpoint_volume", visits=readable.amount(tp.volume))
        block = [Heading(title, styles.h2, fonts, 1, tp.label)]
        rows = [[c.label, lane_name(w, c.lane), c.owner or "–", _pct(c.probability),
                 _pct(c.fussell_vesely), _num(c.birnbaum), _num(c.raw)] for c in tp.causes]
        if rows:
            block.append(_table(styles, list(w.headers["causes"]), rows, widths))
        else:
            block.append(styles.p(w("no_causes")))
        block.append(Spacer(1, 3))
        block.append(styles.p(_cut_set_text(tp, w), styles.cell))
        story.append(KeepTogether(block))
    story += more_rows(styles, handout.analysis)
    return story


def _cut_set_text(tp, w: Wording) -> str:
    if not tp.cut_sets:
        return w("cut_sets_none")
    text = w("cut_sets") + w("item_sep").join(
        w("cut_set", nodes=w("cut_set_sep").join(cut)) for cut in tp.cut_sets)
    if tp.more_cut_sets:
        text += w("cut_sets_more", count=readable.grouped(tp.more_cut_sets))
    if tp.cut_sets_truncated:
        text += w("cut_sets_truncated", order=4)
    return text + w("sentence_end")


def _pareto(handout, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    result = handout.pareto
    story = [Heading(w("pareto_title"), styles.h1, fonts, 0)]
    behind = result.behind_share
    story.append(styles.p(
        w("pareto_count", total=readable.amount(result.total), records=result.records)
        + (w("pareto_behind", share=readable.percent(behind, 2)) if behind is not None else "")
        + w("pareto_colours")))
    bars = [_Bar(r.label or w("no_cause"), Lane(r.lane) if r.lane else None, r.value,
                 r.cumulative_share) for r in result.bar_rows]
    story.append(pareto_drawing(bars, result.total, width, fonts.regular,
                                w("chart_bars"), w("chart_line")))
    rows = [[r.label or w("no_cause"), lane_name(w, r.lane), readable.amount(r.value),
             readable.percent(r.share, 2), readable.percent(r.cumulative_share, 2)]
            for r in handout.pareto_table.rows]
    story.append(_table(styles, list(w.headers["pareto"]), rows,
                        [f * width for f in (0.42, 0.22, 0.12, 0.12, 0.12)]))
    return story + more_rows(styles, handout.pareto_table)


class _Bar:
    """What the Pareto chart reads of a row."""

    def __init__(self, label, lane, value, cumulative_share):
        self.label, self.lane, self.value, self.cumulative_share = label, lane, value, cumulative_share


def _findings(handout, styles: _Styles, width: float) -> list:
    w = styles.words
    report = handout.findings
    story = [Heading(w("findings_title"), styles.h1, styles.fonts, 0)]
    story.append(styles.p(w("findings_count", errors=report.errors, warnings=report.warnings)))
    # Messages and hints come from analysis/ and stay English (docs/translations.md).
    rows = [[w.severities.get(f.severity, f.severity), f.code,
             w("list_sep").join(f.nodes[:8]) + (" …" if len(f.nodes) > 8 else ""), f.message, f.hint]
            for f in handout.findings_table.rows]
    story.append(_table(styles, list(w.headers["findings"]), rows,
                        [f * width for f in (0.09, 0.16, 0.15, 0.32, 0.28)]))
    return story + more_rows(styles, handout.findings_table)


# ----- assembly --------------------------------------------------------------------------------
def _builders() -> dict:
    from .commitments_appendix import BUILDERS
    return {"summary": _summary, "analysis": _analysis, "pareto": _pareto,
            "findings": _findings, **BUILDERS}


def left_out(handout, sections, words: Wording) -> list[str]:
    """The chosen sections with nothing to say, as the one line that names them."""
    return [words(handout.empty[s]) for s in DOCUMENT_ORDER if s in sections and s in handout.empty]


def build_appendix(handout, options, fonts: FontSet,
                   words: Wording | None = None) -> tuple[list, list[str]]:
    """(flowables, warnings) for the appendix sections chosen in ``options`` that have
    something to say (the decision page is export/decision_page.py)."""
    chosen = [s for s in DOCUMENT_ORDER if s in options.sections and s != "decision"]
    styles = _Styles(fonts, words)
    w = styles.words
    width = options.appendix_page_size[0] - 2 * 28.0 - 28
    warnings: list[str] = []
    story: list = []
    if handout.analysis_error and {"summary", "analysis"} & set(chosen):
        warnings.append(f"failure analysis not possible ({handout.analysis_error}): sections "
                        "'analysis' and 'summary' show the reason instead")
    if "decision" not in options.sections:
        gone = left_out(handout, chosen, w)
        if gone:
            story.append(styles.p(w("left_out", items=w("list_sep").join(gone))))
    builders = _builders()
    started = False
    for section in chosen:
        if section in handout.empty:
            continue
        if started:
            story.append(PageBreak())
        started = True
        if section in ("summary", "analysis") and handout.analysis_error:
            title = w("summary_title") if section == "summary" else w("analysis_title")
            story += [Heading(title, styles.h1, fonts, 0),
                      styles.p(w("not_available_because", reason=handout.analysis_error))]
        else:
            story += builders[section](handout, styles, width)
    return story, warnings
