"""Retention sweep, subject access and erasure, against a real database file.

Canary strings are typed into every personal field; after anonymising they must be gone
from the database file, its WAL and any backup made afterwards, while the statistics stay.
"""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.audit import AuditAction
from desktop_app.domain.errors import PermissionDenied, ValidationFailed
from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.personal_data import REMOVED, PersonQuery, RetentionPolicy
from desktop_app.services import audit, complaints, data_protection, incidents, maintenance
from tests.services.test_complaints_service import full_answers

CANARIES = ("Quokkafield", "Zebulonia", "955512", "canary@example.org", "Xylophonic",
            "Marmaduke Witness", "HairlineFracture", "CrimeRef-4471")


def save_complaint(ctx, user, **changes) -> str:  # noqa: ANN001
    form = complaints.start_complaint(ctx, user)
    form.answers = full_answers() | changes
    return complaints.save_complaint(ctx, form).reference


def canary_complaint(ctx, user) -> str:  # noqa: ANN001
    return save_complaint(
        ctx, user, customer_name="Quokkafield Smith",
        customer_account="Mrs Quokkafield says the kettle from Zebulonia leaked.",
        paraphrase="The Zebulonia kettle leaked, Mrs Quokkafield.",
        contact_consent=True, contact_phone="07700 955512",
        contact_email="canary@example.org",
        clarifying_answers=[["When did it fail?", "Xylophonic Tuesday"]])


def canary_incident(ctx, user, complaint_reference: str = "") -> str:  # noqa: ANN001
    answers = default_answers(now=ctx.clock.now(), reporter_id=user.id,
                              complaint_reference=complaint_reference)
    answers.update(location="Till 1", account="Quokkafield shouted at me.",
                   behaviours=["verbal_abuse"], injury="minor",
                   injury_details="HairlineFracture of the finger",
                   crime_reference="CrimeRef-4471", police_attended=True,
                   person_description="Tall, Zebulonia football shirt",
                   other_witnesses=[{"name": "Marmaduke Witness", "contact": "07700 955512"}])
    return incidents.record_incident(ctx, user, answers).reference


def file_bytes(path: Path) -> bytes:
    return path.read_bytes().lower() if path.exists() else b""


def canaries_in(*paths: Path) -> set[str]:
    data = b"".join(file_bytes(p) for p in paths)
    return {c for c in CANARIES if c.lower().encode() in data}


def test_the_sweep_removes_personal_data_past_retention_from_file_wal_and_backups(
        ctx, manager, staff, clock, tmp_path):
    old = canary_complaint(ctx, staff)
    old_incident = canary_incident(ctx, staff, complaint_reference=old)
    db, wal = ctx.db.path, ctx.db.path.with_name(ctx.db.path.name + "-wal")
    assert canaries_in(db, wal) == set(CANARIES)          # the test can see them before

    clock.set(datetime(2032, 3, 11, 9, 0))                # six years and a day later
    recent = save_complaint(ctx, staff, customer_name="Recentia Keepme")
    result = data_protection.retention_sweep(ctx)

    assert result.complaints == (old,)
    assert result.incidents == (old_incident,)
    backup = maintenance.backup_to(ctx, manager, tmp_path / "after.db")
    assert canaries_in(db, wal, backup) == set()
    assert b"recentia keepme" in file_bytes(db) + file_bytes(wal)   # the recent one stays

    kept = complaints.get_complaint(ctx, manager, old)
    assert (kept.customer_account, kept.customer_name, kept.contact_phone) == (REMOVED, "", "")
    assert kept.signature_png is None and kept.anonymised_at == clock.now()
    assert (kept.category, kept.amount_pence, kept.status) == ("faulty_goods", 2499,
                                                               kept.status.CLOSED)
    incident = incidents.get_incident(ctx, manager, old_incident)
    assert incident.account == REMOVED and incident.person_description == ""
    assert [p.name for p in incident.people if p.staff_id is None] == [""]
    assert incident.injury == "minor" and incident.police_attended   # statistics stay
    assert complaints.get_complaint(ctx, manager, recent).customer_name == "Recentia Keepme"

    swept = [e for e in audit.trail(ctx, manager, action=AuditAction.ANONYMISE.value)]
    assert sorted(e.record_ref for e in swept) == sorted([old, old_incident])
    assert {e.staff_code for e in swept} == {data_protection.SWEEP_CODE}
    assert data_protection.retention_sweep(ctx).count == 0       # nothing left to do
    assert maintenance.check(db).ok


def test_a_complaint_is_kept_until_its_period_after_closure_ends(ctx, manager, staff, clock):
    reference = save_complaint(ctx, staff)
    data_protection.set_retention(ctx, manager, RetentionPolicy(complaint_years=2,
                                                                incident_years=3))
    clock.set(datetime(2028, 3, 10, 10, 0))               # not yet two years after closing
    assert data_protection.retention_sweep(ctx, manager).count == 0
    clock.set(datetime(2028, 3, 11, 10, 0))
    assert data_protection.retention_sweep(ctx, manager).complaints == (reference,)


def test_open_complaints_are_never_swept(ctx, staff, clock):
    save_complaint(ctx, staff, follow_up_needed=True,
                   follow_up_due=date(2026, 3, 20), follow_up_method="phone")
    clock.set(datetime(2040, 1, 1))
    assert data_protection.retention_sweep(ctx).count == 0


