"""Start-up check, daily and pre-upgrade backups, manual backup, full check."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.domain.errors import DomainError, PermissionDenied
from desktop_app.services import audit, maintenance
from desktop_app.storage import backup as store

NOW = datetime(2026, 3, 10, 10, 30)


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))


def test_a_new_or_sound_database_passes_the_start_up_check(ctx, db_path, tmp_path):
    assert maintenance.startup_check(tmp_path / "none-yet.db").ok
    assert maintenance.startup_check(db_path).ok


def test_a_damaged_database_is_explained_and_the_newest_good_backup_offered(ctx, db_path):
    older = maintenance.automatic_backup(db_path, now=NOW - timedelta(days=2))
    newer = maintenance.automatic_backup(db_path, now=NOW - timedelta(days=1))
    ctx.close()
    _damage(db_path)
    found = maintenance.startup_check(db_path)
    assert not found.ok and "damaged" in found.message and "kept aside" in found.message
    assert found.newest_good_backup == newer != older
    kept = maintenance.restore_after_damage(db_path, found.newest_good_backup, now=NOW)
    assert kept.exists() and "damaged" in kept.name
    assert maintenance.startup_check(db_path).ok


def test_one_automatic_backup_a_day(ctx, db_path):
    first = maintenance.automatic_backup(db_path, now=NOW)
    assert first is not None and store.check_file(first).ok
    assert maintenance.automatic_backup(db_path, now=NOW + timedelta(hours=5)) is None
    assert maintenance.automatic_backup(db_path, now=NOW + timedelta(days=1)) is not None


def test_a_manager_backs_up_to_a_chosen_folder(ctx, manager, staff, tmp_path):
    usb = tmp_path / "usb"
    target = maintenance.backup_now(ctx, manager, usb)
    assert target.parent == usb and store.check_file(target).ok
    assert audit.trail(ctx, manager, action="backup")[0].record_ref == target.name
    with pytest.raises(PermissionDenied):
        maintenance.backup_now(ctx, staff, usb)
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("a file where the folder should be")
    with pytest.raises(DomainError, match="could not be written"):
        maintenance.backup_now(ctx, manager, not_a_folder / "sub")


def test_an_upgrade_is_preceded_by_a_backup(ctx, db_path, monkeypatch):
    """open_app hands the migration its `before` step; the step writes a checked backup."""
    ctx.close()
    from desktop_app.services import context

    ran = []

    def upgrade_that_runs_its_before_step(engine, before=None):  # noqa: ANN001
        before()
        ran.append(True)

    monkeypatch.setattr(context, "upgrade", upgrade_that_runs_its_before_step)
    again = context.open_app(db_path, before_upgrade=maintenance.backup_before_upgrade)
    again.close()
    (made,) = store.backups_in(maintenance.backup_folder(db_path))
    assert ran == [True] and made.name.endswith("-before-upgrade.db")
    assert store.check_file(made).ok


def test_the_full_check_reports_tampering(ctx, db_path, staff):
    import sqlite3
    assert maintenance.check(db_path).ok
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE id = 2")
    report = maintenance.check(db_path)
    assert not report.ok and any("Audit entry" in p for p in report.problems)


def test_the_keep_days_setting_is_read_by_the_background_backup(ctx, db_path, manager, staff):
    assert maintenance.keep_days_from_file(db_path) == 30
    maintenance.set_keep_days(ctx, manager, 90)
    assert maintenance.keep_days_from_file(db_path) == 90
    with pytest.raises(DomainError):
        maintenance.set_keep_days(ctx, manager, 2)
    with pytest.raises(PermissionDenied):
        maintenance.set_keep_days(ctx, staff, 60)
