"""Chinese (zh_CN) is a first-class language: every user-facing string is translated.

When one of these tests fails because a string has no translation, run

    .venv/bin/python packaging/update_translations.py

then translate every message marked ``type="unfinished"`` in
blueprint_app/resources/translations/blueprint_app_zh_CN.ts (see docs/translations.md for the terms), and
run the script again so the .qm is rebuilt.
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from blueprint_app.canvas import labels
from blueprint_app.model import CATEGORY_TITLES, LANE_TITLES, SEPARATOR_LINES, Category, Lane
from blueprint_app.ui.app import install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "blueprint_app" / "resources" / "translations" / "blueprint_app_zh_CN.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%(?:\d+|n|s)")
TAG = re.compile(r"</?(?:a|b|br|code|em|i|p|span|strong|tt|u)\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)\S")
HAN = re.compile(r"[\u4e00-\u9fff]")


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def load_updater():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def zh_window(chinese, make_window):  # noqa: F811 (fixture)
    return make_window()


# ----- the .ts file ------------------------------------------------------------------------

def test_no_message_is_unfinished():
    unfinished = [(ctx, src) for ctx, src, tr in messages()
                  if tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text]
    assert not unfinished, f"translate these in {TS.name}: {unfinished}"


def test_every_string_in_the_code_is_in_the_ts():
    """Extract afresh (as the update script does): a new tr() string fails here at once."""
    updater = load_updater()
    contexts = updater.regroup(updater.extract())
    assert "" not in contexts, f"tr() whose run-time context lupdate cannot tell: {contexts.get('')}"
    extracted = {(ctx, src) for ctx, sources in contexts.items() for src in sources}
    known = {(ctx, src) for ctx, src, tr in messages() if tr.text}
    missing = sorted(extracted - known)
    assert not missing, f"run packaging/update_translations.py and translate: {missing}"


def test_translations_keep_placeholders_tags_and_accelerators():
    bad = []
    for ctx, source, tr in messages():
        text = tr.text or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            bad.append(("placeholders", ctx, source, text))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            bad.append(("html", ctx, source, text))
        accelerators = ACCELERATOR.findall(source)
        if [a.lower() for a in accelerators] != [a.lower() for a in ACCELERATOR.findall(text)]:
            bad.append(("accelerator", ctx, source, text))
        if source.endswith("…") != text.endswith("…"):
            bad.append(("ellipsis", ctx, source, text))
    assert not bad, bad


def test_translations_are_chinese():
    """Catch a source text pasted in as its own translation (only a few are the same)."""
    same_ok = {"k", "Id", "PDF (*.pdf)"}  # ID, k and PDF are the same in Chinese
    cjk_punctuation = re.compile("[\u3000-\u303f\uff00-\uffef]")  # 、，： for list separators
    untranslated = [(ctx, src) for ctx, src, tr in messages()
                    if src not in same_ok and not HAN.search(tr.text or "")
                    and not cjk_punctuation.search(tr.text or "")]
    assert not untranslated, untranslated


@pytest.mark.skipif(not shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lrelease not installed")
def test_compiled_qm_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(TS), "-qm",
                    str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run packaging/update_translations.py"


# ----- the model's vocabulary ----------------------------------------------------------------

def test_the_lane_table_is_the_translation_source():
    """lupdate reads the table's QT_TRANSLATE_NOOP calls: every title is in the .ts."""
    known = {(ctx, src) for ctx, src, tr in messages() if tr.text}
    assert {("Lanes", t) for t in LANE_TITLES.values()} <= known
    assert {("Categories", t) for t in CATEGORY_TITLES.values()} <= known
    assert {("Lanes", name) for name, _, _ in SEPARATOR_LINES} <= known


def test_labels_are_english_without_a_translator():
    assert labels.lane_title(Lane.CUSTOMER) == "Customer actions"
    assert labels.category_title(Category.IT_SYSTEM) == "IT system"
    assert labels.line_title("Line of visibility") == "Line of visibility"


def test_labels_in_chinese(chinese):
    assert labels.lane_title(Lane.CUSTOMER) == "顾客行为"
    assert labels.lane_title(Lane.SUPPORT) == "支持流程"
    assert labels.lane_title("backstage") == "后台"
    assert labels.category_title(Category.IT_SYSTEM) == "IT 系统"
    assert labels.line_title("Line of visibility") == "可视线"
    for lane in Lane:
        assert HAN.search(labels.lane_title(lane)), lane
    for category in Category:
        assert HAN.search(labels.category_title(category)), category


def test_tag_text_upper_cases_only_latin():
    assert labels.tag_text("IT system") == "IT SYSTEM"
    assert labels.tag_text("Système") == "SYSTÈME"
    assert labels.tag_text("IT 系统") == "IT 系统"
    assert labels.tag_text("门店") == "门店"


# ----- the running window ---------------------------------------------------------------------

def test_main_window_in_chinese(zh_window):
    titles = [action.text() for action in zh_window.menuBar().actions()]
    assert titles[0] == "文件(&F)"
    assert "编辑(&E)" in titles and "帮助(&H)" in titles
    assert QCoreApplication.translate("Lanes", "Customer actions") == "顾客行为"


def test_window_category_box_in_chinese(zh_window):
    box = zh_window.docks["properties"].category_box
    items = [box.itemText(i) for i in range(box.count())]
    assert "IT 系统" in items and "合作伙伴" in items


def test_other_tests_stay_english(window):  # noqa: F811 (fixture)
    """The translators were removed: a window made afterwards is English again."""
    assert window.menuBar().actions()[0].text() == "&File"
    assert labels.lane_title(Lane.CUSTOMER) == "Customer actions"


def test_toolbar_buttons_drop_the_chinese_accelerator_suffix(zh_window):
    toolbar = zh_window.toolbars[0]
    new = toolbar.widgetForAction(zh_window.actions_.new)
    assert new.text() == "新建"
    assert zh_window.actions_.new.text() == "新建(&N)"  # the menu keeps it
    undo = toolbar.widgetForAction(zh_window.undo_action)
    assert "(U)" not in undo.text() and undo.text().startswith("撤销")
