"""``analyze --json`` written as it is computed: one touchpoint at a time, its cut sets
streamed set by set, byte for byte what ``json.dumps(analysis_to_json(...), indent=2,
ensure_ascii=False)`` prints, without holding the document (or a touchpoint's millions of
cut sets) in memory."""
from __future__ import annotations

import json
from typing import IO, Iterable

from .failure import TouchpointAnalysis, touchpoint_json

_MARK = "\x00cut sets\x00"
_SET_INDENT = " " * 8


def write_analysis_json(analyses: Iterable[TouchpointAnalysis], out: IO[str]) -> list[str]:
    """Write the document to ``out``; returns the limit messages met on the way."""
    limits: list[str] = []
    out.write('{\n  "touchpoints": [')
    first = True
    for analysis in analyses:
        entry = touchpoint_json(analysis)
        entry["minimal_cut_sets"] = _MARK
        text = json.dumps(entry, indent=2, ensure_ascii=False)
        text = "\n".join("    " + line for line in text.split("\n"))
        head, tail = text.split(json.dumps(_MARK))
        out.write(("\n" if first else ",\n") + head)
        _write_sets(analysis.cut_sets, out)
        out.write(tail)
        first = False
        if analysis.limit:
            limits.append(analysis.limit)
    out.write("]\n}\n" if first else "\n  ]\n}\n")
    return limits


def _write_sets(cut_sets, out: IO[str]) -> None:
    inner = ",\n" + _SET_INDENT + "  "
    written = False
    for cut in cut_sets:
        out.write(",\n" if written else "[\n")
        if cut:
            items = inner.join(json.dumps(name, ensure_ascii=False) for name in cut)
            out.write(f"{_SET_INDENT}[\n{_SET_INDENT}  {items}\n{_SET_INDENT}]")
        else:
            out.write(f"{_SET_INDENT}[]")
        written = True
    out.write("\n      ]" if written else "[]")
