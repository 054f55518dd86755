"""GraphML export (for yEd, Gephi, Cytoscape...), written with networkx.

One GraphML node per blueprint node and one edge per blueprint edge (a MultiDiGraph, so a
flow and a support edge between the same two nodes both survive; the edge's GraphML id is
the model's edge id). Attributes use standard GraphML types only (string, double, int);
fields without a value are left out, because GraphML cannot store None. ``requires`` is a
string ("all", "any", "2") so the attribute has one type on every node. ``x``/``y`` are the
centre of the node as drawn (model.layout, absolute, y growing downward) and
``width``/``height`` its drawn size, so tools that read positions (Gephi) show the blueprint's
arrangement. Graph attributes:
``name``, ``format`` and ``version``. yEd shows the attributes in its Properties panel and
can map ``label`` to the node text (Edit > Properties Mapper).

XML 1.0 cannot hold control characters or lone surrogates, even escaped: every text is
written through ``model.clean_text`` (a lone surrogate becomes U+FFFD, a control character
is dropped), so the file always parses.
"""
from __future__ import annotations

import io
import os
from typing import Any

import networkx as nx

from ..model import Blueprint, Edge, Node
from ..model.clean_text import clean_text
from ..model.layout import Rect, compute_layout
from .atomic import write_bytes_atomic
from .errors import InterchangeError
from .fields import FORMAT, VERSION

_TEXT_FIELDS = ("description", "owner", "channel")


def _node_attributes(node: Node, stage_names: dict[str, str], rect: Rect) -> dict[str, Any]:
    attrs: dict[str, Any] = {"label": node.label, "lane": node.lane.value,
                             "lane_index": node.lane.index}
    if node.stage is not None:
        attrs["stage"] = node.stage
        attrs["stage_name"] = stage_names[node.stage]
    for name in _TEXT_FIELDS:
        if getattr(node, name) is not None:
            attrs[name] = getattr(node, name)
    if node.category is not None:
        attrs["category"] = node.category.value
    attrs["failure_probability"] = float(node.failure_probability)
    attrs["requires"] = str(node.requires)
    attrs["x"], attrs["y"] = (float(v) for v in rect.center)
    attrs["width"], attrs["height"] = float(rect.width), float(rect.height)
    return attrs


def _edge_attributes(edge: Edge) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": edge.kind.value}
    if edge.label is not None:
        attrs["label"] = edge.label
    return attrs


def blueprint_to_graph(bp: Blueprint) -> nx.MultiDiGraph:
    """The graph written to GraphML: plain attributes, no None values."""
    stage_names = {s.id: s.name for s in bp.stages}
    rects = compute_layout(bp).nodes
    graph = nx.MultiDiGraph(name=clean_text(bp.name), format=FORMAT, version=VERSION)
    for node in bp.nodes():
        attrs = _node_attributes(node, stage_names, rects[node.id])
        graph.add_node(clean_text(node.id), **{k: clean_text(v) for k, v in attrs.items()})
    for edge in bp.edges_in_order():
        graph.add_edge(clean_text(edge.source), clean_text(edge.target), key=clean_text(edge.id),
                       **{k: clean_text(v) for k, v in _edge_attributes(edge).items()})
    return graph


def write_graphml(bp: Blueprint, path: str | os.PathLike) -> None:
    """Write the blueprint as GraphML, atomically (the old file stays whole on error)."""
    buffer = io.BytesIO()
    nx.write_graphml(blueprint_to_graph(bp), buffer, encoding="utf-8")
    try:
        write_bytes_atomic(path, buffer.getvalue())
    except OSError as error:
        raise InterchangeError([f"{path}: cannot write: {error.strerror or error}"]) from None
