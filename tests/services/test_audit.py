"""The audit trail: one entry per action, references only, tamper-evident, managers read it."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date

import pytest

from desktop_app.domain.audit import AuditAction
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.staff import Role
from desktop_app.domain.personal_data import PersonQuery, RetentionPolicy
from desktop_app.services import (audit, auth, complaints, data_protection, exchange, incidents,
                                  policy, reporting)
from desktop_app.services.auth import SignInFailed
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.services.test_complaints_service import full_answers

CANARY = "Zebedee-Canary-Quux"


def _entries(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT staff_code, action, record_type, record_ref, pc "
                                  "FROM audit_log ORDER BY id").fetchall()


def _new_entries(db_path, before: int) -> list[tuple]:
    return _entries(db_path)[before:]


def _save_complaint(ctx, user) -> str:
    form = complaints.start_complaint(ctx, user)
    form.answers = full_answers() | {"customer_name": CANARY, "customer_account": CANARY}
    return complaints.save_complaint(ctx, form).reference


def _incident(ctx, user) -> str:
    from desktop_app.domain.incident_form import default_answers
    answers = default_answers(now=ctx.clock.now(), reporter_id=user.id)
    answers.update(location="Till 2", account=f"{CANARY} shouted", behaviours=["verbal_abuse"])
    return incidents.record_incident(ctx, user, answers).reference


@pytest.mark.parametrize("action", ["sign_in", "wrong_pin", "unknown_code", "add_staff",
                                    "settings", "save_complaint", "view_complaint",
                                    "record_incident", "view_incident", "update_incident",
                                    "print_complaint", "export", "erase", "subject_access",
                                    "retention", "audit_export", "audit_print"])
def test_each_action_writes_exactly_one_entry(ctx, db_path, manager, staff, action):
    reference = _save_complaint(ctx, staff)
    incident = _incident(ctx, staff)
    before = len(_entries(db_path))
    expected = {
        "sign_in": (lambda: auth.sign_in(ctx, "S01", STAFF_PIN), ("S01", "sign_in", "", "")),
        "wrong_pin": (lambda: auth.sign_in(ctx, "S01", "9999"),
                      ("S01", "sign_in_failed", "", "")),
        "unknown_code": (lambda: auth.sign_in(ctx, "1357", "1357"),
                         ("?", "sign_in_failed", "", "")),
        "add_staff": (lambda: auth.add_staff(ctx, manager, name="New Person", code="S77",
                                             role=Role.STAFF, pin="2468"),
                      ("M01", "staff_change", "staff", "S77")),
        "settings": (lambda: policy.change_policy(ctx, manager, policy.current_policy(ctx)),
                     ("M01", "settings_change", "settings", "")),
        "save_complaint": (lambda: _save_complaint(ctx, staff),
                           ("S01", "create", "complaint", "GLA01-2026-000002")),
        "view_complaint": (lambda: complaints.get_complaint(ctx, manager, reference),
                           ("M01", "view", "complaint", reference)),
        "record_incident": (lambda: _incident(ctx, staff),
                            ("S01", "create", "incident", "GLA01-2026-I000002")),
        "view_incident": (lambda: incidents.get_incident(ctx, manager, incident),
                          ("M01", "view", "incident", incident)),
        "update_incident": (lambda: incidents.add_update(ctx, manager, incident, "note",
                                                         "Spoke to the area manager"),
                            ("M01", "amend", "incident", incident)),
    }
    expected |= {
        "print_complaint": (lambda: reporting.complaint_report(ctx, manager, reference),
                            ("M01", "print", "complaint", reference)),
        "export": (lambda: exchange.export_period(ctx, manager, date(2026, 3, 1),
                                                  date(2026, 3, 31), "csv"),
                   ("M01", "export", "report", "csv 20260301-20260331")),
        "erase": (lambda: data_protection.erase_personal_data(
            ctx, manager, complaints=[reference], incidents=[], reason="Asked by letter",
            received_on=date(2026, 3, 9)), ("M01", "erase", "complaint", reference)),
        "subject_access": (lambda: data_protection.subject_access(
            ctx, manager, PersonQuery(reference=reference), date(2026, 3, 9)),
            ("M01", "subject_access", "report", "SAR-1")),
        "retention": (lambda: data_protection.set_retention(ctx, manager, RetentionPolicy()),
                      ("M01", "settings_change", "settings", "retention")),
        "audit_export": (lambda: audit.export_trail(ctx, manager, audit.AuditFilter()),
                         ("M01", "export", "audit", "")),
        "audit_print": (lambda: reporting.audit_report(ctx, manager, audit.AuditFilter()),
                        ("M01", "print", "audit", "")),
    }
    run, entry = expected[action]
    try:
        run()
    except SignInFailed:
        pass
    new = _new_entries(db_path, before)
    assert [row[:4] for row in new] == [entry]
    assert new[0][4] == ctx.pc_name


def test_entries_hold_references_never_personal_details(ctx, db_path, staff, manager):
    reference = _save_complaint(ctx, staff)
    complaints.get_complaint(ctx, manager, reference)
    _incident(ctx, staff)
    with sqlite3.connect(db_path) as connection:
        dump = "\n".join(connection.iterdump())
    audit_lines = [line for line in dump.splitlines() if "audit_log" in line]
    assert audit_lines and not any(CANARY in line for line in audit_lines)


def test_the_database_refuses_to_change_or_remove_entries(ctx, db_path, staff):
    with sqlite3.connect(db_path) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
            connection.execute("UPDATE audit_log SET action = 'view'")
        with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
            connection.execute("DELETE FROM audit_log")


def _tamper(db_path, sql: str) -> None:
    """What someone with a raw SQLite tool could do: drop the triggers, edit, put them back."""
    with sqlite3.connect(db_path) as connection:
        triggers = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'audit_log'").fetchall()
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute(sql)
        for (create,) in triggers:
            connection.execute(create)


@pytest.mark.parametrize(("sql", "says"), [
    ("UPDATE audit_log SET staff_code = 'X99' WHERE id = 3", "contents were changed"),
    ("DELETE FROM audit_log WHERE id = 3", "before it was changed or removed"),
    ("UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = 2",
     "contents were changed"),
])
def test_tampering_is_detected(ctx, db_path, staff, manager, sql, says):
    _save_complaint(ctx, staff)
    auth.sign_in(ctx, "S01", STAFF_PIN)
    auth.sign_in(ctx, "M01", MANAGER_PIN)
    assert audit.check_chain(ctx) == []
    _tamper(db_path, sql)
    problems = audit.check_chain(ctx)
    assert problems and any(says in p for p in problems)


def test_only_managers_read_the_trail_and_filters_work(ctx, manager, staff, supervisor):
    _save_complaint(ctx, staff)
    with pytest.raises(PermissionDenied):
        audit.trail(ctx, supervisor)
    created = audit.trail(ctx, manager, action="create")
    assert [e.record_ref for e in created] == ["GLA01-2026-000001"]
    by_staff = audit.trail(ctx, manager, staff_code="s01")
    assert {e.action for e in by_staff} == {"sign_in", "create"}
    assert audit.trail(ctx, manager, record_ref="gla01-2026-000001")[0].action == "create"
    latest = audit.trail(ctx, manager, limit=1)[0]
    assert latest.action == AuditAction.VIEW and latest.record_type == "audit"


def test_no_pin_in_the_database_its_wal_or_the_logs(ctx, db_path, manager, caplog):
    secret = "73914862"
    caplog.set_level(logging.DEBUG)
    auth.add_staff(ctx, manager, name="Pat Part-time", code="S88", role=Role.STAFF, pin=secret)
    auth.sign_in(ctx, "S88", secret)
    with pytest.raises(SignInFailed):
        auth.sign_in(ctx, "S88", "73914863")
    with pytest.raises(SignInFailed):
        auth.sign_in(ctx, secret, secret)        # a PIN typed into the code box
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    for path in files:
        if path.exists():
            data = path.read_bytes()
            for pin in (secret, "73914863", MANAGER_PIN, STAFF_PIN):
                assert pin.encode() not in data, f"{pin} found in {path.name}"
    for pin in (secret, "73914863", MANAGER_PIN):
        assert pin not in caplog.text
