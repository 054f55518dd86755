"""Appendix sections of issue 6: the promise tree with its budget checks and monitoring,
the perception priorities (focus list) and the FMEA ranking of the fail points. Built like
the other appendix sections (platypus flowables, one outline entry per section), from the
frozen handout."""
from __future__ import annotations

from reportlab.platypus import Spacer

from ..model import readable
from .appendix import Heading, _Styles, _table, durations, lane_name, more_rows
from .sections import PDF_SECTIONS

SECTIONS = tuple(s.id for s in PDF_SECTIONS if (s.builder or "").startswith("commitments_appendix:"))


def _pct(value) -> str:
    return readable.percent(value, 2)


def commitments_section(handout, styles: _Styles, width: float) -> list:
    fonts, w = styles.fonts, styles.words
    units = durations(w)
    report = handout.commitments
    story = [Heading(w("commitments_title"), styles.h1, fonts, 0, w("commitments_outline"))]
    story.append(styles.p(w("commitments_intro", share=readable.percent(report.warning_share, 2))))
    if report.budget:
        rows = [[c.commitment, readable.duration(c.target_hours, units), " → ".join(c.chain),
                 readable.duration(c.chain_hours, units),
                 readable.signed_duration(c.slack_hours, units),
                 w.statuses["fits" if c.fits else "overrun"]] for c in report.budget]
        story.append(_table(styles, list(w.headers["budget"]), rows,
                            [f * width for f in (0.16, 0.1, 0.4, 0.1, 0.1, 0.14)]))
        story.append(Spacer(1, 8))
    rows = [[("    " * (s.level - 1)) + s.name, str(s.level),
             readable.duration_of(s.target, s.unit, units),
             f"{s.owner or '–'} / {s.post or '–'}", str(s.records), _pct(s.attainment),
             str(s.breaches), str(s.warnings), w.statuses.get(s.status, s.status)]
            for s in report.statuses]
    story.append(_table(styles, list(w.headers["commitments"]), rows,
                        [f * width for f in (0.27, 0.06, 0.08, 0.21, 0.07, 0.08, 0.08, 0.08, 0.07)]))
    if report.attributions:
        story += [Heading(w("attributions_title"), styles.h2, fonts, 1)]
        rows = [[a.date, a.commitment,
                 f"{readable.duration_of(a.actual, a.unit, units)} > "
                 f"{readable.duration_of(a.target, a.unit, units)}",
                 w("list_sep").join(f"{name} (+{readable.duration_of(over, unit, units)})"
                                    for name, over, unit in a.culprits) or w("none_recorded")]
                for a in report.attributions]
        story.append(_table(styles, list(w.headers["attributions"]), rows,
                            [f * width for f in (0.14, 0.2, 0.18, 0.48)]))
    if report.responsibility:
        story += [Heading(w("responsibility_title"), styles.h2, fonts, 1)]
        rows = [[r.owner, r.post, str(r.commitments), _pct(r.attainment), str(r.breaches),
                 str(r.breaches_caused)] for r in report.responsibility]
        story.append(_table(styles, list(w.headers["responsibility"]), rows,
                            [f * width for f in (0.24, 0.28, 0.12, 0.1, 0.1, 0.16)]))
    return story


def perceptions_section(handout, styles: _Styles, width: float) -> list:
    w = styles.words
    report = handout.perceptions
    story = [Heading(w("perceptions_title"), styles.h1, styles.fonts, 0)]
    n = readable.significant
    story.append(styles.p(w(
        "perceptions_intro", focus=report.focus, count=len(report.rows),
        covered=_pct(report.covered_share), total=n(report.total_priority, 3),
        importance_cut="–" if report.importance_cut is None else n(report.importance_cut, 3),
        performance_cut="–" if report.performance_cut is None else n(report.performance_cut, 3))))
    below = w("below_competitor")
    rows = [[("* " if r.in_focus else "") + r.name, r.touchpoint, n(r.importance, 3),
             n(r.current, 3), n(r.expected, 3),
             "–" if r.competitor is None else n(r.competitor, 3) + (below if r.below_competitor else ""),
             n(r.gap, 3), n(r.priority, 3), w.quadrants[r.quadrant]]
            for r in handout.perceptions_table.rows]
    story.append(_table(styles, list(w.headers["perceptions"]), rows,
                        [f * width for f in (0.2, 0.18, 0.08, 0.07, 0.08, 0.1, 0.06, 0.08, 0.15)]))
    return story + more_rows(styles, handout.perceptions_table)


def fmea_section(handout, styles: _Styles, width: float) -> list:
    w = styles.words
    story = [Heading(w("fmea_title"), styles.h1, styles.fonts, 0)]
    story.append(styles.p(w("fmea_intro")))
    rows = [[str(r.rank), r.label, lane_name(w, r.lane), r.owner or "–",
             str(r.severity), str(r.occurrence), str(r.detection), str(r.rpn)]
            for r in handout.fmea.rows]
    story.append(_table(styles, list(w.headers["fmea"]), rows,
                        [f * width for f in (0.05, 0.32, 0.16, 0.2, 0.06, 0.06, 0.06, 0.09)]))
    return story + more_rows(styles, handout.fmea)


BUILDERS = {"commitments": commitments_section, "perceptions": perceptions_section,
            "fmea": fmea_section}
