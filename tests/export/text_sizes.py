"""Printed text sizes of a PDF, measured from its content streams (not from the exporter).

For every text-showing operator (Tj, TJ, ', ") the effective size is the Tf size times the
scale of the text matrix times the current transformation matrix, following q/Q, cm and the
/Matrix of form XObjects (pypdf's text visitor loses the page's matrix inside forms, and
``pdftotext -bbox`` gives word boxes whose height depends on the font's ascent).

``python -m tests.export.text_sizes FILE.pdf...`` prints pages, smallest and median size.
"""
from __future__ import annotations

import statistics
import sys

import pypdf
from pypdf.generic import ContentStream

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mul(a, b):
    """a × b for PDF matrices [a b c d e f]."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _raw(string) -> bytes:
    original = getattr(string, "original_bytes", None)
    return original if original is not None else bytes(string)


def _scale(m) -> float:
    return abs(m[0] * m[3] - m[1] * m[2]) ** 0.5


def _shows(stream, resources, reader, ctm, out: list[float], depth=0) -> None:
    stack, tm, lm, size, leading = [], IDENTITY, IDENTITY, 0.0, 0.0
    for operands, op in ContentStream(stream, reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm
        elif op == b"cm":
            ctm = _mul(tuple(float(v) for v in operands), ctm)
        elif op == b"BT":
            tm = lm = IDENTITY
        elif op == b"Tf":
            size = float(operands[1])
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"Tm":
            tm = lm = tuple(float(v) for v in operands)
        elif op in (b"Td", b"TD"):
            if op == b"TD":
                leading = -float(operands[1])
            lm = tm = _mul((1, 0, 0, 1, float(operands[0]), float(operands[1])), lm)
        elif op == b"T*":
            lm = tm = _mul((1, 0, 0, 1, 0, -leading), lm)
        elif op in (b"Tj", b"TJ", b"'", b'"'):
            if op in (b"'", b'"'):
                lm = tm = _mul((1, 0, 0, 1, 0, -leading), lm)
            parts = operands[-1] if op == b"TJ" else [operands[-1]]
            if any(_raw(part).strip() for part in parts if not isinstance(part, (int, float))):
                out.append(size * _scale(_mul(tm, ctm)))
        elif op == b"Do" and depth < 8:
            xobjects = resources.get("/XObject", {}) if resources else {}
            xobject = xobjects.get(operands[0])
            if xobject is not None:
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Form":
                    matrix = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
                    _shows(xobject, xobject.get("/Resources", resources), reader,
                           _mul(matrix, ctm), out, depth + 1)


def page_text_sizes(path) -> list[list[float]]:
    """Per page, the effective size (pt) of every non-blank text shown on it."""
    reader = pypdf.PdfReader(str(path))
    pages = []
    for page in reader.pages:
        sizes: list[float] = []
        contents = page.get_contents()
        if contents is not None:
            resources = page.get("/Resources")
            _shows(contents, resources.get_object() if resources else None, reader, IDENTITY,
                   sizes)
        pages.append(sizes)
    return pages


def summary(path) -> list[tuple[float, float]]:
    """(smallest, median) size per page; (0, 0) for a page without text."""
    return [(min(s), statistics.median(s)) if s else (0.0, 0.0) for s in page_text_sizes(path)]


if __name__ == "__main__":
    for name in sys.argv[1:]:
        rows = summary(name)
        print(name, len(rows), "pages;",
              "; ".join(f"p{i + 1} {lo:.1f}/{med:.1f}" for i, (lo, med) in enumerate(rows)))
