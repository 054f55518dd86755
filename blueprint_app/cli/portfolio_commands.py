"""`portfolio SOURCE... [--json]`: the back office across journeys.

A SOURCE is a `.blueprint` or `.json` file (a journey whose id is the file name without its
extension) or a repository URL (all its journeys at their head revision, with the
repository's shared resources).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .common import EXIT_OK, CliError, load_any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("portfolio", help="shared resources across journeys",
                       description="Expected failed touchpoint visits per journey and, per "
                                   "shared back-office resource, the failed visits its repair "
                                   "would avoid across every journey.")
    p.add_argument("sources", metavar="SOURCE", nargs="+",
                   help=".blueprint or .json files, or repository URLs")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_portfolio)

    p = sub.add_parser("resources", help="the shared resources of a repository",
                       description="List the shared-resource catalogue of a repository, or "
                                   "put the catalogue of a .blueprint/.json file into it "
                                   "(resources with the same id are replaced).")
    p.add_argument("url", metavar="URL")
    p.add_argument("--import", dest="import_from", metavar="FILE",
                   help="add or replace the resources of FILE's catalogue")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_resources)

    p = sub.add_parser("volumes", help="touchpoint volumes (customer visits per period)",
                       description="Set the volumes of a document's touchpoints from a CSV or "
                                   ".xlsx of counts (columns touchpoint, volume); any bad row "
                                   "refuses the whole file.")
    inner = p.add_subparsers(dest="volumes_command", metavar="ACTION", required=True)
    q = inner.add_parser("import", help="set volumes from a file of counts")
    q.add_argument("document", metavar="IN.blueprint")
    q.add_argument("counts", metavar="COUNTS")
    q.set_defaults(handler=run_volumes_import)

    # `export SOURCE... OUT.pdf --portfolio` is routed here by cli.main (see portfolio_argv)
    p = sub.add_parser("portfolio-export", help="the governance handout (also: export "
                                                "SOURCE... OUT.pdf --portfolio)",
                       description="Write the governance handout of the journeys in SOURCE "
                                   "(files or repository URLs) to OUT.pdf.")
    p.add_argument("paths", metavar="SOURCE... OUT.pdf", nargs="+")
    p.add_argument("--portfolio", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--language", choices=("auto", "en", "zh_CN"), default="auto")
    p.set_defaults(handler=run_portfolio_export)


def run_resources(args: argparse.Namespace) -> int:
    from ..interchange.resources_json import resource_to_dict
    from ..repository import Repository, RepositoryError

    if not is_repository_url(args.url):
        raise CliError(f"{args.url}: not a repository URL (a .bprepo file or postgresql://…)")
    catalogue = load_any(args.import_from).resources if args.import_from else None
    try:
        repo = Repository.open(args.url)
        try:
            if catalogue is not None:
                repo.put_resources([resource_to_dict(r) for r in catalogue])
            listed = repo.resources()
        finally:
            repo.close()
    except RepositoryError as exc:
        raise CliError(str(exc)) from None
    if catalogue is not None:
        print(f"{len(catalogue)} resource(s) put into {args.url}")
    elif args.json:
        print(json.dumps({"resources": listed}, ensure_ascii=False, indent=2))
    else:
        for r in listed:
            print(f"{r['id']:<16} {r['label']:<44} {r.get('owner') or ''}")
    return EXIT_OK


def run_volumes_import(args: argparse.Namespace) -> int:
    from .common import import_log_into_document
    from ..analysis.volume_import import import_volumes

    def append(bp, volumes):
        for node_id, volume in volumes.items():
            bp.update_node(node_id, volume=volume)

    return import_log_into_document(args.document, args.counts, import_volumes, append,
                                    "touchpoint volume")


def portfolio_argv(argv: list[str]) -> list[str]:
    """``export ... --portfolio`` means the governance handout, whose inputs are many."""
    if argv[:1] == ["export"] and "--portfolio" in argv:
        return ["portfolio-export", *argv[1:]]
    return argv


def run_portfolio_export(args: argparse.Namespace) -> int:
    from ..analysis.failure import AnalysisInputError
    from ..analysis.portfolio import analyze_portfolio
    from ..export.board import export_board_pdf

    if len(args.paths) < 2 or not args.paths[-1].lower().endswith(".pdf"):
        raise CliError("give one or more sources and then the output file, ending in .pdf")
    *sources, out = args.paths
    journeys, catalogue = load_portfolio_sources(sources)
    try:
        result = analyze_portfolio(journeys, catalogue)
    except AnalysisInputError as exc:
        raise CliError(str(exc)) from None
    try:
        export_board_pdf(result, out, None if args.language == "auto" else args.language)
    except OSError as exc:
        raise CliError(f"{out}: cannot write: {exc.strerror or exc}") from None
    count = len(journeys)
    print(f"wrote {out}: governance handout of {count} journey{'' if count == 1 else 's'}")
    return EXIT_OK


def is_repository_url(text: str) -> bool:
    return text.endswith(".bprepo") or text.startswith(("postgresql://", "postgresql+psycopg://"))


def load_portfolio_sources(sources: list[str]):
    """(journeys, catalogue) from the sources; CliError on a bad source, a journey id used
    twice, or a resource defined differently in two sources."""
    from ..analysis.portfolio import Journey, PortfolioInputError, merge_catalogues

    journeys, catalogues, seen = [], [], {}
    for source in sources:
        if is_repository_url(source):
            found, resources = _repository_journeys(source)
        else:
            bp = load_any(source)
            found = [Journey(Path(source).stem, bp.name, bp, source)]
            resources = bp.resources
        catalogues.append((source, resources))
        for journey in found:
            catalogues.append((journey.source, journey.blueprint.resources))
            if journey.id in seen:
                raise CliError(f"journey id {journey.id!r} comes from both {seen[journey.id]} "
                               f"and {journey.source}; give the files different names")
            seen[journey.id] = journey.source
            journeys.append(journey)
    try:
        catalogue = merge_catalogues(catalogues)
    except PortfolioInputError as exc:
        raise CliError(str(exc)) from None
    return journeys, catalogue


def _repository_journeys(url: str):
    """Every journey of a repository at its head revision, and its shared resources."""
    from ..analysis.portfolio import Journey
    from ..interchange.json_format import InterchangeError, blueprint_from_dict
    from ..repository import Repository, RepositoryError

    try:
        repo = Repository.open(url)
        try:
            journeys = []
            for info in repo.journeys():
                data, rev = repo.checkout(info.id)
                source = f"{url}#{info.id}@{rev}"
                bp = blueprint_from_dict(data, source)
                journeys.append(Journey(info.id, bp.name, bp, source))
            catalogue = blueprint_from_dict({"format": "touchpoint-blueprint", "version": 1,
                                             "name": "resources", "stages": [], "nodes": [],
                                             "edges": [], "resources": repo.resources()},
                                            f"{url} (shared resources)").resources
        finally:
            repo.close()
    except (RepositoryError, InterchangeError) as exc:
        raise CliError(str(exc)) from None
    return journeys, catalogue


def run_portfolio(args: argparse.Namespace) -> int:
    from ..analysis.failure import AnalysisInputError
    from ..analysis.portfolio import analyze_portfolio, portfolio_to_json

    journeys, catalogue = load_portfolio_sources(args.sources)
    try:
        result = analyze_portfolio(journeys, catalogue)
    except AnalysisInputError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(portfolio_to_json(result), ensure_ascii=False, indent=2))
    else:
        print(portfolio_table(result))
    return EXIT_OK


def percent(share: float | None) -> str:
    """A share as a percentage with three significant digits ("–" when undefined)."""
    return "–" if share is None else f"{share * 100:.3g} %"


def figure(value: float) -> str:
    """Failed visits for people: whole numbers with separators from 100 on, else three
    significant digits."""
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def portfolio_table(result) -> str:
    lines = [f"Expected failed visits per period: {figure(result.expected_failures)}", "",
             f"{'Journey':<44} {'touchpoints':>11} {'failed visits':>14}"]
    for j in result.journeys:
        lines.append(f"{j.name[:44]:<44} {j.touchpoints:>11} {figure(j.expected_failures):>14}")
    lines += ["", f"{'Resource':<40} {'owner':<32} {'journeys':>8} {'touchpoints':>11} "
                  f"{'avoidable':>10} {'share':>7}"]
    for r in result.resources:
        lines.append(f"{r.label[:40]:<40} {(r.owner or '')[:32]:<32} {len(r.journeys):>8} "
                     f"{r.touchpoints:>11} {figure(r.avoidable_failures):>10} {percent(r.share):>7}")
    if result.departments:
        lines += ["", f"{'Department':<40} {'avoidable':>10} {'share':>7}"]
        for d in result.departments:
            lines.append(f"{d.owner[:40]:<40} {figure(d.avoidable_failures):>10} {percent(d.share):>7}")
    return "\n".join(lines)
