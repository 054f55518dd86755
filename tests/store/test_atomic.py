"""Saving replaces the file whole: a failure at any step leaves the old file and no debris."""
import os
import stat

import pytest

from blueprint_app.store import Document, DocumentError, load_blueprint, save_blueprint
from blueprint_app.store import atomic, fileformat


@pytest.fixture
def saved(tmp_path, rich_blueprint):
    path = tmp_path / "map.blueprint"
    save_blueprint(rich_blueprint, path)
    return path


_real_write_database = fileformat.write_database


def _half_written(memory, temp):
    """Write the real database, then scribble and fail, like a disk filling up."""
    _real_write_database(memory, temp)
    with open(temp, "r+b") as handle:
        handle.write(b"garbage")
    raise OSError(28, "No space left on device")


def _failing_replace(src, dst):
    raise OSError(5, "Input/output error")


def _failing_fsync(fd):
    raise OSError(5, "Input/output error")


@pytest.mark.parametrize("target, replacement", [
    (fileformat, ("write_database", _half_written)),
    (os, ("replace", _failing_replace)),
    (os, ("fsync", _failing_fsync)),
])
def test_failure_while_saving_keeps_old_file(saved, monkeypatch, target, replacement):
    before = saved.read_bytes()
    with Document.open(saved) as doc:
        doc.blueprint.rename("Changed")
        doc.blueprint.remove_node("s1")
        monkeypatch.setattr(target, *replacement)
        with pytest.raises(DocumentError) as info:
            doc.save()
        monkeypatch.undo()
        assert str(saved) in str(info.value) and "cannot save" in str(info.value)
        assert saved.read_bytes() == before
        assert sorted(p.name for p in saved.parent.iterdir()) == ["map.blueprint"]
        # Nothing was lost: the next save writes every change.
        doc.save()
        assert load_blueprint(saved).same_content(doc.blueprint)
    assert not load_blueprint(saved).has_node("s1")


def test_interrupt_while_saving_removes_temp_file(saved, monkeypatch):
    before = saved.read_bytes()

    def interrupted(memory, temp):
        with open(temp, "wb") as handle:
            handle.write(b"partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(fileformat, "write_database", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_blueprint(load_blueprint(saved), saved)
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == ["map.blueprint"]


def test_first_save_failure_creates_nothing(tmp_path, rich_blueprint, monkeypatch):
    monkeypatch.setattr(os, "replace", _failing_replace)
    with pytest.raises(DocumentError):
        save_blueprint(rich_blueprint, tmp_path / "new.blueprint")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_whole_and_syncs(tmp_path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))

    def write(temp):
        assert os.path.dirname(temp) == str(tmp_path)  # same folder: rename, not copy
        assert path.read_bytes() == b"old"
        with open(temp, "wb") as handle:
            handle.write(b"new")

    atomic.atomic_write(path, write)
    assert path.read_bytes() == b"new"
    assert len(synced) == 2  # the file, then the folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.bin"]


def test_save_keeps_file_permissions(saved, rich_blueprint):
    os.chmod(saved, 0o640)
    save_blueprint(rich_blueprint, saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640


def test_new_file_gets_umask_permissions(tmp_path, rich_blueprint):
    old = os.umask(0o022)
    try:
        save_blueprint(rich_blueprint, tmp_path / "n.blueprint")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "n.blueprint").stat().st_mode) == 0o644


def test_missing_folder_is_a_document_error(tmp_path, rich_blueprint):
    target = tmp_path / "no" / "such" / "map.blueprint"
    with pytest.raises(DocumentError, match="cannot save") as info:
        save_blueprint(rich_blueprint, target)
    assert str(target) in str(info.value)


def test_unstorable_property_is_refused_and_file_kept(saved):
    before = saved.read_bytes()
    with Document.open(saved) as doc:
        doc.blueprint.set_property("tags", {1, 2})  # a set has no JSON form
        with pytest.raises(DocumentError, match="properties"):
            doc.save()
        assert saved.read_bytes() == before
        doc.blueprint.set_property("tags", [1, 2])
        doc.save()
    assert load_blueprint(saved).properties["tags"] == [1, 2]
