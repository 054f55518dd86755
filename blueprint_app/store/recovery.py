"""Recovery copies: autosaved state of unsaved work, kept in the application's data folder
(never beside the user's file), offered back after a crash.

Each entry is ``<key>.blueprint`` plus ``<key>.json`` (original path, pid, process start
time, time). The key starts with the writer's pid (``<pid>-<random>``), so a copy whose
metadata is missing or damaged is still found, and still known to belong to a live process
or not. Both files are written atomically (temp file, fsync, rename): a kill at any moment
leaves the previous copy or the new one, whole. An entry whose process is no longer running
is an orphan left by a crash or kill.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from ..atomic_file import remove_stale_temps_in, write_bytes_atomic
from .lockfile import owner_gone, process_started


def data_folder(name: str) -> Path:
    """A folder of the application's own data (recovery copies, working copies), created if
    missing; BLUEPRINT_APP_DATA_DIR overrides the platform's place (tests, portable use)."""
    override = os.environ.get("BLUEPRINT_APP_DATA_DIR")
    base = Path(override) if override else Path(user_data_dir("blueprint-app", appauthor=False))
    folder = base / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_folder() -> Path:
    return data_folder("recovery")


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
        self.key = f"{os.getpid()}-{uuid.uuid4().hex}"

    def _paths(self) -> tuple[Path, Path]:
        folder = recovery_folder()
        return folder / f"{self.key}.blueprint", folder / f"{self.key}.json"

    def write(self, blueprint, original: Path | None) -> Path:
        from . import save_blueprint

        document, meta = self._paths()
        save_blueprint(blueprint, document)
        write_bytes_atomic(meta, json.dumps({
            "original": str(original) if original else None, "name": blueprint.name,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "pid": os.getpid(),
            "started": process_started(os.getpid()),
        }, ensure_ascii=False).encode("utf-8", "backslashreplace"))
        return document

    def discard(self) -> None:
        for path in self._paths():
            try:
                path.unlink()
            except FileNotFoundError:
                pass

    def exists(self) -> bool:
        return self._paths()[0].exists()


def _pid_of_key(key: str) -> int | None:
    head = key.split("-", 1)[0]
    return int(head) if head.isdigit() and "-" in key else None


def _read_meta(meta: Path) -> dict:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def orphaned_entries() -> list[RecoveryEntry]:
    """Recovery copies whose process has died: work to offer back. Found by their
    ``.blueprint`` file; metadata that is missing or damaged only loses the file name."""
    entries = []
    folder = recovery_folder()
    for document in sorted(folder.glob("*.blueprint")):
        key = document.stem
        data = _read_meta(document.with_suffix(".json"))
        pid = data.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            pid = _pid_of_key(key)
        started = data.get("started") if isinstance(data.get("started"), str) else ""
        if pid is not None and pid != 0 and not owner_gone(pid, started):
            continue
        original = data.get("original") if isinstance(data.get("original"), str) else None
        saved_at = data.get("saved_at")
        if not isinstance(saved_at, str):
            saved_at = dt.datetime.fromtimestamp(document.stat().st_mtime).isoformat(
                timespec="seconds")
        entries.append(RecoveryEntry(key, document, original, str(data.get("name", "")),
                                     saved_at, pid or 0))
    return entries


def remove_crash_leftovers() -> list[Path]:
    """Temporary files of recovery copies whose writer died, and metadata without a copy."""
    folder = recovery_folder()
    removed = remove_stale_temps_in(folder)
    for meta in folder.glob("*.json"):
        pid = _pid_of_key(meta.stem)
        if not meta.with_suffix(".blueprint").exists() and (pid is None or owner_gone(pid, "")):
            meta.unlink(missing_ok=True)
            removed.append(meta)
    return removed


def discard_entry(entry: RecoveryEntry) -> None:
    for path in (entry.document, entry.document.with_suffix(".json")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
