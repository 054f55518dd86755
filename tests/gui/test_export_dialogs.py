"""File → Export… and File → Export PDF… from the main window."""
from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog

from blueprint_app.ui.pdf_dialog import PdfExportDialog

from ui_support import EXAMPLES


def test_pdf_dialog_exports_the_chosen_paper_and_sections(qtbot, window, tmp_path, monkeypatch):
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    dialog = PdfExportDialog(window.session.blueprint, window)
    dialog.paper.setCurrentText("A4")
    dialog.tile.setChecked(True)
    for name, box in dialog.section_boxes.items():
        box.setChecked(name in ("blueprint", "summary"))
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Parcel arrives" in text
    width, height = reader.pages[1].mediabox.width, reader.pages[1].mediabox.height
    assert round(float(max(width, height))) == 842 and len(reader.pages) > 2  # A4 tiles


def test_pdf_dialog_preview_shows_page_one(qtbot, window):
    window.session.open(EXAMPLES / "bank-card-app.blueprint")
    dialog = PdfExportDialog(window.session.blueprint, window)
    dialog.update_preview()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()


def test_export_menu_writes_json_and_png(qtbot, window, tmp_path, monkeypatch):
    from blueprint_app.ui import file_dialogs
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    for suffix in (".json", ".png", ".svg"):
        target = tmp_path / f"out{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (0.5, True))
        file_dialogs.export_dialog(window)
        assert target.exists() and target.stat().st_size > 100
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data == json.loads((EXAMPLES / "online-order-delivery.json").read_text(encoding="utf-8"))
