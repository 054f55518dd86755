"""Recovery copies: autosaved state of unsaved work, kept in the application's data folder
(never beside the user's file), offered back after a crash.

Each entry is ``<key>.blueprint`` plus ``<key>.json`` (original path, pid, time). An entry
whose process is no longer running is an orphan left by a crash or kill.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from .lockfile import process_alive


def recovery_folder() -> Path:
    override = os.environ.get("BLUEPRINT_APP_DATA_DIR")
    base = Path(override) if override else Path(user_data_dir("blueprint-app", appauthor=False))
    folder = base / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    document: Path            # the recovery copy itself
    original: str | None      # the user's file, None for an untitled document
    name: str
    saved_at: str
    pid: int


class RecoverySlot:
    """The recovery copy of one open document."""

    def __init__(self) -> None:
        self.key = uuid.uuid4().hex

    def _paths(self) -> tuple[Path, Path]:
        folder = recovery_folder()
        return folder / f"{self.key}.blueprint", folder / f"{self.key}.json"

    def write(self, blueprint, original: Path | None) -> Path:
        from . import save_blueprint

        document, meta = self._paths()
        save_blueprint(blueprint, document)
        meta.write_text(json.dumps({
            "original": str(original) if original else None, "name": blueprint.name,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "pid": os.getpid(),
        }), encoding="utf-8")
        return document

    def discard(self) -> None:
        for path in self._paths():
            try:
                path.unlink()
            except FileNotFoundError:
                pass

    def exists(self) -> bool:
        return self._paths()[0].exists()


def orphaned_entries() -> list[RecoveryEntry]:
    """Recovery copies whose process has died: work to offer back."""
    entries = []
    for meta in sorted(recovery_folder().glob("*.json")):
        document = meta.with_suffix(".blueprint")
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            pid = int(data["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not document.exists() or process_alive(pid) and pid != 0:
            continue
        entries.append(RecoveryEntry(meta.stem, document, data.get("original"),
                                     str(data.get("name", "")), str(data.get("saved_at", "")), pid))
    return entries


def discard_entry(entry: RecoveryEntry) -> None:
    for path in (entry.document, entry.document.with_suffix(".json")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
