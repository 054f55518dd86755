"""A throwaway PostgreSQL server for tests, benchmarks and trying the team repository on one
machine: ``initdb`` in a temporary directory, started with ``pg_ctl`` on a free port,
listening on 127.0.0.1 only (trust authentication there), removed by ``stop()``.
PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` user that
Debian's ``postgresql`` package creates (``runuser -u postgres``)."""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile


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

    def start(self, durable: bool = False) -> None:
        """``durable``: a server as configured in production (every commit flushed to disk,
        for benchmarks); otherwise without fsync, which tests do not need."""
        self._run(_pg_bin("initdb"), "-D", self.data, "-U", self.superuser, "-A", "trust",
                  "--no-sync", "-E", "UTF8", "--locale=C")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} "
                   f"-c unix_socket_directories={self.dir} -c max_connections=50")
        if not durable:
            options += " -c fsync=off -c full_page_writes=off"
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
