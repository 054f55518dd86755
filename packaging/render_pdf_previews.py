"""Export every example to PDF and render its first page to PNG (issue 5).

    .venv/bin/python packaging/render_pdf_previews.py [--out docs/images] [--tile] [--heat]

Writes OUT/pdf-<example>.pdf-page1.png (pdftoppm -r 60) and keeps the PDFs in a temporary
folder (or --keep DIR). Needs poppler-utils (pdftoppm). Look at the images: overlaps,
unreadable text and arrows through labels show up there first.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from blueprint_app.export import PdfOptions, export_pdf  # noqa: E402
from blueprint_app.interchange.json_format import read_json  # noqa: E402


def render(example: Path, out: Path, pdf_dir: Path, options: PdfOptions) -> Path:
    pdf = pdf_dir / f"{example.stem}.pdf"
    for warning in export_pdf(read_json(example), pdf, options):
        print(f"  {example.name}: warning: {warning}")
    stem = out / f"pdf-{example.stem}"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--keep", help="folder to keep the PDFs in")
    parser.add_argument("--tile", action="store_true")
    parser.add_argument("--heat", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    options = PdfOptions(mode="tile" if args.tile else "fit", auto_heat=args.heat)
    examples = sorted((ROOT / "examples").glob("*.json"))
    with tempfile.TemporaryDirectory() as tmp:
        pdf_dir = Path(args.keep) if args.keep else Path(tmp)
        pdf_dir.mkdir(parents=True, exist_ok=True)
        for example in examples:
            png = render(example, out, pdf_dir, options)
            print(f"{example.name} -> {png.relative_to(ROOT) if png.is_relative_to(ROOT) else png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
