"""Upgrade steps for older document files.

``MIGRATIONS[v]`` upgrades a database at schema version ``v`` to ``v + 1``. Steps receive a
plain ``sqlite3.Connection`` and use SQL only (never the current SQLModel classes, which
describe the newest layout, not the one being upgraded). They always run on the in-memory
copy made when a file is opened: the user's file is never modified on open; it is rewritten
in the current layout on the next save.

When the schema changes: bump ``tables.SCHEMA_VERSION`` and add
``MIGRATIONS[old] = upgrade_<old>_to_<new>``, with a test that opens a file of the old layout.
"""
from __future__ import annotations

import sqlite3
from typing import Callable, Mapping

from .migration_v2 import upgrade_1_to_2
from .migration_v3 import upgrade_2_to_3
from .schema_facts import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

# Version 1 is the first released layout.
MIGRATIONS: dict[int, Step] = {1: upgrade_1_to_2, 2: upgrade_2_to_3}


class MigrationError(Exception):
    """No step leads from the file's version to the current one, or a step failed."""


def upgrade(conn: sqlite3.Connection, version: int, *,
            steps: Mapping[int, Step] | None = None, target: int = SCHEMA_VERSION) -> int:
    """Apply the steps from ``version`` up to ``target`` in order; returns the new version.

    Each step runs in a transaction together with the ``user_version`` bump, so a failing
    step leaves the database at the last complete version. (``executescript`` commits
    first, so a step built on it is not atomic; harmless here, since a failed upgrade
    discards the whole in-memory copy.)
    """
    steps = MIGRATIONS if steps is None else steps
    while version < target:
        step = steps.get(version)
        if step is None:
            raise MigrationError(f"schema version {version} is too old: no upgrade step "
                                 f"from version {version} to {version + 1}")
        try:
            with _transaction(conn):
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(version) + 1}")
        except sqlite3.Error as exc:
            raise MigrationError(f"upgrading from schema version {version} failed: {exc}") from exc
        version += 1
    return version


class _transaction:
    """BEGIN/COMMIT or ROLLBACK on a connection, whatever its isolation level."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def __enter__(self) -> None:
        if self._conn.in_transaction:
            self._conn.commit()
        self._conn.execute("BEGIN")

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._conn.in_transaction:  # the step committed itself
            return
        self._conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
