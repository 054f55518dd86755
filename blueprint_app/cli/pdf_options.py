"""PDF options of ``blueprint-app export IN OUT.pdf`` (issue 5): the arguments and their
conversion to ``export.options.PdfOptions``. Every PDF option also sets
``args.pdf_options_given`` so the export command can refuse them for other formats."""
from __future__ import annotations

import argparse

from ..export.options import ORIENTATIONS, PAPERS, SECTIONS, PdfOptions, PdfOptionsError
from ..export.sections import DEFAULT_SECTION_IDS
from ..export.wording import LANGUAGES
from .common import CliError


class _Store(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        namespace.pdf_options_given = True


class _Flag(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, True)
        namespace.pdf_options_given = True


def add_pdf_arguments(parser) -> None:
    """Add --paper, --orientation, --fit/--tile, --sections, --heat/--no-heat and --language to
    ``parser`` (an ArgumentParser or an argument group)."""
    parser.add_argument("--paper", action=_Store, default="A3", metavar="PAPER",
                        help=f"PDF paper: {', '.join(PAPERS)} (default A3)")
    parser.add_argument("--orientation", action=_Store, default="landscape", metavar="ORIENT",
                        help=f"PDF orientation: {' or '.join(ORIENTATIONS)} (default landscape)")
    parser.add_argument("--fit", action=_Flag, dest="pdf_fit",
                        help="PDF: the blueprint on one page, scaled even below 6 pt (the "
                             "default, readable layout, uses one page only when it stays "
                             "readable, else pages of whole lanes and consecutive stages)")
    parser.add_argument("--tile", action=_Flag, dest="pdf_tile",
                        help="PDF: the blueprint over several pages at a readable scale, with "
                             "crop marks and an assembly map")
    parser.add_argument("--sections", action=_Store, default=",".join(DEFAULT_SECTION_IDS),
                        metavar="LIST",
                        help=f"PDF: comma-separated sections of {','.join(SECTIONS)} (default "
                             f"{','.join(DEFAULT_SECTION_IDS)})")
    parser.add_argument("--heat", action=_Flag, dest="pdf_heat",
                        help="PDF: colour nodes by the failure analysis (touchpoints by failure "
                             "probability, back office by the touchpoint failures they cause; "
                             "the default)")
    parser.add_argument("--no-heat", action=_Flag, dest="pdf_no_heat",
                        help="PDF: no heat colouring")
    parser.add_argument("--full-lists", action=_Flag, dest="pdf_full_lists",
                        help="PDF: print every row of the appendix lists (default: the top "
                             "items, then how many more)")
    parser.add_argument("--language", action=_Store, dest="pdf_language", default="auto",
                        metavar="LANG",
                        help=f"PDF: language of the printed texts, {'|'.join(LANGUAGES)} (default "
                             "auto: Chinese when the blueprint's text is mostly Chinese)")
    parser.set_defaults(pdf_options_given=False)


def pdf_options_from_args(args: argparse.Namespace) -> PdfOptions:
    """The PdfOptions the arguments ask for; CliError (exit 2) for bad values."""
    if getattr(args, "pdf_fit", False) and getattr(args, "pdf_tile", False):
        raise CliError("give --fit or --tile, not both")
    if getattr(args, "pdf_heat", False) and getattr(args, "pdf_no_heat", False):
        raise CliError("give --heat or --no-heat, not both")
    sections = tuple(s.strip().lower() for s in str(args.sections).split(",") if s.strip())
    orientation = str(args.orientation).strip().lower()
    try:
        return PdfOptions(paper=args.paper, orientation=orientation,
                          mode="tile" if getattr(args, "pdf_tile", False)
                          else "fit" if getattr(args, "pdf_fit", False) else "readable",
                          sections=sections,
                          auto_heat=not getattr(args, "pdf_no_heat", False),
                          language=str(getattr(args, "pdf_language", "auto")))
    except PdfOptionsError as exc:
        raise CliError(str(exc)) from None
