"""``build_handout(bp)``: every analysis the committee handout needs, run once, turned into
the frozen plain data of handout/facts.py. The PDF (export/) draws it; the Analysis dock
shows its decision. Lists are cut to their top items (``full_lists`` keeps them whole)."""
from __future__ import annotations

from ..analysis.commitments import budget_checks
from ..analysis.failure import AnalysisInputError, analyze_blueprint
from ..analysis.fmea import fmea_ranking
from ..analysis.monitoring import monitoring_summary
from ..analysis.pareto import pareto
from ..analysis.perception import perception_report
from ..analysis.resources import is_stand_in, with_resources
from ..analysis.validation import validate
from . import facts as F
from .decision import decide
from .slices import top_slices

CUT_SET_ORDER = 4        # cut sets of up to 4 nodes are listed (probabilities are exact)
# How many items a list shows before it counts the rest ("… and 4 812 more").
LIMITS = {"summary": 10, "analysis": 25, "causes": 8, "cut_sets": 12, "pareto": 25,
          "findings": 40, "commitments": 60, "attributions": 25, "perceptions": 30, "fmea": 30}


def _listed(rows, limit: int | None) -> F.Listed:
    rows = tuple(rows)
    if limit is None or len(rows) <= limit:
        return F.Listed(rows, 0)
    return F.Listed(rows[:limit], len(rows) - limit)


class _Names:
    """People's words for ids: node labels (resources included), commitment names."""

    def __init__(self, engine_bp):
        self.nodes = {n.id: n.label for n in engine_bp.nodes()}
        self.commitments = {c.id: c.name or c.id for n in engine_bp.nodes() for c in n.commitments}

    def node(self, node_id: str) -> str:
        return self.nodes.get(node_id, node_id)

    def commitment(self, commitment_id: str) -> str:
        return self.commitments.get(commitment_id, commitment_id)


def _failure_analysis(bp, max_order: int):
    """(the blueprint as analysed, the analyses, None) or (bp, [], the reason)."""
    try:
        return with_resources(bp), analyze_blueprint(bp, max_order=max_order), None
    except (AnalysisInputError, ValueError) as exc:
        return bp, [], str(exc)


def decision_of(bp) -> F.Decision:
    """Page 1's decision alone, for the Analysis dock: the same analysis and the same
    ``decide`` as ``build_handout`` (cut sets are not needed for it: order 1)."""
    engine, analyses, error = _failure_analysis(bp, 1)
    if error is not None:
        return F.Decision(0, 0.0, 0.0, None, None, 0, (), error)
    return decide(engine, analyses, is_hidden=is_stand_in)[0]


