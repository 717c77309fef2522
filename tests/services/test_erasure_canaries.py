"""Erasure and the retention sweep remove every field the schema marks personal.

Every personal field of a complaint and an incident — their parts too: answers, options,
escalation, amendments, follow-ups, decisions, people, updates, disclosures — is filled
with its own canary word through the services, as the till would. After erasure (one set)
and the retention sweep (another), no canary is in the database file, its WAL or the
search index. The fields are found by walking the schema, so a new personal field is
covered without touching this test.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.schema.complaint import COMPLAINT, PLAIN_FIELDS
from desktop_app.domain.schema.field import Kind
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.services import aftercare, complaints, data_protection, incidents, reviews
from tests.services.test_complaints_service import full_answers


class Canaries:
    """A distinct word per field, remembered with the field it went into."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.where: dict[str, str] = {}

    def phone(self) -> str:
        number = f"07700 9004{len(self.prefix) * 10 + ord(self.prefix[0]) % 10:02d}"
        self.where[number] = "contact_phone"
        return number

    def __call__(self, path: str) -> str:
        word = f"Zq{self.prefix}{len(self.where):03d}canary"
        self.where[word] = path
        return word


def _text_fields(fields) -> list[str]:  # noqa: ANN001
    return [f.key for f in fields if f.personal and f.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT)]


def complaint_full_of_canaries(ctx, staff, supervisor, canary: Canaries) -> str:  # noqa: ANN001
    answers = full_answers()
    for key in _text_fields(PLAIN_FIELDS.values()):
        answers[key] = canary(key)
    answers.update(
        contact_consent=True, contact_phone=canary.phone(),
        contact_email=f"{canary('contact_email')}@example.org",
        receipt_number=canary("receipt_number").upper(),
        clarifying_answers=[["When did it fail?", canary("clarifying_answers.answer")]],
        root_cause=canary("root_cause"), five_whys=[canary("five_whys"), canary("five_whys")],
        options=[{"description": canary("options.description"), "cost": "5",
                  "time": canary("options.time"), "impact": canary("options.impact")},
                 {"description": canary("options.description"), "cost": "9"}],
        justification=canary("justification"), customer_agrees="no",
        customer_name=canary("customer_name"), escalated_to=canary("escalation.to"),
        escalation_reason=canary("escalation.reason"), follow_up_needed=False,
        customer_challenging="yes")          # so that what calmed things is asked, and kept
    form = complaints.start_complaint(ctx, staff)
    form.answers = answers
    reference = complaints.save_complaint(ctx, form).reference
    complaints.amend_complaint(ctx, supervisor, reference, "customer_name",
                               canary("amendments.new_value"), canary("amendments.reason"))
    complaints.amend_complaint(ctx, supervisor, reference, "product",
                               canary("amendments.new_value"), "Product misnamed at the till")
    aftercare.decide_escalation(ctx, supervisor, reference, {
        "decision": canary("decisions.decision"), "reason": canary("decisions.reason"),
        "outcome": "tell_customer", "follow_up_due": ctx.clock.now().date()})
    aftercare.record_follow_up(ctx, staff, reference, {
        "contacted_on": ctx.clock.now().date(), "method": "phone",
        "outcome": canary("follow_ups.outcome"),
        "customer_words": canary("follow_ups.customer_words"), "confirmed_resolved": True})
    reviews.review_complaint(ctx, supervisor, reference, {
        "went_well": f"Calm: {canary('reviews.went_well')}",
        "work_on": f"Next time: {canary('reviews.work_on')}"})
    aftercare.close_complaint(ctx, supervisor, reference, canary("closure_note"))
    return reference


