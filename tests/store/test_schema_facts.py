"""store.schema_facts (the read path's copy of the schema, free of SQLAlchemy) must say
exactly what the SQLModel tables say: the same tables in the same order, the same columns
in the same order, each of the same kind, nullability and key."""
import sqlite3

from sqlalchemy import Boolean, Float, Integer, String
from sqlmodel.sql.sqltypes import AutoString

from blueprint_app.store import schema_facts, tables
from blueprint_app.store.tables import ALL_TABLES


def _kind(column) -> str:
    # SQLite's storage classes of the SQLAlchemy types the tables use; any other type is new
    # and must be given a kind here (and in schema_facts) on purpose.
    if isinstance(column.type, (Boolean, Integer)):
        return schema_facts.INTEGER
    if isinstance(column.type, Float):
        return schema_facts.REAL
    assert isinstance(column.type, (String, AutoString)), f"{column.table.name}.{column.name}: {column.type!r}"
    return schema_facts.TEXT


def _from_sqlmodel() -> dict:
    return {table.name: tuple((c.name, _kind(c), bool(c.nullable), bool(c.primary_key))
                              for c in table.columns) for table in ALL_TABLES}


def _from_facts() -> dict:
    return {name: tuple((c.name, c.kind, c.nullable, c.primary_key) for c in columns)
            for name, columns in schema_facts.TABLES.items()}


def test_same_tables_in_the_same_order():
    assert list(schema_facts.TABLES) == [t.name for t in ALL_TABLES]


def test_every_table_has_the_same_columns_of_the_same_kinds():
    sqlmodel, facts = _from_sqlmodel(), _from_facts()
    for name in sqlmodel:
        assert facts[name] == sqlmodel[name], name


def test_the_ids_are_the_ones_the_tables_module_exports():
    assert (tables.APPLICATION_ID, tables.SCHEMA_VERSION) == (0x42505431, 3)
    assert (schema_facts.APPLICATION_ID, schema_facts.SCHEMA_VERSION) == (
        tables.APPLICATION_ID, tables.SCHEMA_VERSION)


def test_the_created_schema_has_the_columns_and_declared_types_of_the_facts():
    # Independent of both Python descriptions: what SQLite reports for a fresh schema.
    from blueprint_app.store.writer import engine_for

    db = sqlite3.connect(":memory:")
    engine = engine_for(db)
    with engine.begin() as conn:
        tables.create_schema(conn)
    affinity = {"INTEGER": "integer", "BOOLEAN": "integer", "FLOAT": "real", "VARCHAR": "text"}
    for name, columns in schema_facts.TABLES.items():
        info = db.execute(f"PRAGMA table_info('{name}')").fetchall()
        assert [(row[1], affinity[row[2]]) for row in info] == [(c.name, c.kind) for c in columns]
    engine.dispose()
    db.close()


def test_a_column_missing_from_the_facts_is_noticed(monkeypatch):
    # The comparison above can fail: drop one column from the facts and it does.
    nodes = schema_facts.TABLES["nodes"]
    monkeypatch.setitem(schema_facts.TABLES, "nodes", nodes[:-1])
    assert _from_facts()["nodes"] != _from_sqlmodel()["nodes"]
