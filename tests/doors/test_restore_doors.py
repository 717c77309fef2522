"""Restore never loses a shown reference: refused while a till has the database open, and
read through SQLite so that the commits still in a backup's WAL come with it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import complaints, maintenance
from desktop_app.storage import backup as store
from tests.conftest import MANAGER_PIN
from tests.doors.processes import ask, child, cli
from tests.services.test_complaints_service import full_answers

NOW = datetime(2026, 3, 10, 12, 0)


def references(path, *, main_file_only: bool = False) -> set[str]:
    uri = f"{path.resolve().as_uri()}?{'immutable=1' if main_file_only else 'mode=ro'}"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return {r[0] for r in connection.execute("SELECT reference FROM complaints")}
    finally:
        connection.close()


def test_a_restore_while_a_till_has_the_database_open_is_refused_and_loses_nothing(
        ctx, db_path, tmp_path):
    backup = store.backup_file(db_path, tmp_path / "stick" / "backup.db")
    ctx.close()
    with child("tests.durability.child_holder", str(db_path), ready="READY") as till:
        shown = [ask(till, "save") for _ in range(3)]
        refused = cli("--db", str(db_path), "restore", str(backup), "--user", "M01",
                      "--pin-stdin", stdin=MANAGER_PIN + "\n")
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert "open in another window or program" in refused.stderr
        with pytest.raises(DomainError, match="open in another window"):
            maintenance.restore(db_path, backup, code="M01", pin=MANAGER_PIN, now=NOW)
        shown += [ask(till, "save") for _ in range(2)]     # the till carries on, in the file
    assert set(shown) <= references(db_path)
    assert not list(tmp_path.glob("complaints.replaced-*"))
    assert maintenance.check(db_path).ok
    # once the till is closed, the same restore goes ahead
    assert maintenance.restore(db_path, backup, code="M01", pin=MANAGER_PIN, now=NOW)
    assert not set(shown) & references(db_path)


def test_restoring_from_a_backup_whose_wal_holds_commits_keeps_every_reference(
        ctx, db_path, staff, tmp_path):
    with ctx.db.writer.connect() as connection:          # as a till killed mid-day leaves it
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    shown = []
    for _ in range(30):
        form = complaints.start_complaint(ctx, staff)
        form.answers = full_answers()
        shown.append(complaints.save_complaint(ctx, form).reference)
    stick = tmp_path / "stick"
    stick.mkdir()
    for suffix in ("", "-wal"):                          # a copy taken with its WAL
        shutil.copyfile(f"{db_path}{suffix}", stick / f"till.db{suffix}")
    copy = stick / "till.db"
    assert not set(shown) <= references(copy, main_file_only=True)   # the WAL holds them
    ctx.close()
    db_path.unlink()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)

    kept = maintenance.restore(db_path, copy, code="M01", pin=MANAGER_PIN, now=NOW)
    assert kept is None
    assert set(shown) <= references(db_path)
    assert set(shown) <= references(db_path, main_file_only=True)    # all in the file itself
    assert maintenance.check(db_path).ok


def test_the_program_restoring_in_place_is_refused_while_another_program_has_it_open(
        ctx, db_path, manager, tmp_path):
    backup = store.backup_file(db_path, tmp_path / "backup.db")
    with child("tests.durability.child_holder", str(db_path), ready="READY") as till:
        shown = ask(till, "save")
        with pytest.raises(DomainError, match="open in another window"):
            maintenance.restore_in_place(ctx, manager, backup)
        assert ask(till, "save") != shown
    assert shown in references(db_path)
    form = complaints.start_complaint(ctx, manager)     # this program's database is open again
    form.answers = full_answers()
    assert complaints.save_complaint(ctx, form).reference in references(db_path)
    assert maintenance.restore_in_place(ctx, manager, backup) is not None
