"""Alembic environment shared by the program, the command line and the tests.

The connection comes in `config.attributes["connection"]` (see
desktop_app/storage/migrations.py); there is no alembic.ini. Batch mode is on for SQLite's
limited ALTER TABLE. A batch migration rebuilds tables, which fails on DROP TABLE while
foreign keys are enforced, so they are switched off on the raw connection before the
migration's transaction and checked with `PRAGMA foreign_key_check` afterwards.
"""

from __future__ import annotations

from alembic import context

from desktop_app.storage.migrations import include_name
from desktop_app.storage.orm import Base

config = context.config
connection = config.attributes["connection"]
raw = connection.connection.driver_connection   # autocommit sqlite3 connection: PRAGMAs work

raw.execute("PRAGMA foreign_keys = OFF")
try:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True, compare_type=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
    problems = raw.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"The migration left {len(problems)} broken references.")
finally:
    raw.execute("PRAGMA foreign_keys = ON")
