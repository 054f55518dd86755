"""Lock files that tell a second instance a document is already open.

The lock lies beside the document as ``.~lock.<name>#`` (the convention office suites use)
and holds JSON: user, host, pid, the process's start time and the time it was taken.

- It is created atomically and never through a link (``O_CREAT | O_EXCL | O_NOFOLLOW``):
  of two processes opening one document at the same moment exactly one gets it, and a
  planted symbolic link is never followed (it is removed, never written through).
- A lock from this host whose process is gone, or whose pid now belongs to a younger
  process (the pid was reused), is stale and taken over by itself.
- A lock from another host, or one we cannot judge, is shown with its owner; the user may
  then take it over (``DocumentLock.take_over``) when sure it is no longer in use.
"""
from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
UNREADABLE_GRACE_SECONDS = 10  # a lock being written by its owner may look empty for a moment


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    started: str = ""       # the owner process's start time (see process_started)

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"

    @property
    def other_host(self) -> bool:
        return self.host != socket.gethostname()


def lock_path(document: Path) -> Path:
    document = Path(document)
    return document.with_name(f".~lock.{document.name}#")


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def process_started(pid: int) -> str:
    """The start time of a process (clock ticks since boot, with the boot id) on Linux, ""
    where that cannot be read. Two processes that share a pid differ here."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
        ticks = stat.rsplit(")", 1)[1].split()[19]
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
        return f"{boot}:{ticks}"
    except (OSError, IndexError, ValueError):
        return ""


def owner_gone(pid: int, started: str) -> bool:
    """True when the process that wrote (pid, started) on this host no longer runs."""
    if not process_alive(pid):
        return True
    return bool(started) and process_started(pid) not in ("", started)


def _read_info(path: Path) -> LockInfo | None:
    """The lock's content, or None when it is missing, a link, not ours or unreadable."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            data = json.loads(handle.read(65536).decode("utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data["since"]), str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(path: Path, info: LockInfo | None) -> bool:
    """Whether a lock may be taken over without asking."""
    if info is None:  # a link, garbage, or a lock still being written
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return True
        if not os.path.isfile(path) or os.path.islink(path):
            return True   # a planted link or special file: never ours
        return time.time() - st.st_mtime > UNREADABLE_GRACE_SECONDS
    if info.other_host:
        return False
    if info.pid == os.getpid() and info.started in ("", _SELF_STARTED):
        return True  # ours but not held (see _HELD_HERE): left by an earlier window
    return owner_gone(info.pid, info.started)


def read_lock(document: Path) -> LockInfo | None:
    """The lock's owner, or None when there is no lock or it is stale."""
    path = lock_path(document)
    if not os.path.lexists(path):
        return None
    info = _read_info(path)
    if _is_stale(path, info):
        return None
    if info is None:
        return LockInfo("unknown", "unknown", 0, "a moment ago")
    if not info.other_host and info.pid == os.getpid():
        return None
    return info


# Documents this process holds open for writing (resolved paths): a second window of the same
# process is "another owner" too, and must not take or release the same lock.
_HELD_HERE: dict[Path, "DocumentLock"] = {}
_SELF_STARTED = process_started(os.getpid())


def locked_by_other(document: Path, holder: "DocumentLock | None" = None) -> LockInfo | None:
    """Who else has ``document`` open for writing: another process (its lock file), or another
    window of this process; None when it is free (or held by ``holder`` itself)."""
    key = Path(document).resolve()
    here = _HELD_HERE.get(key)
    if here is not None and here is not holder:
        return LockInfo(_user(), socket.gethostname(), os.getpid(), here.since, _SELF_STARTED)
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
        key = self.document.resolve()
        here = _HELD_HERE.get(key)
        if here is not None and here is not self:
            return locked_by_other(self.document, self)
        for _ in range(3):
            if self._create():
                _HELD_HERE[key] = self
                return None
            info = _read_info(self.path)
            if not _is_stale(self.path, info):
                break
            self._remove_stale(info)
        return read_lock(self.document) or LockInfo("unknown", "unknown", 0, "a moment ago")

    def take_over(self) -> None:
        """Take the lock whoever holds it (after the user was told whose it is)."""
        self._remove_stale(_read_info(self.path), force=True)
        self.acquire()

    def _create(self) -> bool:
        """Create the lock file atomically; False when one exists already."""
        self.since = dt.datetime.now().isoformat(timespec="seconds")
        data = json.dumps({"user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
                           "started": _SELF_STARTED, "since": self.since}).encode("utf-8")
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return False
            self.held = False  # read-only folder: work without a lock
            return True
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.held = True
        return True

    def _remove_stale(self, judged: LockInfo | None, force: bool = False) -> None:
        """Remove the lock we judged stale, and only that one: it is first renamed to a
        private name, so a fresh lock another process created meanwhile is put back."""
        aside = self.path.with_name(f"{self.path.name}.{uuid.uuid4().hex}.stale")
        try:
            os.rename(self.path, aside)
        except OSError:
            return
        if not force and not os.path.islink(aside) and _read_info(aside) != judged:
            try:
                os.link(aside, self.path, follow_symlinks=False)  # a fresh lock: give it back
            except OSError:
                pass
        try:
            os.unlink(aside)
        except OSError:
            pass

    def release(self) -> None:
        key = self.document.resolve()
        if _HELD_HERE.get(key) is self:
            del _HELD_HERE[key]
        if self.held:
            info = _read_info(self.path)
            if info is not None and info.pid == os.getpid() and info.since == self.since:
                try:  # only our own lock: a user may have taken it over meanwhile
                    self.path.unlink()
                except OSError:
                    pass
            self.held = False


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"
