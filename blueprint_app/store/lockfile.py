"""Lock files that tell a second instance a document is already open.

The lock lies beside the document as ``.~lock.<name>#`` (the convention office suites use)
and holds JSON: user, host, pid and time. A lock from this host whose process is gone is
stale and may be taken over.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def lock_path(document: Path) -> Path:
    document = Path(document)
    return document.with_name(f".~lock.{document.name}#")


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(document: Path) -> LockInfo | None:
    """The lock's owner, or None when there is no lock or it is stale or unreadable."""
    path = lock_path(document)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if info.host == socket.gethostname() and not process_alive(info.pid):
        return None
    if info.host == socket.gethostname() and info.pid == os.getpid():
        return None
    return info


# Documents this process holds open for writing (resolved paths): a second window of the same
# process is "another owner" too, and must not take or release the same lock.
_HELD_HERE: dict[Path, "DocumentLock"] = {}


def locked_by_other(document: Path, holder: "DocumentLock | None" = None) -> LockInfo | None:
    """Who else has ``document`` open for writing: another process (its lock file), or another
    window of this process; None when it is free (or held by ``holder`` itself)."""
    key = Path(document).resolve()
    here = _HELD_HERE.get(key)
    if here is not None and here is not holder:
        return LockInfo(_user(), socket.gethostname(), os.getpid(), here.since)
    return read_lock(document)


class DocumentLock:
    """Holds the lock of one document while this process has it open for writing."""

    def __init__(self, document: Path):
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False
        self.since = ""

    def acquire(self) -> LockInfo | None:
        """Take the lock; returns the other owner instead when someone else holds it."""
        other = locked_by_other(self.document, self)
        if other is not None:
            return other
        self.since = dt.datetime.now().isoformat(timespec="seconds")
        _HELD_HERE[self.document.resolve()] = self
        info = {"user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
                "since": self.since}
        try:
            self.path.write_text(json.dumps(info), encoding="utf-8")
            self.held = True
        except OSError:
            self.held = False  # read-only folder: work without a lock
        return None

    def release(self) -> None:
        key = self.document.resolve()
        if _HELD_HERE.get(key) is self:
            del _HELD_HERE[key]
        if self.held:
            try:
                self.path.unlink()
            except OSError:
                pass
            self.held = False


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"
