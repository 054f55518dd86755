"""`analyze`, `incidents import` and `pareto` (CONTRACT.md §3 and issue 4)."""
from __future__ import annotations

import argparse
import json

from .common import EXIT_OK, CliError, import_log_into_document, load_any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="failure analysis of the touchpoints",
                       description="Exact failure probability, minimal cut sets and cause "
                                   "importance of every touchpoint (or one).")
    p.add_argument("input", metavar="IN")
    p.add_argument("--touchpoint", metavar="ID", help="analyse only this node")
    p.add_argument("--max-order", metavar="K", type=_positive_int,
                   help="list only cut sets of at most K nodes")
    p.add_argument("--max-cut-sets", metavar="N", type=_positive_int,
                   help="list at most N cut sets per touchpoint, the smallest first "
                        "(default 10 000 000); the rest are counted")
    p.add_argument("--json", action="store_true", help="print the contract's JSON")
    p.set_defaults(handler=run_analyze)

    p = sub.add_parser("incidents", help="incident records",
                       description="Work with the incident records of a document.")
    inner = p.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    q = inner.add_parser("import", help="add an incident log (.csv or .xlsx) to a document",
                         description="Check a whole incident log (columns date, touchpoint, "
                                     "cause, count, optional customers_affected, minutes_lost) "
                                     "and add it to the document; any bad row refuses all.")
    q.add_argument("document", metavar="IN.blueprint")
    q.add_argument("log", metavar="LOG")
    q.set_defaults(handler=run_incidents_import)

    p = sub.add_parser("pareto", help="Pareto of incident causes",
                       description="Causes of the recorded incidents, largest first, with "
                                   "share and cumulative share.")
    p.add_argument("input", metavar="IN")
    p.add_argument("--touchpoint", metavar="ID", help="only incidents at this touchpoint")
    p.add_argument("--by", choices=("count", "customers", "minutes"), default="count")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_pareto)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _check_touchpoint(bp, touchpoint: str | None) -> None:
    if touchpoint is not None and not bp.has_node(touchpoint):
        raise CliError(f"unknown --touchpoint {touchpoint!r}: no node with that id")


# ----- analyze ------------------------------------------------------------------------------
def run_analyze(args: argparse.Namespace) -> int:
    """Touchpoint after touchpoint, each written (JSON: streamed) as soon as it is done.
    A touchpoint beyond a limit is reported in place (stderr says which); if one lost even
    its probability, the exit code is 1."""
    import sys

    from ..analysis.failure import MAX_CUT_SETS, AnalysisInputError, iter_analyses

    bp = load_any(args.input)
    _check_touchpoint(bp, args.touchpoint)
    limit = args.max_cut_sets or MAX_CUT_SETS
    try:
        analyses = iter_analyses(bp, args.touchpoint, args.max_order, limit)  # checks input
    except AnalysisInputError as exc:
        raise CliError(f"{args.input}: {exc}") from None
    if args.json:
        from ..analysis.failure_json import write_analysis_json
        written: list = []
        limits = write_analysis_json(_noting(analyses, written), sys.stdout)
    else:
        written = list(analyses)
        limits = [a.limit for a in written if a.limit]
        print(format_analysis(written))
        print(format_structure(bp, [a.touchpoint for a in written]))
    for message in limits:
        print(f"blueprint-app analyze: {args.input}: {message}", file=sys.stderr)
    return 1 if any(a.failure_probability is None for a in written) else EXIT_OK


def _noting(analyses, seen: list):
    for analysis in analyses:
        seen.append(_Summary(analysis.failure_probability))
        yield analysis


class _Summary:
    __slots__ = ("failure_probability",)

    def __init__(self, failure_probability):
        self.failure_probability = failure_probability


