"""The migration mechanism, proved on a hand-made SYNTHETIC version-0 layout.

Version 0 never shipped; it stands in for "an older layout": stage titles in `title`, a
`position` column instead of `seq`, `probability` instead of `failure_probability`, edges in
a table called `links`, no extras, no incidents. The test step upgrades it to version 1.
"""
import sqlite3

import pytest

from blueprint_app.model import Category, EdgeKind, Lane
from blueprint_app.store import Document, DocumentError, load_blueprint, save_blueprint
from blueprint_app.store import migrations as mig
from blueprint_app.store.tables import APPLICATION_ID, SCHEMA_VERSION

V0_LAYOUT = """
CREATE TABLE blueprint (name TEXT NOT NULL);
CREATE TABLE stages (id TEXT PRIMARY KEY, position INTEGER, title TEXT);
CREATE TABLE nodes (id TEXT PRIMARY KEY, position INTEGER, lane TEXT, label TEXT,
                    stage TEXT, category TEXT, probability REAL);
CREATE TABLE links (id TEXT PRIMARY KEY, position INTEGER, source TEXT, target TEXT,
                    kind TEXT);
INSERT INTO blueprint VALUES ('旧版 Old map');
INSERT INTO stages VALUES ('pay', 2, 'Pay'), ('order', 1, '下单');
INSERT INTO nodes VALUES ('t1', 2, 'frontstage', 'Checkout', 'pay', NULL, 0.02),
                         ('c1', 1, 'customer', '顾客', 'order', NULL, 0),
                         ('s1', 3, 'support', 'Payment gateway', NULL, 'partner', 0.125);
INSERT INTO links VALUES ('l2', 2, 's1', 't1', 'support'), ('l1', 1, 'c1', 't1', 'flow');
"""


def upgrade_0_to_1(conn: sqlite3.Connection) -> None:
    """What a real step looks like: SQL only, on the layout it upgrades."""
    conn.executescript("""
    ALTER TABLE blueprint ADD COLUMN id INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE blueprint ADD COLUMN properties TEXT;
    ALTER TABLE stages RENAME COLUMN position TO seq;
    ALTER TABLE stages RENAME COLUMN title TO name;
    ALTER TABLE stages ADD COLUMN extra TEXT;
    ALTER TABLE nodes RENAME COLUMN position TO seq;
    ALTER TABLE nodes RENAME COLUMN probability TO failure_probability;
    ALTER TABLE nodes ADD COLUMN description TEXT;
    ALTER TABLE nodes ADD COLUMN owner TEXT;
    ALTER TABLE nodes ADD COLUMN channel TEXT;
    ALTER TABLE nodes ADD COLUMN requires TEXT NOT NULL DEFAULT 'all';
    ALTER TABLE nodes ADD COLUMN x REAL;
    ALTER TABLE nodes ADD COLUMN y REAL;
    ALTER TABLE nodes ADD COLUMN width REAL;
    ALTER TABLE nodes ADD COLUMN height REAL;
    ALTER TABLE nodes ADD COLUMN extra TEXT;
    ALTER TABLE links RENAME TO edges;
    ALTER TABLE edges RENAME COLUMN position TO seq;
    ALTER TABLE edges ADD COLUMN label TEXT;
    ALTER TABLE edges ADD COLUMN extra TEXT;
    CREATE TABLE incidents (seq INTEGER PRIMARY KEY, date TEXT NOT NULL,
                            touchpoint TEXT NOT NULL, cause TEXT, count INTEGER NOT NULL,
                            customers_affected INTEGER, minutes_lost REAL);
    """)


# The synthetic step, then the real ones (1 -> 2 is issue 6's).
V0_STEPS = {**mig.MIGRATIONS, 0: upgrade_0_to_1}


@pytest.fixture
def v0_file(tmp_path):
    path = tmp_path / "old.blueprint"
    conn = sqlite3.connect(path)
    conn.executescript(V0_LAYOUT)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    return path


def test_v0_file_is_upgraded_on_load(v0_file):
    before = v0_file.read_bytes()
    bp = load_blueprint(v0_file, migrations=V0_STEPS)

    assert bp.name == "旧版 Old map"
    assert [(s.id, s.name) for s in bp.stages] == [("order", "下单"), ("pay", "Pay")]
    assert bp.node_ids() == ["c1", "t1", "s1"]
    s1 = bp.node("s1")
    assert (s1.lane, s1.category, s1.failure_probability, s1.stage) == \
        (Lane.SUPPORT, Category.PARTNER, 0.125, None)
    assert bp.node("t1").requires == "all" and bp.node("t1").x is None
    assert [(e.id, e.kind) for e in bp.edges()] == [("l1", EdgeKind.FLOW), ("l2", EdgeKind.SUPPORT)]
    assert bp.supports_of("t1") == ["s1"]
    assert bp.incidents == [] and bp.properties == {}
    # Opening never modifies the user's file, even when it needs upgrading.
    assert v0_file.read_bytes() == before
    assert sorted(p.name for p in v0_file.parent.iterdir()) == ["old.blueprint"]


def test_upgraded_document_saves_in_current_layout(v0_file, tmp_path):
    with Document.open(v0_file, migrations=V0_STEPS) as doc:
        assert doc.upgraded  # the editor opens it as modified
        doc.blueprint.update_node("s1", owner="Finance")
        doc.save()
        assert not doc.upgraded
    conn = sqlite3.connect(v0_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='links'").fetchone()[0] == 0
    conn.close()
    reloaded = load_blueprint(v0_file)  # default registry: the current version needs no step
    assert reloaded.node("s1").owner == "Finance"
    assert reloaded.node("s1").failure_probability == 0.125


def test_upgraded_file_is_saved_exactly_in_the_fresh_layout(v0_file, tmp_path):
    with Document.open(v0_file, migrations=V0_STEPS) as doc:
        doc.blueprint.rename("Renamed")  # the header row: needs the fresh primary key
        doc.save()
        fresh = tmp_path / "fresh.blueprint"
        save_blueprint(doc.blueprint, fresh)
    assert load_blueprint(v0_file).name == "Renamed"
    assert _schema(v0_file) == _schema(fresh)


def _schema(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        conn.close()


def test_steps_run_in_order_and_bump_the_version():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE log (step INTEGER)")
    steps = {v: (lambda c, v=v: c.execute("INSERT INTO log VALUES (?)", (v,))) for v in (3, 4, 5)}
    assert mig.upgrade(conn, 3, steps=steps, target=6) == 6
    assert [r[0] for r in conn.execute("SELECT step FROM log")] == [3, 4, 5]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6


def test_failing_step_stops_at_last_complete_version():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")

    def broken(c):
        c.execute("INSERT INTO t VALUES (1)")
        c.execute("SELECT * FROM no_such_table")

    with pytest.raises(mig.MigrationError, match="from schema version 1"):
        mig.upgrade(conn, 0, steps={0: lambda c: None, 1: broken}, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # rolled back


def test_failing_step_on_open_is_a_document_error(v0_file):
    def broken(conn):
        conn.execute("ALTER TABLE nowhere ADD COLUMN x")

    with pytest.raises(DocumentError, match="upgrading from schema version 0 failed"):
        load_blueprint(v0_file, migrations={0: broken})


def test_default_registry_has_a_step_below_every_version():
    assert sorted(mig.MIGRATIONS) == list(range(1, mig.SCHEMA_VERSION))
