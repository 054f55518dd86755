"""Command line (CONTRACT.md §3). Each command group lives in its own module and registers
its commands through ``register(subparsers)``; ``main`` dispatches. Exit codes: 0 success,
1 the command ran and found errors, 2 bad usage or bad input (message on stderr, no output
written).

Start-up is lazy: ``COMMANDS`` names every command with its module and one-line help, so
``blueprint-app --help`` imports no command module at all and ``blueprint-app analyze …``
imports only ``analysis_commands`` (whose handlers import what they use when they run).
To add a command: one row in ``COMMANDS`` (name -> (module, help)) and a ``register(sub)``
in that module that adds the subparser; keep the module's top-level imports light
(argparse, .common) and import the heavy layers inside the handler.
"""
from __future__ import annotations

import sys
from typing import NamedTuple, Sequence

from .common import EXIT_USAGE, CliError


class Command(NamedTuple):
    module: str      # under blueprint_app.cli
    help: str


COMMANDS: dict[str, Command] = {
    "import": Command("document_commands", "create a .blueprint document from a JSON interchange file"),
    "export": Command("document_commands", "export a blueprint to JSON, GraphML, PDF, PNG or SVG"),
    "validate": Command("document_commands", "list validation findings (exit 1 if any error)"),
    "analyze": Command("analysis_commands", "failure analysis of the touchpoints"),
    "incidents": Command("analysis_commands", "incident records"),
    "pareto": Command("analysis_commands", "Pareto of incident causes"),
    "commitments": Command("commitment_commands", "budget check of the promise tree"),
    "monitor": Command("commitment_commands", "execution records of the commitments"),
    "perceptions": Command("commitment_commands", "perception gaps, priorities and focus list"),
    "fmea": Command("commitment_commands", "fail points ranked by risk priority number"),
    "portfolio": Command("portfolio_commands", "shared resources across journeys"),
    "portfolio-export": Command("portfolio_commands", "the governance handout (also: export "
                                                      "SOURCE... OUT.pdf --portfolio)"),
    "resources": Command("portfolio_commands", "the shared resources of a repository"),
    "volumes": Command("portfolio_commands", "touchpoint volumes (customer visits per period)"),
    "repo": Command("repository_commands", "a team repository of journeys with their history"),
    "diff": Command("repository_commands", "what changed from A to B (files or URL#ID@REV)"),
}

# Modules registered eagerly, whatever the command (kept for modules not yet in COMMANDS).
COMMAND_MODULES: tuple[str, ...] = ()

DESCRIPTION = ("Touchpoint Blueprint Studio: draw closed-loop customer-journey blueprints and "
               "trace touchpoint failures to their back-office causes. Without a command, "
               "opens the application (with FILE if given).")


def _new_parser():
    import argparse

    from .. import __version__

    parser = argparse.ArgumentParser(prog="blueprint-app", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"blueprint-app {__version__}")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def _register(sub, module_names) -> None:
    import importlib

    for name in dict.fromkeys(module_names):
        importlib.import_module(f"{__name__}.{name}").register(sub)


def build_parser(command: str | None = None):
    """The parser for ``command`` (only its module imported), or for the overview (every
    command listed from ``COMMANDS``, none imported) when ``command`` is None."""
    parser, sub = _new_parser()
    if command is None:
        for name, entry in COMMANDS.items():
            sub.add_parser(name, help=entry.help, add_help=False)
    else:
        _register(sub, [COMMANDS[command].module] if command in COMMANDS else [])
    _register(sub, COMMAND_MODULES)
    return parser


def _eager_commands() -> set[str]:
    if not COMMAND_MODULES:
        return set()
    parser, sub = _new_parser()
    _register(sub, COMMAND_MODULES)
    return set(sub.choices)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .portfolio_commands import portfolio_argv
    argv = portfolio_argv(argv)
    known = set(COMMANDS) | _eager_commands()
    if not argv or (argv[0] not in known and not argv[0].startswith("-")):
        from .gui_launcher import launch_gui
        return launch_gui(argv)
    parser = build_parser(argv[0] if argv[0] in known else None)
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:     # an option alone, e.g. a --version
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"blueprint-app {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `blueprint-app analyze … | head`: the reader has had enough
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except RecursionError:
        _report(args, "the input is nested too deeply to process")
        return EXIT_USAGE
    except MemoryError:
        _report(args, "the input is too large to process in memory")
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for a user
        _report(args, f"cannot process the input ({type(exc).__name__}: {exc})")
        return EXIT_USAGE


def _report(args: argparse.Namespace, reason: str) -> None:
    """A problem no reader named: say which command and which files it was given."""
    files = [str(v) for k in ("input", "document", "log", "inputs", "sources")
             for v in (getattr(args, k, None) if isinstance(getattr(args, k, None), list)
                       else [getattr(args, k, None)]) if v]
    where = f"{', '.join(files)}: " if files else ""
    print(f"blueprint-app {args.command}: {where}{reason}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
