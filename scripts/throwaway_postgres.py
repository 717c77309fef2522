"""A PostgreSQL server in a folder of its own, for the tests and the head-office demo.

Debian's `postgresql` package puts initdb and pg_ctl in `pg_config --bindir`. initdb
refuses to run as root, so as root the server's folder is given to the `postgres` user
and the server runs as that user (runuser). It listens only on a Unix socket in its
folder, never on the network.

    with ThrowawayPostgres() as server:
        url = server.create_database("head_office")
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVER_USER = "postgres"


def bindir() -> Path:
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                             check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        raise RuntimeError("PostgreSQL is not installed: `apt-get install postgresql` "
                           "(make test installs it when it can).") from None
    folder = Path(out)
    if not (folder / "initdb").exists():
        # pg_config from libpq-dev alone: the server's programs are elsewhere
        for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
            if (candidate / "initdb").exists():
                return candidate
        raise RuntimeError("PostgreSQL's server is not installed: apt-get install postgresql.")
    return folder


def _free_port() -> int:
    with socket.socket() as probe:          # a number for the socket file's name only
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="till-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._count = 0

    def _run(self, *args: str) -> None:
        command = [str(bindir() / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> ThrowawayPostgres:
        if self.as_root:
            os.chmod(self.folder, 0o755)
            shutil.chown(self.folder, SERVER_USER)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-k {self.folder} -p {self.port} -c listen_addresses='' "
                   "-c fsync=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def create_database(self, name: str | None = None) -> str:
        import psycopg

        self._count += 1
        name = name or f"test_{self._count}"
        with psycopg.connect(host=str(self.folder), port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def __enter__(self) -> ThrowawayPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
