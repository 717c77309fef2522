"""A supervisor's or manager's review of a complaint: feedback the person who took it sees
and acknowledges; audited, private to them and those who coach, exported with the record
and numbered for head office like every other change to it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop_app.domain.personal_data import PersonQuery
from desktop_app.domain.staff import Role
from desktop_app.services import audit, auth, complaints, data_protection, exchange, reviews
from tests.services.test_data_protection import save_complaint

FEEDBACK = {"went_well": "You let the customer finish before answering.",
            "work_on": "Offer two options with their cost before escalating."}


def test_a_review_is_kept_with_the_record_and_audited(ctx, staff, supervisor, manager):
    reference = save_complaint(ctx, staff)
    reviewed = reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    (review,) = reviewed.reviews
    assert (review.went_well, review.work_on, review.staff_name, review.acknowledged_at) == (
        FEEDBACK["went_well"], FEEDBACK["work_on"], "Suzy Supervisor", None)
    assert review.at == ctx.clock.now()
    entries = audit.trail(ctx, manager, action="review")
    assert [(e.staff_code, e.record_ref) for e in entries] == [("V01", reference)]


def test_the_person_reviewed_sees_it_on_home_and_acknowledges_it(ctx, staff, manager):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, manager, reference, FEEDBACK)
    (notice,) = reviews.feedback_to_see(ctx, staff)
    assert notice.reference == reference and notice.review.work_on == FEEDBACK["work_on"]
    assert reviews.feedback_to_see(ctx, manager) == []      # it is not the reviewer's
    reviews.acknowledge_feedback(ctx, staff, reference)
    assert reviews.feedback_to_see(ctx, staff) == []
    (review,) = complaints.get_complaint(ctx, staff, reference).reviews
    assert review.acknowledged_at == ctx.clock.now()
    assert [e.staff_code for e in audit.trail(ctx, manager, action="acknowledge")] == ["S01"]
    with pytest.raises(DomainError, match="no feedback for you"):
        reviews.acknowledge_feedback(ctx, staff, reference)      # once is enough


def test_only_the_person_reviewed_can_acknowledge(ctx, staff, supervisor, manager):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    with pytest.raises(DomainError):
        reviews.acknowledge_feedback(ctx, manager, reference)
    assert len(reviews.feedback_to_see(ctx, staff)) == 1


@pytest.mark.parametrize(("raw", "keys"), [
    ({}, {"went_well", "work_on"}),
    ({"went_well": "   ", "work_on": FEEDBACK["work_on"]}, {"went_well"}),
    ({"went_well": FEEDBACK["went_well"], "work_on": "ok"}, {"work_on"}),
    ({"went_well": "x" * 2001, "work_on": FEEDBACK["work_on"]}, {"went_well"}),
])
def test_feedback_that_cannot_be_acted_on_is_named_against_its_field(ctx, staff, supervisor,
                                                                    raw, keys):
    reference = save_complaint(ctx, staff)
    with pytest.raises(ValidationFailed) as failed:
        reviews.review_complaint(ctx, supervisor, reference, raw)
    assert set(failed.value.errors) == keys
    assert complaints.get_complaint(ctx, supervisor, reference).reviews == []


def test_nobody_reviews_their_own_complaint(ctx, supervisor):
    reference = save_complaint(ctx, supervisor)
    with pytest.raises(DomainError, match="another supervisor or manager"):
        reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    assert not reviews.may_review(supervisor, complaints.get_complaint(ctx, supervisor,
                                                                        reference))


def test_staff_cannot_review(ctx, staff, manager):
    reference = save_complaint(ctx, manager)
    assert not reviews.may_review(staff, complaints.get_complaint(ctx, manager, reference))
    with pytest.raises(PermissionDenied, match="supervisor or a manager"):
        reviews.review_complaint(ctx, staff, reference, FEEDBACK)


def test_staff_see_their_own_feedback_only(ctx, staff, supervisor, manager):
    colleague = auth.add_staff(ctx, manager, name="Cat Colleague", code="S02",
                               role=Role.STAFF, pin="9753")
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    assert complaints.get_complaint(ctx, colleague, reference).reviews == []
    assert len(complaints.get_complaint(ctx, staff, reference).reviews) == 1
    assert len(complaints.get_complaint(ctx, manager, reference).reviews) == 1
    assert reviews.feedback_to_see(ctx, colleague) == []


def test_a_review_is_a_change_head_office_is_sent(ctx, staff, supervisor):
    reference = save_complaint(ctx, staff)
    with ctx.uow() as uow:
        (before,) = [p.seq for p in uow.outbox.after(0) if p.reference == reference]
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    reviews.acknowledge_feedback(ctx, staff, reference)
    with ctx.uow() as uow:
        (after,) = [p.seq for p in uow.outbox.after(0) if p.reference == reference]
    assert after > before + 1          # the review and its acknowledgement, each numbered


def test_the_review_is_exported_and_imported_with_the_record(ctx, staff, supervisor, manager,
                                                             other_till):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    reviews.acknowledge_feedback(ctx, staff, reference)
    document = exchange.export_period(ctx, manager, date(2026, 3, 1), date(2026, 3, 31), "json")
    (record,) = json.loads(document)["complaints"]
    (sent,) = record["reviews"]
    assert (sent["staff_code"], sent["went_well"], sent["acknowledged_at"]) == (
        "V01", FEEDBACK["went_well"], ctx.clock.now().isoformat())
    other, boss = other_till
    exchange.import_document(other, boss, document)
    (kept,) = complaints.get_complaint(other, boss, reference).reviews
    assert (kept.went_well, kept.work_on, kept.staff_name, kept.acknowledged_at) == (
        FEEDBACK["went_well"], FEEDBACK["work_on"], "Suzy Supervisor", ctx.clock.now())


def test_an_imported_review_is_checked_as_the_form_checks_it(ctx, staff, supervisor, manager,
                                                             other_till):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    document = json.loads(exchange.export_period(ctx, manager, date(2026, 3, 1),
                                                 date(2026, 3, 31), "json"))
    document["complaints"][0]["reviews"][0]["work_on"] = ""
    other, boss = other_till
    with pytest.raises(exchange.ImportRefused) as refused:
        exchange.import_document(other, boss, json.dumps(document).encode())
    assert any("reviews[0].work_on" in problem for problem in refused.value.problems)


def test_a_subject_access_pack_leaves_staff_feedback_out(ctx, staff, supervisor, manager):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, supervisor, reference, FEEDBACK)
    pack = data_protection.subject_access(ctx, manager, PersonQuery(reference=reference),
                                          date(2026, 3, 9))
    assert FEEDBACK["work_on"] not in pack.json.decode("utf-8")
    assert json.loads(pack.json)["complaints"][0]["reviews"] == []

