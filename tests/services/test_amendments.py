"""Corrections to a saved complaint are kept as amendments, never overwrites."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import PermissionDenied, ValidationFailed
from desktop_app.services import audit, complaints, reporting
from tests.services.test_data_protection import save_complaint


def test_a_correction_keeps_who_when_why_and_the_old_value(ctx, manager, staff, clock):
    reference = save_complaint(ctx, staff, customer_name="Jane Smyth", product="Kettel")
    clock.advance(hours=2)
    amended = complaints.amend_complaint(ctx, staff, reference, "customer_name", "Jane Smith",
                                         "Name misspelt at the till")
    amended = complaints.amend_complaint(ctx, manager, reference, "amount", "£19.99",
                                         "Receipt shows the sale price")
    assert (amended.customer_name, amended.amount_pence) == ("Jane Smith", 1999)
    first, second = amended.amendments
    assert (first.field, first.old_value, first.new_value, first.staff_name) == \
        ("customer_name", "Jane Smyth", "Jane Smith", "Sam Staff")
    assert first.at == clock.now() and first.reason == "Name misspelt at the till"
    assert (second.old_value, second.new_value) == ("£24.99", "£19.99")
    assert [e.record_ref for e in audit.trail(ctx, manager, action="amend")] == [reference] * 2
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        reporting.complaint_report(ctx, manager, reference).pdf)).pages)
    assert "Amendments" in text and "Jane Smyth" in text and "Name misspelt" in text


def test_each_kind_of_field_is_checked_like_the_form(ctx, manager, staff):
    reference = save_complaint(ctx, staff)
    cases = {("purchase_date", date(2027, 1, 1)): "value",
             ("amount", "lots"): "value",
             ("category", "not_a_category"): "value",
             ("contact_email", "jane@example.com"): "field",     # no consent, none kept
             ("no_such_field", "x"): "field",
             ("product", "Kettle"): "value"}                      # unchanged
    for (key, value), where in cases.items():
        with pytest.raises(ValidationFailed) as failed:
            complaints.amend_complaint(ctx, manager, reference, key, value, "A good reason")
        assert where in failed.value.errors, key
    with pytest.raises(ValidationFailed) as failed:
        complaints.amend_complaint(ctx, manager, reference, "product", "Toaster", "")
    assert set(failed.value.errors) == {"reason"}
    complaints.amend_complaint(ctx, manager, reference, "category", "not_as_described",
                               "It was the service, not the goods")
    found = complaints.get_complaint(ctx, manager, reference)
    assert found.category == "not_as_described" and len(found.amendments) == 1


def test_staff_correct_only_their_own_complaints(ctx, staff, supervisor):
    theirs = save_complaint(ctx, supervisor)
    with pytest.raises(PermissionDenied):
        complaints.amend_complaint(ctx, staff, theirs, "product", "Toaster", "Wrong product")
    mine = save_complaint(ctx, staff)
    complaints.amend_complaint(ctx, staff, mine, "product", "Toaster", "Wrong product")
    complaints.amend_complaint(ctx, supervisor, mine, "product", "Iron", "Wrong again")
