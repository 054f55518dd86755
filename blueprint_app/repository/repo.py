"""The repository: journeys with their revisions, commits as one transaction with a
three-way merge, and the shared resources. Same code for SQLite and PostgreSQL; every
statement is built with SQLAlchemy, so every value is a bound parameter.
"""
from __future__ import annotations

import getpass
import json
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, inspect, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from . import merge as merging
from .engine import is_postgres, make_engine, public_url, transaction
from .errors import ConflictError, RepositoryError
from .migrations import check_version, upgrade
from .state import State, digest, from_items, split, to_items, join
from .tables import (APPLICATION, ITEMS, JOURNEYS, META, METADATA, OBJECTS, RESOURCES,
                     REVISIONS, SCHEMA_VERSION)

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
# Tests set this to hold a commit open just before COMMIT (to kill it there).
PAUSE_ENV = "BLUEPRINT_REPO_PAUSE_BEFORE_COMMIT"


@dataclass(frozen=True)
class JourneyInfo:
    id: str
    name: str
    head: int
    author: str
    time: str


@dataclass(frozen=True)
class RevisionInfo:
    rev: int
    parent: int | None
    base: int | None
    author: str
    time: str
    message: str


@dataclass(frozen=True)
class CommitResult:
    rev: int
    merged: bool        # the head had moved past the base: a three-way merge was made
    state: State        # what revision ``rev`` holds


