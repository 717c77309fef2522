"""Drafts of complaints being typed: kept as the staff member works, offered back after a crash.

A draft belongs to the person who started it; a manager may also resume or discard it (the
guide: "comes back only to the person who started it, or a manager"). It is deleted in the
same transaction that saves the complaint, so a complaint is never both saved and pending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain import draft_codec
from desktop_app.domain.errors import NotFound
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services.complaints import ComplaintForm, start_complaint
from desktop_app.services.context import AppContext

DRAFT_KIND = "complaint"


@dataclass(frozen=True)
class ComplaintDraft:
    id: int
    staff_id: int
    staff_name: str
    model_id: str
    started_at: datetime
    updated_at: datetime
    answers: dict
    step_id: str = ""              # the step the person was on


def save_draft(ctx: AppContext, form: ComplaintForm) -> int:
    """Write the form's answers; the form remembers its draft so the next save replaces it."""
    payload = {"model_id": form.model.id, "staff_name": form.staff.name,
               "answers": draft_codec.encode(form.answers), "step_id": form.step_id}
    with ctx.uow() as uow:
        form.draft_id = uow.drafts.save(form.draft_id, kind=DRAFT_KIND, staff_id=form.staff.id,
                                        started_at=form.opened_at, now=ctx.clock.now(),
                                        payload=payload)
        uow.commit()
    return form.draft_id


def pending_drafts(ctx: AppContext, user: StaffMember) -> list[ComplaintDraft]:
    """Unfinished complaints this person may see: their own, or every one for a manager."""
    with ctx.read_uow() as uow:
        rows = uow.drafts.pending()
    everyone = user.role is Role.MANAGER
    return [ComplaintDraft(id=i, staff_id=staff_id, staff_name=payload.get("staff_name", ""),
                           model_id=payload.get("model_id", ""), started_at=started,
                           updated_at=updated, answers=draft_codec.decode(payload["answers"]),
                           step_id=payload.get("step_id", ""))
            for i, kind, staff_id, started, updated, payload in rows
            if kind == DRAFT_KIND and (everyone or staff_id == user.id)]


def _find(ctx: AppContext, user: StaffMember, draft_id: int) -> ComplaintDraft:
    draft = next((d for d in pending_drafts(ctx, user) if d.id == draft_id), None)
    if draft is None:
        raise NotFound(phrase("That unfinished complaint is no longer there."))
    return draft


def resume_draft(ctx: AppContext, user: StaffMember, draft_id: int) -> ComplaintForm:
    """A form holding the draft's answers, opened at the time the complaint was started."""
    draft = _find(ctx, user, draft_id)
    known = draft.model_id in ctx.catalogue.models
    form = start_complaint(ctx, user, model_id=draft.model_id if known else None)
    form.answers = dict(draft.answers)
    form.opened_at = draft.started_at
    form.draft_id = draft.id
    form.step_id = draft.step_id if known else ""
    return form


def discard_draft(ctx: AppContext, user: StaffMember, draft_id: int) -> None:
    _find(ctx, user, draft_id)
    with ctx.uow() as uow:
        uow.drafts.delete(draft_id)
        uow.commit()
