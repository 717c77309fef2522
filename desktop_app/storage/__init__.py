"""SQLite storage: mappings, repositories, unit of work, migrations and backups."""
