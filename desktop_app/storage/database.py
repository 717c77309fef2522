"""Opening the SQLite file the one safe way: WAL, synchronous=FULL, foreign keys, one writer.

SQLAlchemy's documented SQLite recipe: the driver's own transaction handling is switched
off (`isolation_level = None`) so that PRAGMAs take effect and DDL is transactional, and
we emit BEGIN ourselves. The writer uses BEGIN IMMEDIATE so that a write never fails half
way on a lock upgrade; readers (lists, dashboards, on worker threads) get their own
query-only engine, which WAL lets run beside the writer.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop_app.private_files import create_private, private_dir, tighten
from desktop_app.storage.audit_anchor import AnchorKeeper
from desktop_app.storage.instance_lock import InstanceLock, hold_shared

BUSY_TIMEOUT_MS = 5_000
#: Memory-mapped reading off: on a ten-year file the mapped pages a year's dashboard or a
#: scroll to the end touched stayed in the process (430 MiB); read into SQLite's own small
#: cache instead they cost no time here and the program stays near 140 MiB.
READER_MMAP_BYTES = 0


class DatabaseLocationError(RuntimeError):
    """The database cannot live at that path (a network share, say); the message says why."""


def _network_filesystems() -> set[str]:
    return {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs"}


def is_network_path(path: Path) -> bool:
    """WAL needs shared memory between processes, which network file systems do not give."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return False
        resolved = str(path.resolve())
        best, best_type = "", ""
        for line in mounts:
            parts = line.split()
            if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                best, best_type = parts[1], parts[2]
        return best_type in _network_filesystems()
    return False


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _configure(dbapi_connection: sqlite3.Connection, *, read_only: bool) -> None:
    dbapi_connection.isolation_level = None
    # SQLite's own lower() and LIKE fold ASCII only: "Ł" would never find "ł".
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise DatabaseLocationError(
                "The database could not be switched to write-ahead logging; "
                "is it on a network drive or a read-only disk?")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA secure_delete = ON")   # erased text does not linger in the file
    if read_only:
        cursor.execute("PRAGMA query_only = ON")
        cursor.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
    cursor.close()


def _make_engine(path: Path, *, read_only: bool, pool_size: int) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", poolclass=QueuePool, pool_size=pool_size, max_overflow=0,
        pool_timeout=30, connect_args={"check_same_thread": False, "timeout": 5})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # noqa: ANN001 - SQLAlchemy's signature
        _configure(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "begin")
    def on_begin(connection):  # noqa: ANN001
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@dataclass
class Database:
    """The writer engine (exactly one connection) and a reader engine for background queries,
    the shared lock that tells a restore the file is in use, and the audit anchor's keeper."""

    path: Path
    writer: Engine
    reader: Engine
    lock: InstanceLock | None = None
    anchor: AnchorKeeper | None = None

    def roomy_writer_cache(self, mebibytes: int = 256) -> None:
        """Let the writer keep this much of the file in memory: for writing hundreds of
        thousands of records at once (demonstration data), whose index pages would
        otherwise be read and written again for every batch."""
        with self.writer.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA cache_size = -{int(mebibytes) * 1024}")

    def dispose(self) -> None:
        self.reader.dispose()
        try:        # lets the query planner learn from this session's queries (SQLite advice)
            with self.writer.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - closing must never fail over an optimisation
            pass
        self.writer.dispose()
        if self.anchor is not None:
            self.anchor.flush()
        if self.lock is not None:
            self.lock.release()


def open_database(path: Path) -> Database:
    path = Path(path)
    if is_network_path(path):
        raise DatabaseLocationError(
            f"{path} is on a network drive. The database must be on this PC's own disk "
            "(network drives cannot keep it safe). Choose a local folder.")
    private_dir(path.parent)
    lock = hold_shared(path)        # raises DatabaseInUse while a restore replaces the file
    # Readable and writable by this user only (personal data inside), from the first byte;
    # SQLite gives the WAL and shared-memory files the database file's permissions.
    create_private(path)
    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if side.exists():
            tighten(side)
    writer = _make_engine(path, read_only=False, pool_size=1)
    # lists, the home screen, the queues and the dashboard's two halves read at once
    reader = _make_engine(path, read_only=True, pool_size=3)
    return Database(path=path, writer=writer, reader=reader, lock=lock,
                    anchor=AnchorKeeper(path))
