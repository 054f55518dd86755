"""Refresh the Qt translation files: extract every user-facing string with pyside6-lupdate,
keep the translations already made, and compile .qm files with pyside6-lrelease.

    .venv/bin/python packaging/update_translations.py [--check]

Our modules translate through a module-level ``tr(text)`` that calls
``QCoreApplication.translate("<Context>", text)``. lupdate cannot see that context (it files
those strings under the empty context), so this script moves each such message to the context
its module's ``tr`` uses at run time. ``--check`` exits 1 when a language has strings without
a translation.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "blueprint_app" / "resources" / "translations"
LANGUAGES = ("zh_CN",)
BIN = Path(sys.executable).parent
CONTEXT_RE = re.compile(r'def tr\(text[^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\("([^"]+)", text\)')


IMPORT_RE = re.compile(r'^from (\.+)([\w.]*) import (?:\(([^)]*)\)|(.*))$', re.M)


def module_context(path: Path) -> str | None:
    """The context of the module's own tr(), or of the tr() it imports (``from .base import tr``)."""
    text = path.read_text(encoding="utf-8")
    match = CONTEXT_RE.search(text)
    if match:
        return match.group(1)
    for imported in IMPORT_RE.finditer(text):
        if "tr" not in re.findall(r"\w+", imported.group(3) or imported.group(4)):
            continue
        package = path.parent
        for _ in range(len(imported.group(1)) - 1):
            package = package.parent
        source = package.joinpath(*imported.group(2).split(".")).with_suffix(".py")
        if source != path and source.exists():
            return module_context(source)
    return None


def extract() -> ET.ElementTree:
    sources = sorted(str(p) for p in (ROOT / "blueprint_app").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                       check=True, capture_output=True)
        tree = ET.parse(ts)
        # lupdate writes locations relative to the temporary file: make them relative to ours
        for location in tree.getroot().iter("location"):
            path = (Path(tmp) / location.get("filename")).resolve()
            location.set("filename", os.path.relpath(path, TRANSLATIONS))
        return tree


def regroup(tree: ET.ElementTree) -> dict[str, dict[str, ET.Element]]:
    """{context: {source: message element}}, with module-level tr() strings in their context."""
    contexts: dict[str, dict[str, ET.Element]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            if name:
                contexts.setdefault(name, {}).setdefault(source, message)
                continue
            # lupdate merges one text used by modules with different tr() contexts: split it
            for location in message.findall("location"):
                path = (TRANSLATIONS / location.get("filename")).resolve()
                target = (module_context(path) if path.exists() else None) or ""
                copy = contexts.setdefault(target, {}).setdefault(source, ET.Element("message"))
                copy.append(location)
    return contexts


def existing_translations(ts: Path) -> dict[tuple[str, str], str]:
    if not ts.exists():
        return {}
    known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            if text:
                known[(name, message.findtext("source"))] = text
    return known


def write_ts(contexts, language: str, ts: Path) -> int:
    known = existing_translations(ts)
    root = ET.Element("TS", version="2.1", language=language)
    missing = 0
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, original in sorted(contexts[name].items()):
            message = ET.SubElement(context, "message")
            for location in original.findall("location"):
                ET.SubElement(message, "location", filename=location.get("filename"),
                              line=location.get("line"))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = known.get((name, source))
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    contexts = regroup(extract())
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"blueprint_app_{language}.ts"
        missing = write_ts(contexts, language, ts)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
        total = sum(len(v) for v in contexts.values())
        print(f"{language}: {total} strings, {missing} without translation")
        if missing and "--check" in argv:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
