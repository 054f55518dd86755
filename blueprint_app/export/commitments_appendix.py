"""Appendix sections of issue 6: the promise tree with its budget checks and monitoring,
the perception priorities (focus list) and the FMEA ranking of the fail points. Built like
the other appendix sections (platypus flowables, one outline entry per section)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from .appendix import Heading, _Styles, _table
from .sections import PDF_SECTIONS

SECTIONS = tuple(s.id for s in PDF_SECTIONS if (s.builder or "").startswith("commitments_appendix:"))
MAX_ATTRIBUTIONS = 25


def _pct(value) -> str:
    return "–" if value is None else f"{value:.0%}"


def _target(status) -> str:
    if status.target is None:
        return "–"
    return f"{status.target:g} {status.unit or ''}".strip()


def commitments_section(bp, styles: _Styles, width: float) -> list:
    from ..analysis.commitments import budget_checks
    from ..analysis.monitoring import monitoring_summary
    fonts, w = styles.fonts, styles.words
    story = [Heading(w("commitments_title"), styles.h1, fonts, 0, w("commitments_outline"))]
    report = monitoring_summary(bp)
    if not report.statuses:
        return story + [styles.p(w("commitments_none"))]
    checks = budget_checks(bp)
    story.append(styles.p(w("commitments_intro", share=f"{report.warning_share:.0%}")))
    if checks:
        rows = [[c.commitment, f"{c.target_hours:g}", " → ".join(c.chain), f"{c.chain_hours:g}",
                 f"{c.slack_hours:g}", w.statuses["fits" if c.fits else "overrun"]]
                for c in checks]
        story.append(_table(styles, list(w.headers["budget"]), rows,
                            [f * width for f in (0.16, 0.1, 0.4, 0.1, 0.1, 0.14)]))
        story.append(Spacer(1, 8))
    rows = [[("    " * (s.level - 1)) + f"{s.name} ({s.commitment})", str(s.level), _target(s),
             f"{s.owner or '–'} / {s.post or '–'}", str(s.records), _pct(s.attainment),
             str(s.breaches), str(s.warnings), w.statuses.get(s.status, s.status)]
            for s in report.statuses]
    story.append(_table(styles, list(w.headers["commitments"]), rows,
                        [f * width for f in (0.27, 0.06, 0.08, 0.21, 0.07, 0.08, 0.08, 0.08, 0.07)]))
    if report.attributions:
        story += [Heading(w("attributions_title"), styles.h2, fonts, 1)]
        rows = [[str(a.date), a.commitment, f"{a.actual:g} > {a.target:g}",
                 ", ".join(f"{o.commitment} (+{o.overrun:.3g})" for o in a.culprits)
                 or w("none_recorded")] for a in report.attributions[:MAX_ATTRIBUTIONS]]
        story.append(_table(styles, list(w.headers["attributions"]), rows,
                            [f * width for f in (0.14, 0.2, 0.18, 0.48)]))
    story += [Heading(w("responsibility_title"), styles.h2, fonts, 1)]
    rows = [[r.owner, r.post, str(r.commitments), _pct(r.attainment), str(r.breaches),
             str(r.breaches_caused)] for r in report.responsibility]
    story.append(_table(styles, list(w.headers["responsibility"]), rows,
                        [f * width for f in (0.24, 0.28, 0.12, 0.1, 0.1, 0.16)]))
    return story


def perceptions_section(bp, styles: _Styles, width: float) -> list:
    from ..analysis.perception import perception_report
    w = styles.words
    story = [Heading(w("perceptions_title"), styles.h1, styles.fonts, 0)]
    report = perception_report(bp)
    if not report.rows:
        return story + [styles.p(w("perceptions_none"))]
    story.append(styles.p(w(
        "perceptions_intro", focus=len(report.focus), count=len(report.rows),
        covered=_pct(report.covered_share), total=f"{report.total_priority:g}",
        importance_cut=f"{report.importance_cut:.3g}",
        performance_cut=f"{report.performance_cut:.3g}")))
    below = w("below_competitor")
    rows = [[("* " if r.in_focus else "") + r.name, r.touchpoint, f"{r.importance:g}",
             f"{r.current:g}", f"{r.expected:g}",
             "–" if r.competitor is None else f"{r.competitor:g}" + (below if r.below_competitor else ""),
             f"{r.gap:g}", f"{r.priority:g}", w.quadrants[r.quadrant]] for r in report.rows]
    story.append(_table(styles, list(w.headers["perceptions"]), rows,
                        [f * width for f in (0.2, 0.18, 0.08, 0.07, 0.08, 0.1, 0.06, 0.08, 0.15)]))
    return story


def fmea_section(bp, styles: _Styles, width: float) -> list:
    from ..analysis.fmea import fmea_ranking
    w = styles.words
    story = [Heading(w("fmea_title"), styles.h1, styles.fonts, 0)]
    ranking = fmea_ranking(bp)
    if not ranking:
        return story + [styles.p(w("fmea_none"))]
    story.append(styles.p(w("fmea_intro")))
    rows = [[str(r.rank), f"{r.label} ({r.id})", w.lanes[r.lane], r.owner or "–",
             str(r.severity), str(r.occurrence), str(r.detection), str(r.rpn)] for r in ranking]
    story.append(_table(styles, list(w.headers["fmea"]), rows,
                        [f * width for f in (0.05, 0.32, 0.16, 0.2, 0.06, 0.06, 0.06, 0.09)]))
    return story


BUILDERS = {"commitments": commitments_section, "perceptions": perceptions_section,
            "fmea": fmea_section}