def build_handout(bp, *, full_lists: bool = False, cut_set_order: int = CUT_SET_ORDER) -> F.Handout:
    """The handout of ``bp``: one failure analysis (decision, summary, analysis, heat) and
    one run of each other analysis. Never raises on a blueprint the analysis refuses: the
    reason is kept and the failure sections say it."""
    limit = (lambda key: None) if full_lists else LIMITS.get
    empty: dict[str, str] = {}
    engine, analyses, error = _failure_analysis(bp, cut_set_order)
    names = _Names(engine)
    if error is None:
        decision, avoided = decide(engine, analyses, is_hidden=is_stand_in)
        summary = _listed(_summary(engine, analyses, avoided, decision), limit("summary"))
        analysis = _listed(_analysis(engine, analyses, names, limit), limit("analysis"))
        heat = _heat(analyses, avoided)
        heat_figure = _heat_figures(analyses, heat)
        slices = top_slices(bp, analyses)
        if not analyses:
            empty["analysis"] = "empty_analysis"
        if not summary.rows:
            empty["summary"] = "empty_summary"
    else:
        decision = F.Decision(0, 0.0, 0.0, None, None, 0, (), error)
        summary = analysis = None
        heat = heat_figure = {}
        slices = ()
    incidents = pareto(bp)
    if incidents.rows:
        rows = tuple(F.ParetoRow(names.node(r.cause) if r.cause else "", r.lane.value if r.lane else None,
                                 r.value, r.share, r.cumulative_share) for r in incidents.rows)
        pareto_facts = F.Pareto(incidents.total, len(bp.incidents),
                                incidents.behind_visibility_share, rows, rows[:limit("pareto") or None])
    else:
        pareto_facts = None
        empty["pareto"] = "empty_pareto"
    report = validate(bp)
    findings = None
    if report.findings:
        findings = F.Findings(len(report.errors), len(report.warnings), tuple(
            F.FindingRow(f.severity.value, f.code, tuple(names.node(i) for i in f.ids),
                         _with_labels(f.message, f.ids, names), _with_labels(f.hint, f.ids, names))
            for f in report.findings))
    else:
        empty["findings"] = "empty_findings"
    commitments = _commitments(bp, names, limit)
    if commitments is None:
        empty["commitments"] = "empty_commitments"
    perceptions = _perceptions(bp, names)
    if perceptions is None:
        empty["perceptions"] = "empty_perceptions"
    fmea = tuple(F.FmeaRow(r.rank, r.label, r.lane.value, r.owner, r.severity, r.occurrence,
                           r.detection, r.rpn) for r in fmea_ranking(bp))
    if not fmea:
        empty["fmea"] = "empty_fmea"
    return F.Handout(
        decision=decision, summary=summary, analysis=analysis, analysis_error=error,
        pareto=pareto_facts, pareto_table=_listed(pareto_facts.rows if pareto_facts else (),
                                                  limit("pareto")),
        findings=findings, findings_table=_listed(findings.rows if findings else (),
                                                  limit("findings")),
        commitments=commitments, perceptions=perceptions,
        perceptions_table=_listed(perceptions.rows if perceptions else (), limit("perceptions")),
        fmea=_listed(fmea, limit("fmea")), empty=empty, heat=heat,
        heat_figure=heat_figure, slices=slices)


def _with_labels(text: str, ids, names: _Names) -> str:
    """A finding's message names nodes by id (quoted, or after the label in brackets); the
    handout names them by label only."""
    for node_id in sorted(set(ids), key=len, reverse=True):
        label = names.node(node_id)
        text = text.replace(f" ({node_id})", "")   # '"label" (id)': the label says it
        for quote in ("'", '"'):
            text = text.replace(f"{quote}{node_id}{quote}", f"“{label}”")
    return text


def _summary(engine, analyses, avoided: dict[str, float], decision) -> list[F.SummaryRow]:
    reached: dict[str, int] = {}
    worst: dict[str, tuple[float, str]] = {}
    for analysis in analyses:
        for cause in analysis.causes:
            if cause.id not in avoided:
                continue
            reached[cause.id] = reached.get(cause.id, 0) + 1
            share = cause.fussell_vesely or 0.0
            if share > worst.get(cause.id, (-1.0, ""))[0]:
                worst[cause.id] = (share, analysis.label)
    total = decision.expected_failed_visits
    order = sorted(avoided, key=lambda n: (-float(f"{avoided[n]:.10g}"), engine.node(n).label, n))
    rows = []
    for rank, node_id in enumerate(order, 1):
        node = engine.node(node_id)
        share, tp = worst.get(node_id, (None, None))
        rows.append(F.SummaryRow(rank, node.label, node.lane.value, node.owner,
                                 node.failure_probability, avoided[node_id],
                                 avoided[node_id] / total if total > 0 else None,
                                 reached.get(node_id, 0), tp, share))
    return rows


