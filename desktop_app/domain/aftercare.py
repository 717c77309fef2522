"""After the complaint is saved: follow-up contacts, escalation decisions and closing.

The rules, in one place:

- A follow-up contact records when and how the customer was reached, what came of it and,
  in their words, what they said. If they confirmed the complaint is resolved it becomes
  *resolved*; otherwise the next contact needs a date, and the complaint waits for it.
- An escalated complaint waits for a supervisor's or manager's decision. The decision says
  what was decided and why, and what happens next: the customer is told by a date (the
  complaint then waits for that follow-up), or it is referred further (it stays escalated).
- Nothing closes without either the customer's confirmation that it is resolved (agreed at
  the till, or confirmed in a recorded follow-up) or a recorded reason why that confirmation
  could not be obtained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.phrase import phrase
from desktop_app.domain.schema.choices import FOLLOW_UP_METHODS
from desktop_app.domain.record_filter import ListedComplaint

MAX_NOTE = 2_000
MIN_REASON = 10          # "n/a" is not a reason


class ContactKind(StrEnum):
    CONTACT = "contact"        # a follow-up: is it resolved? (it can resolve the complaint)
    UPDATE = "update"          # keeping the customer informed while it waits (seed 003)

    @property
    def label(self) -> str:
        return {ContactKind.CONTACT: phrase("Follow-up contact"),
                ContactKind.UPDATE: phrase("Update while the complaint waits")}[self]


@dataclass(frozen=True)
class FollowUp:
    contacted_on: date
    method: str
    outcome: str
    customer_words: str = ""
    confirmed_resolved: bool = False
    next_due: date | None = None
    staff_id: int = 0
    recorded_at: datetime | None = None
    staff_name: str = ""
    kind: ContactKind = ContactKind.CONTACT

    @property
    def method_label(self) -> str:
        return dict(FOLLOW_UP_METHODS).get(self.method, self.method)


class NextStep(StrEnum):
    TELL_CUSTOMER = "tell_customer"      # the decision goes back to the customer by a date
    REFERRED = "referred"                # passed further up (area manager, head office)

    @property
    def label(self) -> str:
        return {NextStep.TELL_CUSTOMER: phrase("Tell the customer (a follow-up is due)"),
                NextStep.REFERRED: phrase("Referred further up; still escalated")}[self]


@dataclass(frozen=True)
class Decision:
    at: datetime
    staff_id: int
    decision: str
    reason: str
    outcome: NextStep
    follow_up_due: date | None = None
    staff_name: str = ""
    seen_at: datetime | None = None      # when the staff member who escalated saw it


def _required_text(errors: dict[str, str], key: str, value: Any, label: str, *,
                   minimum: int = 1) -> str:
    try:
        text = v.text(key, value, required=True, max_length=MAX_NOTE, label=label)
    except FieldError as error:
        errors[key] = error.message
        return ""
    if len(text) < minimum:
        errors[key] = phrase("{label} needs a few words ({minimum} characters or more).",
                             label=label, minimum=minimum)
    return text


def check_follow_up(raw: dict[str, Any], complaint: Complaint, *, today: date) -> FollowUp:
    """A follow-up contact from what was typed; every problem named against its field."""
    errors: dict[str, str] = {}
    contacted_on = raw.get("contacted_on")
    if contacted_on is None:
        errors["contacted_on"] = phrase("The date of the contact is needed.")
    elif contacted_on > today:
        errors["contacted_on"] = phrase("The contact cannot be in the future.")
    elif contacted_on < complaint.saved_at.date():
        errors["contacted_on"] = phrase("The contact cannot be before the complaint was logged "
                                        "({saved_at:%d/%m/%Y}).", saved_at=complaint.saved_at)
    method = raw.get("method") or ""
    if method not in dict(FOLLOW_UP_METHODS):
        errors["method"] = phrase("Choose how the customer was contacted.")
    from desktop_app.domain.schema.complaint import FOLLOW_UP   # the schema imports this module

    outcome = _required_text(errors, "outcome", raw.get("outcome"), FOLLOW_UP["outcome"].label)
    try:
        words = v.text("customer_words", raw.get("customer_words"), max_length=MAX_NOTE,
                       label=FOLLOW_UP["customer_words"].label)
    except FieldError as error:
        errors["customer_words"], words = error.message, ""
    try:
        kind = ContactKind(raw.get("kind") or ContactKind.CONTACT.value)
    except ValueError:
        errors["kind"], kind = "Choose what kind of contact it was.", ContactKind.CONTACT
    confirmed = bool(raw.get("confirmed_resolved"))
    next_due = raw.get("next_due")
    if kind is ContactKind.UPDATE:
        # an update tells the customer where things stand; it does not settle anything
        if confirmed:
            errors["confirmed_resolved"] = (phrase("An update while the complaint waits cannot "
                                                   "confirm it is resolved: record a follow-up "
                                                   "contact for that."))
        if next_due is not None and next_due < today:
            errors["next_due"] = phrase("The next contact cannot be in the past.")
    elif not confirmed:
        if next_due is None:
            errors["next_due"] = (phrase("The customer has not confirmed it is resolved: when "
                                         "will you contact them next? (If no more contact is "
                                         "possible, close the complaint with the reason "
                                         "instead.)"))
        elif next_due < today:
            errors["next_due"] = phrase("The next contact cannot be in the past.")
    if errors:
        raise ValidationFailed(errors)
    return FollowUp(contacted_on=contacted_on, method=method, outcome=outcome,
                    customer_words=words, confirmed_resolved=confirmed,
                    next_due=None if confirmed else next_due, kind=kind)


def check_reflection(raw: dict[str, Any], complaint: Complaint) -> tuple[str, str] | None:
    """The reflection typed at a follow-up, checked as the record's fields are; None when
    it was not asked or nothing changed."""
    if "reflection_went_well" not in raw and "reflection_differently" not in raw:
        return None
    from desktop_app.domain.schema.complaint import COMPLAINT   # the schema imports this module

    errors: dict[str, str] = {}
    values = []
    for key in ("reflection_went_well", "reflection_differently"):
        try:
            values.append(v.text(key, raw.get(key), max_length=COMPLAINT[key].max_length,
                                 label=COMPLAINT[key].label))
        except FieldError as error:
            errors[key] = error.message
    if errors:
        raise ValidationFailed(errors)
    went_well, differently = values
    if (went_well, differently) == (complaint.reflection_went_well,
                                    complaint.reflection_differently):
        return None
    return went_well, differently


def check_decision(raw: dict[str, Any], complaint: Complaint, *, today: date,
                   ) -> tuple[str, str, NextStep, date | None]:
    """What was decided, why, the next step and (when the customer is to be told) by when."""
    if complaint.status is not Status.ESCALATED:
        raise DomainError(phrase("{reference} is not waiting for a decision (its status: {status}).",
                                 reference=complaint.reference, status=complaint.status.label))
    errors: dict[str, str] = {}
    from desktop_app.domain.schema.complaint import DECISION    # the schema imports this module

    decision = _required_text(errors, "decision", raw.get("decision"), DECISION["decision"].label)
    reason = _required_text(errors, "reason", raw.get("reason"), DECISION["reason"].label,
                            minimum=MIN_REASON)
    try:
        outcome = NextStep(raw.get("outcome") or "")
    except ValueError:
        errors["outcome"] = phrase("Choose what happens next.")
        outcome = NextStep.REFERRED
    due = raw.get("follow_up_due")
    if outcome is NextStep.TELL_CUSTOMER:
        if due is None:
            errors["follow_up_due"] = phrase("By when will the customer be told?")
        elif due < today:
            errors["follow_up_due"] = phrase("That date is in the past.")
    else:
        due = None
    if errors:
        raise ValidationFailed(errors)
    return decision, reason, outcome, due


@dataclass(frozen=True)
class AwaitingDecision:
    """An escalated complaint in a supervisor's or manager's queue."""

    complaint: ListedComplaint
    to: str
    reason: str
    since: datetime | None
    addressed_to_you: bool = False


@dataclass(frozen=True)
class DecisionNotice:
    """The outcome of an escalation, for the staff member who escalated it."""

    reference: str
    decision: Decision


@dataclass(frozen=True)
class FollowUpQueue:
    """The oldest follow-ups due (up to the queue's length) and how many there are in all."""

    overdue: tuple[ListedComplaint, ...]
    due_today: tuple[ListedComplaint, ...]
    overdue_count: int = -1
    due_today_count: int = -1

    def __post_init__(self) -> None:
        if self.overdue_count < 0:
            object.__setattr__(self, "overdue_count", len(self.overdue))
        if self.due_today_count < 0:
            object.__setattr__(self, "due_today_count", len(self.due_today))

    @property
    def shown_all(self) -> bool:
        return (len(self.overdue), len(self.due_today)) == (self.overdue_count,
                                                            self.due_today_count)


@dataclass(frozen=True)
class WorkWaiting:
    """What the home screen's button says is waiting: counts only."""

    overdue: int = 0
    due_today: int = 0
    escalated: int = 0


@dataclass(frozen=True)
class State:
    """A complaint's workflow columns after a change."""

    status: Status
    follow_up_needed: bool
    follow_up_due: date | None
    closed_at: datetime | None = None
    closure_note: str = ""


def after_follow_up(complaint: Complaint, contact: FollowUp) -> State:
    if complaint.status is Status.CLOSED:
        raise DomainError(phrase("{reference} is closed; a closed complaint takes no more "
                                 "contacts.", reference=complaint.reference))
    if contact.kind is ContactKind.UPDATE:     # told where things stand: nothing moves on,
        return State(complaint.status, complaint.follow_up_needed,   # unless a date was set
                     contact.next_due or complaint.follow_up_due)
    if contact.confirmed_resolved:
        return State(Status.RESOLVED, complaint.follow_up_needed, complaint.follow_up_due)
    # still escalated while it waits for a decision; otherwise it waits for the next contact
    status = Status.ESCALATED if complaint.status is Status.ESCALATED else \
        Status.AWAITING_FOLLOW_UP
    return State(status, True, contact.next_due)


def after_decision(complaint: Complaint, outcome: NextStep, due: date | None) -> State:
    if outcome is NextStep.TELL_CUSTOMER:
        return State(Status.AWAITING_FOLLOW_UP, True, due)
    return State(Status.ESCALATED, complaint.follow_up_needed, complaint.follow_up_due)


def confirmation(complaint: Complaint, contacts: list[FollowUp]) -> str:
    """The customer's confirmation that it is resolved, in words; "" when there is none."""
    confirmed = [c for c in contacts if c.confirmed_resolved]
    if confirmed:
        last = confirmed[-1]
        return phrase("The customer confirmed it is resolved ({method}, {day:%d/%m/%Y}).",
                      method=last.method_label, day=last.contacted_on)
    if complaint.resolved_at_first_contact:       # agreed, nothing left to do or decide
        return phrase("The customer agreed to the resolution at the till.")
    return ""


def check_closing(complaint: Complaint, contacts: list[FollowUp], decisions: list[Decision],
                  reason: Any, *, now: datetime) -> State:
    """Close with the customer's confirmation, or with a recorded reason why there is none."""
    if complaint.status is Status.CLOSED:
        raise DomainError(phrase("{reference} is already closed.", reference=complaint.reference))
    if complaint.escalated and not decisions:
        raise DomainError(phrase("This complaint was escalated: a supervisor or manager "
                                 "records the decision before it can be closed."))
    confirmed = confirmation(complaint, contacts)
    errors: dict[str, str] = {}
    typed = v.clean_text(reason)
    if confirmed:
        note = confirmed + (f" {typed}" if typed else "")
    else:
        why = _required_text(errors, "reason", typed,
                             phrase("Why the customer's confirmation could not be obtained"),
                             minimum=MIN_REASON)
        note = f"Closed without the customer's confirmation: {why}"
    if len(typed) > MAX_NOTE:
        errors["reason"] = phrase("The note is too long: the most is {max_note:,} characters.",
                                  max_note=MAX_NOTE)
    if errors:
        raise ValidationFailed(errors)
    return State(Status.CLOSED, complaint.follow_up_needed, complaint.follow_up_due,
                 closed_at=max(now, complaint.saved_at), closure_note=note)
