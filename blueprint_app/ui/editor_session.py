"""One open document in one window: blueprint, file, undo stack, lock, autosave.

Keeps the window free of file logic. "Modified" has one owner, the undo stack's clean state:
saving sets it clean; work that is not in the file without any undo step (a restored
recovery copy, a file upgraded from an older layout) leaves the clean state with
``resetClean()``, so no undo can reach "saved" again. The title bar, the close prompt and
autosave all read ``is_modified()``.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..atomic_file import remove_stale_temps
from ..model import Blueprint
from ..model import events as ev
from ..store import Document
from ..store.lockfile import DocumentLock, LockInfo, locked_by_other
from ..store.recovery import RecoverySlot

DEFAULT_AUTOSAVE_SECONDS = 60


class OpenError(Exception):
    """A file could not be opened; the message names the file and the reason."""


class TargetLockedError(Exception):
    """Save As chose a file that someone (another instance or window) has open."""

    def __init__(self, path: Path, owner: LockInfo):
        super().__init__(f"{path.name} is open in {owner.describe()}; it was not overwritten. "
                         "Choose another name, or close it there first.")
        self.path, self.owner = path, owner


def file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


class EditorSession(QObject):
    modified_changed = Signal(bool)
    title_changed = Signal()
    blueprint_replaced = Signal()
    autosaved = Signal(str)

    def __init__(self, parent: QObject | None = None, autosave_seconds: int = DEFAULT_AUTOSAVE_SECONDS):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        # The default name in the interface's language ("未命名蓝图").
        self.document = Document(Blueprint(self.tr("Untitled blueprint")))
        self.read_only = False
        self.locked_by: LockInfo | None = None
        self._lock: DocumentLock | None = None
        self._disk_stamp: tuple[int, int] | None = None
        self._recovery = RecoverySlot()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.timeout.connect(self.write_recovery_copy)
        self.set_autosave_seconds(autosave_seconds)
        self._changed_handle: int | None = None
        self._snapshot: Blueprint | None = None
        self._watch(self.document.blueprint)

    # ----- state ------------------------------------------------------------------------
    @property
    def blueprint(self) -> Blueprint:
        return self.document.blueprint

    @property
    def path(self) -> Path | None:
        return Path(self.document.path) if self.document.path else None

    def snapshot(self) -> Blueprint:
        """A copy of the blueprint for worker threads, shared by every dock until the next
        change (one copy per edit, not one per dock)."""
        if self._snapshot is None:
            self._snapshot = self.blueprint.snapshot()
        return self._snapshot

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def is_pristine(self) -> bool:
        """Untitled, unmodified and empty: may be replaced by an opened document."""
        return self.path is None and not self.is_modified() and len(self.blueprint) == 0

    def display_name(self) -> str:
        return self.path.name if self.path else self.blueprint.name

    def set_autosave_seconds(self, seconds: int) -> None:
        self._autosave_timer.setInterval(max(1, int(seconds)) * 1000)

    # ----- opening ------------------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Open a .blueprint or import a .json; raises OpenError and keeps the current one."""
        from ..interchange.json_format import InterchangeError, read_json
        from ..store import DocumentError

        path = Path(path)
        try:
            if path.suffix.lower() == ".json":
                document = Document(read_json(path))
            else:
                document = Document.open(path)
        except (DocumentError, InterchangeError, OSError) as exc:
            raise OpenError(str(exc)) from None
        self._replace(document, unsaved=document.upgraded)
        if document.path:
            self._take_lock(Path(document.path))
            if not self.read_only:
                remove_stale_temps(document.path)  # copies left by a crashed save

    def adopt(self, blueprint: Blueprint, *, unsaved: bool = False, path: Path | None = None) -> None:
        """Show an in-memory blueprint (new from example, restored recovery copy)."""
        self._replace(Document(blueprint, path), unsaved=unsaved)
        if path:
            self._take_lock(path)
        if unsaved:  # restored work gets its own recovery copy at once: a second crash keeps it
            self.write_recovery_copy()

    def _replace(self, document: Document, unsaved: bool = False) -> None:
        self._release()
        self._unwatch()
        self.document.close()
        self.document = document
        self._snapshot = None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        if unsaved:  # differs from the file without an undo step: never clean until saved
            self.undo_stack.resetClean()
        self._disk_stamp = file_stamp(Path(document.path)) if document.path else None
        self._watch(document.blueprint)
        self.blueprint_replaced.emit()
        self.title_changed.emit()
        self.modified_changed.emit(self.is_modified())

    def take_over_lock(self) -> None:
        """Take the lock someone else holds (the user was told whose it is and chose to)."""
        if self.path is None or not self.read_only:
            return
        self._lock = DocumentLock(self.path)
        self._lock.take_over()
        self.locked_by, self.read_only = None, False
        self.title_changed.emit()

    def _take_lock(self, path: Path) -> None:
        self._lock = DocumentLock(path)
        self.locked_by = self._lock.acquire()
        self.read_only = self.locked_by is not None
        if self.read_only:
            self._lock = None
        self.title_changed.emit()

    # ----- saving -------------------------------------------------------------------------
    def changed_on_disk(self) -> bool:
        """True when the file was changed by someone else since we opened or saved it."""
        return self.path is not None and file_stamp(self.path) != self._disk_stamp

    def save(self, path: Path | None = None) -> None:
        """Save (to ``path`` for Save As). Raises DocumentError/OSError; state kept on failure."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name: use Save As")
        if target.suffix.lower() != ".blueprint":
            target = target.with_suffix(".blueprint")
        same_file = self.path is not None and target.resolve() == self.path.resolve()
        if not same_file:
            owner = locked_by_other(target, self._lock)
            if owner is not None:
                raise TargetLockedError(target, owner)
        self.document.save(target)
        if not same_file:
            self._release()
            self._take_lock(target)
        self._disk_stamp = file_stamp(target)
        self.undo_stack.setClean()
        self._recovery.discard()
        self.title_changed.emit()
        self.modified_changed.emit(False)

    # ----- autosave to the recovery folder ------------------------------------------------------
    def write_recovery_copy(self) -> None:
        if not self.is_modified():
            return
        try:
            written = self._recovery.write(self.blueprint, self.path)
        except Exception as exc:  # autosave must never take the editor down
            self.autosaved.emit(self.tr("Autosave failed: %1").replace("%1", str(exc)))
            return
        self.autosaved.emit(str(written))

    def _on_changed(self) -> None:
        self._snapshot = None
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def _watch(self, blueprint: Blueprint) -> None:
        self._changed_handle = blueprint.events.subscribe(ev.CHANGED, self._on_changed)

    def _unwatch(self) -> None:
        if self._changed_handle is not None:
            self.blueprint.events.unsubscribe(self._changed_handle)
            self._changed_handle = None

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        if clean:
            self._autosave_timer.stop()
            self._recovery.discard()
        self.modified_changed.emit(self.is_modified())

    # ----- closing ------------------------------------------------------------------------
    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.locked_by = None
        self.read_only = False

    def terminate(self) -> None:
        """The program is being stopped (SIGTERM, SIGINT): keep unsaved work as a recovery
        copy that the next start offers back, and remove the lock beside the file."""
        self._autosave_timer.stop()
        self.write_recovery_copy()
        self._release()
        self._unwatch()
        self.document.close()

    def close(self) -> None:
        """Called when the window closes for good (after the user chose save or discard)."""
        self._autosave_timer.stop()
        self._recovery.discard()
        self._release()
        self._unwatch()
        self.document.close()
