"""Command line (CONTRACT.md §3). Each command group lives in its own module and registers
itself through ``register(subparsers)``; ``main`` dispatches. Exit codes: 0 success, 1 the
command ran and found errors, 2 bad usage or bad input (message on stderr, no output written).
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .common import EXIT_USAGE, CliError

COMMAND_MODULES = ("document_commands", "analysis_commands", "commitment_commands")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="blueprint-app",
        description="Touchpoint Blueprint Studio: draw closed-loop customer-journey blueprints "
                    "and trace touchpoint failures to their back-office causes. Without a "
                    "command, opens the application (with FILE if given).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    if not argv or (argv[0] not in known and not argv[0].startswith("-")):
        from .gui_launcher import launch_gui
        return launch_gui(argv)
    args = parser.parse_args(argv)
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
