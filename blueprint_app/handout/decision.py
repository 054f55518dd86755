"""What to fix first (issue 13): the back-office nodes whose repair avoids the most failed
touchpoint visits, from the one failure analysis of the handout.

Per touchpoint t with volume v_t (visits per period, 1 when none is given), failure
probability P_t and P0_t(n) = P(t fails | n never fails by itself) — the analysis' P0 of the
cause, the same conditioning the portfolio uses for resources (analysis/portfolio.py):

    avoided(n) = Σ_t v_t · max(P_t − P0_t(n), 0) = Σ_t v_t · p_n · Birnbaum_t(n)

Back office = backstage and support nodes (shared resources count as support nodes)."""
from __future__ import annotations

from ..model import Lane
from .facts import Decision, Fix

TOP_FIXES = 5


def _key(value: float) -> float:
    # equal up to rounding noise counts as equal, so ties fall back to the label
    return float(f"{value:.10g}")


def promise_names(node) -> tuple[str, ...]:
    """The level-1 commitments (promises to the customer) of a touchpoint, by name."""
    return tuple(c.name or c.id for c in node.commitments if c.level == 1)


def avoided_failures(engine_bp, analyses) -> dict[str, dict[str, float]]:
    """{back-office node id: {touchpoint id: v·(P − P0)}} over every analysed touchpoint."""
    out: dict[str, dict[str, float]] = {}
    for analysis in analyses:
        if analysis.failure_probability is None:
            continue
        volume = engine_bp.node(analysis.touchpoint).visits
        for cause in analysis.causes:
            if not cause.lane.behind_visibility or cause.lane is Lane.CUSTOMER:
                continue
            # P − P0 written as the equal p·(P1 − P0) (Birnbaum), which does not cancel
            # digits: a node that cannot matter gets exactly 0, not rounding noise
            if cause.birnbaum is not None:
                drop = volume * cause.probability * cause.birnbaum
            else:
                drop = volume * max(analysis.failure_probability - cause.p_if_working, 0.0)
            if drop > 0:
                out.setdefault(cause.id, {})[analysis.touchpoint] = drop
    return out


def decide(engine_bp, analyses, count: int = TOP_FIXES,
           is_hidden=lambda node_id: False) -> tuple[Decision, dict[str, float]]:
    """(the decision, {node id: avoided failed visits} of every back-office cause).
    ``engine_bp`` is the blueprint as analysed (resources as support nodes)."""
    per_node = {n: d for n, d in avoided_failures(engine_bp, analyses).items()
                if not is_hidden(n)}
    analysed = [a for a in analyses if a.failure_probability is not None]
    failed = {a.touchpoint: engine_bp.node(a.touchpoint).visits * a.failure_probability
              for a in analysed}
    total = sum(failed.values())
    visits = sum(engine_bp.node(a.touchpoint).visits for a in analysed)
    probability = {a.touchpoint: a.failure_probability for a in analysed}
    worst_tp = max(failed, key=lambda t: (failed[t], -list(failed).index(t)), default=None)
    totals = {n: sum(d.values()) for n, d in per_node.items()}
    ranked = sorted(totals, key=lambda n: (-_key(totals[n]), engine_bp.node(n).label, n))
    fixes = []
    for rank, node_id in enumerate(ranked[:count], 1):
        node = engine_bp.node(node_id)
        drops = per_node[node_id]
        order = sorted(drops, key=lambda t: (-_key(drops[t]), list(failed).index(t)))
        worst = order[0]
        p = probability[worst]
        removed = drops[worst] / (engine_bp.node(worst).visits * p) if p > 0 else 0.0
        promises = tuple(dict.fromkeys(
            name for t in order for name in promise_names(engine_bp.node(t))))
        worst_promises = promise_names(engine_bp.node(worst))
        fixes.append(Fix(rank, node_id, node.label, node.lane.value, node.owner,
                         node.failure_probability, totals[node_id],
                         totals[node_id] / total if total > 0 else None,
                         tuple(engine_bp.node(t).label for t in order), promises,
                         engine_bp.node(worst).label, p, min(removed, 1.0),
                         worst_promises[0] if worst_promises else None))
    decision = Decision(len(analysed), visits, total,
                        engine_bp.node(worst_tp).label if worst_tp else None,
                        probability.get(worst_tp) if worst_tp else None,
                        len(per_node), tuple(fixes))
    return decision, totals
