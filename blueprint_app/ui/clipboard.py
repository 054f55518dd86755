"""Copy and paste of nodes through the system clipboard, so it also works between two
windows or two running instances. The payload is the JSON interchange format of the copied
nodes and the edges between them."""
from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..model import Blueprint, Edge, Node

MIME_TYPE = "application/x-touchpoint-blueprint+json"
PASTE_OFFSET = 24.0


def _fragment(bp: Blueprint, node_ids: list[str]) -> Blueprint:
    chosen = set(node_ids)
    fragment = Blueprint(bp.name)
    used_stages = {bp.node(n).stage for n in node_ids}
    for stage in bp.stages:
        if stage.id in used_stages:
            fragment.add_stage(stage)
    for node in bp.nodes():
        if node.id in chosen:
            fragment.add_node(node)
    for edge in bp.edges():
        if edge.source in chosen and edge.target in chosen:
            fragment.add_edge(edge)
    return fragment


def copy_nodes(bp: Blueprint, node_ids: list[str]) -> None:
    from ..interchange.json_format import blueprint_to_dict

    data = blueprint_to_dict(_fragment(bp, node_ids))
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(bp.node(n).label for n in node_ids))
    QGuiApplication.clipboard().setMimeData(mime)


def paste_payload(bp: Blueprint) -> tuple[list[Node], list[Edge]] | None:
    """The clipboard's nodes and edges with fresh ids, ready for ``bp``; None if none."""
    from ..interchange.json_format import InterchangeError, blueprint_from_dict

    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        fragment = blueprint_from_dict(json.loads(bytes(mime.data(MIME_TYPE)).decode("utf-8")),
                                       source="clipboard")
    except (ValueError, InterchangeError):
        return None
    return rebase(fragment, bp, list(fragment.node_ids()))


def duplicate_nodes(bp: Blueprint, node_ids: list[str]) -> tuple[list[Node], list[Edge]]:
    return rebase(_fragment(bp, node_ids), bp, node_ids)


def rebase(fragment: Blueprint, bp: Blueprint, node_ids: list[str]) -> tuple[list[Node], list[Edge]]:
    """Give the fragment's nodes new ids in ``bp``, map their stages, shift them a little."""
    stage_by_name = {s.name: s.id for s in bp.stages}
    new_ids: dict[str, str] = {}
    taken: set[str] = set()
    nodes: list[Node] = []
    for old_id in node_ids:
        node = fragment.node(old_id)
        new_id = bp.new_id("n")
        while new_id in taken:
            new_id = bp.new_id("n")
        taken.add(new_id)
        new_ids[old_id] = new_id
        stage = node.stage
        if stage is not None and not bp.has_stage(stage):
            stage = stage_by_name.get(fragment.stage(stage).name) if fragment.has_stage(stage) else None
        nodes.append(replace(node, id=new_id, stage=stage,
                             x=None if node.x is None else node.x + PASTE_OFFSET,
                             y=None if node.y is None else node.y + PASTE_OFFSET))
    nodes = _rebase_attachments(nodes, bp, taken)
    edges: list[Edge] = []
    for edge in fragment.edges():
        if edge.source in new_ids and edge.target in new_ids:
            edge_id = bp.new_id("e")
            while edge_id in taken:
                edge_id = bp.new_id("e")
            taken.add(edge_id)
            edges.append(replace(edge, id=edge_id, source=new_ids[edge.source],
                                 target=new_ids[edge.target]))
    return nodes, edges


def _fresh(bp: Blueprint, prefix: str, exists, taken: set[str]) -> str:
    candidate = bp.new_id(prefix)
    while exists(candidate) or candidate in taken:
        candidate = bp.new_id(prefix)
    taken.add(candidate)
    return candidate


def _rebase_attachments(nodes: list[Node], bp: Blueprint, taken: set[str]) -> list[Node]:
    """Commitment and perception ids are unique in a document: give the copies new ones.
    A copied commitment keeps its parent when the parent was copied too (renamed) or exists
    in the target; one whose parent is in neither is left out (it could not stand alone)."""
    renamed = {c.id: _fresh(bp, "c-", bp.has_commitment, taken)
               for node in nodes for c in node.commitments}
    result = []
    for node in nodes:
        commitments = []
        for c in node.commitments:
            parent = renamed.get(c.parent, c.parent if c.parent and bp.has_commitment(c.parent) else None)
            if c.level > 1 and parent is None:
                continue
            commitments.append(replace(c, id=renamed[c.id], node=node.id, parent=parent))
        perceptions = [replace(p, id=_fresh(bp, "p-", bp.has_perception, taken), node=node.id)
                       for p in node.perceptions]
        result.append(replace(node, commitments=tuple(commitments), perceptions=tuple(perceptions)))
    return result


# ----- rows pasted from a spreadsheet -----------------------------------------------------------
def spreadsheet_steps(bp: Blueprint, text: str):
    """Tab-separated rows (what Excel, LibreOffice and WPS put on the clipboard) as new steps
    for ``bp``: (stages, nodes, edges) with fresh ids, or None when the text is not rows.
    With a header row the columns are read as in a step list; without one, each line is a
    step whose first cell is the label (a lane word in the first cell, then the label, also
    works). Raises interchange.SpreadsheetError listing the problems."""
    from ..interchange.spreadsheet_headers import lane_of
    from ..interchange.spreadsheet_import import import_table
    from ..interchange.spreadsheet_read import recognise_columns
    from ..interchange.spreadsheet_files import Table
    from ..model import make_stage

    lines = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
    rows = [(n, cells) for n, cells in enumerate(lines, 1) if any(c.strip() for c in cells)]
    if not rows or ("\t" not in text and len(rows) < 2):
        return None  # a word copied from elsewhere is not a row of steps
    if not {"label", "lane"} <= set(recognise_columns(rows[0][1]).values()):
        if all(len(c) >= 2 and lane_of(c[0]) for _, c in rows):
            rows = [(0, ["lane", "label", "stage"])] + [(n, c[:3]) for n, c in rows]
        else:
            rows = [(0, ["label", "lane"])] + [(n, [c[0], "customer"]) for n, c in rows]
    fragment = import_table(Table("clipboard", None, rows), name="clipboard").blueprint
    names = {fragment.node(n).id: fragment.stage(fragment.node(n).stage).name
             for n in fragment.node_ids() if fragment.node(n).stage}
    nodes, edges = rebase(fragment, bp, list(fragment.node_ids()))
    by_name = {s.name: s.id for s in bp.stages}
    stages = []
    for i, (old, node) in enumerate(zip(fragment.node_ids(), nodes)):
        name = names.get(old)
        if name is None:
            continue
        if name not in by_name:
            stage_id = name if not bp.has_stage(name) else bp.new_id("stage")
            stages.append(make_stage(stage_id, name))
            by_name[name] = stage_id
        nodes[i] = replace(node, stage=by_name[name])
    return stages, nodes, edges
