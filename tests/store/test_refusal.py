"""Files we cannot read are refused with a message naming the file and the reason, and are
left byte for byte as they were (no journal or other file appears beside them)."""
import sqlite3
import struct

import pytest

from blueprint_app.store import Document, DocumentError, load_blueprint, save_blueprint

PNG = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + b"\x00" * 17
       + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def _refused(path, *fragments):
    """Open must fail naming the file and each fragment; the folder must stay unchanged."""
    before = path.read_bytes() if path.exists() else None
    files_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DocumentError) as info:
        load_blueprint(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == files_before
    return message


def _sqlite_file(path, app_id, user_version):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def test_png_renamed(tmp_path):
    path = tmp_path / "picture.blueprint"
    path.write_bytes(PNG)
    _refused(path, "not a blueprint document", "not an SQLite database", "PNG")


def test_plain_text_file(tmp_path):
    path = tmp_path / "notes.blueprint"
    path.write_text("just some notes\n" * 20, encoding="utf-8")
    _refused(path, "not a blueprint document", "not an SQLite database")


def test_json_file_gets_a_hint(tmp_path):
    path = tmp_path / "map.blueprint"
    path.write_text('{"format": "touchpoint-blueprint"}', encoding="utf-8")
    _refused(path, "not an SQLite database", "JSON")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.blueprint"
    path.write_bytes(b"")
    _refused(path, "empty")


def test_missing_file(tmp_path):
    _refused(tmp_path / "nowhere.blueprint", "no such file")


def test_folder(tmp_path):
    folder = tmp_path / "dir.blueprint"
    folder.mkdir()
    with pytest.raises(DocumentError, match="folder"):
        load_blueprint(folder)


def test_truncated_file(tmp_path, big_blueprint):
    path = tmp_path / "cut.blueprint"
    save_blueprint(big_blueprint(300), path)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "damaged", "truncated")


def test_truncated_inside_header(tmp_path, rich_blueprint):
    path = tmp_path / "cut.blueprint"
    save_blueprint(rich_blueprint, path)
    path.write_bytes(path.read_bytes()[:60])
    _refused(path, "truncated")


def test_corrupt_pages(tmp_path, big_blueprint):
    """Garbage over the middle pages (size and header intact) is caught by quick_check."""
    path = tmp_path / "bad.blueprint"
    save_blueprint(big_blueprint(300), path)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


def test_other_application(tmp_path):
    path = tmp_path / "other.blueprint"
    _sqlite_file(path, 0x12345678, 1)
    _refused(path, "not a blueprint document", "another application", "0x12345678")


def test_plain_sqlite_database(tmp_path):
    path = tmp_path / "plain.blueprint"
    _sqlite_file(path, 0, 0)
    _refused(path, "not a blueprint document", "without an application id")


def test_newer_schema_version(tmp_path, rich_blueprint):
    path = tmp_path / "future.blueprint"
    save_blueprint(rich_blueprint, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    _refused(path, "newer version", "schema version 7", "up to version 3")


def test_older_version_without_upgrade_step(tmp_path):
    path = tmp_path / "old.blueprint"
    _sqlite_file(path, 0x42505431, 0)
    _refused(path, "schema version 0", "no upgrade step")


def _edit(path, sql):
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()


def test_missing_table(tmp_path, rich_blueprint):
    path = tmp_path / "no_edges.blueprint"
    save_blueprint(rich_blueprint, path)
    _edit(path, "DROP TABLE edges;")
    _refused(path, "table 'edges' is missing")


def test_missing_column(tmp_path, rich_blueprint):
    path = tmp_path / "no_col.blueprint"
    save_blueprint(rich_blueprint, path)
    _edit(path, "ALTER TABLE nodes DROP COLUMN owner;")
    _refused(path, "table 'nodes'", "owner")


@pytest.mark.parametrize("sql, fragments", [
    ("UPDATE nodes SET lane='basement' WHERE id='s1'",
     ["table 'nodes'", "row 3", "'s1'", "field 'lane'", "basement"]),
    ("UPDATE nodes SET failure_probability=1.5 WHERE id='t1'",
     ["table 'nodes'", "'t1'", "field 'failure_probability'"]),
    ("UPDATE nodes SET requires='most' WHERE id='t1'", ["'t1'", "field 'requires'"]),
    ("UPDATE nodes SET requires='²' WHERE id='t1'", ["'t1'", "field 'requires'"]),
    ("UPDATE nodes SET label=x'ff00' WHERE id='t1'", ["'t1'", "field 'label'", "text"]),
    ("UPDATE nodes SET extra='{broken' WHERE id='t1'", ["'t1'", "field 'extra'", "JSON"]),
    ("UPDATE nodes SET stage='nowhere' WHERE id='c1'", ["'c1'", "field 'stage'"]),
    ("UPDATE edges SET target='ghost' WHERE id='f1'",
     ["table 'edges'", "'f1'", "field 'target'", "ghost"]),
    ("UPDATE edges SET kind='sideways' WHERE id='f1'", ["table 'edges'", "field 'kind'"]),
    # refused by the graph's batch add, not by the record: still named by its row
    ("UPDATE edges SET target=source WHERE id='f1'", ["table 'edges'", "'f1'"]),
    ("UPDATE stages SET name='' WHERE id='help'", ["table 'stages'", "'help'", "field 'name'"]),
    ("UPDATE incidents SET date='yesterday' WHERE seq=1",
     ["table 'incidents'", "row 2", "field 'date'"]),
    ("UPDATE blueprint SET properties='[1]'", ["table 'blueprint'", "field 'properties'"]),
    ("DELETE FROM blueprint", ["table 'blueprint'", "exactly one row"]),
    ("UPDATE nodes SET label='  ' WHERE id='b1'", ["table 'nodes'", "'b1'", "field 'label'"]),
    ("UPDATE nodes SET x='left' WHERE id='b1'", ["table 'nodes'", "'b1'", "field 'x'"]),
])
def test_bad_rows_name_table_row_and_field(tmp_path, rich_blueprint, sql, fragments):
    path = tmp_path / "bad.blueprint"
    save_blueprint(rich_blueprint, path)
    _edit(path, sql)
    _refused(path, *fragments)


def test_is_document_file(tmp_path, rich_blueprint):
    good, other = tmp_path / "good.blueprint", tmp_path / "other.db"
    save_blueprint(rich_blueprint, good)
    _sqlite_file(other, 7, 1)
    before = good.read_bytes()
    assert Document.is_document_file(good)
    assert not Document.is_document_file(other)
    assert not Document.is_document_file(tmp_path / "missing.blueprint")
    assert good.read_bytes() == before
