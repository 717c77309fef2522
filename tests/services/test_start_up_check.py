"""The page check after opening: saves wait for it, damage refuses them, and the backup and
the sweep follow it in the background."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import auth, complaints, data_protection, maintenance, startup
from desktop_app.services.integrity_gate import STILL_CHECKING, CheckState, IntegrityGate
from desktop_app.storage import backup as store
from tests.conftest import STAFF_PIN
from tests.services.test_complaints_service import full_answers


def count(ctx) -> int:  # noqa: ANN001
    with sqlite3.connect(ctx.db.path) as raw:
        return raw.execute("SELECT count(*) FROM complaints").fetchone()[0]


def test_while_the_check_runs_signing_in_works_and_a_save_is_refused_with_a_sentence(
        ctx, staff):
    ctx.integrity = IntegrityGate.pending()
    assert auth.sign_in(ctx, "S01", STAFF_PIN).id == staff.id
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    with pytest.raises(DomainError) as refused:
        complaints.save_complaint(ctx, form)
    assert str(refused.value) == STILL_CHECKING and count(ctx) == 0
    assert form.answers == full_answers()                 # nothing typed was lost

    ctx.integrity.settle(True)
    assert complaints.save_complaint(ctx, form).reference
    assert count(ctx) == 1


def test_damage_found_refuses_every_save_with_what_to_do(ctx, staff):
    ctx.integrity = IntegrityGate.pending()
    ctx.integrity.settle(False, "The database file is damaged." + startup.DAMAGE_FOUND)
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    with pytest.raises(DomainError, match="restore the newest good backup"):
        complaints.save_complaint(ctx, form)
    ctx.integrity.settle(True)                            # settled once: stays damaged
    assert ctx.integrity.state is CheckState.DAMAGED and count(ctx) == 0


def test_a_listener_hears_the_answer_once_from_the_settling_thread():
    gate, heard = IntegrityGate.pending(), []
    gate.when_settled(lambda state: heard.append((state, threading.current_thread().name)))
    worker = threading.Thread(target=gate.settle, args=(True,), name="checker")
    worker.start()
    worker.join()
    assert heard == [(CheckState.SOUND, "checker")]
    gate.when_settled(lambda state: heard.append((state, "late")))
    assert heard[-1] == (CheckState.SOUND, "late")         # already settled: told at once


def test_after_opening_checks_then_backs_up_then_sweeps(ctx, manager, staff, clock):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    old = complaints.save_complaint(ctx, form).reference
    clock.set(datetime(2033, 1, 1, 9, 0))
    ctx.integrity = IntegrityGate.pending()
    startup.after_opening(ctx)
    assert ctx.integrity.state is CheckState.SOUND
    assert store.backups_in(maintenance.backup_folder(ctx.db.path))
    assert complaints.get_complaint(ctx, manager, old).anonymised_at == clock.now()


def damage_a_page(path) -> None:  # noqa: ANN001
    """Scribble over the middle of the complaints table's pages (the header stays good)."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'complaints'"
                           ).fetchone()[0]
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)


def test_page_damage_is_found_after_opening_and_nothing_more_is_written(ctx, staff, clock):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    complaints.save_complaint(ctx, form)
    maintenance.automatic_backup(ctx.db.path, now=datetime(2026, 3, 10, 8, 0))
    damage_a_page(ctx.db.path)
    assert maintenance.startup_check(ctx.db.path, thorough=False).ok    # opening: no sign
    ctx.integrity = IntegrityGate.pending()
    clock.set(datetime(2040, 1, 1, 9, 0))
    startup.after_opening(ctx)
    assert ctx.integrity.state is CheckState.DAMAGED
    assert "damaged" in ctx.integrity.message and "Settings, Backups" in ctx.integrity.message
    with pytest.raises(DomainError):
        data_protection.retention_sweep(ctx)               # no sweep into a damaged file

    kept = maintenance.restore_damaged_in_place(ctx, maintenance.newest_good_backup(
        ctx.db.path))
    assert kept is not None and kept.exists()             # the damaged file, kept aside
    assert ctx.integrity.state is CheckState.SOUND
    assert maintenance.startup_check(ctx.db.path).ok and count(ctx) == 1
