"""The PDF section registry: every row resolves to a builder, the options, the dialog and
the command line list exactly its ids, and the document follows its order."""
from __future__ import annotations

import importlib

from blueprint_app.cli.pdf_options import add_pdf_arguments
from blueprint_app.export import appendix, options
from blueprint_app.export.sections import DOCUMENT_ORDER, PDF_SECTIONS


def test_every_builder_exists():
    for section in PDF_SECTIONS:
        if section.builder:
            module, function = section.builder.split(":")
            assert callable(getattr(importlib.import_module(f"blueprint_app.export.{module}"), function))
    assert len({s.id for s in PDF_SECTIONS}) == len(PDF_SECTIONS)
    assert len({s.order for s in PDF_SECTIONS}) == len(PDF_SECTIONS)


def test_every_layer_lists_the_registry():
    assert options.SECTIONS == tuple(s.id for s in PDF_SECTIONS)
    assert appendix.DOCUMENT_ORDER == DOCUMENT_ORDER
    assert DOCUMENT_ORDER[:2] == ("decision", "summary") and "blueprint" not in DOCUMENT_ORDER
    assert PDF_SECTIONS[0].id == "decision"  # page 1, on by default
    import argparse
    parser = argparse.ArgumentParser()
    add_pdf_arguments(parser)
    # the default prints every section marked default (the vertical slices are optional)
    assert parser.get_default("sections") == ",".join(s.id for s in PDF_SECTIONS if s.default)
    assert "slices" in options.SECTIONS and "slices" not in options.PdfOptions().sections
