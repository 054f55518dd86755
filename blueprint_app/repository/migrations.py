"""Numbered schema upgrades for repositories, like the document's.

``MIGRATIONS[v]`` upgrades a repository at schema version ``v`` to ``v + 1``, inside the
write transaction that also bumps ``schema_version`` in ``repository_meta``; steps use SQL
through the given connection (never the current table classes, which describe the newest
layout). A repository newer than ``SCHEMA_VERSION`` is refused and left untouched.

When the schema changes: bump ``tables.SCHEMA_VERSION`` and add
``MIGRATIONS[old] = upgrade_<old>_to_<new>`` with a test that opens a repository of the old
layout.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import update
from sqlalchemy.engine import Connection

from .errors import RepositoryError
from .tables import META, SCHEMA_VERSION

Step = Callable[[Connection], None]

# Version 1 is the first layout; no upgrades exist yet.
MIGRATIONS: dict[int, Step] = {}


def check_version(version: int, where: str) -> None:
    if version > SCHEMA_VERSION:
        raise RepositoryError(
            f"{where}: the repository has schema version {version}, newer than this program "
            f"knows ({SCHEMA_VERSION}); update Touchpoint Blueprint Studio. The repository "
            "was not changed.")


def upgrade(conn: Connection, version: int, where: str) -> int:
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise RepositoryError(f"{where}: no upgrade from repository schema version "
                                  f"{version} to {version + 1}")
        step(conn)
        version += 1
        conn.execute(update(META).where(META.c.key == "schema_version")
                     .values(value=str(version)))
    return version
