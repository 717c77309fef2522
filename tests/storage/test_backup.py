"""Backups with the online backup API: consistent while saving, checked, rotated, restored."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import date, datetime, timedelta

import pytest

from desktop_app.services import complaints
from desktop_app.storage import backup as store
from tests.services.test_complaints_service import full_answers

NOW = datetime(2026, 3, 10, 10, 30)


def _save(ctx, user, count: int) -> list[str]:
    references = []
    for _ in range(count):
        form = complaints.start_complaint(ctx, user)
        form.answers = full_answers()
        references.append(complaints.save_complaint(ctx, form).reference)
    return references


def _references(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {r[0] for r in connection.execute("SELECT reference FROM complaints")}


def test_a_backup_taken_while_saving_is_consistent(ctx, db_path, staff, tmp_path):
    _save(ctx, staff, 5)
    saver = threading.Thread(target=_save, args=(ctx, staff, 40))
    saver.start()
    targets = [store.backup_file(db_path, tmp_path / f"b{n}.db") for n in range(5)]
    saver.join()
    for target in targets:
        result = store.check_file(target)
        assert result.ok, result.problems
        with sqlite3.connect(target) as connection:
            complaints_rows = connection.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
            options = connection.execute("SELECT COUNT(DISTINCT complaint_id) FROM "
                                         "complaint_options").fetchone()[0]
        assert complaints_rows >= 5 and options == complaints_rows     # no half-saved record
    assert store.check_file(targets[-1]).revision is not None


def test_backups_are_private_to_the_user(db_path, ctx, tmp_path):
    target = store.backup_file(db_path, tmp_path / "private.db")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_damaged_file_is_found(ctx, db_path, staff, tmp_path):
    _save(ctx, staff, 30)
    copy = store.backup_file(db_path, tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    data[8192:8192 + 4096] = b"\xde\xad\xbe\xef" * 1024         # overwrite a page
    copy.write_bytes(bytes(data))
    result = store.check_file(copy)
    assert not result.ok and result.problems
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database at all" * 100)
    assert "not a readable database" in store.check_file(garbage).problems[0]


def test_rotation_keeps_recent_ones_and_always_the_newest(tmp_path):
    for days_ago in (0, 10, 29, 31, 60):
        made = NOW - timedelta(days=days_ago)
        (tmp_path / store.backup_name(made)).write_bytes(b"x")
    (tmp_path / "my-notes.db").write_bytes(b"not ours")
    removed = store.rotate(tmp_path, today=NOW.date(), keep_days=30)
    assert sorted(store.made_on(p) for p in removed) == [date(2026, 1, 9), date(2026, 2, 7)]
    assert len(store.backups_in(tmp_path)) == 3 and (tmp_path / "my-notes.db").exists()
    only_old = tmp_path / "old"
    only_old.mkdir()
    (only_old / store.backup_name(NOW - timedelta(days=400))).write_bytes(b"x")
    assert store.rotate(only_old, today=NOW.date()) == []        # the last one stays


def test_restore_checks_first_and_keeps_the_replaced_file(ctx, db_path, staff, tmp_path):
    before = _save(ctx, staff, 2)
    good = store.backup_file(db_path, tmp_path / "good.db")
    after = _save(ctx, staff, 1)
    ctx.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"rubbish" * 500)
    with pytest.raises(ValueError):
        store.restore_file(bad, db_path, now=NOW)
    assert _references(db_path) == set(before + after)             # untouched
    kept = store.restore_file(good, db_path, now=NOW)
    assert _references(db_path) == set(before)
    assert kept is not None and _references(kept) == set(before + after)
    assert "replaced-20260310-103000" in kept.name
