"""A blueprint bound to a `.blueprint` file, saved incrementally and atomically.

The Document keeps an in-memory SQLite mirror of the file. It follows the blueprint's events
and remembers which rows changed; ``save()`` writes only those rows to the mirror (one
transaction), then copies the mirror whole into a temporary file that replaces the user's
file (store.atomic). Saving one edit of a 5 000-node map therefore costs a few row writes
plus one page copy, not a rewrite of every row.

Opening reads through the plain sqlite3 connection (store.mapper); the SQLAlchemy engine
that writes rows (store.writer) is made on the first save, so a program that only reads
documents never imports SQLAlchemy (issue 17: start-up).
"""
from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING, Callable, Mapping

from ..model import Blueprint, ModelError
from ..model import events as ev
from . import fileformat, mapper
from ..atomic_file import ReadOnlyTargetError, atomic_write, remove_stale_temps
from .integrity import check_column_types, find_undecodable_text
from .errors import DocumentError
from .migrations import MigrationError, Step, upgrade
from .ordering import resequence
from .schema_facts import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Engine


class Document:
    def __init__(self, blueprint: Blueprint, path: str | os.PathLike | None = None):
        self._blueprint = blueprint
        self._path = None if path is None else os.fspath(path)
        self._db: sqlite3.Connection | None = None
        self._engine: Engine | None = None  # over self._db, made when first writing
        self._node_seq: dict[str, float] = {}
        self._edge_seq: dict[str, float] = {}
        self._clear_dirty()
        # Whether the user has unsaved work is the undo stack's clean state (one owner, in the
        # editor session); the document only remembers which rows to write next.
        self._upgraded = False
        events = blueprint.events
        self._handles = [events.subscribe(name, callback) for name, callback in (
            (ev.NODE_ADDED, self._on_blueprint_node_added),
            (ev.NODE_REMOVED, self._on_blueprint_node_touched),
            (ev.NODE_CHANGED, self._on_blueprint_node_touched),
            (ev.NODE_MOVED, self._on_blueprint_node_touched),
            (ev.EDGE_ADDED, self._on_blueprint_edge_added),
            (ev.EDGE_REMOVED, self._on_blueprint_edge_touched),
            (ev.EDGE_CHANGED, self._on_blueprint_edge_touched),
            (ev.STAGES_CHANGED, self._on_blueprint_stages_changed),
            (ev.NAME_CHANGED, self._on_blueprint_header_changed),
            (ev.PROPERTIES_CHANGED, self._on_blueprint_header_changed),
            (ev.INCIDENTS_CHANGED, self._on_blueprint_incidents_changed),
            (ev.EXECUTIONS_CHANGED, self._on_blueprint_executions_changed),
            (ev.RESOURCES_CHANGED, self._on_blueprint_resources_changed),
        )]

    # ----- public API ----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *,
             migrations: Mapping[int, Step] | None = None) -> "Document":
        """Read a document file (upgrading an older layout in memory only)."""
        db, version = fileformat.load_into_memory(path)
        try:
            try:
                upgraded = upgrade(db, version, steps=migrations) != version
            except MigrationError as exc:
                raise DocumentError(path, str(exc)) from None
            blueprint, node_seq, edge_seq = _read(db, os.fspath(path))
        except BaseException:
            db.close()
            raise
        document = cls(blueprint, path)
        if upgraded:
            # An upgraded copy may differ from a fresh schema in details (constraints,
            # indexes): the first save writes a fresh mirror instead.
            db.close()
        else:
            document._attach(db, node_seq, edge_seq)
        document._upgraded = upgraded
        return document

    @property
    def blueprint(self) -> Blueprint:
        return self._blueprint

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def upgraded(self) -> bool:
        """The file was in an older layout, upgraded in memory: it differs from the file
        until saved (the editor opens it as modified)."""
        return self._upgraded

    def save(self, path: str | os.PathLike | None = None) -> None:
        """Write the blueprint to ``path`` (save as) or to the document's own file."""
        target = self._path if path is None else os.fspath(path)
        if target is None:
            raise DocumentError(None, "cannot save: the document has no file name yet")
        if self._handles is None:
            raise DocumentError(target, "cannot save: the document is closed")
        try:
            if self._db is None:
                self._build_mirror()
            else:
                self._flush()
            atomic_write(target, lambda temp: fileformat.write_database(self._db, temp),
                         database=True)
        except ReadOnlyTargetError:
            raise DocumentError(target, "the file is read-only: it was not changed (save under "
                                        "another name, or make it writable)") from None
        except OSError as exc:
            raise DocumentError(target, f"cannot save ({exc.strerror or exc})") from exc
        except (ModelError, sqlite3.Error) as exc:
            raise DocumentError(target, f"cannot save ({exc})") from exc
        self._path = target
        self._upgraded = False
        remove_stale_temps(target)

    def close(self) -> None:
        """Stop following the blueprint and free the mirror. Safe to call twice."""
        if self._handles is not None:
            for handle in self._handles:
                self._blueprint.events.unsubscribe(handle)
            self._handles = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "Document":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    is_document_file = staticmethod(fileformat.is_document_file)

    # ----- the mirror ----------------------------------------------------------------------
    def _attach(self, db: sqlite3.Connection, node_seq: dict[str, float],
                edge_seq: dict[str, float], engine: "Engine | None" = None) -> None:
        self._db, self._engine = db, engine
        self._node_seq, self._edge_seq = node_seq, edge_seq
        self._clear_dirty()

    def _build_mirror(self) -> None:
        """First save: every row at once, with Core executemany."""
        from . import writer  # SQLAlchemy: only once something is written

        db = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            engine = writer.engine_for(db)
            with engine.begin() as conn:
                node_seq, edge_seq = writer.write_all(conn, self._blueprint)
        except BaseException:
            db.close()
            raise
        self._attach(db, node_seq, edge_seq, engine)

    def _flush(self) -> None:
        """Write the changed rows to the mirror in one transaction."""
        bp = self._blueprint
        node_seq, node_moved = self._node_seq, set()
        if self._node_order_dirty:
            node_seq, node_moved = resequence(bp.node_ids(), self._node_seq)
        edge_seq, edge_moved = self._edge_seq, set()
        if self._edge_order_dirty:
            edge_seq, edge_moved = resequence([e.id for e in bp.edges()], self._edge_seq)
        nodes = self._nodes_touched | node_moved
        edges = self._edges_touched | edge_moved
        from . import writer  # SQLAlchemy: only once something is written

        if self._engine is None:  # the mirror was read from the file with plain sqlite3
            self._engine = writer.engine_for(self._db)
        with self._engine.begin() as conn:
            if self._header_dirty:
                writer.write_header(conn, bp)
            if self._stages_dirty:
                writer.write_stages(conn, bp)
            writer.sync_nodes(conn, bp, nodes, node_seq)
            writer.sync_edges(conn, bp, edges, edge_seq)
            if self._incidents_dirty:
                writer.write_incidents(conn, bp)
            if self._executions_dirty:
                writer.write_executions(conn, bp)
            if self._resources_dirty:
                writer.write_resources(conn, bp)
            writer.sync_node_records(conn, bp, self._nodes_touched)
        self._node_seq = _without(node_seq, nodes, bp.has_node)
        self._edge_seq = _without(edge_seq, edges, bp.has_edge)
        self._clear_dirty()

    def _clear_dirty(self) -> None:
        self._nodes_touched: set[str] = set()
        self._edges_touched: set[str] = set()
        self._node_order_dirty = self._edge_order_dirty = False
        self._header_dirty = self._stages_dirty = self._incidents_dirty = False
        self._executions_dirty = self._resources_dirty = False

    # ----- blueprint events ------------------------------------------------------------------
    def _on_blueprint_node_added(self, node_id: str) -> None:
        self._nodes_touched.add(node_id)
        self._node_order_dirty = True

    def _on_blueprint_node_touched(self, node_id: str, *_changed) -> None:
        self._nodes_touched.add(node_id)

    def _on_blueprint_edge_added(self, edge_id: str) -> None:
        self._edges_touched.add(edge_id)
        self._edge_order_dirty = True

    def _on_blueprint_edge_touched(self, edge_id: str, *_changed) -> None:
        self._edges_touched.add(edge_id)

    def _on_blueprint_stages_changed(self) -> None:
        self._stages_dirty = True

    def _on_blueprint_header_changed(self) -> None:
        self._header_dirty = True

    def _on_blueprint_incidents_changed(self) -> None:
        self._incidents_dirty = True

    def _on_blueprint_executions_changed(self) -> None:
        self._executions_dirty = True

    def _on_blueprint_resources_changed(self) -> None:
        self._resources_dirty = True


def _read(db: sqlite3.Connection, source: str):
    try:
        mapper.check_tables(db, source)
        check_column_types(db, source)
        return mapper.read_blueprint(db, source)
    except sqlite3.Error as exc:
        # Text that is not UTF-8 fails deep inside a fetch; find and name the place.
        found = find_undecodable_text(db, source)
        if found is not None:
            raise found from None
        raise DocumentError(source, f"damaged document ({exc})") from None
    except RecursionError:
        raise DocumentError(source, "damaged document: a JSON column is nested too "
                                    "deeply") from None


def _without(seq: dict[str, float], ids: set[str], exists: Callable[[str], bool]) -> dict[str, float]:
    for key in ids:
        if not exists(key):
            seq.pop(key, None)
    return seq


def load_blueprint(path: str | os.PathLike, *, migrations: Mapping[int, Step] | None = None) -> Blueprint:
    """Read a document file into a new Blueprint."""
    document = Document.open(path, migrations=migrations)
    document.close()
    return document.blueprint


def save_blueprint(blueprint: Blueprint, path: str | os.PathLike) -> None:
    """Write the whole blueprint to ``path`` atomically."""
    with Document(blueprint) as document:
        document.save(path)
