"""Text that every output format can carry.

Labels may hold lone surrogates ("\\ud800" is legal in JSON input) and control characters.
The JSON interchange and the document keep them exactly; formats that cannot (XML 1.0,
PDF text, images) get a cleaned copy: a lone surrogate becomes U+FFFD (the replacement
character), a control character other than tab, line feed and carriage return is dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Not allowed in XML 1.0 at all, even escaped.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: Any) -> Any:
    """``text`` without lone surrogates and XML-forbidden control characters; other values
    are returned as they are."""
    if not isinstance(text, str) or text.isascii() and text.isprintable():
        return text
    return _XML_FORBIDDEN.sub("", _LONE_SURROGATE.sub("\ufffd", text))


def _clean_record(record, names: tuple[str, ...]):
    changes = {n: clean_text(getattr(record, n)) for n in names}
    changes = {n: v for n, v in changes.items() if v != getattr(record, n)}
    return replace(record, **changes) if changes else record


def printable_copy(bp):
    """A snapshot of ``bp`` whose visible texts are clean (the original is not touched).
    Ids are kept as they are: they name things and must stay unique."""
    copy = bp.snapshot()
    name = clean_text(copy.name)
    if name != copy.name and name.strip():
        copy.rename(name)
    for stage in copy.stages:
        if clean_text(stage.name) != stage.name and clean_text(stage.name).strip():
            copy.rename_stage(stage.id, clean_text(stage.name))
    for node in list(copy.nodes()):
        changes = {n: clean_text(getattr(node, n))
                   for n in ("label", "description", "owner", "channel")}
        changes = {n: v for n, v in changes.items() if v != getattr(node, n)}
        if changes.get("label") is not None and not changes["label"].strip():
            changes["label"] = "\ufffd"
        commitments = tuple(_clean_record(c, ("name", "owner", "post")) for c in node.commitments)
        if commitments != tuple(node.commitments):
            changes["commitments"] = commitments
        perceptions = tuple(_clean_record(p, ("name",)) for p in node.perceptions)
        if perceptions != tuple(node.perceptions):
            changes["perceptions"] = perceptions
        if changes:
            copy.update_node(node.id, **changes)
    for edge in list(copy.edges()):
        if clean_text(edge.label) != edge.label:
            copy.update_edge(edge.id, label=clean_text(edge.label))
    return copy