def incident_full_of_canaries(ctx, staff, manager, canary: Canaries) -> str:  # noqa: ANN001
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    for key in _text_fields(INCIDENT.where(form=True)):
        answers[key] = canary(key)
    answers.update(behaviours=["verbal_abuse", "other"], trigger="other",
                   injury="minor", police_attended=True, cctv_captured=True,
                   other_witnesses=[{"name": canary("people.name"),
                                     "contact": canary("people.contact")}])
    reference = incidents.record_incident(ctx, staff, answers).reference
    incidents.add_update(ctx, manager, reference, "note", canary("updates.text"))
    incidents.add_disclosure(ctx, manager, reference, disclosed_on=ctx.clock.now().date(),
                             recipient=canary("disclosures.recipient"),
                             organisation="Police Scotland",
                             reason=canary("disclosures.reason"), what="cctv")
    return reference


def found_in_files(ctx, canary: Canaries) -> dict[str, str]:  # noqa: ANN001
    db = ctx.db.path
    data = b"".join(p.read_bytes().lower() for p in (db, db.with_name(db.name + "-wal"))
                    if p.exists())
    return {word: path for word, path in canary.where.items() if word.lower().encode() in data}


def found_in_index(ctx, canary: Canaries) -> dict[str, str]:  # noqa: ANN001
    with sqlite3.connect(ctx.db.path) as raw:
        return {word: path for word, path in canary.where.items()
                if raw.execute("SELECT count(*) FROM complaints_fts WHERE complaints_fts "
                               "MATCH ?", (f'"{word}"',)).fetchone()[0]}


def test_every_personal_field_is_covered_by_a_canary():
    personal = {path for schema in (COMPLAINT, INCIDENT) for path, f in schema.walk()
                if f.personal and schema[path.split(".")[0]].stored}
    # the parts themselves, the signature (deleted whole) and the choices of what hate was
    # perceived to target (no free text) are checked in test_data_protection
    exempt = {"clarifying_answers", "options", "escalation", "amendments", "follow_ups",
              "decisions", "reviews", "people", "updates", "disclosures", "signature_png",
              "protected_characteristics"}
    covered = set(_text_fields(PLAIN_FIELDS.values())) | set(
        _text_fields(INCIDENT.where(form=True)))
    covered |= {"contact_phone", "contact_email", "receipt_number", "clarifying_answers.answer", "root_cause",
                "five_whys", "options.description", "options.time", "options.impact",
                "justification", "customer_name", "escalation.to", "escalation.reason",
                "amendments.reason", "decisions.decision", "decisions.reason",
                "follow_ups.outcome", "follow_ups.customer_words", "closure_note",
                "people.name", "people.contact", "updates.text", "disclosures.recipient",
                "disclosures.reason", "reviews.went_well", "reviews.work_on"}
    assert personal - exempt <= covered


def test_erasure_and_the_sweep_leave_no_personal_text_anywhere(ctx, manager, supervisor,
                                                               staff, clock):
    erased, swept = Canaries("e"), Canaries("s")
    erased_complaint = complaint_full_of_canaries(ctx, staff, supervisor, erased)
    erased_incident = incident_full_of_canaries(ctx, staff, manager, erased)
    old_complaint = complaint_full_of_canaries(ctx, staff, supervisor, swept)
    old_incident = incident_full_of_canaries(ctx, staff, manager, swept)
    for canary in (erased, swept):
        assert found_in_files(ctx, canary) == canary.where    # the test can see them
    assert found_in_index(ctx, erased)                        # and search finds some

    data_protection.erase_personal_data(
        ctx, manager, complaints=[erased_complaint], incidents=[erased_incident],
        reason="Customer's written request", received_on=date(2026, 3, 10))
    assert found_in_files(ctx, erased) == {}
    assert found_in_index(ctx, erased) == {}
    assert found_in_files(ctx, swept) == swept.where          # nothing else was touched

    clock.set(datetime(2033, 1, 1, 9, 0))
    result = data_protection.retention_sweep(ctx)
    assert set(result.complaints) == {old_complaint} and set(result.incidents) == {old_incident}
    assert found_in_files(ctx, swept) == {}
    assert found_in_index(ctx, swept) == {}

    kept = complaints.get_complaint(ctx, manager, old_complaint)
    assert kept.category and kept.amount_pence and kept.status.value == "closed"
    assert [a.field for a in kept.amendments] == ["customer_name", "product"]
    assert {a.old_value for a in kept.amendments} == {""}
