"""Import touchpoint volumes (customer visits per period) from a CSV or ``.xlsx`` of counts.

Columns (header names case-insensitive): ``touchpoint`` (id, or label when one touchpoint
has it) and ``volume`` (a number >= 0). All or nothing, with the incident importer's file
reading and error report: any bad row refuses the whole file, naming each bad row.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Blueprint
from .incidents import IncidentImportError, _blank, _number, parse_log_rows, read_log_rows

REQUIRED = ("touchpoint", "volume")


class VolumeImportError(IncidentImportError):
    """The volume file was refused whole."""


def import_volumes(bp: Blueprint, path: str | Path) -> dict[str, float]:
    """{touchpoint id: volume} read from the file; raises IncidentImportError."""
    header_row, header, rows = read_log_rows(path)
    by_label: dict[str, list[str]] = {}
    for node in bp.touchpoints():
        by_label.setdefault(node.label, []).append(node.id)

    def record(values: dict[str, Any], reasons: list[str]):
        name = values.get("touchpoint")
        name = None if _blank(name) else str(name).strip()
        node_id = None
        if name is None:
            reasons.append("touchpoint is empty")
        elif bp.has_node(name) and bp.node(name).is_touchpoint:
            node_id = name
        elif len(by_label.get(name, ())) == 1:
            node_id = by_label[name][0]
        elif name in by_label:
            reasons.append(f"touchpoint {name!r} names {len(by_label[name])} touchpoints; use the id")
        else:
            reasons.append(f"no touchpoint with id or label {name!r}")
        if _blank(values.get("volume")):
            reasons.append("volume is empty")
        volume = _number(values.get("volume"), "volume", reasons)   # refuses negatives too
        return None if reasons else (node_id, volume)

    pairs = parse_log_rows(header, rows, REQUIRED, record, VolumeImportError,
                           source=str(path), header_row=header_row)
    return dict(pairs)
