"""After the complaint is saved: follow-up contacts, escalation decisions, closing, and the
queues that say what needs doing (domain/aftercare.py holds the rules)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop_app.domain.aftercare import (AwaitingDecision, Decision, DecisionNotice,
                                          FollowUpQueue, WorkWaiting, after_decision,
                                          after_follow_up, check_closing, check_decision,
                                          check_follow_up, check_reflection)
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import NotFound
from desktop_app.domain.permissions import Action, Subject, allowed, require, sees_everyones
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.services.audit import AuditAction, RecordType, record
from desktop_app.services.context import AppContext


def _load(uow, reference: str) -> Complaint:  # noqa: ANN001 - a unit of work
    complaint = uow.complaints.get(reference.strip().upper())
    if complaint is None:
        raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
    return complaint


def record_follow_up(ctx: AppContext, user: StaffMember, reference: str,
                     raw: dict[str, Any]) -> Complaint:
    """Keep a contact with the customer: confirmed resolved, or when the next one is due;
    or an update given while the complaint waits (kind "update"). `raw` holds kind,
    contacted_on, method, outcome, customer_words, confirmed_resolved, next_due, and may
    hold the staff member's reflection (reflection_went_well, reflection_differently),
    asked again at the follow-up."""
    now = ctx.clock.now()
    with ctx.saving() as uow:
        complaint = _load(uow, reference)
        require(user, Subject.COMPLAINT, Action.FOLLOW_UP,
                involved=complaint.staff_id == user.id)
        contact = check_follow_up(raw, complaint, today=now.date())
        reflection = check_reflection(raw, complaint)
        if reflection is not None:
            uow.aftercare.set_reflection(complaint.reference, *reflection)
        state = after_follow_up(complaint, contact)
        uow.aftercare.add_follow_up(complaint.reference, replace(
            contact, staff_id=user.id, recorded_at=now, staff_name=user.name))
        uow.aftercare.set_state(complaint.reference, state)
        record(ctx, uow, user, AuditAction.FOLLOW_UP, RecordType.COMPLAINT, complaint.reference)
        uow.commit()
        return uow.complaints.get(complaint.reference)


def close_complaint(ctx: AppContext, user: StaffMember, reference: str,
                    reason: str = "") -> Complaint:
    """Close with the customer's confirmation on record, or with the reason there is none."""
    now = ctx.clock.now()
    with ctx.saving() as uow:
        complaint = _load(uow, reference)
        require(user, Subject.COMPLAINT, Action.CLOSE, involved=complaint.staff_id == user.id)
        state = check_closing(complaint, complaint.follow_ups, complaint.decisions, reason,
                              now=now)
        uow.aftercare.set_state(complaint.reference, state)
        record(ctx, uow, user, AuditAction.CLOSE, RecordType.COMPLAINT, complaint.reference)
        uow.commit()
        return uow.complaints.get(complaint.reference)


def decide_escalation(ctx: AppContext, user: StaffMember, reference: str,
                      raw: dict[str, Any]) -> Complaint:
    """A supervisor or manager records what was decided, why, and what happens next.
    `raw` holds decision, reason, outcome (a NextStep value) and follow_up_due."""
    now = ctx.clock.now()
    with ctx.saving() as uow:
        complaint = _load(uow, reference)
        require(user, Subject.COMPLAINT, Action.DECIDE)
        decision, reason, outcome, due = check_decision(raw, complaint, today=now.date())
        uow.aftercare.add_decision(complaint.reference, Decision(
            at=now, staff_id=user.id, decision=decision, reason=reason, outcome=outcome,
            follow_up_due=due))
        uow.aftercare.set_state(complaint.reference, after_decision(complaint, outcome, due))
        record(ctx, uow, user, AuditAction.DECIDE, RecordType.COMPLAINT, complaint.reference)
        uow.commit()
        return uow.complaints.get(complaint.reference)


# ---- what needs doing ----------------------------------------------------------------------
def follow_up_queue(ctx: AppContext, user: StaffMember) -> FollowUpQueue:
    """Follow-ups due today and overdue: staff see their own, supervisors and managers all."""
    today = ctx.clock.now().date()
    staff_id = None if sees_everyones(user, Subject.COMPLAINT) else user.id
    with ctx.read_uow() as uow:
        due = uow.aftercare.follow_ups_due(today, staff_id=staff_id)
        overdue, due_today = uow.aftercare.follow_ups_due_counts(today, staff_id=staff_id)
    return FollowUpQueue(overdue=tuple(c for c in due if c.follow_up_due < today),
                         due_today=tuple(c for c in due if c.follow_up_due == today),
                         overdue_count=overdue, due_today_count=due_today)


@dataclass(frozen=True)
class WorkQueues:
    """Both queues of the workspace, read together (one trip to a worker)."""

    follow_ups: FollowUpQueue
    escalations: list[AwaitingDecision]
    escalated_total: int


def queues(ctx: AppContext, user: StaffMember) -> WorkQueues:
    return WorkQueues(follow_up_queue(ctx, user), escalations_waiting(ctx, user),
                      _escalated(ctx, user))


def _escalated(ctx: AppContext, user: StaffMember) -> int:
    """How many escalations wait for a decision: for those who decide, else 0."""
    if not allowed(user, Subject.COMPLAINT, Action.DECIDE):
        return 0
    with ctx.read_uow() as uow:
        return uow.aftercare.awaiting_decision_count()


def work_waiting(ctx: AppContext, user: StaffMember) -> WorkWaiting:
    """How many follow-ups are overdue and due today, and escalations waiting (for those
    who decide): counted in SQL, whatever the number."""
    today = ctx.clock.now().date()
    staff_id = None if sees_everyones(user, Subject.COMPLAINT) else user.id
    with ctx.read_uow() as uow:
        overdue, due_today = uow.aftercare.follow_ups_due_counts(today, staff_id=staff_id)
    return WorkWaiting(overdue, due_today, _escalated(ctx, user))


def escalations_waiting(ctx: AppContext, user: StaffMember) -> list[AwaitingDecision]:
    """Escalated complaints waiting for a decision; those addressed to this person first."""
    if not allowed(user, Subject.COMPLAINT, Action.DECIDE):
        return []
    with ctx.read_uow() as uow:
        waiting = uow.aftercare.awaiting_decision()
    name = user.name.casefold()
    items = [AwaitingDecision(listed, to, why, since,
                              addressed_to_you=bool(name) and name in to.casefold())
             for listed, to, why, since in waiting]
    return sorted(items, key=lambda item: not item.addressed_to_you)   # stable: oldest first


def decisions_to_see(ctx: AppContext, user: StaffMember) -> list[DecisionNotice]:
    """Decisions on complaints this person logged, made by someone else, not yet seen."""
    with ctx.read_uow() as uow:
        return [DecisionNotice(reference, decision)
                for reference, decision in uow.aftercare.unseen_decisions(user.id)]


def mark_decisions_seen(ctx: AppContext, user: StaffMember, references: list[str]) -> None:
    with ctx.uow() as uow:
        uow.aftercare.mark_seen(user.id, references, ctx.clock.now())
        uow.commit()
