"""Repository URLs and database engines: a path ending in ``.bprepo`` (SQLite, embedded) or
``postgresql://`` / ``postgresql+psycopg://`` (psycopg 3).

Credentials are never stored by us: libpq reads them from the URL, the environment
(``PGPASSWORD``, ``PGUSER``...) or ``~/.pgpass``. ``public_url`` strips a password before a
URL is written anywhere (a working copy, a message).

Write transactions take the journey's lock before reading its head: on SQLite
``BEGIN IMMEDIATE`` (the database write lock, waiting up to ``BUSY_TIMEOUT_S``), on
PostgreSQL ``SELECT ... FOR UPDATE`` on the journey row (see ``repo``).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError

from .errors import ReadOnlyError, RepositoryError

BUSY_TIMEOUT_S = 60


def is_repository_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgresql+psycopg://")) or text.endswith(".bprepo")


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgresql+psycopg://"))


def public_url(url: str) -> str:
    """The URL without its password (safe to store and show)."""
    if not is_postgres(url):
        return url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is None:
        return url
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query).render_as_string(hide_password=False)


def _sqlalchemy_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if is_postgres(url):
        return url
    if url.endswith(".bprepo"):
        return "sqlite:///" + os.path.abspath(url)
    raise RepositoryError(f"{url}: not a repository URL (a file ending in .bprepo, or "
                          "postgresql://user@host/database)")


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(_sqlalchemy_url(url), pool_pre_ping=False,
                               **({} if is_postgres(url) else
                                  {"connect_args": {"timeout": BUSY_TIMEOUT_S}}))
    except ArgumentError as error:
        raise RepositoryError(f"{public_url(url)}: not a valid repository URL: {error}") from None
    if not is_postgres(url):
        _sqlite_transactions(engine)
    return engine


def _sqlite_transactions(engine: Engine) -> None:
    """Let us issue BEGIN ourselves: IMMEDIATE for writes (the write lock at once, so two
    commits queue instead of failing on upgrade), DEFERRED for reads."""
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        # Rollback journal, not WAL: WAL cannot work on a shared network drive, which a
        # .bprepo may sit on. Its fsyncs cost ~2 ms of a ~20 ms commit (measured), so the
        # time of a commit is elsewhere (encoding the journey's items: see state.canonical).
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


@contextmanager
def transaction(engine: Engine, url: str, *, write: bool) -> Iterator[Connection]:
    """One transaction; database errors become RepositoryError with a readable message."""
    try:
        with engine.connect() as conn:
            conn.info["write"] = write
            with conn.begin():
                yield conn
    except DBAPIError as error:
        raise translate(error, url) from None


def translate(error: DBAPIError, url: str) -> RepositoryError:
    where = public_url(url)
    text = str(getattr(error, "orig", error)).strip().splitlines()[0] if str(error) else ""
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    if code == "42501" or "readonly database" in text or "read-only" in text:
        return ReadOnlyError(f"{where}: this database user may only read the repository "
                             "(checkout, log and diff work; commit needs write access — ask "
                             "the repository's administrator)")
    if isinstance(error, OperationalError) and is_postgres(url):
        return RepositoryError(f"{where}: cannot connect to PostgreSQL: {text}")
    if isinstance(error, (OperationalError, ProgrammingError)):
        return RepositoryError(f"{where}: {text}")
    return RepositoryError(f"{where}: database error: {text}")
