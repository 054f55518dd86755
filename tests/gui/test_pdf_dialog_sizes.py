"""Export PDF dialog: the smallest text size and the page count are shown before writing,
follow paper, orientation and layout, and match what the written PDF measures."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFileDialog

from blueprint_app.canvas.node_item import _wrap
from blueprint_app.interchange.json_format import read_json
from blueprint_app.model.linebreak import CLOSING, OPENING
from blueprint_app.ui.pdf_dialog import PdfExportDialog

from ui_support import EXAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.export.text_sizes import page_text_sizes  # noqa: E402


def _shown(dialog) -> tuple[float, int]:
    match = re.match(r"Smallest text: ([\d.]+) pt · blueprint pages: (\d+)",
                     dialog.size_info.text())
    return float(match.group(1)), int(match.group(2))


def test_size_preview_follows_the_choices_and_matches_the_pdf(qtbot, dialogs, tmp_path,
                                                              monkeypatch):
    dialog = PdfExportDialog(read_json(EXAMPLES / "online-order-delivery.json"))
    qtbot.addWidget(dialog)
    assert dialog.readable.isChecked() and dialog.heat.isChecked()
    size, pages = _shown(dialog)
    assert size >= 6.0 and pages > 1
    assert dialog.use_readable.isHidden()
    dialog.fit.setChecked(True)                      # one sheet: the text gets small
    fit_size, fit_pages = _shown(dialog)
    assert fit_pages == 1 and fit_size < 6.0
    assert "Below 6 pt" in dialog.size_info.text()
    assert not dialog.use_readable.isHidden()
    dialog.paper.setCurrentText("A4")                # smaller paper, smaller text
    assert _shown(dialog)[0] < fit_size
    dialog.use_readable.click()                      # the offered readable layout
    assert dialog.readable.isChecked() and dialog.use_readable.isHidden()
    size, pages = _shown(dialog)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    assert _shown(dialog) != (size, pages)
    # the written PDF has the pages and the smallest text the dialog announced
    for name, box in dialog.section_boxes.items():
        box.setChecked(name == "blueprint")
    size, pages = _shown(dialog)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    assert len(PdfReader(target).pages) == pages
    measured = min(min(sizes) for sizes in page_text_sizes(target))
    assert abs(min(measured, size) - size) < 0.05   # nothing smaller than announced


def test_canvas_labels_follow_the_kinsoku_rules(qapp):
    font = QFont()
    font.setPixelSize(13)
    metrics = QFontMetricsF(font)
    text = "订单确认（电子邮件）。退款「立即」处理，仓库【发货】完成！"
    for width in range(20, 200, 7):
        lines, _fits = _wrap(text, font, metrics, float(width), 50)
        for before, after in zip(lines, lines[1:]):
            assert before[-1] not in OPENING and after[0] not in CLOSING, (width, lines)
        assert "".join(lines) == text


def test_page_one_preview_renders_by_itself_and_follows_the_sections(qtbot, monkeypatch):
    """A small map's page 1 is rendered when the dialog opens and again after a choice;
    page 1 is the decision page when it is chosen, else the first blueprint page."""
    from blueprint_app.ui import pdf_dialog
    rendered = []
    real_export = pdf_dialog.export_pdf

    def spy(bp, path, options):
        rendered.append(options.sections)
        return real_export(bp, path, options)

    monkeypatch.setattr(pdf_dialog, "export_pdf", spy)
    dialog = PdfExportDialog(read_json(EXAMPLES / "online-order-delivery.json"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None
                    and not dialog.preview.pixmap().isNull(), timeout=20000)
    assert rendered == [("decision",)]
    dialog.section_boxes["decision"].setChecked(False)
    qtbot.waitUntil(lambda: len(rendered) == 2, timeout=20000)
    assert rendered[-1] == ("blueprint",)


def test_big_maps_preview_on_request_only(qtbot, monkeypatch):
    from benchmarks.generate import generate_blueprint
    from blueprint_app.ui import pdf_dialog
    monkeypatch.setattr(pdf_dialog, "AUTO_PREVIEW_NODES", 50)
    dialog = PdfExportDialog(generate_blueprint(120, seed=1))
    qtbot.addWidget(dialog)
    assert not dialog.auto_preview
    qtbot.wait(600)                                     # longer than the debounce
    assert dialog.preview.pixmap() is None or dialog.preview.pixmap().isNull()
    dialog.update_preview()
    assert not dialog.preview.pixmap().isNull()
