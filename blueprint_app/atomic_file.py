"""Replace a file only whole (DESIGN.md, "Traps verified: SQLite"). Every writer of user
files uses this one module: the document store, JSON/GraphML, PDF and PNG/SVG exports.

The new content is written to a temporary file in the same folder (so ``os.replace`` is a
rename on one file system), flushed to disk, renamed over the target, and the folder is
flushed so the rename itself survives a power loss. At every moment the target holds either
the old or the new content; on any error the temporary file is removed.

- A symbolic link is followed: the file it points to is replaced and the link stays.
- A read-only target (no write permission bit) is refused with ``ReadOnlyTargetError``,
  even for root, instead of being silently replaced.
- ``database=True`` (the document store): the SQLite side files of the old file
  (``-journal``, ``-wal``, ``-shm``) are removed just before the rename and again after it,
  so the new file never meets a side file of the old one.
- Temporary files are named ``.NAME.PID-RANDOM.tmp``; ``remove_stale_temps`` removes those
  left by a crash once their process is gone.
- Error messages name the user's file, never the hidden temporary one.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Callable

# Files SQLite may leave beside a database while writing it.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
STALE_TEMP_SECONDS = 60   # a temp of a dead process older than this is a crash leftover
ABANDONED_TEMP_SECONDS = 24 * 3600  # any temp older than this (other host, old naming)


class ReadOnlyTargetError(PermissionError):
    """The file to replace is read-only; it was left as it was."""

    def __init__(self, path: Path):
        super().__init__(13, "the file is read-only (use Save As, or make it writable)",
                         str(path))


def resolve_target(path: str | os.PathLike) -> Path:
    """The file a write to ``path`` must replace: the end of a chain of links."""
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def check_writable(target: Path) -> None:
    """ReadOnlyTargetError when ``target`` exists and has no write permission."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode) and (not info.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise ReadOnlyTargetError(target)


def atomic_write(path: str | os.PathLike, write: Callable[[str], None], *,
                 database: bool = False) -> None:
    """Call ``write(temp_path)`` to produce the new file, then put it in place of ``path``."""
    target = resolve_target(path)
    check_writable(target)
    folder = target.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp",
                                    dir=folder)
    except OSError as exc:
        raise _named(exc, target) from None
    os.close(fd)
    try:
        write(temp)
        _copy_mode(target, temp)
        fsync_file(temp)
        if database:
            remove_side_files(target)
        os.replace(temp, target)
        if database:
            remove_side_files(target)
    except OSError as exc:
        _remove_quietly(temp)
        raise _named(exc, target, temp) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    finally:
        for suffix in _SIDE_SUFFIXES:
            _remove_quietly(temp + suffix)
    fsync_folder(folder)


def _named(exc: OSError, target: Path, temp: str | None = None) -> OSError:
    """The same error, naming the user's file instead of the temporary one."""
    if isinstance(exc, ReadOnlyTargetError) or exc.filename not in (None, temp):
        return exc
    return type(exc)(exc.errno, exc.strerror or str(exc), str(target))


def remove_side_files(target: Path) -> None:
    for suffix in _SIDE_SUFFIXES:
        _remove_quietly(f"{target}{suffix}")


def fsync_file(path: str | os.PathLike) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename durable. Not every platform can open a folder (Windows cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_mode(target: Path, temp: str) -> None:
    """Keep the permissions of the file we replace; a new file gets the usual umask ones
    (mkstemp creates 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """``atomic_write`` for content already in memory."""
    atomic_write(path, lambda temp: Path(temp).write_bytes(data))


# ----- crash leftovers -----------------------------------------------------------------------
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]+\.tmp"
                        r"(?:-journal|-wal|-shm)?$")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def remove_stale_temps_in(folder: str | os.PathLike, *, now: float | None = None) -> list[Path]:
    """``remove_stale_temps`` for every file of a folder that has temporaries."""
    try:
        names = {m["name"] for m in map(_TEMP_NAME.match, os.listdir(folder)) if m}
    except OSError:
        return []
    return [p for name in sorted(names) for p in remove_stale_temps(Path(folder) / name, now=now)]


def remove_stale_temps(path: str | os.PathLike, *, now: float | None = None) -> list[Path]:
    """Remove the temporary copies of ``path`` that crashed writers left behind.

    A temp is stale when its process (pid in its name) is gone and it is older than
    STALE_TEMP_SECONDS, or in any case older than ABANDONED_TEMP_SECONDS (a writer on
    another machine sharing the folder, or a name without pid). A live writer's temp is
    never touched; only regular files are removed. Returns what was removed."""
    target = resolve_target(path)
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match or match["name"] != target.name:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        age = now - info.st_mtime
        pid = int(match["pid"]) if match["pid"] else None
        dead = pid is not None and pid != os.getpid() and not _pid_alive(pid)
        if (dead and age > STALE_TEMP_SECONDS) or age > ABANDONED_TEMP_SECONDS:
            try:
                os.remove(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed
