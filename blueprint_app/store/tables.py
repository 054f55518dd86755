"""The schema of a `.blueprint` document file (CONTRACT.md §1): SQLModel tables, version 3.

Version 3 added shared resources: the ``resources`` table (the document's catalogue) and the
``resource`` and ``volume`` columns of ``nodes``.

Version 2 (issue 6) added the time standard, tolerance, fail/wait point and FMEA columns of
``nodes`` and the ``commitments``, ``perceptions`` and ``executions`` tables.

These classes are the storage layout only; ``store.mapper`` converts them to and from the
model. Every change to them needs a new SCHEMA_VERSION and a step in ``store.migrations``.

Document order is kept in a ``seq`` column (REAL): only its order matters, so gaps are fine
and an insertion can take a value between its neighbours without renumbering the rest
(see ``store.ordering``). JSON columns hold unknown fields (``extra``) and properties;
NULL stands for an empty mapping.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Table
from sqlmodel import Field, SQLModel

from . import schema_facts as facts
# The ids and table names live in schema_facts, which the read path uses without SQLAlchemy;
# tests/store/test_schema_facts.py checks that its columns match the classes below.
from .schema_facts import APPLICATION_ID, SCHEMA_VERSION  # noqa: F401  (re-exported)


class BlueprintRow(SQLModel, table=True):
    __tablename__ = facts.BLUEPRINT
    id: int = Field(default=1, primary_key=True)  # always 1: one blueprint per document
    name: str
    properties: Optional[str] = None  # JSON object


class StageRow(SQLModel, table=True):
    __tablename__ = facts.STAGES
    id: str = Field(primary_key=True)
    seq: float = Field(index=True)
    name: str
    extra: Optional[str] = None  # JSON object


class NodeRow(SQLModel, table=True):
    __tablename__ = facts.NODES
    id: str = Field(primary_key=True)
    seq: float = Field(index=True)
    lane: str
    label: str
    stage: Optional[str] = None
    description: Optional[str] = None
    owner: Optional[str] = None
    channel: Optional[str] = None
    category: Optional[str] = None
    failure_probability: float = 0.0
    requires: str = "all"  # "all", "any" or a whole number written in digits
    x: Optional[float] = None
    y: Optional[float] = None
    width: Optional[float] = None
    height: Optional[float] = None
    extra: Optional[str] = None  # JSON object
    time_standard_value: Optional[float] = None
    time_standard_unit: Optional[str] = None    # min | h | d
    tolerance_value: Optional[float] = None
    tolerance_unit: Optional[str] = None
    fail_point: bool = False
    wait_point: bool = False
    fmea_severity: Optional[int] = None         # all three set, or none
    fmea_occurrence: Optional[int] = None
    fmea_detection: Optional[int] = None
    resource: Optional[str] = None              # id of a shared resource (resources table)
    volume: Optional[float] = None              # touchpoint visits per period; NULL counts as 1


class CommitmentRow(SQLModel, table=True):
    __tablename__ = facts.COMMITMENTS
    id: str = Field(primary_key=True)
    node: str = Field(index=True)
    position: int  # order among the node's commitments
    level: int
    name: Optional[str] = None
    metric: Optional[str] = None
    target: Optional[float] = None
    unit: Optional[str] = None
    direction: Optional[str] = None
    owner: Optional[str] = None
    post: Optional[str] = None
    parent: Optional[str] = None
    extra: Optional[str] = None  # JSON object


class PerceptionRow(SQLModel, table=True):
    __tablename__ = facts.PERCEPTIONS
    id: str = Field(primary_key=True)
    node: str = Field(index=True)
    position: int
    name: str
    importance: float
    current: float
    expected: float
    competitor: Optional[float] = None
    extra: Optional[str] = None  # JSON object


class ExecutionRow(SQLModel, table=True):
    __tablename__ = facts.EXECUTIONS
    seq: int = Field(primary_key=True)
    date: str  # ISO 8601, YYYY-MM-DD
    commitment: str
    actual: float


class EdgeRow(SQLModel, table=True):
    __tablename__ = facts.EDGES
    id: str = Field(primary_key=True)
    seq: float = Field(index=True)
    source: str
    target: str
    kind: str = "flow"
    label: Optional[str] = None
    extra: Optional[str] = None  # JSON object


class ResourceRow(SQLModel, table=True):
    __tablename__ = facts.RESOURCES
    id: str = Field(primary_key=True)
    seq: float = Field(index=True)
    label: str
    category: Optional[str] = None
    owner: Optional[str] = None
    post: Optional[str] = None
    failure_probability: float = 0.0
    probability_source: Optional[str] = None    # estimate | incident_log | monitoring
    description: Optional[str] = None
    extra: Optional[str] = None  # JSON object


class IncidentRow(SQLModel, table=True):
    __tablename__ = facts.INCIDENTS
    seq: int = Field(primary_key=True)  # position in the incident list
    date: str  # ISO 8601, YYYY-MM-DD
    touchpoint: str
    cause: Optional[str] = None
    count: int = 1
    customers_affected: Optional[int] = None
    minutes_lost: Optional[float] = None


def _table(row_class: type[SQLModel]) -> Table:
    return row_class.__table__  # type: ignore[attr-defined]


BLUEPRINT = _table(BlueprintRow)
STAGES = _table(StageRow)
NODES = _table(NodeRow)
EDGES = _table(EdgeRow)
INCIDENTS = _table(IncidentRow)
COMMITMENTS = _table(CommitmentRow)
PERCEPTIONS = _table(PerceptionRow)
EXECUTIONS = _table(ExecutionRow)
RESOURCES = _table(ResourceRow)
ALL_TABLES: tuple[Table, ...] = (BLUEPRINT, STAGES, NODES, EDGES, INCIDENTS, COMMITMENTS,
                                 PERCEPTIONS, EXECUTIONS, RESOURCES)


def create_schema(connection) -> None:
    """Create the current tables (and their indexes) on a SQLAlchemy connection."""
    SQLModel.metadata.create_all(connection, tables=list(ALL_TABLES))