def _analysis(engine, analyses, names: _Names, limit) -> list[F.TouchpointFacts]:
    out = []
    ordered = sorted(analyses, key=lambda a: -(a.failure_probability or 0.0))
    for a in ordered:
        causes = [c for c in a.causes if not is_stand_in(c.id)]
        shown = causes[:limit("causes") or len(causes)]
        sets = a.cut_sets[:limit("cut_sets")] if limit("cut_sets") else a.cut_sets
        sets = tuple(tuple(names.node(n) for n in cut if not is_stand_in(n)) for cut in sets)
        out.append(F.TouchpointFacts(
            a.label, a.failure_probability, engine.node(a.touchpoint).volume,
            tuple(F.Cause(c.label, c.lane.value, engine.node(c.id).owner, c.probability,
                          c.fussell_vesely, c.birnbaum, c.raw) for c in shown),
            len(causes) - len(shown), sets, a.cut_set_count - len(sets), a.cut_sets_truncated))
    return out


def _heat(analyses, avoided: dict[str, float]) -> dict[str, float]:
    """Touchpoints by failure probability, back-office nodes by failed visits avoided, each
    relative to the largest of its kind (values in [0, 1])."""
    heat: dict[str, float] = {}
    top = max((a.failure_probability or 0.0 for a in analyses), default=0.0)
    for a in analyses:
        heat[a.touchpoint] = (a.failure_probability or 0.0) / top if top else 0.0
    worst = max(avoided.values(), default=0.0)
    for node_id, value in avoided.items():
        if not is_stand_in(node_id):
            heat[node_id] = min(1.0, value / worst) if worst else 0.0
    return heat


def _heat_figures(analyses, heat: dict[str, float]) -> dict[str, float]:
    """The figure printed on each heated node: a touchpoint's failure probability; a
    back-office node's Σ over touchpoints of P − P0 (the failures it causes per visit)."""
    figures: dict[str, float] = {}
    for a in analyses:
        if a.failure_probability is None:
            continue
        figures[a.touchpoint] = a.failure_probability
        for cause in a.causes:
            if cause.id in heat and cause.lane.behind_visibility and cause.p_if_working is not None:
                drop = max(0.0, a.failure_probability - cause.p_if_working)
                figures[cause.id] = figures.get(cause.id, 0.0) + drop
    return {k: v for k, v in figures.items() if k in heat}


def _commitments(bp, names: _Names, limit) -> F.Commitments | None:
    report = monitoring_summary(bp)
    if not report.statuses:
        return None
    unit_of = {s.commitment: s.unit for s in report.statuses}
    budget = tuple(F.BudgetRow(names.commitment(c.commitment), c.target_hours,
                               tuple(names.commitment(x) for x in c.chain), c.chain_hours,
                               c.slack_hours, c.fits) for c in budget_checks(bp))
    statuses = tuple(F.CommitmentRow(s.name or names.commitment(s.commitment), s.level, s.target,
                                     s.unit, s.owner, s.post, s.records, s.attainment,
                                     s.breaches, s.warnings, s.status) for s in report.statuses)
    attributions = tuple(F.AttributionRow(
        str(a.date), names.commitment(a.commitment), a.actual, a.target, unit_of.get(a.commitment),
        tuple((names.commitment(o.commitment), o.overrun, unit_of.get(o.commitment))
              for o in a.culprits)) for a in report.attributions)
    responsibility = tuple(F.ResponsibilityRow(r.owner, r.post, r.commitments, r.attainment,
                                               r.breaches, r.breaches_caused)
                           for r in report.responsibility)
    return F.Commitments(report.warning_share, budget, statuses,
                         _listed(attributions, limit("attributions")).rows, responsibility)


def _perceptions(bp, names: _Names) -> F.Perceptions | None:
    report = perception_report(bp)
    if not report.rows:
        return None
    rows = tuple(F.PerceptionRow(r.name, r.touchpoint, r.importance, r.current, r.expected,
                                 r.competitor, r.below_competitor, r.gap, r.priority,
                                 r.quadrant, r.in_focus) for r in report.rows)
    return F.Perceptions(len(report.focus), report.covered_share, report.total_priority,
                         report.importance_cut, report.performance_cut, rows)
