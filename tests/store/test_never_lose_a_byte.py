"""Side files, recovery copies, locks, read-only and linked documents, leftovers, damaged
columns: each test fails without its fix (see docs/safety.md)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blueprint_app.atomic_file import remove_stale_temps
from blueprint_app.model import Blueprint
from blueprint_app.store import Document, DocumentError, load_blueprint, save_blueprint
from blueprint_app.store import lockfile
from blueprint_app.store.lockfile import DocumentLock, lock_path


def _small(name="doc") -> Blueprint:
    bp = Blueprint(name)
    bp.add_stage(id="s", name="Stage")
    bp.add_node(id="a", lane="customer", label="A", stage="s")
    bp.add_node(id="b", lane="frontstage", label="B", stage="s")
    bp.add_edge(id="e1", source="a", target="b", kind="flow")
    return bp


def _crash_copy(folder: Path, source: Path, work) -> Path:
    """Run ``work(conn)`` on ``source`` and copy the file with its side files as a crash
    at that moment would leave them (the connection still open)."""
    conn = sqlite3.connect(source, isolation_level=None)
    work(conn)
    folder.mkdir()
    for path in source.parent.iterdir():
        if path.name.startswith(source.name):
            shutil.copy(path, folder / path.name)
    conn.execute("ROLLBACK") if conn.in_transaction else None
    conn.close()
    (folder / f"{source.name}-shm").unlink(missing_ok=True)
    return folder / source.name


def _wal_with_frames(conn):
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE nodes SET label = 'from the wal' WHERE id = 'a'")


def _hot_journal(conn):
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    for i in range(200):
        conn.execute("INSERT INTO nodes (id, seq, lane, label, fail_point, wait_point, "
                     "failure_probability, requires) VALUES (?, ?, 'customer', ?, 0, 0, 0, 'all')",
                     (f"x{i}", 100 + i, "x" * 400))


# ----- 1. side files ----------------------------------------------------------------------
def test_wal_document_is_read_whole_without_creating_side_files(tmp_path):
    save_blueprint(_small(), tmp_path / "d.blueprint")
    doc = _crash_copy(tmp_path / "crash", tmp_path / "d.blueprint", _wal_with_frames)
    assert (doc.parent / "d.blueprint-wal").exists()
    before = sorted(p.name for p in doc.parent.iterdir())
    bp = load_blueprint(doc)
    assert bp.node("a").label == "from the wal"           # the committed frame is read
    assert sorted(p.name for p in doc.parent.iterdir()) == before  # nothing created


def test_wal_document_is_written_back_in_rollback_mode_without_its_old_wal(tmp_path):
    save_blueprint(_small(), tmp_path / "d.blueprint")
    doc = _crash_copy(tmp_path / "crash", tmp_path / "d.blueprint", _wal_with_frames)
    with Document.open(doc) as document:
        document.blueprint.update_node("b", label="edited")
        document.save()
    assert sorted(p.name for p in doc.parent.iterdir()) == ["d.blueprint"]
    assert doc.read_bytes()[18:20] == b"\x01\x01"        # rollback-journal mode
    again = load_blueprint(doc)
    assert (again.node("a").label, again.node("b").label) == ("from the wal", "edited")
    conn = sqlite3.connect(doc)                           # any other client agrees
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_hot_journal_is_rolled_back_when_reading_and_removed_when_replaced(tmp_path):
    save_blueprint(_small(), tmp_path / "d.blueprint")
    doc = _crash_copy(tmp_path / "crash", tmp_path / "d.blueprint", _hot_journal)
    journal = doc.parent / "d.blueprint-journal"
    assert journal.exists()
    assert len(load_blueprint(doc)) == 2                  # the committed state only
    assert journal.exists()                               # reading changed nothing
    save_blueprint(_small("replaced"), doc)               # like `import … d.blueprint`
    assert not journal.exists()
    conn = sqlite3.connect(doc)                           # a read-write client finds it whole
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert load_blueprint(doc).name == "replaced"


def test_incident_import_into_a_wal_document_leaves_a_readable_file(tmp_path, capsys):
    from blueprint_app.cli import main
    bp = _small()
    save_blueprint(bp, tmp_path / "d.blueprint")
    doc = _crash_copy(tmp_path / "crash", tmp_path / "d.blueprint", _wal_with_frames)
    log = tmp_path / "log.csv"
    log.write_text("date,touchpoint,cause,count\n2026-01-02,b,a,3\n", encoding="utf-8")
    assert main(["incidents", "import", str(doc), str(log)]) == 0
    assert main(["export", str(doc), str(tmp_path / "out.json")]) == 0
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert out["incidents"][0]["count"] == 3 and out["nodes"][0]["label"] == "from the wal"


# ----- 2. recovery copies -------------------------------------------------------------------
def test_recovery_copy_is_found_when_its_metadata_is_empty_or_missing(tmp_path, monkeypatch):
    from blueprint_app.store import recovery
    monkeypatch.setenv("BLUEPRINT_APP_DATA_DIR", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    for name, meta in (("empty", b""), ("missing", None), ("garbage", b"{not json")):
        slot = recovery.RecoverySlot()
        slot.key = f"{dead}-{name}"
        slot.write(_small(name), None)
        meta_path = recovery.recovery_folder() / f"{slot.key}.json"
        if meta is None:
            meta_path.unlink()
        else:
            meta_path.write_bytes(meta)
    found = {e.key: load_blueprint(e.document).name for e in recovery.orphaned_entries()}
    assert found == {f"{dead}-empty": "empty", f"{dead}-missing": "missing",
                     f"{dead}-garbage": "garbage"}


def test_recovery_copy_of_a_live_process_is_not_offered_even_without_metadata(tmp_path, monkeypatch):
    from blueprint_app.store import recovery
    monkeypatch.setenv("BLUEPRINT_APP_DATA_DIR", str(tmp_path))
    slot = recovery.RecoverySlot()
    slot.write(_small(), None)
    (recovery.recovery_folder() / f"{slot.key}.json").unlink()
    assert recovery.orphaned_entries() == []


def test_recovery_metadata_is_written_atomically(tmp_path, monkeypatch):
    """A failing write leaves the previous metadata whole (it used to be truncated first)."""
    from blueprint_app import atomic_file
    from blueprint_app.store import recovery
    monkeypatch.setenv("BLUEPRINT_APP_DATA_DIR", str(tmp_path))
    slot = recovery.RecoverySlot()
    slot.write(_small("first"), None)
    meta = recovery.recovery_folder() / f"{slot.key}.json"
    before = meta.read_bytes()
    real = atomic_file.fsync_file

    def crash(path):
        if str(path).endswith(".tmp") and ".json." in str(path):
            raise KeyboardInterrupt  # stands for a kill between writing and renaming
        real(path)
    monkeypatch.setattr(atomic_file, "fsync_file", crash)
    with pytest.raises(KeyboardInterrupt):
        slot.write(_small("second"), None)
    assert meta.read_bytes() == before and json.loads(before)["name"] == "first"


# ----- 3. locks -------------------------------------------------------------------------------
def test_lock_never_follows_a_planted_symlink(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    lock_path(doc).symlink_to(victim)
    lock = DocumentLock(doc)
    assert lock.acquire() is None
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not lock_path(doc).is_symlink() and json.loads(lock_path(doc).read_text())["pid"] == os.getpid()
    lock.release()


_RACE = r"""
import sys, time
from pathlib import Path
from blueprint_app.store.lockfile import DocumentLock
start = float(sys.argv[2])
while time.time() < start:
    pass
