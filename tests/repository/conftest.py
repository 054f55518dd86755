"""Fixtures for repository tests: a real PostgreSQL server (Debian's ``postgresql``
package) started once per test session in a temporary data directory, on a free port,
listening on 127.0.0.1 only, and stopped afterwards. PostgreSQL refuses to run as root, so
as root (CI) it runs as the ``postgres`` user. If it cannot start, the tests fail: they
never skip."""
from __future__ import annotations

import glob
import itertools
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = REPO_ROOT / "examples" / "online-order-delivery.json"


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                                                    reverse=True)), None)
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} not found: install Debian's postgresql "
                           "package (bash packaging/dev.sh setup)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self):
        self.as_root = os.geteuid() == 0
        self.dir = tempfile.mkdtemp(prefix="bp-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = _free_port()
        self._names = itertools.count(1)
        if self.as_root:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.superuser = "postgres"

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        result = subprocess.run(prefix + list(cmd), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run(_pg_bin("initdb"), "-D", self.data, "-U", self.superuser, "-A", "trust",
                  "--no-sync", "-E", "UTF8", "--locale=C")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} "
                   f"-c unix_socket_directories={self.dir} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=50")
        self._run(_pg_bin("pg_ctl"), "-D", self.data, "-o", options, "-w", "-t", "60",
                  "-l", os.path.join(self.dir, "server.log"), "start")

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                             dbname=database, autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        name = f"repo_{os.getpid()}_{next(self._names)}"
        self.sql(f'CREATE DATABASE "{name}"')
        return name


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