def default_author() -> str:
    try:
        return os.environ.get("BLUEPRINT_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Repository:
    def __init__(self, url: str):
        self.url = url
        self.where = public_url(url)
        self.engine = make_engine(url)
        self._insert = (postgresql.insert if is_postgres(url) else sqlite.insert)

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, url: str) -> "Repository":
        if not is_postgres(url) and os.path.exists(url):
            raise RepositoryError(f"{url}: already exists; not overwritten")
        repo = cls(url)
        try:
            with transaction(repo.engine, url, write=True) as conn:
                if inspect(conn).has_table(META.name):
                    raise RepositoryError(f"{repo.where}: already holds a repository")
                METADATA.create_all(conn)
                conn.execute(insert(META), [{"key": "application", "value": APPLICATION},
                                            {"key": "schema_version", "value": str(SCHEMA_VERSION)}])
        except RepositoryError:
            repo.engine.dispose()
            if not is_postgres(url) and os.path.exists(url) and os.path.getsize(url) == 0:
                os.unlink(url)
            raise
        return repo

    @classmethod
    def open(cls, url: str) -> "Repository":
        if not is_postgres(url) and not os.path.isfile(url):
            raise RepositoryError(f"{url}: no such repository (create one with "
                                  f"'blueprint-app repo init {url}')")
        repo = cls(url)
        with transaction(repo.engine, url, write=False) as conn:
            version = repo._version(conn)
        check_version(version, repo.where)
        if version < SCHEMA_VERSION:
            with transaction(repo.engine, url, write=True) as conn:
                upgrade(conn, repo._version(conn), repo.where)
        return repo

    def _version(self, conn) -> int:
        if not inspect(conn).has_table(META.name):
            raise RepositoryError(f"{self.where}: not a blueprint repository")
        meta = dict(conn.execute(select(META.c.key, META.c.value)).all())
        if meta.get("application") != APPLICATION:
            raise RepositoryError(f"{self.where}: not a blueprint repository")
        try:
            return int(meta.get("schema_version", ""))
        except ValueError:
            raise RepositoryError(f"{self.where}: damaged repository (no schema version)") from None

    def close(self) -> None:
        self.engine.dispose()

    # ----- reading ------------------------------------------------------------------------
    def journeys(self) -> list[JourneyInfo]:
        with transaction(self.engine, self.url, write=False) as conn:
            rows = conn.execute(
                select(JOURNEYS.c.id, JOURNEYS.c.name, JOURNEYS.c.head, REVISIONS.c.author,
                       REVISIONS.c.time)
                .join(REVISIONS, and_(REVISIONS.c.journey_id == JOURNEYS.c.id,
                                      REVISIONS.c.rev == JOURNEYS.c.head))
                .order_by(JOURNEYS.c.id)).all()
        return [JourneyInfo(*row) for row in rows]

    def head(self, journey: str) -> int:
        with transaction(self.engine, self.url, write=False) as conn:
            return self._head(conn, journey)

    def _head(self, conn, journey: str, lock: bool = False) -> int:
        query = select(JOURNEYS.c.head).where(JOURNEYS.c.id == journey)
        head = conn.execute(query.with_for_update() if lock else query).scalar()
        if head is None:
            raise RepositoryError(f"{self.where}: no journey {journey!r}")
        return int(head)

    def log(self, journey: str) -> list[RevisionInfo]:
        with transaction(self.engine, self.url, write=False) as conn:
            self._head(conn, journey)
            rows = conn.execute(
                select(REVISIONS.c.rev, REVISIONS.c.parent, REVISIONS.c.base,
                       REVISIONS.c.author, REVISIONS.c.time, REVISIONS.c.message)
                .where(REVISIONS.c.journey_id == journey)
                .order_by(REVISIONS.c.rev.desc())).all()
        return [RevisionInfo(*row) for row in rows]

    def state(self, journey: str, rev: int | None = None) -> tuple[State, int]:
        with transaction(self.engine, self.url, write=False) as conn:
            head = self._head(conn, journey)
            rev = head if rev is None else rev
            if not 1 <= rev <= head:
                raise RepositoryError(f"{self.where}: journey {journey!r} has revisions "
                                      f"1 to {head}, not {rev}")
            return self._state(conn, journey, rev), rev

    def checkout(self, journey: str, rev: int | None = None) -> tuple[dict, int]:
        state, rev = self.state(journey, rev)
        return join(state), rev

    def _state(self, conn, journey: str, rev: int) -> State:
        rows = conn.execute(
            select(ITEMS.c.kind, ITEMS.c.key, OBJECTS.c.body)
            .join(OBJECTS, OBJECTS.c.hash == ITEMS.c.hash)
            .where(ITEMS.c.journey_id == journey, ITEMS.c.from_rev <= rev,
                   or_(ITEMS.c.to_rev.is_(None), ITEMS.c.to_rev > rev))).all()
        return from_items({(kind, key): body for kind, key, body in rows})

    # ----- writing ------------------------------------------------------------------------
    def add(self, data: dict, journey: str, *, author: str | None = None,
            message: str = "") -> int:
        if not _ID.match(journey):
            raise RepositoryError(f"journey id {journey!r}: use letters, digits, '.', '_' "
                                  "or '-' (up to 100), starting with a letter or digit")
        with transaction(self.engine, self.url, write=True) as conn:
            exists = conn.execute(select(JOURNEYS.c.id).where(JOURNEYS.c.id == journey)
                                  .with_for_update()).scalar()
            if exists is not None:
                raise RepositoryError(f"{self.where}: a journey {journey!r} already exists")
            conn.execute(insert(JOURNEYS).values(id=journey, name=str(data.get("name", "")), head=0))
            self._write(conn, journey, 0, split(data), None, author, message, base=None)
        return 1

    def commit(self, journey: str, data: dict, base: int, *, author: str | None = None,
               message: str = "") -> CommitResult:
        """Record ``data`` (made from revision ``base``) as the next revision; a three-way
        merge when the head has moved. ConflictError: nothing was written."""
        ours = split(data)
        with transaction(self.engine, self.url, write=True) as conn:
            head = self._head(conn, journey, lock=True)
            if not 1 <= base <= head:
                raise RepositoryError(f"{self.where}: journey {journey!r} has revisions "
                                      f"1 to {head}; --base {base} is not one of them")
            merged = base != head
            if merged:
                theirs = self._state(conn, journey, head)
                new, conflicts = merging.merge3(self._state(conn, journey, base), ours, theirs)
                if conflicts:
                    raise ConflictError(conflicts, head)
            else:
                new = ours
            rev = self._write(conn, journey, head, new, self._open_items(conn, journey),
                              author, message, base=base)
        return CommitResult(rev, merged, new)

    def _open_items(self, conn, journey: str) -> dict[tuple[str, str], str]:
        rows = conn.execute(select(ITEMS.c.kind, ITEMS.c.key, ITEMS.c.hash)
                            .where(ITEMS.c.journey_id == journey, ITEMS.c.to_rev.is_(None))).all()
        return {(kind, key): h for kind, key, h in rows}

    def _write(self, conn, journey: str, head: int, state: State,
               current: dict[tuple[str, str], str] | None, author: str | None, message: str,
               base: int | None) -> int:
        rev = head + 1
        current = current or {}
        try:
            bodies = to_items(state)
        except ValueError as error:
            raise RepositoryError(f"journey {journey!r}: cannot be stored: {error}") from None
        # one pass: only items whose hash differs from the head's are written
        objects, opened = [], []
        for (kind, key), body in bodies.items():
            h = digest(body)
            if current.get((kind, key)) != h:
                objects.append({"hash": h, "body": body})
                opened.append({"journey_id": journey, "kind": kind, "key": key,
                               "from_rev": rev, "to_rev": None, "hash": h})
        changed = {(row["kind"], row["key"]) for row in opened}
        closed = [{"b_kind": kind, "b_key": key} for kind, key in current
                  if (kind, key) in changed or (kind, key) not in bodies]
        # every statement below is one executemany round trip, whatever the number of rows
        if objects:
            conn.execute(self._insert(OBJECTS).on_conflict_do_nothing(), objects)
        if closed:
            conn.execute(update(ITEMS).where(ITEMS.c.journey_id == journey,
                                             ITEMS.c.kind == bindparam("b_kind"),
                                             ITEMS.c.key == bindparam("b_key"),
                                             ITEMS.c.to_rev.is_(None))
                         .values(to_rev=rev).execution_options(synchronize_session=False),
                         closed)
        if opened:
            conn.execute(insert(ITEMS), opened)
        conn.execute(insert(REVISIONS).values(
            journey_id=journey, rev=rev, parent=head or None, base=base,
            author=author or default_author(), time=_now(), message=message or ""))
        conn.execute(update(JOURNEYS).where(JOURNEYS.c.id == journey)
                     .values(head=rev, name=str(state.top.get("name", ""))))
        pause = os.environ.get(PAUSE_ENV)
        if pause:
            print("pausing before commit", flush=True)
            time.sleep(float(pause))
        return rev

    # ----- shared resources ---------------------------------------------------------------
    def resources(self) -> list[dict[str, Any]]:
        """Every shared resource as an interchange dict (id, label, category, owner,
        failure_probability, then any further fields), sorted by id."""
        with transaction(self.engine, self.url, write=False) as conn:
            rows = conn.execute(select(RESOURCES).order_by(RESOURCES.c.id)).mappings().all()
        return [_resource_dict(row) for row in rows]

    def put_resources(self, resources: list[dict[str, Any]]) -> None:
        """Create or replace resources by id, all in one transaction."""
        known = ("id", "label", "category", "owner", "failure_probability")
        rows = []
        for res in resources:
            if not isinstance(res.get("id"), str) or not isinstance(res.get("label"), str):
                raise RepositoryError(f"resource {res.get('id')!r}: needs a text id and label")
            extra = {k: v for k, v in res.items() if k not in known}
            rows.append({"id": res["id"], "label": res["label"], "category": res.get("category"),
                         "owner": res.get("owner"),
                         "failure_probability": float(res.get("failure_probability", 0.0)),
                         "extra": json.dumps(extra, ensure_ascii=False) if extra else None})
        with transaction(self.engine, self.url, write=True) as conn:
            for row in rows:
                stmt = self._insert(RESOURCES).values(**row)
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=["id"], set_={k: row[k] for k in row if k != "id"}))

    def remove_resource(self, resource_id: str) -> bool:
        with transaction(self.engine, self.url, write=True) as conn:
            return conn.execute(delete(RESOURCES).where(RESOURCES.c.id == resource_id)).rowcount > 0

    def size_bytes(self) -> int:
        """Bytes the repository occupies: on SQLite its pages, on PostgreSQL the database."""
        with transaction(self.engine, self.url, write=False) as conn:
            if is_postgres(self.url):
                return int(conn.execute(select(func.pg_database_size(func.current_database()))).scalar())
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar())


def _resource_dict(row) -> dict[str, Any]:
    out = {"id": row["id"], "label": row["label"]}
    for name in ("category", "owner"):
        if row[name] is not None:
            out[name] = row[name]
    out["failure_probability"] = row["failure_probability"]
    if row["extra"]:
        out.update({k: v for k, v in json.loads(row["extra"]).items() if k not in out})
    return out
