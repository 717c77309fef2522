"""Head office's PostgreSQL storage: every store's records, keys, bundles received and
imports, beside the till's SQLite storage. Its own Alembic migrations: db/head_office."""