print("got" if DocumentLock(Path(sys.argv[1])).acquire() is None else "refused", flush=True)
time.sleep(1.0)
"""


def test_two_processes_opening_at_once_never_both_get_the_lock(tmp_path):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    for attempt in range(3):
        lock_path(doc).unlink(missing_ok=True)
        start = str(time.time() + 1.5)
        procs = [subprocess.Popen([sys.executable, "-c", _RACE, str(doc), start],
                                  stdout=subprocess.PIPE, text=True) for _ in range(2)]
        answers = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
        assert answers == ["got", "refused"], answers


def test_stale_lock_of_a_reused_pid_is_taken_over(tmp_path):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    # our own parent's pid is alive, but it did not start at the recorded time
    lock_path(doc).write_text(json.dumps({"user": "bo", "host": socket.gethostname(),
                                          "pid": os.getppid(), "started": "boot:1",
                                          "since": "2020-01-01T00:00:00"}))
    assert DocumentLock(doc).acquire() is None


def test_lock_from_another_host_is_shown_then_can_be_taken_over(tmp_path):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    lock_path(doc).write_text(json.dumps({"user": "ana", "host": "far-away", "pid": 1,
                                          "since": "2026-01-01T09:00:00"}))
    lock = DocumentLock(doc)
    owner = lock.acquire()
    assert owner is not None and owner.other_host and "ana" in owner.describe()
    lock.take_over()
    assert json.loads(lock_path(doc).read_text())["pid"] == os.getpid()
    lock.release()
    assert not lock_path(doc).exists()


# ----- 8. read-only and linked documents ------------------------------------------------------
def test_read_only_document_is_refused_not_replaced(tmp_path):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small("original"), doc)
    doc.chmod(0o444)
    before = doc.read_bytes()
    with pytest.raises(DocumentError, match="read-only"):
        save_blueprint(_small("other"), doc)
    assert doc.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["d.blueprint"]


def test_saving_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real" / "d.blueprint"
    real.parent.mkdir()
    save_blueprint(_small("original"), real)
    link = tmp_path / "link.blueprint"
    link.symlink_to(real)
    with Document.open(link) as document:
        document.blueprint.rename("through the link")
        document.save()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_blueprint(real).name == "through the link"


# ----- 9. leftovers ---------------------------------------------------------------------------
def test_stale_temps_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout)
    stale = tmp_path / f".d.blueprint.{dead}-abc123.tmp"
    live = tmp_path / f".d.blueprint.{os.getpid()}-def456.tmp"
    old_style = tmp_path / ".d.blueprint.q1w2e3.tmp"
    other = tmp_path / f".other.blueprint.{dead}-abc.tmp"
    for path in (stale, live, old_style, other):
        path.write_bytes(b"partial")
    now = time.time() + 120
    assert remove_stale_temps(doc, now=now) == [stale]
    assert live.exists() and old_style.exists() and other.exists()
    assert set(remove_stale_temps(doc, now=now + 2 * 86400)) == {live, old_style}  # abandoned
    assert other.exists()


def test_save_errors_name_the_users_file_not_the_temp(tmp_path, monkeypatch):
    from blueprint_app.store import fileformat
    doc = tmp_path / "d.blueprint"

    def fail(memory, path):
        raise OSError(28, "No space left on device", path)
    monkeypatch.setattr(fileformat, "write_database", fail)
    with pytest.raises(DocumentError) as info:
        save_blueprint(_small(), doc)
    assert str(doc) in str(info.value) and ".tmp" not in str(info.value)


# ----- 11. column types -----------------------------------------------------------------------
@pytest.mark.parametrize("sql, fragments", [
    ("UPDATE nodes SET seq = 'first' WHERE id = 'a'", ["table 'nodes'", "'a'", "'seq'", "text"]),
    ("UPDATE edges SET seq = x'00' WHERE id = 'e1'", ["table 'edges'", "'seq'", "bytes"]),
    ("UPDATE nodes SET lane = 3 WHERE id = 'b'", ["table 'nodes'", "'lane'"]),
    ("UPDATE nodes SET label = CAST(x'41ff42' AS TEXT) WHERE id = 'a'",
     ["table 'nodes'", "'label'", "not UTF-8"]),
])
def test_damaged_columns_are_refused_when_opening(tmp_path, sql, fragments):
    doc = tmp_path / "d.blueprint"
    save_blueprint(_small(), doc)
    conn = sqlite3.connect(doc)
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(DocumentError) as info:
        Document.open(doc)
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
