"""Alembic environment for head office's PostgreSQL database (db/head_office/versions).

The connection comes in `config.attributes["connection"]`
(desktop_app/storage/head_office/database.py); there is no alembic.ini. The till's
migrations are in db/versions and never run here.
"""

from __future__ import annotations

from alembic import context

from desktop_app.storage.head_office.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
