"""Replace a file only whole (DESIGN.md, "Traps verified: SQLite"). Every writer of user
files uses this one module: the document store, JSON/GraphML, PDF and PNG/SVG exports.

The new content is written to a temporary file in the same folder (so ``os.replace`` is a
rename on one file system), flushed to disk, renamed over the target, and the folder is
flushed so the rename itself survives a power loss. At every moment the target holds either
the old or the new content; on any error the temporary file is removed.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

# Files SQLite may leave beside the temporary database while writing it.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def atomic_write(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call ``write(temp_path)`` to produce the new file, then put it in place of ``path``."""
    target = Path(path)
    folder = target.parent
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        write(temp)
        _copy_mode(target, temp)
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        _remove_quietly(temp)
        raise
    finally:
        for suffix in _SIDE_SUFFIXES:
            _remove_quietly(temp + suffix)
    fsync_folder(folder)


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
