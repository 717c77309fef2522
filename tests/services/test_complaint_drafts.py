"""Drafts of complaints: kept, offered back to their author (or a manager), and cleared on save."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import draft_codec
from desktop_app.domain.errors import NotFound, StorageError
from desktop_app.services import complaint_drafts, complaints
from tests.samples import SIGNATURE
from tests.services.test_complaints_service import full_answers


def _typed_form(ctx, user):
    form = complaints.start_complaint(ctx, user)
    form.answers = {"customer_account": "Half of the story… 🙂 <b>", "purchase_date":
                    date(2026, 2, 28), "signature_png": SIGNATURE, "options": [{"cost": "5"}]}
    return form


def test_codec_round_trips_dates_bytes_and_nesting():
    value = {"d": date(2026, 1, 2), "b": b"\x00\xff", "l": [date(2025, 12, 31), {"x": b"1"}],
             "text": "plain", "n": 3, "none": None}
    assert draft_codec.decode(draft_codec.encode(value)) == value


def test_a_draft_comes_back_exactly_to_its_author(ctx, staff, clock):
    form = _typed_form(ctx, staff)
    draft_id = complaint_drafts.save_draft(ctx, form)
    assert form.draft_id == draft_id
    clock.advance(minutes=1)
    form.answers["customer_account"] += " and more"
    assert complaint_drafts.save_draft(ctx, form) == draft_id      # replaced, not duplicated
    (draft,) = complaint_drafts.pending_drafts(ctx, staff)
    assert draft.answers == form.answers
    resumed = complaint_drafts.resume_draft(ctx, staff, draft_id)
    assert resumed.answers == form.answers
    assert resumed.opened_at == form.opened_at and resumed.draft_id == draft_id


def test_other_staff_never_see_it_but_a_manager_may(ctx, staff, supervisor, manager):
    draft_id = complaint_drafts.save_draft(ctx, _typed_form(ctx, staff))
    assert complaint_drafts.pending_drafts(ctx, supervisor) == []
    with pytest.raises(NotFound):
        complaint_drafts.resume_draft(ctx, supervisor, draft_id)
    with pytest.raises(NotFound):
        complaint_drafts.discard_draft(ctx, supervisor, draft_id)
    (seen,) = complaint_drafts.pending_drafts(ctx, manager)
    assert seen.staff_name == staff.name
    complaint_drafts.discard_draft(ctx, manager, draft_id)
    assert complaint_drafts.pending_drafts(ctx, staff) == []


def test_saving_the_complaint_removes_its_draft_in_the_same_transaction(ctx, staff):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    complaint_drafts.save_draft(ctx, form)
    complaints.save_complaint(ctx, form)
    assert complaint_drafts.pending_drafts(ctx, staff) == []


def test_a_draft_that_cannot_be_written_says_why(ctx, staff):
    form = _typed_form(ctx, staff)
    ctx.db.writer.dispose()
    with ctx.db.writer.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = ON")
        connection.commit()
    # the single writer connection is now read-only, as on a read-only folder
    with pytest.raises(StorageError, match="nothing was saved"):
        complaint_drafts.save_draft(ctx, form)
