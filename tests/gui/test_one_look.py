"""Screen (PNG) and paper (PDF) are one drawing: for each example, every lane's node fill and
every node kind's outline is the same colour in the PNG export and in the PDF.

PNG: rendered at scale 3; a node's fill is the most common colour inside it, its outline
the pixel on its left edge farthest from fill and lane band (the line's solid core). PDF:
the colours the exporter actually sets when it strokes and fills each node's outline,
caught at the reportlab canvas while the real PDF is written."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from blueprint_app.canvas.render import render_png  # noqa: E402
from blueprint_app.export import PdfOptions, blueprint_page, export_pdf  # noqa: E402
from blueprint_app.interchange.json_format import read_json  # noqa: E402
from blueprint_app.model.layout import compute_layout  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCALE = 3
MARGIN = 40  # the scene's margin around the drawing (canvas.scene.SCENE_MARGIN)


def _rgb(colour) -> tuple[int, int, int]:
    return tuple(round(c * 255) for c in (colour.red, colour.green, colour.blue))


def _pdf_colours(bp, path: Path, monkeypatch) -> dict:
    seen: dict[str, tuple] = {}
    current = {}
    real_draw_node, real_draw_path = blueprint_page.draw_node, Canvas.drawPath

    def draw_node(canv, node, *args, **kwargs):
        current["node"] = node
        try:
            return real_draw_node(canv, node, *args, **kwargs)
        finally:
            current.pop("node", None)

    def draw_path(self, path, stroke=1, fill=0, **kwargs):
        node = current.get("node")
        if node is not None and node.id not in seen and stroke and fill:
            seen[node.id] = (_rgb(self._fillColorObj), _rgb(self._strokeColorObj))
        return real_draw_path(self, path, stroke=stroke, fill=fill, **kwargs)

    monkeypatch.setattr(blueprint_page, "draw_node", draw_node)
    monkeypatch.setattr(Canvas, "drawPath", draw_path)
    export_pdf(bp, path, PdfOptions(sections=("blueprint",)))
    monkeypatch.undo()
    return seen


def _png_colours(bp, path: Path) -> dict:
    render_png(bp, path, scale=SCALE)
    image = QImage(str(path))
    layout = compute_layout(bp)

    def pixel(x: float, y: float) -> tuple[int, int, int]:
        c = QColor(image.pixel(round((x + MARGIN) * SCALE), round((y + MARGIN) * SCALE)))
        return (c.red(), c.green(), c.blue())

    found = {}
    for node in bp.nodes():
        r = layout.nodes[node.id]
        inside = Counter(pixel(r.x + r.width * (0.15 + 0.7 * i / 20), r.y + r.height * (0.2 + 0.6 * j / 10))
                         for i in range(21) for j in range(11))
        fill = inside.most_common(1)[0][0]
        band = pixel(r.x - 6, r.center[1])
        # the line straddles the left edge; the category stripe starts just inside it
        ring = [QColor(image.pixel(px, round((r.center[1] + MARGIN) * SCALE)))
                for px in range(round((r.x + MARGIN) * SCALE) - 3, round((r.x + MARGIN) * SCALE) + 2)]
        ring = [(c.red(), c.green(), c.blue()) for c in ring]
        outline = max(ring, key=lambda c: min(_dist(c, fill), _dist(c, band)))
        found[node.id] = (fill, outline)
    return found


def _dist(a, b) -> float:
    return max(abs(x - y) for x, y in zip(a, b))


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.json")))
def test_png_and_pdf_use_the_same_colours(example, tmp_path, monkeypatch, qapp):
    bp = read_json(EXAMPLES / f"{example}.json")
    pdf = _pdf_colours(bp, tmp_path / "out.pdf", monkeypatch)
    png = _png_colours(bp, tmp_path / "out.png")
    assert set(pdf) == set(png) == {n.id for n in bp.nodes()}
    per_lane_pdf: dict = {}
    per_lane_png: dict = {}
    for node in bp.nodes():
        per_lane_pdf.setdefault(node.lane, set()).add(pdf[node.id])
        per_lane_png.setdefault(node.lane, []).append(png[node.id])
    for lane, colours in per_lane_pdf.items():
        assert len(colours) == 1, f"{lane}: the PDF uses several colours {colours}"
        fill, outline = next(iter(colours))
        fills = Counter(c[0] for c in per_lane_png[lane])
        outlines = Counter(c[1] for c in per_lane_png[lane])
        png_fill = fills.most_common(1)[0][0]
        # edges ending on a node's left edge hide its outline there: the lane's best-kept sample
        png_outline = min(outlines, key=lambda c: _dist(c, outline))
        assert _dist(png_fill, fill) <= 2, f"{lane}: fill {png_fill} on screen, {fill} on paper"
        assert _dist(png_outline, outline) <= 12, f"{lane}: outline {png_outline} vs {outline}"
