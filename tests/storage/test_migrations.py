"""Schema migrations: from nothing, from older, and refusing newer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop_app.storage.database import open_database
from desktop_app.storage.migrations import (HEAD, KNOWN_REVISIONS, SchemaTooNew, current_revision,
                                            include_name, script_revisions, upgrade,
                                            upgrade_needed)
from desktop_app.storage.orm import Base


def test_known_revisions_match_the_migration_scripts():
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_an_empty_file_is_upgraded_to_head_and_matches_the_mappings(tmp_path: Path):
    db = open_database(tmp_path / "new.db")
    assert upgrade_needed(db.writer)
    assert upgrade(db.writer) is True
    assert current_revision(db.writer) == HEAD
    with db.writer.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert upgrade(db.writer) is False    # nothing to do the second time
    db.dispose()


def test_an_older_database_is_upgraded_and_keeps_its_rows(tmp_path: Path):
    from alembic import command
    from desktop_app.storage.migrations import alembic_config

    path = tmp_path / "old.db"
    db = open_database(path)
    upgrade(db.writer)
    with db.writer.connect() as connection:
        command.downgrade(alembic_config(connection), "base")
        connection.commit()
    assert current_revision(db.writer) is None
    calls = []
    assert upgrade(db.writer, before=lambda: calls.append("backup")) is True
    assert current_revision(db.writer) == HEAD
    db.dispose()


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "newer.db"
    db = open_database(path)
    upgrade(db.writer)
    db.dispose()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    db = open_database(path)
    with pytest.raises(SchemaTooNew, match="newer version"):
        upgrade(db.writer)
    db.dispose()
    assert path.read_bytes() == before


def test_pragmas_are_set_on_every_connection(tmp_path: Path):
    db = open_database(tmp_path / "p.db")
    with db.writer.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2       # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert (tmp_path / "p.db").stat().st_mode & 0o077 == 0   # owner only
    db.dispose()


def test_audit_entries_cannot_be_changed(tmp_path: Path):
    db = open_database(tmp_path / "a.db")
    upgrade(db.writer)
    db.dispose()
    raw = sqlite3.connect(tmp_path / "a.db")
    raw.execute("INSERT INTO audit_log (at, staff_code, action, record_type, record_ref, pc, "
                "prev_hash, hash) VALUES ('2026-01-01', '', 'x', '', '', '', '0', '1')")
    raw.commit()
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        raw.execute("UPDATE audit_log SET action = 'y'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        raw.execute("DELETE FROM audit_log")
    raw.close()


def test_the_outbox_triggers_the_check_expects_are_the_ones_the_migration_makes(ctx):
    import importlib.util
    import sqlite3

    from desktop_app.storage.file_check import OUTBOX_TRIGGERS, REVIEW_TRIGGERS
    path = Path(__file__).resolve().parents[2] / "db" / "versions" / "0006_head_office_outbox.py"
    spec = importlib.util.spec_from_file_location("m0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert sorted(OUTBOX_TRIGGERS) == sorted(module.trigger_names())
    connection = sqlite3.connect(ctx.db_path)
    made = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outbox_%'")}
    connection.close()
    assert made == set(OUTBOX_TRIGGERS) | set(REVIEW_TRIGGERS)   # 0008 adds the reviews'
    assert len(REVIEW_TRIGGERS) == 3
