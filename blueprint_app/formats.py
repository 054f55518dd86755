"""The registry of file formats a blueprint is written to: suffix, name (as the Export
dialog lists it), writer, and the options the writer takes. The command line's ``export``
and the GUI's Export dialog both dispatch through ``write``; adding a format is one row.

Writers are named "module:function" so this table imports nothing (the PNG/SVG writers
need Qt; the JSON, GraphML and PDF writers do not)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


@dataclass(frozen=True)
class FileFormat:
    suffix: str
    name: str                 # the file dialog's filter text (context "FileDialogs")
    writer: str               # "module:function", called as function(bp, path, **options)
    options: tuple[str, ...] = ()   # keyword options the writer takes
    in_export_dialog: bool = True   # PDF has its own dialog

    def write(self, bp, path, **options):
        module, function = self.writer.split(":")
        chosen = {k: v for k, v in options.items() if k in self.options and v is not None}
        return getattr(importlib.import_module(module, __package__), function)(bp, path, **chosen)


FORMATS: tuple[FileFormat, ...] = (
    FileFormat(".json", QT_TRANSLATE_NOOP("FileDialogs", "JSON interchange (*.json)"),
               ".interchange.json_format:write_json"),
    FileFormat(".graphml", QT_TRANSLATE_NOOP("FileDialogs", "GraphML for yEd / Gephi (*.graphml)"),
               ".interchange.graphml:write_graphml"),
    FileFormat(".pdf", QT_TRANSLATE_NOOP("FileDialogs", "PDF handout (*.pdf)"),
               ".export.pdf:export_pdf", ("options", "full_lists"), in_export_dialog=False),
    FileFormat(".png", QT_TRANSLATE_NOOP("FileDialogs", "PNG image (*.png)"),
               ".canvas.render:render_png", ("scale",)),
    FileFormat(".svg", QT_TRANSLATE_NOOP("FileDialogs", "SVG drawing (*.svg)"),
               ".canvas.render:render_svg"),
    FileFormat(".xlsx", QT_TRANSLATE_NOOP("FileDialogs", "Excel workbook (*.xlsx)"),
               ".interchange.spreadsheet_write:write_workbook"),
)
BY_SUFFIX = {f.suffix: f for f in FORMATS}


def format_for(path) -> FileFormat | None:
    return BY_SUFFIX.get(Path(path).suffix.lower())
