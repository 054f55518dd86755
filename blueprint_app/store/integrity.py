"""Checks of a document's rows that SQLite itself does not make: column types and text.

SQLite stores any value in any column, so a damaged or hand-edited file can hold text in
``nodes.seq`` or bytes that are not UTF-8 in ``nodes.label``. Such a file must be refused
when it is opened, naming the table, row and column, instead of opening and then failing at
every save. The type check is one SQL scan per table; the text check runs only when reading
met undecodable text, to say where it is.
"""
from __future__ import annotations

import sqlite3

from .errors import DocumentError
from .schema_facts import TABLES, TEXT, Column

# typeof() results each kind of column may hold. Text columns may hold a BLOB: that is how
# the mapper stores text with lone surrogates (store.mapper.to_text).
_ALLOWED = {"integer": ("integer",), "real": ("integer", "real"), "text": ("text", "blob")}
_NAMES = {"integer": "a whole number", "real": "a number", "text": "text"}
_FOUND = {"integer": "a whole number", "real": "a number", "text": "text", "blob": "bytes",
          "null": "nothing (NULL)"}


def _allowed(column: Column) -> tuple[str, ...]:
    allowed = _ALLOWED[column.kind]
    return allowed + ("null",) if column.nullable and not column.primary_key else allowed


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _where(table: str, rowid: int, db: sqlite3.Connection) -> str:
    if any(c.name == "id" and c.kind == TEXT for c in TABLES[table]):
        found = db.execute(f"SELECT typeof(id), CAST(id AS BLOB) FROM {_quote(table)} "
                           f"WHERE rowid = ?", (rowid,)).fetchone()
        if found and found[0] == "text":
            return f"row with id {found[1].decode('utf-8', 'replace')!r}"
    return f"row {rowid}"


def check_column_types(db: sqlite3.Connection, source: str) -> None:
    """DocumentError naming the first value whose type its column cannot hold."""
    for table, columns in TABLES.items():
        tests = " OR ".join(f"typeof({_quote(c.name)}) NOT IN "
                            f"({', '.join(repr(t) for t in _allowed(c))})" for c in columns)
        names = ", ".join(f"typeof({_quote(c.name)})" for c in columns)
        row = db.execute(f"SELECT rowid, {names} FROM {_quote(table)} WHERE {tests} "
                         f"LIMIT 1").fetchone()
        if row is None:
            continue
        rowid, types = row[0], row[1:]
        for column, found in zip(columns, types):
            if found not in _allowed(column):
                raise DocumentError(source, f"damaged document: table '{table}', "
                                            f"{_where(table, rowid, db)}, field "
                                            f"'{column.name}' holds {_FOUND.get(found, found)} "
                                            f"where {_NAMES[column.kind]} belongs")


def find_undecodable_text(db: sqlite3.Connection, source: str) -> DocumentError | None:
    """The first text value that is not UTF-8, as a DocumentError naming where it is."""
    old_factory = db.text_factory
    db.text_factory = bytes
    try:
        for table, columns in TABLES.items():
            for column in columns:
                if column.kind != TEXT:
                    continue
                query = (f"SELECT rowid, {_quote(column.name)} FROM {_quote(table)} "
                         f"WHERE typeof({_quote(column.name)}) = 'text'")
                for rowid, value in db.execute(query):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        return DocumentError(
                            source, f"damaged document: table '{table}', row {rowid}, "
                                    f"field '{column.name}' holds text that is not UTF-8 "
                                    f"(byte 0x{value[exc.start]:02x} at position {exc.start})")
    finally:
        db.text_factory = old_factory
    return None
