"""The tables of a repository (SQLite ``.bprepo`` or PostgreSQL), one set for both engines.

A journey's state is split into items (its top-level fields, each stage, node and edge, and
the three order lists); each item's JSON text is stored once in ``objects`` under its hash
(content addressed, shared by every revision and journey that has the same item). The rows
of ``journey_items`` say which object an item had from which revision on: an item valid in
revisions ``from_rev <= r < to_rev`` (``to_rev`` NULL: still valid at the head). A one-node
edit therefore writes one object, one new row and closes one old row — a few hundred bytes,
not a copy of the journey. History is linear: every commit (merged or not) becomes
``head + 1``.

These classes use their own SQLModel registry, so the document schema (``store.tables``)
and this one never mix.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Index, Table
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1
APPLICATION = "touchpoint-blueprint-repository"


class RepositoryModel(SQLModel, registry=registry()):
    pass


class MetaRow(RepositoryModel, table=True):
    """Key-value facts about the repository itself: ``application``, ``schema_version``."""
    __tablename__ = "repository_meta"
    key: str = Field(primary_key=True)
    value: str


class JourneyRow(RepositoryModel, table=True):
    __tablename__ = "journeys"
    id: str = Field(primary_key=True)
    name: str
    head: int  # the newest revision number (revisions count from 1)


class RevisionRow(RepositoryModel, table=True):
    __tablename__ = "revisions"
    journey_id: str = Field(primary_key=True, foreign_key="journeys.id")
    rev: int = Field(primary_key=True)
    parent: Optional[int] = None  # the previous head (None for revision 1)
    base: Optional[int] = None    # the revision the author started from (== parent unless merged)
    author: str
    time: str                     # ISO 8601, UTC, e.g. 2026-12-01T22:40:46Z
    message: str = ""


class ObjectRow(RepositoryModel, table=True):
    __tablename__ = "objects"
    hash: str = Field(primary_key=True)  # sha256 of body, 32 hex digits
    body: str                            # JSON text of one item


class JourneyItemRow(RepositoryModel, table=True):
    __tablename__ = "journey_items"
    __table_args__ = (Index("ix_journey_items_open", "journey_id", "to_rev"),)
    journey_id: str = Field(primary_key=True, foreign_key="journeys.id")
    kind: str = Field(primary_key=True)   # top | order | stage | node | edge
    key: str = Field(primary_key=True)    # item id ("" for top; the list name for order)
    from_rev: int = Field(primary_key=True)
    to_rev: Optional[int] = None
    hash: str = Field(foreign_key="objects.hash")


class ResourceRow(RepositoryModel, table=True):
    """A shared back-office resource that several journeys may name (one event for all)."""
    __tablename__ = "resources"
    id: str = Field(primary_key=True)
    label: str
    category: Optional[str] = None
    owner: Optional[str] = None
    failure_probability: float = 0.0
    extra: Optional[str] = None  # JSON object: any further fields, kept as given


def _table(row_class) -> Table:
    return row_class.__table__


META = _table(MetaRow)
JOURNEYS = _table(JourneyRow)
REVISIONS = _table(RevisionRow)
OBJECTS = _table(ObjectRow)
ITEMS = _table(JourneyItemRow)
RESOURCES = _table(ResourceRow)
METADATA = RepositoryModel.metadata
