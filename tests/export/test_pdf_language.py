"""The PDF's own words in English or Simplified Chinese (PdfOptions.language, --language)."""
from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET

import pypdf
import pytest

from blueprint_app.cli import main
from blueprint_app.export import PdfOptions, PdfOptionsError, export_pdf
from blueprint_app.export.tiling import TileGrid
from blueprint_app.export.wording import LANGUAGES, detect_language, wording
from blueprint_app.interchange.json_format import read_json
from blueprint_app.model import CATEGORY_TITLES, LANE_TITLES, SEPARATOR_LINES, Blueprint

from .conftest import ROOT, pdf_text, squash
from .samples import order_blueprint
from .test_pdf_content import _fonts_embedded

CHINESE = ROOT / "examples" / "handset-replacement-store.json"
ENGLISH = ROOT / "examples" / "online-order-delivery.json"
TS = ROOT / "blueprint_app" / "resources" / "translations" / "blueprint_app_zh_CN.ts"
EN, ZH = wording("en"), wording("zh_CN")
ENGLISH_WORDS = [*LANE_TITLES.values(), *(name for name, _, _ in SEPARATOR_LINES),
                 "What to fix first", "For the committee:", "Failure analysis per touchpoint",
                 "Page 1 of"]
CHINESE_WORDS = [*ZH.lanes.values(), *ZH.lines.values(), ZH("decision_title"),
                 ZH("summary_heading"), ZH("analysis_title"), ZH("commitments_title"),
                 ZH("perceptions_title"), ZH("fmea_title"), "第1页，共"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# ----- the tables ------------------------------------------------------------------------------
def test_both_languages_have_the_same_entries_and_placeholders():
    for table in ("lanes", "lines", "categories", "shapes", "quadrants", "statuses",
                  "severities", "orientations", "sections", "headers", "texts"):
        assert set(getattr(EN, table)) == set(getattr(ZH, table)), table
    for key, text in EN.texts.items():
        assert _fields(text) == _fields(ZH.texts[key]), key
    for key, header in EN.headers.items():
        assert len(header) == len(ZH.headers[key]), key
    assert not [t for t in ZH.all_text().splitlines() if not t.strip()]


def test_english_is_the_model_and_analysis_vocabulary():
    from blueprint_app.analysis.pareto import NO_CAUSE_LABEL
    from blueprint_app.analysis.perception import QUADRANT_TITLES
    assert dict(EN.lanes) == LANE_TITLES and dict(EN.categories) == CATEGORY_TITLES
    assert [EN.line(name) for name, _, _ in SEPARATOR_LINES] == [n for n, _, _ in SEPARATOR_LINES]
    assert dict(EN.quadrants) == QUADRANT_TITLES
    assert EN("no_cause") == NO_CAUSE_LABEL


def _ts_translations(context: str) -> dict[str, str]:
    for node in ET.parse(TS).getroot().iter("context"):
        if node.findtext("name") == context:
            return {m.findtext("source"): m.findtext("translation") for m in node.iter("message")}
    return {}


def test_chinese_terms_are_the_guis():
    lanes, categories = _ts_translations("Lanes"), _ts_translations("Categories")
    for lane, title in LANE_TITLES.items():
        assert ZH.lanes[lane] == lanes[title]
    for name, _, _ in SEPARATOR_LINES:
        assert ZH.line(name) == lanes[name]
    for category, title in CATEGORY_TITLES.items():
        assert ZH.categories[category] == categories[title]


def test_every_key_the_export_uses_exists():
    used, headers = set(), set()
    for path in (ROOT / "blueprint_app" / "export").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\b(?:w|words|info\.words)\(\s*\"(\w+)\"", source))
        headers |= set(re.findall(r"\.headers\[\"(\w+)\"\]", source))
    assert len(used) > 60 and len(headers) == len(EN.headers)
    assert used <= set(EN.texts) and headers <= set(EN.headers)


def test_language_option_is_checked_and_normalised():
    assert PdfOptions().language == "auto"
    assert PdfOptions(language="ZH-cn").language == "zh_CN"
    assert PdfOptions(language=" EN ").language == "en"
    for bad in ("fr", "", "chinese"):
        with pytest.raises(PdfOptionsError, match="language"):
            PdfOptions(language=bad)
    assert LANGUAGES == ("auto", "en", "zh_CN")


def test_auto_detection_counts_chinese_characters_against_latin_letters():
    assert detect_language(read_json(CHINESE)) == "zh_CN"
    for example in sorted((ROOT / "examples").glob("*.json")):
        if example != CHINESE:
            assert detect_language(read_json(example)) == "en", example.name
    assert detect_language(order_blueprint()) == "en"      # mixed, mostly Latin
    bp = Blueprint("ab")                                   # 2 letters, 2 characters: a tie
    bp.add_stage(id="s", name="下单")
    assert detect_language(bp) == "en"
    bp.add_node(id="c", lane="customer", label="App 下单", stage="s")  # 5 letters, 4 characters
    assert detect_language(bp) == "en"
    bp.add_node(id="d", lane="customer", label="付款", stage="s")
    assert detect_language(bp) == "zh_CN"
    assert wording("auto").language == "en" and wording("auto", bp).language == "zh_CN"


