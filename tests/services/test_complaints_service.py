"""Logging a complaint through the service layer."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.domain.clock import FixedClock
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import complaints
from tests.domain.test_complaint_form import answers as sample_answers
from tests.samples import SIGNATURE
from tests.services.fakes import FakeContext


def full_answers() -> dict:
    return sample_answers(receipt_number="R1", satisfaction=5, improvement_suggestion="",
                          empathy_statement="", implicit_needs="", delivery_date=None,
                          repair_already_tried=False, reasonable_adjustments="",
                          follow_up_due=None, follow_up_method="", contact_email="")


def fake_ctx() -> FakeContext:
    return FakeContext(clock=FixedClock(datetime(2026, 3, 10, 10, 0)))


def test_save_gives_sequential_references_per_store_and_year_and_commits():
    ctx = fake_ctx()
    user = StaffMember(2, "Sam", "S01", Role.STAFF)
    first = complaints.start_complaint(ctx, user)
    first.answers = full_answers()
    ctx.clock.advance(minutes=2)
    saved = complaints.save_complaint(ctx, first)
    second = complaints.start_complaint(ctx, user)
    second.answers = full_answers()
    again = complaints.save_complaint(ctx, second)
    assert (saved.reference, again.reference) == ("TST01-2026-000001", "TST01-2026-000002")
    assert ctx.unit.committed == 2
    assert saved.opened_at == datetime(2026, 3, 10, 10, 0)
    assert saved.saved_at == datetime(2026, 3, 10, 10, 2)


def test_an_invalid_form_is_not_saved_and_nothing_is_committed():
    ctx = fake_ctx()
    form = complaints.start_complaint(ctx, StaffMember(2, "Sam", "S01", Role.STAFF))
    form.answers = full_answers() | {"paraphrase": ""}
    with pytest.raises(ValidationFailed) as failed:
        complaints.save_complaint(ctx, form)
    assert "paraphrase" in failed.value.errors
    assert ctx.unit.committed == 0 and ctx.unit.complaints.saved == []


def test_a_failed_commit_leaves_nothing_half_saved():
    ctx = fake_ctx()
    ctx.unit.fail_on_commit = OSError("disk full")
    form = complaints.start_complaint(ctx, StaffMember(2, "Sam", "S01", Role.STAFF))
    form.answers = full_answers()
    with pytest.raises(Exception):  # noqa: B017 - translated by the service in a later layer
        complaints.save_complaint(ctx, form)
    assert ctx.unit.complaints.saved == []


def test_saved_complaint_reads_back_identically_from_sqlite(ctx, staff):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers() | {"signature_png": SIGNATURE, "five_whys": ["A", "B"]}
    saved = complaints.save_complaint(ctx, form)
    loaded = complaints.get_complaint(ctx, staff, saved.reference)
    for name in ("customer_account", "amount_pence", "options", "clarifying_answers", "five_whys",
                 "signature_png", "status", "chosen_option", "customer_agrees", "opened_at"):
        assert getattr(loaded, name) == getattr(saved, name), name
    assert loaded.staff_name == "Sam Staff"


def test_staff_see_their_own_recent_complaints_managers_the_store(ctx, staff, manager):
    for user in (staff, manager):
        form = complaints.start_complaint(ctx, user)
        form.answers = full_answers()
        complaints.save_complaint(ctx, form)
    assert [c.staff_name for c in complaints.recent_complaints(ctx, staff)] == ["Sam Staff"]
    assert len(complaints.recent_complaints(ctx, manager)) == 2
