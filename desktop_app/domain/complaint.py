"""A customer complaint: what was said, what was found, what was agreed, and its state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Status(StrEnum):
    OPEN = "open"
    AWAITING_FOLLOW_UP = "awaiting_follow_up"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.OPEN: "Open",
    Status.AWAITING_FOLLOW_UP: "Awaiting follow-up",
    Status.ESCALATED: "Escalated",
    Status.RESOLVED: "Resolved",
    Status.CLOSED: "Closed",
}

#: States in which a follow-up date still asks for a contact (a resolved or closed
#: complaint has had its last one).
FOLLOW_UP_OPEN = (Status.OPEN, Status.AWAITING_FOLLOW_UP, Status.ESCALATED)


@dataclass(frozen=True)
class SolutionOption:
    """One way of resolving the complaint, weighed on cost, time and impact."""

    description: str
    cost_pence: int | None = None
    time: str = ""
    impact: str = ""
    remedy_code: str = ""   # set when pre-filled from a consumer-law remedy


@dataclass(frozen=True)
class ClarifyingAnswer:
    question: str
    answer: str


@dataclass(frozen=True)
class Escalation:
    to: str
    reason: str
    at: datetime
    triggers: tuple[str, ...] = ()   # why the rules sent it here (authority, discrimination, …)


@dataclass(frozen=True)
class Approval:
    """A supervisor or manager approved, at the till, a resolution above staff authority."""

    approver_id: int
    approver_name: str
    at: datetime


@dataclass
class Complaint:
    # Who, where, when
    store_code: str
    model_id: str
    staff_id: int
    opened_at: datetime
    saved_at: datetime
    # Identify
    customer_account: str
    paraphrase: str
    customer_feelings: str
    desired_outcome: str
    product: str
    channel: str
    supply_type: str = "goods"
    implicit_needs: str = ""
    purchase_date: date | None = None
    delivery_date: date | None = None
    receipt_number: str = ""
    amount_pence: int | None = None
    repair_already_tried: bool = False
    how_bought: str = ""                      # "" : not recorded (saved before it was asked)
    reported_on: date | None = None          # None: the day it was opened
    fault_appeared_on: date | None = None
    goods_facts: tuple[str, ...] = ()         # schema.choices.GOODS_FACTS values
    installed_on: date | None = None
    repair_requested_on: date | None = None
    repair_returned_on: date | None = None
    category: str = ""
    clarifying_answers: tuple[ClarifyingAnswer, ...] = ()
    # Diagnose
    root_cause: str = ""
    five_whys: tuple[str, ...] = ()
    # Apologise, and calm things when the customer is angry (seeds 000, 002)
    apology_given: bool = False
    empathy_statement: str = ""
    customer_challenging: bool | None = None  # None: not asked (saved before it was)
    de_escalation: tuple[str, ...] = ()       # schema.choices.DE_ESCALATION values
    de_escalation_words: str = ""
    # Solve
    options: tuple[SolutionOption, ...] = ()
    chosen_option: int | None = None
    justification: str = ""
    reasonable_adjustments: str = ""
    legal_hint: str = ""                      # the consumer-law hint shown, as plain text
    legal_rules: str = ""                     # law_table rule ids, "; " between them
    law_table_version: str = ""
    approval: Approval | None = None
    # Escalate
    escalation: Escalation | None = None
    # Agreement
    customer_agrees: bool | None = None
    customer_name: str = ""
    signature_png: bytes | None = None
    # Thank, follow up
    thanked: bool = False
    follow_up_needed: bool = False
    follow_up_due: date | None = None
    follow_up_method: str = ""
    satisfaction: int | None = None
    contact_consent: bool = False
    contact_phone: str = ""
    contact_email: str = ""
    improvement_suggestion: str = ""
    further_assistance_offered: bool = False
    # Reflection (seeds 001, 002): optional at the till, asked again at follow-up
    reflection_went_well: str = ""
    reflection_differently: str = ""
    customer_language: str = ""             # language.Language; "" before it was asked
    # State
    status: Status = Status.OPEN
    closed_at: datetime | None = None
    closure_note: str = ""
    anonymised_at: datetime | None = None   # personal details removed (retention or erasure)
    reference: str = ""
    id: int | None = None
    staff_name: str = ""
    amendments: list = field(default_factory=list)       # amendment.Amendment, oldest first
    follow_ups: list = field(default_factory=list)       # aftercare.FollowUp, oldest first
    decisions: list = field(default_factory=list)        # aftercare.Decision, oldest first
    reviews: list = field(default_factory=list)          # review.Review, oldest first

    @property
    def chosen(self) -> SolutionOption | None:
        if self.chosen_option is None or not 0 <= self.chosen_option < len(self.options):
            return None
        return self.options[self.chosen_option]

    @property
    def escalated(self) -> bool:
        return self.escalation is not None

    @property
    def handling_seconds(self) -> float:
        return max(0.0, (self.saved_at - self.opened_at).total_seconds())

    @property
    def resolved_at_first_contact(self) -> bool:
        """DOMAIN.md: resolved at the first interaction, with agreement, no escalation or follow-up."""
        return bool(self.customer_agrees) and not self.escalated and not self.follow_up_needed


def initial_status(complaint: Complaint) -> Status:
    """The state a newly saved complaint starts in."""
    if complaint.escalated:
        return Status.ESCALATED
    if complaint.follow_up_needed:
        return Status.AWAITING_FOLLOW_UP
    if complaint.customer_agrees:
        return Status.CLOSED
    return Status.OPEN
