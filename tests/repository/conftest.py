"""Fixtures for repository tests: a real PostgreSQL server (Debian's ``postgresql``
package) started once per test session in a temporary data directory, on a free port,
listening on 127.0.0.1 only, and stopped afterwards. PostgreSQL refuses to run as root, so
as root (CI) it runs as the ``postgres`` user. If it cannot start, the tests fail: they
never skip."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint_app.repository.local_server import PostgresServer

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = REPO_ROOT / "examples" / "online-order-delivery.json"


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


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``blueprint-app ARGS`` in a subprocess, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "blueprint_app", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def start_cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "blueprint_app", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def example() -> dict:
    """The online-order example in the form the repository stores (read and written
    through the interchange format once)."""
    from blueprint_app.repository.files import read_file
    return read_file(EXAMPLE)[0]


def write_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
