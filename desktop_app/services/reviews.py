"""Reviews: a supervisor or manager reads a saved complaint and leaves feedback for the
person who took it (what was good, one thing to work on); that person sees it on their
home screen and acknowledges it. Both are audited; the review is part of the record, so it
is exported and sent to head office with it (domain/review.py holds the rules)."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError, NotFound
from desktop_app.domain.permissions import Action, Subject, require, sees_everyones
from desktop_app.domain.phrase import phrase
from desktop_app.domain.review import Review, ReviewNotice, can_see_reviews, check_review
from desktop_app.domain.staff import StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext


def may_review(user: StaffMember, complaint: Complaint) -> bool:
    """Whether the complaint view offers this person "Review…" for this complaint."""
    return sees_everyones(user, Subject.COACHING, Action.REVIEW) and \
        complaint.staff_id != user.id


def as_seen_by(user: StaffMember, complaint: Complaint) -> Complaint:
    """The complaint without its reviews when they are not this person's to read: staff
    see the feedback on their own complaints only."""
    if can_see_reviews(complaint, user.id,
                       sees_everyones=sees_everyones(user, Subject.COACHING, Action.VIEW)):
        return complaint
    complaint.reviews = []
    return complaint


def review_complaint(ctx: AppContext, user: StaffMember, reference: str,
                     raw: dict[str, Any]) -> Complaint:
    """Keep a review; `raw` holds went_well and work_on."""
    now = ctx.clock.now()
    with ctx.saving() as uow:
        complaint = uow.complaints.get(reference.strip().upper())
        if complaint is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
        require(user, Subject.COACHING, Action.REVIEW)
        went_well, work_on = check_review(raw, complaint, reviewer_id=user.id)
        uow.reviews.add(complaint.reference, Review(at=now, staff_id=user.id,
                                                    went_well=went_well, work_on=work_on))
        audit.record(ctx, uow, user, AuditAction.REVIEW, RecordType.COMPLAINT,
                     complaint.reference)
        uow.commit()
        return uow.complaints.get(complaint.reference)


def feedback_to_see(ctx: AppContext, user: StaffMember) -> list[ReviewNotice]:
    """Feedback on complaints this person took that they have not acknowledged yet."""
    with ctx.read_uow() as uow:
        return [ReviewNotice(reference, review)
                for reference, review in uow.reviews.unacknowledged(user.id)]


def acknowledge_feedback(ctx: AppContext, user: StaffMember, reference: str) -> None:
    """The person reviewed has read the feedback on one of their complaints."""
    with ctx.saving() as uow:
        if not uow.reviews.acknowledge(user.id, reference, ctx.clock.now()):
            raise DomainError(phrase("There is no feedback for you to acknowledge on "
                                     "{reference}.", reference=reference))
        audit.record(ctx, uow, user, AuditAction.ACKNOWLEDGE, RecordType.COMPLAINT, reference)
        uow.commit()