def test_retention_periods_are_validated_and_only_a_manager_sets_them(ctx, manager, staff):
    with pytest.raises(ValidationFailed) as failed:
        data_protection.set_retention(ctx, manager, RetentionPolicy(complaint_years=0))
    assert "complaint_years" in failed.value.errors
    with pytest.raises(PermissionDenied):
        data_protection.set_retention(ctx, staff, RetentionPolicy())
    with pytest.raises(PermissionDenied):
        data_protection.retention_sweep(ctx, staff)
    data_protection.set_retention(ctx, manager, RetentionPolicy(7, 4))
    assert data_protection.retention_policy(ctx) == RetentionPolicy(7, 4)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_subject_access_finds_every_record_about_a_person(ctx, manager, staff, supervisor):
    by_name = save_complaint(ctx, staff, customer_name="Priya Łukasiewicz")
    by_email = save_complaint(ctx, supervisor, customer_name="P. L.", contact_consent=True,
                              contact_email="Priya.L@example.com")
    by_phone = save_complaint(ctx, staff, customer_name="A. Customer", contact_consent=True,
                              contact_phone="+44 7700 900461")
    in_words = save_complaint(ctx, staff, customer_name="Gary Neighbour",
                              customer_account="My neighbour Priya Łukasiewicz bought it.")
    someone_else = save_complaint(ctx, staff, customer_name="Other Person")
    linked = canary_incident(ctx, staff, complaint_reference=by_name)
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Door", account="Shouting.", behaviours=["verbal_abuse"],
                   other_witnesses=[{"name": "Priya Łukasiewicz", "contact": ""}])
    as_witness = incidents.record_incident(ctx, staff, answers).reference
    canary_incident(ctx, staff)                                  # about someone else

    query = PersonQuery(name="priya łukasiewicz", phone="07700 900461",
                        email="priya.l@example.com")
    found = data_protection.find_person(ctx, manager, query)
    assert {c.reference for c in found.complaints} == {by_name, by_email, by_phone, in_words}
    assert {i.reference for i in found.incidents} == {linked, as_witness}

    pack = data_protection.subject_access(ctx, manager, query, date(2026, 1, 31))
    assert pack.due_on == date(2026, 2, 28)
    document = json.loads(pack.json)
    assert {c["reference"] for c in document["complaints"]} == \
        {by_name, by_email, by_phone, in_words}
    assert {i["reference"] for i in document["incidents"]} == {linked, as_witness}
    assert document["request"]["due_on"] == "2026-02-28"
    text = pdf_text(pack.pdf)
    for reference in (by_name, by_email, by_phone, in_words, linked, as_witness):
        assert reference in text
    assert someone_else not in text and "Priya Łukasiewicz" in text
    assert "28 February 2026" in text
    entries = audit.trail(ctx, manager, action=AuditAction.SUBJECT_ACCESS.value)
    assert len(entries) == 1 and entries[0].record_ref.startswith("SAR-")


def test_subject_access_checks_its_inputs_and_is_for_managers(ctx, manager, staff):
    with pytest.raises(ValidationFailed) as failed:
        data_protection.subject_access(ctx, manager, PersonQuery(email="not-an-email"),
                                       date(2026, 3, 11))
    assert set(failed.value.errors) == {"email", "received_on"}
    with pytest.raises(ValidationFailed) as failed:
        data_protection.find_person(ctx, manager, PersonQuery())
    assert "name" in failed.value.errors
    with pytest.raises(PermissionDenied):
        data_protection.find_person(ctx, staff, PersonQuery(name="Jane"))


def test_hostile_search_text_is_only_ever_a_phrase(ctx, manager, staff):
    save_complaint(ctx, staff, customer_name='Robert "); DROP TABLE complaints; --')
    for name in ('"); DROP TABLE complaints; --', "NEAR(a b)", "a* OR b", "100%_"):
        data_protection.find_person(ctx, manager, PersonQuery(name=name))
    found = data_protection.find_person(ctx, manager, PersonQuery(name='Robert "); DROP'))
    assert len(found.complaints) == 1


def test_erasure_anonymises_the_chosen_records_and_keeps_the_reason(ctx, manager, staff):
    mine = canary_complaint(ctx, staff)
    other = save_complaint(ctx, staff, customer_name="Unrelated Customer")
    with pytest.raises(ValidationFailed) as failed:
        data_protection.erase_personal_data(ctx, manager, complaints=[mine], incidents=[],
                                            reason="", received_on=date(2026, 3, 9))
    assert "reason" in failed.value.errors
    assert complaints.get_complaint(ctx, manager, mine).customer_name == "Quokkafield Smith"

    erased = data_protection.erase_personal_data(
        ctx, manager, complaints=[mine], incidents=[], reason="Customer's letter of 9 March",
        received_on=date(2026, 3, 9))
    assert erased == [mine]
    assert complaints.get_complaint(ctx, manager, mine).customer_account == REMOVED
    assert complaints.get_complaint(ctx, manager, other).customer_name == "Unrelated Customer"
    assert not data_protection.find_person(ctx, manager, PersonQuery(name="Quokkafield")) \
        .complaints
    with sqlite3.connect(ctx.db.path) as raw:
        kind, note, records = raw.execute(
            "SELECT kind, note, records FROM subject_requests").fetchone()
    assert (kind, note, json.loads(records)) == ("erasure", "Customer's letter of 9 March",
                                                 [mine])
    assert [e.record_ref for e in audit.trail(ctx, manager, action="erase")] == [mine]
    assert canaries_in(ctx.db.path, ctx.db.path.with_name(ctx.db.path.name + "-wal")) \
        == set()
