"""Follow-up contacts, the closing rule and escalation decisions, checked in the database."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.domain.aftercare import NextStep
from desktop_app.domain.complaint import Status
from desktop_app.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop_app.services import aftercare, audit, complaints, data_protection, exchange, reporting
from tests.services.test_data_protection import save_complaint

TODAY = date(2026, 3, 10)          # the ctx fixture's clock


def awaiting(ctx, user, due: date = date(2026, 3, 12), **changes) -> str:  # noqa: ANN001
    return save_complaint(ctx, user, follow_up_needed=True, follow_up_due=due,
                          follow_up_method="phone", **changes)


def escalated(ctx, user, to: str = "Suzy Supervisor (supervisor) – on the floor") -> str:  # noqa: ANN001
    return save_complaint(ctx, user, customer_agrees="no", escalated_to=to,
                          escalation_reason="The customer wants more than a refund.")


def contact(**changes) -> dict:
    return {"contacted_on": TODAY, "method": "phone", "outcome": "Spoke to the customer.",
            "customer_words": "The new kettle works fine, thank you.",
            "confirmed_resolved": True, "next_due": None} | changes


def test_a_confirmed_contact_resolves_and_is_kept_with_who_and_when(ctx, staff, manager, clock):
    reference = awaiting(ctx, staff)
    assert complaints.get_complaint(ctx, staff, reference).status is Status.AWAITING_FOLLOW_UP
    clock.advance(days=1)
    done = aftercare.record_follow_up(ctx, staff, reference,
                                      contact(contacted_on=date(2026, 3, 11)))
    assert done.status is Status.RESOLVED
    (kept,) = done.follow_ups
    assert (kept.contacted_on, kept.method, kept.staff_name, kept.recorded_at) == \
        (date(2026, 3, 11), "phone", "Sam Staff", clock.now())
    assert kept.customer_words == "The new kettle works fine, thank you."
    assert [e.record_ref for e in audit.trail(ctx, manager, action="follow_up")] == [reference]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        reporting.complaint_report(ctx, manager, reference).pdf)).pages)
    assert "Follow-up contacts" in text and "The new kettle works fine" in text


def test_an_unconfirmed_contact_needs_the_next_date_and_re_dates_the_follow_up(ctx, staff):
    reference = awaiting(ctx, staff)
    with pytest.raises(ValidationFailed) as failed:
        aftercare.record_follow_up(ctx, staff, reference,
                                   contact(confirmed_resolved=False, next_due=None))
    assert set(failed.value.errors) == {"next_due"}
    again = aftercare.record_follow_up(ctx, staff, reference, contact(
        confirmed_resolved=False, next_due=date(2026, 3, 20), outcome="No answer; left a message"))
    assert (again.status, again.follow_up_due) == (Status.AWAITING_FOLLOW_UP, date(2026, 3, 20))
    assert aftercare.follow_up_queue(ctx, staff).overdue == ()


def test_every_field_of_a_contact_is_checked(ctx, staff):
    reference = awaiting(ctx, staff)
    with pytest.raises(ValidationFailed) as failed:
        aftercare.record_follow_up(ctx, staff, reference, contact(
            contacted_on=date(2026, 3, 11), method="pigeon", outcome="  ",
            customer_words="x" * 2_001))
    assert set(failed.value.errors) == {"contacted_on", "method", "outcome", "customer_words"}
    with pytest.raises(ValidationFailed) as failed:
        aftercare.record_follow_up(ctx, staff, reference, contact(contacted_on=date(2026, 3, 1)))
    assert "before the complaint was logged" in failed.value.errors["contacted_on"]
    assert complaints.get_complaint(ctx, staff, reference).follow_ups == []


def test_the_queue_shows_due_today_and_overdue_and_staff_see_only_their_own(
        ctx, staff, supervisor, clock):
    today = awaiting(ctx, staff, due=TODAY)
    later = awaiting(ctx, staff, due=date(2026, 3, 11))
    theirs = awaiting(ctx, supervisor, due=date(2026, 3, 11))
    clock.advance(days=1)          # 11 March: `today` is now overdue, the others due today
    queue = aftercare.follow_up_queue(ctx, supervisor)
    assert [c.reference for c in queue.overdue] == [today]
    assert [c.reference for c in queue.due_today] == [later, theirs]
    assert [c.reference for c in aftercare.follow_up_queue(ctx, staff).due_today] == [later]
    aftercare.record_follow_up(ctx, staff, today, contact(contacted_on=date(2026, 3, 11)))
    assert aftercare.follow_up_queue(ctx, supervisor).overdue == ()


def test_nothing_closes_without_confirmation_or_a_reason(ctx, staff, manager, clock):
    reference = awaiting(ctx, staff)
    with pytest.raises(ValidationFailed) as failed:
        aftercare.close_complaint(ctx, staff, reference, "")
    assert set(failed.value.errors) == {"reason"}
    with pytest.raises(ValidationFailed):
        aftercare.close_complaint(ctx, staff, reference, "n/a")          # not a reason
    assert complaints.get_complaint(ctx, staff, reference).status is Status.AWAITING_FOLLOW_UP
    clock.advance(days=2)
    closed = aftercare.close_complaint(
        ctx, manager, reference, "Three calls and a letter went unanswered.")
    assert (closed.status, closed.closed_at) == (Status.CLOSED, clock.now())
    assert closed.closure_note == ("Closed without the customer's confirmation: Three calls "
                                   "and a letter went unanswered.")
    with pytest.raises(DomainError):
        aftercare.close_complaint(ctx, manager, reference, "Again, for luck please")


def test_a_confirmed_complaint_closes_with_the_confirmation_as_its_note(ctx, staff, manager):
    reference = awaiting(ctx, staff)
    aftercare.record_follow_up(ctx, staff, reference, contact())
    closed = aftercare.close_complaint(ctx, staff, reference)
    assert closed.status is Status.CLOSED
    assert closed.closure_note == "The customer confirmed it is resolved (Phone call, 10/03/2026)."
    assert [e.record_ref for e in audit.trail(ctx, manager, action="close")] == [reference]


def test_staff_follow_up_and_close_only_their_own(ctx, staff, supervisor):
    theirs = awaiting(ctx, supervisor)
    with pytest.raises(PermissionDenied):
        aftercare.record_follow_up(ctx, staff, theirs, contact())
    with pytest.raises(PermissionDenied):
        aftercare.close_complaint(ctx, staff, theirs, "The customer moved away, no contact.")


def test_a_decision_is_recorded_and_the_staff_member_who_escalated_sees_it(
        ctx, staff, supervisor, manager, clock):
    reference = escalated(ctx, staff)
    other = escalated(ctx, staff, to="Morag Manager (manager)")
    waiting = aftercare.escalations_waiting(ctx, supervisor)
    assert [(w.complaint.reference, w.addressed_to_you) for w in waiting] == \
        [(reference, True), (other, False)]
    assert aftercare.escalations_waiting(ctx, staff) == []
    with pytest.raises(PermissionDenied):
        aftercare.decide_escalation(ctx, staff, reference, {})
    with pytest.raises(DomainError):
        aftercare.close_complaint(ctx, manager, reference, "Closing before anyone decided")
    clock.advance(hours=3)
    decided = aftercare.decide_escalation(ctx, supervisor, reference, {
        "decision": "Full refund of £24.99 and a £10 voucher", "reason":
        "Second fault in a month from the same batch.", "outcome": "tell_customer",
        "follow_up_due": date(2026, 3, 11)})
    assert (decided.status, decided.follow_up_due) == (Status.AWAITING_FOLLOW_UP,
                                                       date(2026, 3, 11))
    (decision,) = decided.decisions
    assert (decision.staff_name, decision.at, decision.outcome) == \
        ("Suzy Supervisor", clock.now(), NextStep.TELL_CUSTOMER)
    assert [w.complaint.reference for w in aftercare.escalations_waiting(ctx, manager)] == [other]
    notices = aftercare.decisions_to_see(ctx, staff)
    assert [(n.reference, n.decision.decision) for n in notices] == \
        [(reference, "Full refund of £24.99 and a £10 voucher")]
    assert aftercare.decisions_to_see(ctx, supervisor) == []
    aftercare.mark_decisions_seen(ctx, staff, [reference])
    assert aftercare.decisions_to_see(ctx, staff) == []
    assert [e.record_ref for e in audit.trail(ctx, manager, action="decide")] == [reference]


def test_a_referred_decision_keeps_it_escalated_and_decisions_are_checked(
        ctx, staff, manager):
    reference = escalated(ctx, staff)
    with pytest.raises(ValidationFailed) as failed:
        aftercare.decide_escalation(ctx, manager, reference, {
            "decision": "", "reason": "short", "outcome": "tell_customer"})
    assert set(failed.value.errors) == {"decision", "reason", "follow_up_due"}
    kept = aftercare.decide_escalation(ctx, manager, reference, {
        "decision": "Passed to the area manager", "reason": "Above the store's authority.",
        "outcome": "referred"})
    assert kept.status is Status.ESCALATED and kept.decisions[0].outcome is NextStep.REFERRED
    closed = aftercare.close_complaint(ctx, manager, reference,
                                       "Head office settled it directly with the customer.")
    assert closed.status is Status.CLOSED
    with pytest.raises(DomainError):
        aftercare.decide_escalation(ctx, manager, reference, {
            "decision": "Late", "reason": "Far too late to decide", "outcome": "referred"})


def test_contacts_and_decisions_travel_in_the_export_and_come_back(ctx, staff, manager,
                                                                  other_till):
    reference = escalated(ctx, staff)
    aftercare.decide_escalation(ctx, manager, reference, {
        "decision": "Refund", "reason": "The fault is ours, clearly.",
        "outcome": "tell_customer", "follow_up_due": date(2026, 3, 12)})
    aftercare.record_follow_up(ctx, staff, reference, contact())
    document = exchange.export_period(ctx, manager, date(2026, 1, 1), date(2026, 12, 31),
                                      "json")
    other, boss = other_till
    exchange.import_document(other, boss, document)
    copy = complaints.get_complaint(other, boss, reference)
    assert [(f.customer_words, f.staff_name) for f in copy.follow_ups] == \
        [("The new kettle works fine, thank you.", "Sam Staff")]
    assert [(d.decision, d.outcome) for d in copy.decisions] == \
        [("Refund", NextStep.TELL_CUSTOMER)]
    assert exchange.import_document(other, boss, document).already_here == 1


def test_erasure_removes_the_customer_s_words_from_contacts(ctx, staff, manager):
    reference = awaiting(ctx, staff)
    aftercare.record_follow_up(ctx, staff, reference, contact(
        customer_words="Quokkafield says it works now"))
    data_protection.erase_personal_data(ctx, manager, complaints=[reference], incidents=[],
                                        reason="Customer asked in writing",
                                        received_on=date(2026, 3, 9))
    (kept,) = complaints.get_complaint(ctx, manager, reference).follow_ups
    assert kept.customer_words == "" and kept.outcome == "" and kept.method == "phone"
