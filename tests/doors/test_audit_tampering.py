"""Each way of cutting or rewriting the audit trail that a plain hash chain misses is found
by `check`: a cut tail (1, 10 or all entries), a deleted record, an edited entry with the
chain recomputed, a record slipped in, dropped triggers, a removed or rewritten anchor."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from desktop_app.domain.audit import GENESIS, entry_hash
from desktop_app.services import audit, auth, complaints, maintenance
from desktop_app.services.context import open_app
from desktop_app.storage.audit_anchor import anchor_path
from tests.conftest import MANAGER_PIN
from tests.services.test_complaints_service import full_answers

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def used(ctx, staff, db_path):
    """A store after some use: complaints saved, a backup made; then closed."""
    for _ in range(6):
        form = complaints.start_complaint(ctx, staff)
        form.answers = full_answers()
        complaints.save_complaint(ctx, form)
    ctx.close()
    assert maintenance.check(db_path).ok
    return db_path


def tamper(path, *statements: str, params=()) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            connection.execute(statement, params)
    finally:
        connection.close()


def problems(path) -> str:
    report = maintenance.check(path)
    assert not report.ok
    return "\n".join(report.problems)


def rechain(path) -> None:
    """Recompute every hash from the first entry on, as a careful attacker would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        rows = connection.execute("SELECT id, at, staff_code, action, record_type, record_ref, "
                                  "pc FROM audit_log ORDER BY id").fetchall()
        prev = GENESIS
        for entry_id, at, code, action, kind, ref, pc in rows:
            digest = entry_hash(prev, at=datetime.fromisoformat(at), staff_code=code,
                                action=action, record_type=kind, record_ref=ref, pc=pc)
            connection.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                               (prev, digest, entry_id))
            prev = digest
    finally:
        connection.close()


def test_dropped_triggers_are_reported_then_put_back_with_a_trace(used):
    tamper(used)
    assert "audit_log_no_update is missing" in problems(used)
    assert "audit_log_no_delete is missing" in problems(used)
    again = open_app(used)                                # the program puts them back
    again.close()
    report = maintenance.check(used)
    assert report.ok, report.problems
    with sqlite3.connect(used) as connection:
        assert connection.execute("SELECT action, record_ref FROM audit_log ORDER BY id DESC "
                                  "LIMIT 1").fetchone() == ("repair", "audit triggers")
        with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"):
            connection.execute("DELETE FROM audit_log WHERE id = 1")


@pytest.mark.parametrize("cut", [1, 10, None])
def test_a_cut_tail_is_found(used, cut):
    where = "" if cut is None else \
        f"WHERE id > (SELECT MAX(id) FROM audit_log) - {cut}"
    tamper(used, f"DELETE FROM audit_log {where}")
    assert "entries were removed from its end" in problems(used)


def test_a_record_deleted_with_its_child_rows_is_found(used):
    with sqlite3.connect(used) as connection:
        (reference,) = connection.execute("SELECT reference FROM complaints LIMIT 1").fetchone()
    tamper(used, "DELETE FROM complaints WHERE reference = ?", params=(reference,))
    found = problems(used)
    assert f"{reference} is in the audit trail but no longer in the database" in found


def test_a_record_slipped_in_outside_the_program_is_found(used):
    columns = [r[1] for r in sqlite3.connect(used).execute("PRAGMA table_info(complaints)")
               if r[1] not in ("id", "reference")]
    listed = ", ".join(columns)
    tamper(used, f"INSERT INTO complaints (reference, {listed}) SELECT 'GLA01-2026-999999', "
                 f"{listed} FROM complaints LIMIT 1")
    assert "GLA01-2026-999999 has no 'create' entry" in problems(used)


def test_an_edited_entry_with_the_chain_recomputed_is_found(used):
    tamper(used, "UPDATE audit_log SET staff_code = 'V01' WHERE id = 5")
    rechain(used)
    assert "the trail was rewritten" in problems(used)


def test_a_cut_tail_with_the_anchor_rewritten_to_match_is_found_by_the_backups(used):
    maintenance.automatic_backup(used, now=datetime.now())    # today's backup: its own head
    tamper(used, "DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - 3")
    with sqlite3.connect(used) as connection:
        last_id, head = connection.execute("SELECT id, hash FROM audit_log ORDER BY id DESC "
                                           "LIMIT 1").fetchone()
    anchor = json.loads(anchor_path(used).read_text())
    anchor_path(used).write_text(json.dumps(dict(anchor, last_id=last_id, head=head)))
    assert "holds audit entries up to" in problems(used)


def test_a_removed_or_garbled_anchor_is_found(used):
    anchor_path(used).write_text("{not json")
    assert "is not an audit anchor" in problems(used)
    anchor_path(used).unlink()
    assert "anchor beside the database, is missing" in problems(used)
    again = open_app(used)                 # opening does not quietly make a new one
    again.close()
    assert not anchor_path(used).exists()


def test_the_anchor_does_not_follow_a_tampered_trail(used, clock):
    """After a cut, the next save must not write the new head over the evidence."""
    tamper(used, "DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - 2")
    before = anchor_path(used).read_text()
    again = open_app(used, clock=clock)
    auth.sign_in(again, "M01", MANAGER_PIN)              # an audited commit
    again.close()
    assert anchor_path(used).read_text() == before
    # the new entries took the cut entries' numbers, but not their hashes
    assert "is not the entry that was written: the trail was rewritten" in problems(used)


def test_ordinary_use_restores_and_older_backups_raise_no_false_alarm(used, tmp_path, clock):
    first = maintenance.automatic_backup(used, now=datetime.now())
    again = open_app(used, clock=clock)
    staff = auth.sign_in(again, "S01", "1357")
    form = complaints.start_complaint(again, staff)
    form.answers = full_answers()
    complaints.save_complaint(again, form)
    again.close()
    assert maintenance.check(used).ok
    # restoring the morning's backup rewinds the trail: that is audited, not tampering
    maintenance.restore(used, first, code="M01", pin=MANAGER_PIN, now=NOW)
    report = maintenance.check(used)
    assert report.ok, report.problems
    reopened = open_app(used, clock=clock)
    try:
        assert audit.check_chain(reopened) == []
    finally:
        reopened.close()
