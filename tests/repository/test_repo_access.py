"""Access: a read-only PostgreSQL user can check out but gets a clear message on commit; a
repository with a newer schema is refused and left untouched; no repository is created by
reading."""
from __future__ import annotations

import hashlib

from sqlalchemy import update

import pytest

from blueprint_app.repository import Repository, RepositoryError
from blueprint_app.repository.engine import transaction
from blueprint_app.repository.tables import META

from repo_support import example, run_cli, write_json


def test_read_only_user_checks_out_but_cannot_commit(postgres_server, tmp_path):
    database = postgres_server.new_database()
    repo = Repository.create(postgres_server.url(database))
    repo.add(example(), "j")
    repo.close()
    postgres_server.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                        "'reader') THEN CREATE ROLE reader LOGIN; END IF; END $$")
    postgres_server.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", database)
    url = postgres_server.url(database, user="reader")
    out = tmp_path / "j.json"
    result = run_cli("repo", "checkout", url, "j", out)
    assert result.returncode == 0, result.stderr
    result = run_cli("repo", "commit", url, "j", out, "--base", "1")
    assert result.returncode == 2
    assert "may only read" in result.stderr and "Traceback" not in result.stderr
    assert Repository.open(postgres_server.url(database)).head("j") == 1


def test_newer_schema_is_refused_untouched(tmp_path):
    url = str(tmp_path / "future.bprepo")
    repo = Repository.create(url)
    repo.add(example(), "j")
    with transaction(repo.engine, url, write=True) as conn:
        conn.execute(update(META).where(META.c.key == "schema_version").values(value="99"))
    repo.close()
    digest = hashlib.sha256(open(url, "rb").read()).hexdigest()
    result = run_cli("repo", "list", url)
    assert result.returncode == 2
    assert "schema version 99" in result.stderr and "not changed" in result.stderr
    assert hashlib.sha256(open(url, "rb").read()).hexdigest() == digest
    missing = tmp_path / "missing.bprepo"
    with pytest.raises(RepositoryError, match="no such repository"):
        Repository.open(str(missing))
    assert not missing.exists()
