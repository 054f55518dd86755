"""Fixtures for repository tests: a real PostgreSQL server (Debian's ``postgresql``
package) started once per test session in a temporary data directory, on a free port,
listening on 127.0.0.1 only, and stopped afterwards. PostgreSQL refuses to run as root, so
as root (CI) it runs as the ``postgres`` user. If it cannot start, the tests fail: they
never skip."""
from __future__ import annotations

import shutil

import pytest

from blueprint_app.repository.local_server import PostgresServer



@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    try:
        server.start()
    except Exception:
        shutil.rmtree(server.dir, ignore_errors=True)
        raise
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def repo_url(request, tmp_path) -> str:
    """An URL where a repository can be created, on each engine in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "team.bprepo")
    server = request.getfixturevalue("postgres_server")
    return server.url(server.new_database())
