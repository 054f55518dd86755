import re
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def squash(text: str) -> str:
    """Text without whitespace: wrapped lines and CJK per-character breaks compare equal."""
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out.pdf"
