"""A supervisor's or manager's review of a saved complaint: what was good, and one thing to
work on (seeds 001 and 003: coaching team members, constructive feedback). The member of
staff who took the complaint sees it on their home screen and acknowledges it; the review
stays with the record (audited, exported, sent to head office)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.phrase import phrase

#: Shorter than this is not feedback a person can act on ("ok", "good").
MIN_FEEDBACK = 10


@dataclass(frozen=True)
class Review:
    at: datetime
    staff_id: int                       # who reviewed
    went_well: str
    work_on: str
    staff_name: str = ""
    acknowledged_at: datetime | None = None   # when the person reviewed saw it


@dataclass(frozen=True)
class ReviewNotice:
    """Feedback on a complaint this person took, for their home screen."""

    reference: str
    review: Review


def check_review(raw: dict[str, Any], complaint: Complaint, *, reviewer_id: int,
                 ) -> tuple[str, str]:
    """(what went well, one thing to work on), each checked as the schema describes it."""
    if complaint.staff_id == reviewer_id:
        raise DomainError(phrase("You took this complaint yourself: another supervisor or "
                                 "manager reviews it."))
    from desktop_app.domain.schema.complaint import REVIEW   # the schema imports this module

    errors: dict[str, str] = {}
    values = []
    for key in ("went_well", "work_on"):
        field = REVIEW[key]
        try:
            text = v.text(key, raw.get(key), required=True, max_length=field.max_length,
                          label=field.label)
            if len(text) < MIN_FEEDBACK:
                raise FieldError(key, phrase("{label}: say a little more (at least "
                                             "{min_feedback} characters), so it can be acted "
                                             "on.", label=field.label, min_feedback=MIN_FEEDBACK))
            values.append(text)
        except FieldError as error:
            errors[key] = error.message
    if errors:
        raise ValidationFailed(errors)
    return values[0], values[1]


def can_see_reviews(complaint: Complaint, viewer_id: int, *, sees_everyones: bool) -> bool:
    """Feedback is for the person reviewed and those who coach: staff see their own only."""
    return sees_everyones or complaint.staff_id == viewer_id
