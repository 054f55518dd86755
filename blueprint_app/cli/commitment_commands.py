"""`commitments`, `monitor import|report`, `perceptions` and `fmea` (CONTRACT.md §4, issue 6)."""
from __future__ import annotations

import argparse
import json

from .common import EXIT_OK, import_log_into_document, load_any


def _share(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1] (or a percentage), not {text!r}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("commitments", help="budget check of the promise tree",
                       description="Check that the longest chain of every duration "
                                   "commitment's children fits inside its target, at every "
                                   "level (durations in hours).")
    p.add_argument("input", metavar="IN")
    p.add_argument("--json", action="store_true", help="print the contract's JSON")
    p.set_defaults(handler=run_commitments)

    p = sub.add_parser("monitor", help="execution records of the commitments",
                       description="Import execution records, or report how commitments are met.")
    inner = p.add_subparsers(dest="monitor_command", metavar="ACTION", required=True)
    q = inner.add_parser("import", help="add an execution log (.csv or .xlsx) to a document",
                         description="Check a whole execution log (columns date, commitment "
                                     "(id or name), actual, optional unit) and add it to the "
                                     "document; any bad row refuses all.")
    q.add_argument("document", metavar="IN.blueprint")
    q.add_argument("log", metavar="LOG")
    q.set_defaults(handler=run_monitor_import)
    q = inner.add_parser("report", help="attainment, breaches, warnings, attribution")
    q.add_argument("input", metavar="IN")
    q.add_argument("--warning-share", type=_share, default=0.8, metavar="SHARE",
                   help="early warning when an actual uses this share of the target (0.8)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=run_monitor_report)

    p = sub.add_parser("perceptions", help="perception gaps, priorities and focus list")
    p.add_argument("input", metavar="IN")
    p.add_argument("--share", type=_share, default=0.8, metavar="SHARE",
                   help="the focus list covers this share of the weighted gap (0.8)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_perceptions)

    p = sub.add_parser("fmea", help="fail points ranked by risk priority number")
    p.add_argument("input", metavar="IN")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_fmea)


def _print(data, text: str, as_json: bool) -> int:
    print(json.dumps(data, indent=2, ensure_ascii=False) if as_json else text)
    return EXIT_OK


def _table(rows: list[tuple], right: set[int] = frozenset()) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return ["  " + "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                             for i, (c, w) in enumerate(zip(row, widths))).rstrip()
            for row in rows]


# ----- commitments ----------------------------------------------------------------------------
def run_commitments(args: argparse.Namespace) -> int:
    from ..analysis.commitments import budget_checks, budget_json

    checks = budget_checks(load_any(args.input))
    return _print(budget_json(checks), format_budget(checks), args.json)


def format_budget(checks) -> str:
    if not checks:
        return "no duration commitment with duration children"
    rows = [("commitment", "target h", "chain h", "slack h", "fits", "chain")]
    rows += [(c.commitment, f"{c.target_hours:g}", f"{c.chain_hours:g}", f"{c.slack_hours:g}",
              "yes" if c.fits else "NO", " -> ".join(c.chain)
              + (f"  (unplaced: {', '.join(c.unplaced)})" if c.unplaced else "")) for c in checks]
    return "\n".join(["Budget checks (hours)"] + _table(rows, {1, 2, 3}))


# ----- monitor --------------------------------------------------------------------------------
def run_monitor_import(args: argparse.Namespace) -> int:
    from ..analysis.monitoring_import import import_executions

    return import_log_into_document(args.document, args.log, import_executions,
                                    lambda bp, new: bp.set_executions(list(bp.executions) + new),
                                    "execution")


def monitoring_to_json(report) -> dict:
    r6 = lambda v: None if v is None else round(v, 6)  # noqa: E731
    return {
        "warning_share": report.warning_share,
        "commitments": [{"id": s.commitment, "node": s.node, "level": s.level, "name": s.name,
                         "owner": s.owner, "post": s.post, "target": s.target, "unit": s.unit,
                         "records": s.records, "met": s.met, "breaches": s.breaches,
                         "warnings": s.warnings, "attainment": r6(s.attainment),
                         "status": s.status} for s in report.statuses],
        "attributions": [{"date": a.date.isoformat(), "commitment": a.commitment,
                          "actual": a.actual, "target": a.target,
                          "culprits": [{"commitment": o.commitment, "actual": o.actual,
                                        "target": o.target, "overrun": r6(o.overrun)}
                                       for o in a.culprits]} for a in report.attributions],
        "responsibility": [{"owner": r.owner, "post": r.post, "commitments": r.commitments,
                            "records": r.records, "met": r.met, "attainment": r6(r.attainment),
                            "breaches": r.breaches, "breaches_caused": r.breaches_caused}
                           for r in report.responsibility],
    }


def run_monitor_report(args: argparse.Namespace) -> int:
    from ..analysis.monitoring import monitoring_summary

    report = monitoring_summary(load_any(args.input), args.warning_share)
    return _print(monitoring_to_json(report), format_monitoring(report), args.json)


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def format_monitoring(report) -> str:
    rows = [("commitment", "level", "records", "attained", "breaches", "warnings", "status")]
    rows += [(s.commitment, s.level, s.records, _pct(s.attainment), s.breaches, s.warnings,
              s.status) for s in report.statuses]
    out = ["Commitments"] + _table(rows, {1, 2, 3, 4, 5})
    out.append(f"\nLevel-1 breaches and the lower commitments that overran ({len(report.attributions)})")
    for a in report.attributions[:50]:
        who = ", ".join(f"{o.commitment} (+{o.overrun:g})" for o in a.culprits) or "none recorded"
        out.append(f"  {a.date}  {a.commitment}  {a.actual:g} > {a.target:g}: {who}")
    rows = [("owner", "post", "commitments", "attained", "breaches", "caused")]
    rows += [(r.owner, r.post, r.commitments, _pct(r.attainment), r.breaches, r.breaches_caused)
             for r in report.responsibility]
    return "\n".join(out + ["\nResponsibility"] + _table(rows, {2, 3, 4, 5}))


# ----- perceptions and FMEA ---------------------------------------------------------------------
def perceptions_to_json(report) -> dict:
    return {"share": report.focus_share, "total_priority": report.total_priority,
            "covered_share": report.covered_share, "focus": list(report.focus),
            "importance_cut": report.importance_cut, "performance_cut": report.performance_cut,
            "points": [{"id": r.id, "node": r.node, "name": r.name, "importance": r.importance,
                        "current": r.current, "expected": r.expected,
                        "competitor": r.competitor, "gap": r.gap, "priority": r.priority,
                        "below_competitor": r.below_competitor, "quadrant": r.quadrant,
                        "in_focus": r.in_focus} for r in report.rows]}


def run_perceptions(args: argparse.Namespace) -> int:
    from ..analysis.perception import perception_report

    report = perception_report(load_any(args.input), args.share)
    if not report.rows:
        return _print(perceptions_to_json(report), "no perception points", args.json)
    rows = [("point", "touchpoint", "imp", "now", "expected", "rival", "gap", "priority", "")]
    rows += [(f"{r.id} {r.name}", r.node, f"{r.importance:g}", f"{r.current:g}",
              f"{r.expected:g}", "-" if r.competitor is None else f"{r.competitor:g}",
              f"{r.gap:g}", f"{r.priority:g}",
              ("FOCUS " if r.in_focus else "") + ("below rival" if r.below_competitor else ""))
             for r in report.rows]
    text = "\n".join([f"Perception points (focus list covers {_pct(report.covered_share)} of "
                      f"the weighted gap {report.total_priority:g})"]
                     + _table(rows, {2, 3, 4, 5, 6, 7}))
    return _print(perceptions_to_json(report), text, args.json)


def run_fmea(args: argparse.Namespace) -> int:
    from ..analysis.fmea import fmea_ranking

    ranking = fmea_ranking(load_any(args.input))
    data = {"fail_points": [{"rank": r.rank, "id": r.id, "label": r.label, "lane": r.lane.value,
                             "fail_point": r.fail_point, "owner": r.owner,
                             "severity": r.severity, "occurrence": r.occurrence,
                             "detection": r.detection, "rpn": r.rpn} for r in ranking]}
    if not ranking:
        return _print(data, "no FMEA scores recorded", args.json)
    rows = [("#", "node", "lane", "S", "O", "D", "RPN", "owner")]
    rows += [(r.rank, f"{r.id} {r.label}", r.lane.value, r.severity, r.occurrence, r.detection,
              r.rpn, r.owner or "-") for r in ranking]
    return _print(data, "\n".join(["FMEA, highest risk first"] + _table(rows, {0, 3, 4, 5, 6})),
                  args.json)
