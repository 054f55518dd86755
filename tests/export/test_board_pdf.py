"""The governance handout (`export SOURCE... OUT.pdf --portfolio`)."""
from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from blueprint_app.cli import main

PORTFOLIO = Path(__file__).resolve().parents[2] / "examples" / "portfolio"
FILES = sorted(str(p) for p in PORTFOLIO.glob("*.json"))


def test_page_one_ranks_the_resources_as_the_portfolio_does(tmp_path, capsys):
    out = tmp_path / "board.pdf"
    assert main(["export", *FILES, str(out), "--portfolio"]) == 0
    assert main(["portfolio", *FILES, "--json"]) == 0
    ranked = [r["label"] for r in json.loads(capsys.readouterr().out.split("\n", 1)[1])["resources"]]
    pages = [page.extract_text() for page in PdfReader(out).pages]
    first = " ".join(pages[0].split())
    positions = [first.find(f"{i}. {label}") for i, label in enumerate(ranked[:4], 1)]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    assert "failed visits per period" in first
    assert "(s)" not in first and "across 3 journeys:" in first   # words, not "journey(s)"
    assert len(pages) == 2 + len(FILES)      # page 1, departments, one page per journey
    assert "Logistics - carrier management" in " ".join(pages[1].split())
    assert "Return and refund" in " ".join(pages[2:])


def test_chinese_wording_and_bad_usage(tmp_path, capsys):
    out = tmp_path / "board.pdf"
    assert main(["export", *FILES, str(out), "--portfolio", "--language", "zh_CN"]) == 0
    assert "优先修复" in PdfReader(out).pages[0].extract_text()
    capsys.readouterr()
    assert main(["export", FILES[0], str(tmp_path / "board.txt"), "--portfolio"]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert not (tmp_path / "board.txt").exists()
