"""Appendix sections of issue 6: the promise tree with its budget checks and monitoring,
the perception priorities (focus list) and the FMEA ranking of the fail points. Built like
the other appendix sections (platypus flowables, one outline entry per section)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from ..model.enums import LANE_TITLES
from .appendix import Heading, _Styles, _table

SECTIONS = ("commitments", "perceptions", "fmea")
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
    fonts = styles.fonts
    story = [Heading("Service commitments: budget and monitoring", styles.h1, fonts, 0,
                     "Service commitments")]
    report = monitoring_summary(bp)
    if not report.statuses:
        return story + [styles.p("No commitments recorded in this blueprint.")]
    checks = budget_checks(bp)
    story.append(styles.p(
        "Each duration promise must hold the longest chain of the commitments beneath it "
        "(steps linked by support edges run in sequence, parallel ones take the longest). "
        "Monitoring counts the execution records: a breach misses the target; an early "
        f"warning meets it but uses at least {report.warning_share:.0%} of it."))
    if checks:
        rows = [[c.commitment, f"{c.target_hours:g}", " → ".join(c.chain), f"{c.chain_hours:g}",
                 f"{c.slack_hours:g}", "fits" if c.fits else "OVERRUN"] for c in checks]
        story.append(_table(styles, ["Commitment", "Target (h)", "Longest chain", "Chain (h)",
                                     "Slack (h)", "Verdict"], rows,
                            [w * width for w in (0.16, 0.1, 0.4, 0.1, 0.1, 0.14)]))
        story.append(Spacer(1, 8))
    rows = [[("    " * (s.level - 1)) + f"{s.name} ({s.commitment})", str(s.level), _target(s),
             f"{s.owner or '–'} / {s.post or '–'}", str(s.records), _pct(s.attainment),
             str(s.breaches), str(s.warnings), s.status] for s in report.statuses]
    story.append(_table(styles, ["Commitment", "Level", "Target", "Owner / post", "Records",
                                 "Attained", "Breaches", "Warnings", "Status"], rows,
                        [w * width for w in (0.27, 0.06, 0.08, 0.21, 0.07, 0.08, 0.08, 0.08, 0.07)]))
    if report.attributions:
        story += [Heading("Broken promises and the commitments that overran", styles.h2, fonts, 1)]
        rows = [[str(a.date), a.commitment, f"{a.actual:g} > {a.target:g}",
                 ", ".join(f"{o.commitment} (+{o.overrun:.3g})" for o in a.culprits)
                 or "none recorded"] for a in report.attributions[:MAX_ATTRIBUTIONS]]
        story.append(_table(styles, ["Date", "Promise", "Actual > target", "Overran"], rows,
                            [w * width for w in (0.14, 0.2, 0.18, 0.48)]))
    story += [Heading("Responsibility", styles.h2, fonts, 1)]
    rows = [[r.owner, r.post, str(r.commitments), _pct(r.attainment), str(r.breaches),
             str(r.breaches_caused)] for r in report.responsibility]
    story.append(_table(styles, ["Department", "Post", "Commitments", "Attained", "Breaches",
                                 "Broken promises caused"], rows,
                        [w * width for w in (0.24, 0.28, 0.12, 0.1, 0.1, 0.16)]))
    return story


def perceptions_section(bp, styles: _Styles, width: float) -> list:
    from ..analysis.perception import QUADRANT_TITLES, perception_report
    story = [Heading("Customer perception: where to focus", styles.h1, styles.fonts, 0)]
    report = perception_report(bp)
    if not report.rows:
        return story + [styles.p("No perception points recorded in this blueprint.")]
    story.append(styles.p(
        f"Priority = importance × (expected − current). The focus list ({len(report.focus)} "
        f"of {len(report.rows)} points) covers {_pct(report.covered_share)} of the total "
        f"weighted gap {report.total_priority:g}. Quadrants split importance at "
        f"{report.importance_cut:.3g} and today's score at {report.performance_cut:.3g} "
        "(the means)."))
    rows = [[("* " if r.in_focus else "") + r.name, r.touchpoint, f"{r.importance:g}",
             f"{r.current:g}", f"{r.expected:g}",
             "–" if r.competitor is None else f"{r.competitor:g}" + (" (below)" if r.below_competitor else ""),
             f"{r.gap:g}", f"{r.priority:g}", QUADRANT_TITLES[r.quadrant]] for r in report.rows]
    story.append(_table(styles, ["Perception (* focus)", "Touchpoint", "Importance", "Today",
                                 "Expected", "Competitor", "Gap", "Priority",
                                 "Quadrant"], rows,
                        [w * width for w in (0.2, 0.18, 0.08, 0.07, 0.08, 0.1, 0.06, 0.08, 0.15)]))
    return story


def fmea_section(bp, styles: _Styles, width: float) -> list:
    from ..analysis.fmea import fmea_ranking
    story = [Heading("Fail points ranked by risk (FMEA)", styles.h1, styles.fonts, 0)]
    ranking = fmea_ranking(bp)
    if not ranking:
        return story + [styles.p("No FMEA scores recorded in this blueprint.")]
    story.append(styles.p("Risk priority number RPN = severity × occurrence × detection "
                          "(each 1–10), front and back office ranked together."))
    rows = [[str(r.rank), f"{r.label} ({r.id})", LANE_TITLES[r.lane], r.owner or "–",
             str(r.severity), str(r.occurrence), str(r.detection), str(r.rpn)] for r in ranking]
    story.append(_table(styles, ["#", "Fail point", "Lane", "Owner", "S", "O", "D", "RPN"], rows,
                        [w * width for w in (0.05, 0.32, 0.16, 0.2, 0.06, 0.06, 0.06, 0.09)]))
    return story


BUILDERS = {"commitments": commitments_section, "perceptions": perceptions_section,
            "fmea": fmea_section}
