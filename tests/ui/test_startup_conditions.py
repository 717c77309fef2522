"""Damaged is told apart from 'cannot be opened now' and from 'a newer version's file':
only damage offers a backup, and a healthy file is never moved aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import DomainError
from desktop_app.services import maintenance
from desktop_app.services.context import (DatabaseUnavailable, SchemaMissing, SchemaTooNew,
                                          open_app)
from desktop_app.storage.file_check import Condition
from desktop_app.ui.app import make_application, recover_if_damaged
from tests.doors.processes import child, cli

NOW = datetime(2026, 3, 10, 12, 0)


def names(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def assert_never_offered(db_path, dialogs, before: bytes) -> None:
    """Even a click on the button where Restore would be replaces nothing."""
    make_application()
    dialogs.expect(QMessageBox.StandardButton.Ok)
    assert recover_if_damaged(db_path) is False
    assert db_path.read_bytes() == before
    assert not [n for n in names(db_path.parent) if ".damaged-" in n or ".replaced-" in n]
    with pytest.raises(DomainError, match="not damaged"):
        maintenance.restore_after_damage(db_path, next(iter(
            maintenance.backup_folder(db_path).iterdir())), now=NOW)


def test_a_database_locked_by_another_program_is_not_called_damaged(ctx, db_path, dialogs):
    maintenance.automatic_backup(db_path, now=NOW)
    ctx.close()
    before = db_path.read_bytes()
    with child("tests.durability.child_sqlite_lock", str(db_path), ready="LOCKED"):
        found = maintenance.startup_check(db_path)
        assert found.condition is Condition.UNAVAILABLE and found.newest_good_backup is None
        assert "another program has it locked" in found.message
        assert "damaged" not in found.message
        assert_never_offered(db_path, dialogs, before)
        assert "cannot be opened right now" in dialogs.seen[0]
        with pytest.raises(DatabaseUnavailable):
            open_app(db_path)
        listed = cli("--db", str(db_path), "export", "--from", "2026-01-01", "--to",
                     "2026-12-31", "--out", str(db_path.parent / "x.json"), "--user", "M01",
                     "--pin-stdin", stdin="246810\n")
        assert listed.returncode == 2 and "locked" in listed.stderr
        assert "Traceback" not in listed.stderr
    assert maintenance.startup_check(db_path).ok          # free again: it opens as it was


def test_a_read_only_folder_is_not_called_damaged(ctx, db_path, dialogs):
    maintenance.automatic_backup(db_path, now=NOW)
    ctx.close()
    before = db_path.read_bytes()
    folder = db_path.parent
    os.chmod(folder, 0o500)
    try:
        result = cli("--db", str(db_path), "export", "--from", "2026-01-01", "--to",
                     "2026-12-31", "--out", str(folder / "x.json"), "--user", "M01",
                     "--pin-stdin", stdin="246810\n", as_user=True)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert "cannot be opened right now" in result.stderr
        assert "folder is read-only" in result.stderr
        checked = cli("--db", str(db_path), "check", as_user=True)
        assert "Traceback" not in checked.stderr + checked.stdout
    finally:
        os.chmod(folder, 0o700)
    assert db_path.read_bytes() == before and maintenance.startup_check(db_path).ok


def test_an_empty_or_missing_file_where_a_store_was_is_damage_with_the_backup_offered(
        ctx, db_path, dialogs):
    made = maintenance.automatic_backup(db_path, now=NOW)
    ctx.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    found = maintenance.startup_check(db_path)
    assert found.damaged and found.newest_good_backup == made and "empty" in found.message
    refused = cli("--db", str(db_path), "demo")
    assert refused.returncode == 2 and "empty" in refused.stderr
    assert db_path.read_bytes() == b""                    # the command wrote nothing into it
    db_path.unlink()
    found = maintenance.startup_check(db_path)
    assert found.damaged and found.newest_good_backup == made and "missing" in found.message
    make_application()
    dialogs.expect(QMessageBox.StandardButton.Ok)
    assert recover_if_damaged(db_path) is True
    assert "10 March 2026" in dialogs.seen[0]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 3
        last = connection.execute("SELECT action, record_ref FROM audit_log "
                                  "ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("restore", made.name)                 # audited in the restored file
    assert maintenance.check(db_path).ok


def test_an_empty_file_with_no_store_beside_it_is_a_new_store(tmp_path):
    path = tmp_path / "complaints.db"
    path.write_bytes(b"")
    assert maintenance.startup_check(path).condition is Condition.NEW


def _rollback_journal_copy(ctx, db_path, tmp_path, change: str):
    """A backup-like file (rollback-journal mode), altered the way a newer version would."""
    target = maintenance.store.backup_file(db_path, tmp_path / "other.db")
    ctx.close()
    with sqlite3.connect(target) as connection:
        connection.execute(change)
    return target


@pytest.mark.parametrize("change, error", [
    ("UPDATE alembic_version SET version_num = '9999'", SchemaTooNew),
    ("PRAGMA user_version = 99", SchemaTooNew),
    ("DELETE FROM alembic_version", SchemaMissing),
])
def test_a_newer_or_altered_schema_is_refused_before_anything_is_written(
        ctx, db_path, tmp_path, change, error):
    target = _rollback_journal_copy(ctx, db_path, tmp_path, change)
    before = target.read_bytes()
    assert before[18:20] == b"\x01\x01"                   # rollback journal, not WAL
    with pytest.raises(error):
        open_app(target)
    result = cli("--db", str(target), "demo")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "has not been changed" in result.stderr or "not used as it is" in result.stderr
    assert target.read_bytes() == before                  # not switched to WAL, not upgraded
    assert not target.with_name(target.name + "-wal").exists()
    assert "other.db" in names(tmp_path)
    assert not [n for n in names(tmp_path) if ".damaged-" in n or ".replaced-" in n]
