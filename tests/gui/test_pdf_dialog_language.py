"""File → Export PDF…: the Language combo reaches PdfOptions.language."""
from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from blueprint_app.interchange.json_format import read_json
from blueprint_app.ui.pdf_dialog import PdfExportDialog

from ui_support import EXAMPLES


def _text(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


def test_language_combo(qtbot, dialogs, tmp_path, monkeypatch):
    dialog = PdfExportDialog(read_json(EXAMPLES / "handset-replacement-store.json"))
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == \
        ["auto", "en", "zh_CN"]
    assert dialog.options().language == "auto"
    for name, box in dialog.section_boxes.items():
        box.setChecked(name == "blueprint")
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    assert "顾客行为" in _text(target)                      # automatic: the example is Chinese
    dialog = PdfExportDialog(read_json(EXAMPLES / "handset-replacement-store.json"))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options().language == "en"
    dialog.export()
    text = _text(target)
    assert "Customeractions" in text and "顾客行为" not in text
