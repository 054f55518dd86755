"""Recognising, reading and writing the SQLite container of a `.blueprint` file.

Opening never writes, and never creates a file beside the document: the file is read into
memory whole, its header checked, and the bytes handed to an in-memory SQLite database
(``deserialize``), where migrations and reading happen. A document in WAL mode, or with a
``-journal``/``-wal`` beside it, is settled in a private temporary folder first, so what is
read is its committed state. A file we refuse is left exactly as it was.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from ..safe_open import UnsafeInputError, open_regular, read_bytes
from .errors import DocumentError
from .schema_facts import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_A_DOCUMENT = "not a blueprint document"
MAX_DOCUMENT_BYTES = 1 << 40  # no practical bound: documents are read whole into memory


def read_header(path: str | os.PathLike) -> tuple[bytes, int]:
    """The first 100 bytes of the file and its size; DocumentError if unreadable."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            return handle.read(HEADER_SIZE), size
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except UnsafeInputError as exc:
        raise DocumentError(path, f"{exc}, not a blueprint document") from None
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


# Files SQLite keeps beside a database. A "-journal" or "-wal" may hold part of the
# document's state; "-shm" is only an index of the "-wal" and is rebuilt from it.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
_STATE_SIDE_FILES = ("-journal", "-wal")
_WAL_MODE = 2  # header bytes 18 and 19 ("file format write/read version"): 1 rollback, 2 WAL


def _read_file(path: str | os.PathLike) -> bytes:
    try:
        return read_bytes(path, limit=MAX_DOCUMENT_BYTES)
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except UnsafeInputError as exc:
        raise DocumentError(path, str(exc)) from None
    except OSError as exc:
        raise DocumentError(path, f"cannot read the file ({exc.strerror or exc})") from None


def side_files(path: str | os.PathLike, suffixes=SIDE_SUFFIXES) -> list[Path]:
    """The SQLite side files that exist beside ``path`` (links included)."""
    return [Path(f"{os.fspath(path)}{s}") for s in suffixes
            if os.path.lexists(f"{os.fspath(path)}{s}")]


def _settle(raw: bytes, path: str | os.PathLike) -> bytes:
    """The document's committed state when it is in WAL mode or has a journal beside it.

    SQLite would apply (or roll back) those side files only by writing beside the user's
    file, so the file and its side files are copied into a private folder, SQLite settles
    them there (checkpointing the WAL, rolling back a hot journal) and the result is read
    back. The user's folder is never written."""
    with tempfile.TemporaryDirectory(prefix="blueprint-open-") as folder:
        copy = Path(folder) / "document.db"
        copy.write_bytes(raw)
        for side in side_files(path, _STATE_SIDE_FILES):
            suffix = side.name[len(Path(path).name):]
            try:
                data = read_bytes(side, limit=MAX_DOCUMENT_BYTES)
            except (OSError, UnsafeInputError) as exc:
                raise DocumentError(path, f"cannot read its side file {side.name} ({exc})") from None
            Path(f"{copy}{suffix}").write_bytes(data)
        try:
            conn = sqlite3.connect(copy)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise DocumentError(path, f"damaged document or side file ({exc})") from None
        return copy.read_bytes()


def load_into_memory(path: str | os.PathLike) -> tuple[sqlite3.Connection, int]:
    """Check the file and copy it into a new in-memory database; returns it and its
    schema version. The file is read once, never changed, and no file is created beside it
    (the bytes are handed to SQLite with ``deserialize``)."""
    raw = _read_file(path)
    if raw and raw.startswith(SQLITE_MAGIC) and (
            raw[18:20] == bytes((_WAL_MODE, _WAL_MODE)) or side_files(path, _STATE_SIDE_FILES)):
        raw = _settle(raw, path)
    version = check_header(path, raw[:HEADER_SIZE], len(raw))
    image = bytearray(raw)
    image[18:20] = b"\x01\x01"  # settled above: the copy is a rollback-journal database
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        memory.deserialize(bytes(image))
        del image, raw
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
    """Copy the in-memory database into the (new, empty) file at ``path``, in
    rollback-journal mode (one self-contained file)."""
    target = sqlite3.connect(path)
    try:
        target.execute("PRAGMA journal_mode = DELETE")
        target.execute("PRAGMA synchronous = FULL")
        memory.backup(target)
        if target.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