def format_structure(bp, touchpoints: list[str]) -> str:
    """Structural tracing: single points of failure per touchpoint, and across the blueprint
    the share of possible causes that lie behind the line of visibility."""
    from ..analysis.tracing import single_points_of_failure, visibility_share

    out = ["", "Structure"]
    for tp in touchpoints:
        spof = [n for n in single_points_of_failure(bp, tp) if n != tp]
        out.append(f"  {tp}: single points of failure: {', '.join(spof) or '-'}")
    share = visibility_share(bp)
    if share.share is not None:
        out.append(f"  {share.behind} of {share.causes} possible causes ({share.share:.0%}) lie "
                   f"behind the line of visibility; {share.pair_share:.0%} of "
                   "(touchpoint, cause) pairs")
    return "\n".join(out)


def _num(value: float | None, digits: int = 4) -> str:
    return "-" if value is None else f"{value:.{digits}g}"


def format_analysis(analyses) -> str:
    """A readable report: one block per touchpoint, causes as a table."""
    out: list[str] = []
    header = ("cause", "lane", "p", "FV", "Birnbaum", "diagnostic", "RAW", "RRW")
    for a in analyses:
        out.append(f"{a.touchpoint}  {a.label}")
        if a.failure_probability is None:
            out.append(f"  {a.limit}")
            out.append("")
            continue
        out.append(f"  failure probability {a.failure_probability:.6g}")
        rows = [header] + [(c.id, c.lane.value, _num(c.probability), _num(c.fussell_vesely),
                            _num(c.birnbaum), _num(c.diagnostic), _num(c.raw), _num(c.rrw))
                           for c in a.causes]
        if len(rows) > 1:
            widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
            for row in rows:
                out.append("  " + "  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                                            for i, (cell, w) in enumerate(zip(row, widths))))
        else:
            out.append("  no causes with a non-zero probability")
        sets = ", ".join("{" + ", ".join(s) + "}" for s in a.cut_sets[:20])
        more = f" ... ({a.cut_set_count} in all)" if a.cut_set_count > 20 else ""
        truncated = " (larger sets left out)" if a.cut_sets_truncated else ""
        out.append(f"  minimal cut sets{truncated}: {sets or '-'}{more}")
        out.append("")
    return "\n".join(out).rstrip() or "no touchpoints"


# ----- incidents import ---------------------------------------------------------------------
def run_incidents_import(args: argparse.Namespace) -> int:
    from ..analysis.incidents import import_incidents

    return import_log_into_document(args.document, args.log, import_incidents,
                                    lambda bp, new: bp.set_incidents(list(bp.incidents) + new),
                                    "incident")


# ----- pareto -------------------------------------------------------------------------------
def run_pareto(args: argparse.Namespace) -> int:
    from ..analysis.pareto import pareto

    bp = load_any(args.input)
    _check_touchpoint(bp, args.touchpoint)
    result = pareto(bp, args.touchpoint, args.by)
    if args.json:
        print(json.dumps(pareto_to_json(result), indent=2, ensure_ascii=False))
    else:
        print(format_pareto(result))
    return EXIT_OK


def pareto_to_json(result) -> dict:
    return {
        "touchpoint": result.touchpoint, "by": result.by, "total": result.total,
        "behind_visibility_share": _round(result.behind_visibility_share),
        "causes": [{"id": r.cause, "label": r.label, "lane": r.lane.value if r.lane else None,
                    "value": r.value, "share": _round(r.share),
                    "cumulative_share": _round(r.cumulative_share)} for r in result.rows],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def format_pareto(result) -> str:
    scope = f"touchpoint {result.touchpoint}" if result.touchpoint else "all touchpoints"
    lines = [f"Pareto of causes by {result.by}, {scope}: total {result.total:g}"]
    if not result.rows:
        return lines[0] + "\n  no incidents recorded"
    width = max(len(r.cause or "-") for r in result.rows)
    for r in result.rows:
        lines.append(f"  {(r.cause or '-').ljust(width)}  {r.value:>10g}  {r.share:7.1%}  "
                     f"{r.cumulative_share:7.1%}  {r.label}")
    if result.behind_visibility_share is not None:
        lines.append(f"behind the line of visibility: {result.behind_visibility_share:.1%}")
    return "\n".join(lines)
