"""Bad options are refused before anything is written; writing is atomic."""
from __future__ import annotations

import pytest

from blueprint_app.cli import main
from blueprint_app.export import PdfOptions, PdfOptionsError, export_pdf
from blueprint_app.export import pdf as pdf_module
from blueprint_app.export.fonts import FontChain, choose_fonts
from blueprint_app.export.text import tokens, wrap

from .conftest import EXAMPLES
from .samples import order_blueprint


@pytest.mark.parametrize("kwargs", [
    {"paper": "B5"}, {"orientation": "sideways"}, {"mode": "poster"},
    {"sections": ("blueprint", "gossip")}, {"sections": ()},
    {"heat": {"s1": 1.5}}, {"heat": {"s1": float("nan")}},
])
def test_bad_options_are_refused(kwargs):
    with pytest.raises(PdfOptionsError):
        PdfOptions(**kwargs)


def test_options_are_normalised():
    options = PdfOptions(paper="a4", sections=("summary", "blueprint"))
    assert options.paper == "A4"
    assert options.sections == ("blueprint", "summary")
    assert options.page_size[0] > options.page_size[1]


@pytest.mark.skipif(not EXAMPLES, reason="no examples")
@pytest.mark.parametrize("extra", [["--fit", "--tile"], ["--paper", "B5"],
                                   ["--sections", "blueprint,gossip"],
                                   ["--orientation", "upside-down"]])
def test_cli_refuses_bad_options_with_exit_2(tmp_path, capsys, extra):
    target = tmp_path / "out.pdf"
    assert main(["export", str(EXAMPLES[0]), str(target), *extra]) == 2
    assert not target.exists()
    assert "blueprint-app export:" in capsys.readouterr().err


@pytest.mark.skipif(not EXAMPLES, reason="no examples")
def test_cli_writes_pdf_and_prints_warnings(tmp_path, capsys):
    target = tmp_path / "out.pdf"
    assert main(["export", str(EXAMPLES[0]), str(target), "--paper", "a4", "--tile",
                 "--heat", "--sections", "blueprint,summary"]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    target.unlink()
    assert main(["export", str(EXAMPLES[0]), str(target), "--paper", "A4",
                 "--orientation", "portrait"]) == 0
    assert "warning:" in capsys.readouterr().err   # a 5-stage map on A4 portrait is tiny


def test_failure_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(pdf_module, "_build", broken)
    with pytest.raises(RuntimeError):
        export_pdf(order_blueprint(), target, PdfOptions())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OSError, match="cannot write"):
        export_pdf(order_blueprint(), tmp_path / "no" / "out.pdf")


def test_unusable_font_files_are_skipped(tmp_path):
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"not a font")
    fonts = choose_fonts("步骤12 Backstage", (str(fake), "/no/such.ttf",
                                              "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#0"))
    if not fonts.embedded:
        pytest.skip("fonts-wqy-microhei is not installed")
    assert fonts.regular.names == ("BP-wqy-microhei-0",)


def test_font_chain_splits_runs():
    chain = FontChain(("Latin", "Cjk"), (frozenset(map(ord, "Backstage12")), None))
    assert chain.runs("步骤12 Backstage") == [("Cjk", "步骤"), ("Latin", "12 Backstage")]


def test_wrapping_breaks_cjk_per_character_and_latin_per_word():
    assert tokens("步骤12 Backstage。") == ["步", "骤", "12", " ", "Backstage。"]
    chain = choose_fonts("订单确认系统 Order management").regular
    lines = wrap("订单确认系统 Order management", chain, 10, 45)
    assert all(chain.width(line, 10) <= 45 for line in lines)
    assert "Order" in lines and "management" not in "".join(lines[:-1]).split()
    assert "".join(lines).replace(" ", "") == "订单确认系统Ordermanagement"
