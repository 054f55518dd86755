"""`repo init|add|list|checkout|commit|log` and `diff` (the team repository).

Exit codes: 0 success; 1 `diff` found differences; 2 bad usage, bad input or an unusable
repository; 3 a merge conflict (every conflict on stderr; nothing changed anywhere).
"""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from .common import EXIT_FOUND_ERRORS, EXIT_OK, CliError


def register(sub: argparse._SubParsersAction) -> None:
    repo = sub.add_parser("repo", help="a team repository of journeys with their history",
                          description="A repository of journeys with every revision: a file "
                                      "ending in .bprepo (SQLite) or a postgresql:// URL.")
    cmds = repo.add_subparsers(dest="repo_command", metavar="ACTION", required=True)
    p = cmds.add_parser("init", help="create an empty repository")
    p.add_argument("url", metavar="URL")
    p.set_defaults(handler=run_init)
    p = cmds.add_parser("add", help="add a .blueprint/.json file as a new journey (revision 1)")
    p.add_argument("url", metavar="URL")
    p.add_argument("input", metavar="IN")
    p.add_argument("--id", help="the journey's id (default: the file name without extension)")
    _who(p)
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("list", help="journeys with their head revision")
    p.add_argument("url", metavar="URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("checkout", help="write a revision (default: the head) to a file")
    p.add_argument("url", metavar="URL")
    p.add_argument("ref", metavar="ID[@REV]")
    p.add_argument("output", metavar="OUT")
    p.set_defaults(handler=run_checkout)
    p = cmds.add_parser("commit", help="record a file as the next revision (three-way merge)",
                        description="repo commit URL ID IN --base REV, or repo commit "
                                    "DOC.blueprint for a checked-out document.")
    p.add_argument("args", nargs="+", metavar="URL ID IN | DOC.blueprint")
    p.add_argument("--base", type=int, help="the revision IN was made from")
    _who(p)
    p.set_defaults(handler=run_commit)
    p = cmds.add_parser("log", help="revisions of a journey, newest first")
    p.add_argument("url", metavar="URL")
    p.add_argument("journey", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_log)

    p = sub.add_parser("diff", help="what changed from A to B (files or URL#ID@REV)",
                       description="What changed from A to B; each is a .blueprint or .json "
                                   "file or URL#ID@REV. Exit 0 when equal, 1 when they differ.")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_diff)


def _who(p: argparse.ArgumentParser) -> None:
    p.add_argument("--message", "-m", default="", help="what this revision changes")
    p.add_argument("--author", help="who made it (default: $BLUEPRINT_AUTHOR or the login)")


@contextmanager
def _repository(url: str, create: bool = False):
    from ..repository import Repository, RepositoryError
    try:
        repo = (Repository.create if create else Repository.open)(url)
    except RepositoryError as error:
        raise CliError(str(error), error.exit_code) from None
    try:
        yield repo
    except RepositoryError as error:
        raise CliError(str(error), error.exit_code) from None
    finally:
        repo.close()


def _read(path: str):
    from ..repository import RepositoryError
    from ..repository.files import read_file
    try:
        return read_file(path)
    except RepositoryError as error:
        raise CliError(str(error)) from None


def run_init(args) -> int:
    with _repository(args.url, create=True):
        pass
    print(f"created repository {args.url}")
    return EXIT_OK


def run_add(args) -> int:
    data, _ = _read(args.input)
    journey = args.id or Path(args.input).stem
    with _repository(args.url) as repo:
        rev = repo.add(data, journey, author=args.author, message=args.message)
    print(f"{journey} {rev}")
    return EXIT_OK


def run_list(args) -> int:
    with _repository(args.url) as repo:
        journeys = repo.journeys()
    if args.json:
        print(json.dumps([{"id": j.id, "name": j.name, "head": j.head, "author": j.author,
                           "time": j.time} for j in journeys], ensure_ascii=False, indent=2))
    else:
        _table(["id", "name", "head", "author", "time"],
               [[j.id, j.name, j.head, j.author, j.time] for j in journeys])
    return EXIT_OK


def _split_ref(text: str) -> tuple[str, int | None]:
    journey, at, rev = text.partition("@")
    if not at:
        return journey, None
    try:
        return journey, int(rev)
    except ValueError:
        raise CliError(f"{text}: the revision after '@' must be a whole number") from None


def run_checkout(args) -> int:
    from ..repository.files import Link, write_file
    journey, rev = _split_ref(args.ref)
    with _repository(args.url) as repo:
        data, rev = repo.checkout(journey, rev)
        write_file(data, args.output, Link(args.url, journey, rev))
    print(f"{journey}@{rev} -> {args.output}")
    return EXIT_OK


def run_commit(args) -> int:
    from ..repository import ConflictError
    from ..repository.files import Link, write_file
    if len(args.args) == 1:
        doc = args.args[0]
        data, link = _read(doc)
        if Path(doc).suffix.lower() != ".blueprint" or link is None:
            raise CliError(f"{doc}: not a document checked out of a repository; use "
                           "'repo commit URL ID IN --base REV'")
        url, journey, base = link.url, link.journey, link.base
    elif len(args.args) == 3:
        url, journey, doc = args.args
        if args.base is None:
            raise CliError("repo commit URL ID IN: --base REV is required (the revision IN "
                           "was made from)")
        data, _ = _read(doc)
        base, link = args.base, None
    else:
        raise CliError("repo commit takes URL ID IN --base REV, or DOC.blueprint")
    with _repository(url) as repo:
        try:
            result = repo.commit(journey, data, base, author=args.author, message=args.message)
        except ConflictError as error:
            raise CliError(f"{journey}: {error}", 3) from None
        if link is not None:  # the working copy now holds the new revision (merged if so)
            from ..repository.state import join
            write_file(join(result.state), doc, Link(url, journey, result.rev))
    if result.merged:
        print(f"merged with changes made since revision {base}", file=sys.stderr)
    print(result.rev)
    return EXIT_OK


def run_log(args) -> int:
    with _repository(args.url) as repo:
        revisions = repo.log(args.journey)
    if args.json:
        print(json.dumps([{"rev": r.rev, "parent": r.parent, "base": r.base, "author": r.author,
                           "time": r.time, "message": r.message} for r in revisions],
                         ensure_ascii=False, indent=2))
    else:
        _table(["rev", "author", "time (UTC)", "message"],
               [[r.rev, r.author, r.time, r.message] for r in revisions])
    return EXIT_OK


def run_diff(args) -> int:
    from ..repository import RepositoryError
    from ..repository.diff import as_json, diff
    from ..repository.files import load_source
    from ..repository.state import split
    try:
        old, new = split(load_source(args.a)), split(load_source(args.b))
    except RepositoryError as error:
        raise CliError(str(error), error.exit_code) from None
    change = diff(old, new)
    if args.json:
        print(json.dumps(as_json(change), ensure_ascii=False, indent=2))
    else:
        from ..repository.diff_table import diff_rows
        rows = diff_rows(change, old, new)
        if rows:
            _table(["what", "id", "label", "change", "field", "from", "to"], rows)
        else:
            print("no differences")
    return EXIT_OK if change.empty else EXIT_FOUND_ERRORS


def _table(header: list[str], rows: list[list]) -> None:
    cells = [header] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c[:40].ljust(w) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