# ----- the printed PDF -------------------------------------------------------------------------
def _outline(path) -> list[str]:
    flat: list[str] = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else flat.append(item.title)
    walk(pypdf.PdfReader(str(path)).outline)
    return flat


@pytest.fixture(scope="module")
def chinese_pdf(tmp_path_factory):
    target = tmp_path_factory.mktemp("zh") / "handset.pdf"
    export_pdf(read_json(CHINESE), target, PdfOptions(auto_heat=True))
    return target


def test_chinese_example_prints_chinese_words(chinese_pdf):
    text = squash(pdf_text(chinese_pdf))
    for words in CHINESE_WORDS:
        assert squash(words) in text, words
    for words in ENGLISH_WORDS + ["Touchpoint (card", "Heat:", "Owners to call"]:
        assert squash(words) not in text, words
    pages = len(pypdf.PdfReader(str(chinese_pdf)).pages)
    assert f"共{pages}页" in text
    assert _fonts_embedded(chinese_pdf)


def test_chinese_outline_and_metadata(chinese_pdf):
    outline = _outline(chinese_pdf)
    for title in (ZH("decision_outline"), ZH("outline_blueprint"), ZH("summary_title"),
                  ZH("analysis_title"), ZH("commitments_outline")):
        assert title in outline
    # the example has no findings: the section is left out and named on page 1
    assert ZH("findings_title") not in outline
    assert squash(ZH("empty_findings")) in squash(pypdf.PdfReader(str(chinese_pdf)).pages[0].extract_text())
    meta = pypdf.PdfReader(str(chinese_pdf)).metadata
    assert meta.subject.startswith("服务蓝图“门店换机") and "委员会摘要" in meta.subject


def test_chinese_tiles_name_their_pages_in_chinese(tmp_path):
    target = tmp_path / "tiles.pdf"
    export_pdf(read_json(CHINESE), target, PdfOptions(mode="tile", paper="A4",
                                                      sections=("blueprint",)))
    reader = pypdf.PdfReader(str(target))
    count = len(reader.pages) - 1
    assert "拼接图" in squash(reader.pages[0].extract_text())
    last = squash(reader.pages[-1].extract_text())
    assert f"分块{TileGrid.label(0, 0)}·1/{count}" in squash(reader.pages[1].extract_text())
    assert f"{count}/{count}" in last and "Tile" not in last
    assert "分块A1" in squash(pdf_text(target))


def test_english_example_stays_english(tmp_path):
    target = tmp_path / "en.pdf"
    export_pdf(read_json(ENGLISH), target, PdfOptions())
    text = squash(pdf_text(target))
    for words in ENGLISH_WORDS:
        assert squash(words) in text, words
    assert not re.search(r"[\u4e00-\u9fff]", text)


def test_language_can_be_forced_either_way(tmp_path):
    forced_en, forced_zh = tmp_path / "en.pdf", tmp_path / "zh.pdf"
    export_pdf(read_json(CHINESE), forced_en, PdfOptions(language="en"))
    text = squash(pdf_text(forced_en))
    assert all(squash(w) in text for w in ENGLISH_WORDS)
    assert "顾客行为" not in text and "可视线" not in text
    export_pdf(order_blueprint(), forced_zh, PdfOptions(language="zh_CN"))
    text = squash(pdf_text(forced_zh))
    # this blueprint records no commitments, perceptions or FMEA: those are left out
    assert all(squash(w) in text for w in CHINESE_WORDS[:-4] + CHINESE_WORDS[-1:])
    assert squash(ZH("empty_commitments")) in text and squash(ZH("fmea_title")) not in text
    assert "步骤12Backstage" in text and "Lineofvisibility" not in text
    assert squash(ZH("pareto_title")) in text and "累计占比（折线）" in text
    assert _fonts_embedded(forced_zh)


# ----- command line ----------------------------------------------------------------------------
def test_cli_language_en_on_the_chinese_example(tmp_path):
    target = tmp_path / "out.pdf"
    assert main(["export", str(CHINESE), str(target), "--language", "en",
                 "--sections", "blueprint,summary"]) == 0
    text = squash(pdf_text(target))
    assert "Customeractions" in text and "Lineofvisibility" in text
    assert "Forthecommittee" in text and "顾客行为" not in text


def test_cli_language_zh_cn(tmp_path):
    target = tmp_path / "out.pdf"
    assert main(["export", str(ENGLISH), str(target), "--language", "zh_CN",
                 "--sections", "blueprint"]) == 0
    assert "顾客行为" in squash(pdf_text(target))


@pytest.mark.parametrize("value", ["fr", "chinese", ""])
def test_cli_bad_language_is_exit_2_and_writes_nothing(tmp_path, capsys, value):
    target = tmp_path / "out.pdf"
    assert main(["export", str(CHINESE), str(target), "--language", value]) == 2
    assert not target.exists()
    err = capsys.readouterr().err
    assert "blueprint-app export:" in err and "language" in err


def test_cli_language_is_refused_for_other_formats(tmp_path, capsys):
    target = tmp_path / "out.json"
    assert main(["export", str(CHINESE), str(target), "--language", "en"]) == 2
    assert not target.exists()
    assert "pdf" in capsys.readouterr().err.lower()
