"""Coaching: one member of staff's figures beside the store's, the quality check's trend
and the points they miss most (domain/coaching.py), on screen or as a period PDF for a
performance review. Staff see their own; supervisors and managers anyone's."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.coaching import CoachingFigures, coaching_figures
from desktop_app.domain.errors import NotFound
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import phrase
from desktop_app.domain.review import ReviewNotice
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.translation import words_in
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.services.language import language_for
from desktop_app.services.quality import complaint_quality
from desktop_app.services.reporting import Report, period_bounds, period_text, report_header


def _figures(ctx: AppContext, uow, user: StaffMember, staff_code: str, start: date,  # noqa: ANN001
             end: date, action: Action) -> CoachingFigures:
    person = uow.staff.by_code(staff_code.strip().upper())
    if person is None:
        raise NotFound(phrase("No member of staff has the code {staff_code}.",
                              staff_code=staff_code))
    require(user, Subject.COACHING, action, involved=person.id == user.id)
    low, high = period_bounds(start, end)
    return coaching_figures(
        staff_id=person.id, staff_name=person.name, staff_code=person.code,
        complaints=uow.complaints.saved_between(low, high), start=start, end=end,
        today=ctx.clock.now().date(), checks=lambda c: complaint_quality(ctx, c),
        feedback=[ReviewNotice(reference, review) for reference, review
                  in uow.reviews.given_between(low, high, staff_id=person.id)])


def _looked_at(found: CoachingFigures) -> str:
    """What the audit trail names: whose figures, for which period."""
    return f"coaching {found.staff_code} {found.start:%Y%m%d}-{found.end:%Y%m%d}"


def coaching(ctx: AppContext, user: StaffMember, staff_code: str, start: date,
             end: date) -> CoachingFigures:
    with ctx.uow() as uow:
        found = _figures(ctx, uow, user, staff_code, start, end, Action.VIEW)
        audit.record(ctx, uow, user, AuditAction.VIEW, RecordType.REPORT, _looked_at(found))
        uow.commit()
    return found


def coaching_report(ctx: AppContext, user: StaffMember, staff_code: str, start: date,
                    end: date) -> Report:
    from desktop_app.reports.coaching_report import coaching_pdf

    with ctx.uow() as uow:
        found = _figures(ctx, uow, user, staff_code, start, end, Action.PRINT)
        title = phrase("Coaching: {name} ({code})", name=found.staff_name,
                       code=found.staff_code)
        header = report_header(uow, period_text(start, end), title, ctx.clock.now(),
                               confidential=True, words=words_in(language_for(ctx, user)))
        pdf = coaching_pdf(header, found)
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.REPORT, _looked_at(found))
        uow.commit()
    return Report(pdf, f"coaching-{found.staff_code}-{start:%Y%m%d}-{end:%Y%m%d}.pdf", title)
