"""Child process: another program holding an exclusive SQLite lock on a database file.

    python -m tests.durability.child_sqlite_lock DB_PATH

Prints LOCKED once the lock is held, and keeps it until its standard input closes.
"""

from __future__ import annotations

import sqlite3
import sys


def main() -> None:
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    print("LOCKED", flush=True)
    sys.stdin.read()
    connection.rollback()
    connection.close()


if __name__ == "__main__":
    main()
