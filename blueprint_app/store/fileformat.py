"""Recognising, reading and writing the SQLite container of a `.blueprint` file.

Opening never writes: the header is checked from the raw bytes first, then SQLite opens the
file read-only (``mode=ro``) only to copy it into memory, where migrations and reading
happen. A file we refuse is therefore left exactly as it was.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import DocumentError
from .tables import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_A_DOCUMENT = "not a blueprint document"


def read_header(path: str | os.PathLike) -> tuple[bytes, int]:
    """The first 100 bytes of the file and its size; DocumentError if unreadable."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            return handle.read(HEADER_SIZE), size
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a folder, not a blueprint document") from None
    except OSError as exc:
        raise DocumentError(path, f"cannot read the file ({exc.strerror or exc})") from None


def _field(header: bytes, offset: int, size: int = 4, signed: bool = True) -> int:
    return int.from_bytes(header[offset:offset + size], "big", signed=signed)


def check_header(path: str | os.PathLike, header: bytes, size: int) -> int:
    """Refuse anything but a blueprint document this program can read; returns its
    schema version (PRAGMA user_version)."""
    if size == 0:
        raise DocumentError(path, f"{NOT_A_DOCUMENT} (the file is empty)")
    if not header.startswith(SQLITE_MAGIC):
        raise DocumentError(path, f"{NOT_A_DOCUMENT} (not an SQLite database{_guess(header)})")
    if len(header) < HEADER_SIZE:
        raise DocumentError(path, f"damaged document: the file is truncated ({size} bytes)")
    app_id = _field(header, 68)
    if app_id != APPLICATION_ID:
        owner = ("an SQLite database without an application id" if app_id == 0
                 else f"an SQLite database of another application (application id {app_id & 0xFFFFFFFF:#010x})")
        raise DocumentError(path, f"{NOT_A_DOCUMENT}: {owner}")
    version = _field(header, 60)
    if version > SCHEMA_VERSION:
        raise DocumentError(path, f"written by a newer version of the program (schema version "
                                  f"{version}; this program reads up to version {SCHEMA_VERSION})")
    if version < 0:
        raise DocumentError(path, f"damaged document: unknown schema version {version}")
    _check_length(path, header, size)
    return version


def _check_length(path: str | os.PathLike, header: bytes, size: int) -> None:
    """The header states the page count (when its 'valid-for' counter matches); a shorter
    file lost its tail."""
    page_size = _field(header, 16, 2, signed=False)
    page_size = 65536 if page_size == 1 else page_size
    pages = _field(header, 28, signed=False)
    valid = pages > 0 and _field(header, 92) == _field(header, 24)
    if valid and size < pages * page_size:
        raise DocumentError(path, f"damaged document: the file is truncated ({size} bytes, "
                                  f"expected {pages * page_size})")


def _guess(header: bytes) -> str:
    stripped = header.lstrip()
    if stripped.startswith((b"{", b"[")):
        return "; it looks like JSON: import it instead"
    if header.startswith(b"\x89PNG"):
        return "; it is a PNG image"
    return ""


def is_document_file(path: str | os.PathLike) -> bool:
    """True for an SQLite file carrying our application id (any schema version)."""
    try:
        header, _ = read_header(path)
    except DocumentError:
        return False
    return (header.startswith(SQLITE_MAGIC) and len(header) == HEADER_SIZE
            and _field(header, 68) == APPLICATION_ID)


def load_into_memory(path: str | os.PathLike) -> tuple[sqlite3.Connection, int]:
    """Check the file and copy it into a new in-memory database; returns it and its
    schema version. The file is opened read-only and never changed."""
    header, size = read_header(path)
    version = check_header(path, header, size)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        verdict = memory.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise DocumentError(path, f"damaged document ({verdict})")
        if pragma(memory, "application_id") != APPLICATION_ID:
            raise DocumentError(path, f"{NOT_A_DOCUMENT} (application id changed while reading)")
    except sqlite3.Error as exc:
        memory.close()
        raise DocumentError(path, f"damaged document or not a blueprint document ({exc})") from None
    except BaseException:
        memory.close()
        raise
    return memory, version


def pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def write_database(memory: sqlite3.Connection, path: str) -> None:
    """Copy the in-memory database into the (new, empty) file at ``path``."""
    target = sqlite3.connect(path)
    try:
        target.execute("PRAGMA journal_mode = DELETE")
        target.execute("PRAGMA synchronous = FULL")
        memory.backup(target)
    finally:
        target.close()
