"""Reports through the service layer: who may print what, and every print audited."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.incident_form import default_answers
from desktop_app.services import audit, complaints, incidents, reporting
from desktop_app.services.reporting import ComplaintReport
from tests.services.test_complaints_service import full_answers


def _text(report) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)


def _complaint(ctx, user) -> str:
    form = complaints.start_complaint(ctx, user)
    form.answers = full_answers()
    return complaints.save_complaint(ctx, form).reference


def _incident(ctx, user) -> str:
    answers = default_answers(now=ctx.clock.now(), reporter_id=user.id)
    answers.update(location="Till 2", account="Shouted at me", behaviours=["verbal_abuse"])
    return incidents.record_incident(ctx, user, answers).reference


def test_staff_print_their_own_complaint_and_copies_but_not_others(ctx, staff, supervisor,
                                                                   manager):
    own = _complaint(ctx, staff)
    other = _complaint(ctx, supervisor)
    for kind in ComplaintReport:
        report = reporting.complaint_report(ctx, staff, own, kind)
        assert own in _text(report) and report.filename.startswith(own)
        with pytest.raises(PermissionDenied):
            reporting.complaint_report(ctx, staff, other, kind)
    assert "Glasgow Central" in _text(reporting.complaint_report(ctx, supervisor, own))
    printed = audit.trail(ctx, manager, action="print", record_ref=own)
    assert len(printed) == 4


def test_only_managers_print_incidents_and_summaries(ctx, staff, supervisor, manager):
    reference = _incident(ctx, staff)
    _complaint(ctx, staff)
    for user in (staff, supervisor):
        with pytest.raises(PermissionDenied):
            reporting.incident_report(ctx, user, reference)
        with pytest.raises(PermissionDenied):
            reporting.complaints_summary(ctx, user, date(2026, 3, 1), date(2026, 3, 31))
        with pytest.raises(PermissionDenied):
            reporting.incidents_summary(ctx, user, date(2026, 3, 1), date(2026, 3, 31))
    assert "CONFIDENTIAL" in _text(reporting.incident_report(ctx, manager, reference))
    summary = _text(reporting.complaints_summary(ctx, manager, date(2026, 3, 1),
                                                 date(2026, 3, 31)))
    assert "Complaints logged 1" in summary.replace("\n", " ")
    abuse = _text(reporting.incidents_summary(ctx, manager, date(2026, 3, 1), date(2026, 3, 31)))
    assert "Incidents recorded 1" in abuse.replace("\n", " ")
