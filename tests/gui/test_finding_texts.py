"""Validation findings in the user's language (ui/finding_texts.py)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from blueprint_app.analysis.validation import validate
from blueprint_app.model import Blueprint
from blueprint_app.resources import resource_path
from blueprint_app.ui.finding_texts import FINDING_TEXTS, finding_texts

ANALYSIS = Path(__file__).resolve().parents[2] / "blueprint_app" / "analysis"
CODE = re.compile(r'(?:Finding|_f)\(\s*"([a-z0-9-]+)"')


def codes_in_validation() -> set[str]:
    return {code for path in ANALYSIS.glob("validation*.py") for code in CODE.findall(path.read_text())}


def test_every_finding_code_has_a_translatable_text():
    codes = codes_in_validation()
    assert len(codes) > 25
    assert codes <= set(FINDING_TEXTS), sorted(codes - set(FINDING_TEXTS))


def sample() -> Blueprint:
    bp = Blueprint("Test")
    bp.add_node(id="b1", lane="backstage", label="仓库出库")
    return bp


def test_english_interface_names_nodes_by_label_not_id():
    bp = sample()
    finding = next(f for f in validate(bp).findings if f.code == "missing-owner")
    message, hint, detail = finding_texts(bp, finding)
    for node_id in finding.ids:
        assert f"“{bp.node(node_id).label}”" in message
        assert f"({node_id})" not in message and node_id not in message.split()
    assert finding.code in detail  # the tooltip keeps the technical detail


def test_chinese_interface_names_the_nodes_in_chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "blueprint_app_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        bp = sample()
        finding = next(f for f in validate(bp).findings if f.code == "missing-owner")
        message, hint, detail = finding_texts(bp, finding)
        assert "“仓库出库”" in message and message != finding.message
        assert re.search(r"[\u4e00-\u9fff]", message) and re.search(r"[\u4e00-\u9fff]", hint)
        assert finding.message in detail  # the English details stay in the tooltip
    finally:
        QCoreApplication.removeTranslator(translator)
