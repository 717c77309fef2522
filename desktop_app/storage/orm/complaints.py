"""Complaints and the rows that hang off them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.orm.base import Base
from desktop_app.storage.orm.figures import HAS_SUGGESTION, OPEN_FOLLOW_UPS


class ComplaintRow(Base):
    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    store_code: Mapped[str] = mapped_column(String(8))
    model_id: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime]
    saved_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(24))
    # Identify
    customer_account: Mapped[str] = mapped_column(Text)
    paraphrase: Mapped[str] = mapped_column(Text)
    customer_feelings: Mapped[str] = mapped_column(Text, default="")
    desired_outcome: Mapped[str] = mapped_column(Text, default="")
    implicit_needs: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(String(200), default="")
    supply_type: Mapped[str] = mapped_column(String(20), default="goods")
    purchase_date: Mapped[date | None]
    delivery_date: Mapped[date | None]
    receipt_number: Mapped[str] = mapped_column(String(64), default="")
    amount_pence: Mapped[int | None]
    channel: Mapped[str] = mapped_column(String(20))
    repair_already_tried: Mapped[bool] = mapped_column(default=False)
    how_bought: Mapped[str] = mapped_column(String(16), default="")
    reported_on: Mapped[date | None]
    fault_appeared_on: Mapped[date | None]
    goods_facts: Mapped[str] = mapped_column(String(200), default="")          # comma list
    installed_on: Mapped[date | None]
    repair_requested_on: Mapped[date | None]
    repair_returned_on: Mapped[date | None]
    category: Mapped[str] = mapped_column(String(48))
    # Diagnose
    root_cause: Mapped[str] = mapped_column(Text, default="")
    five_whys: Mapped[str] = mapped_column(Text, default="[]")          # JSON list
    # Apologise
    apology_given: Mapped[bool] = mapped_column(default=False)
    empathy_statement: Mapped[str] = mapped_column(Text, default="")
    customer_challenging: Mapped[bool | None]
    de_escalation: Mapped[str] = mapped_column(String(200), default="")          # comma list
    de_escalation_words: Mapped[str] = mapped_column(Text, default="")
    # Solve
    chosen_option: Mapped[int | None]
    justification: Mapped[str] = mapped_column(Text, default="")
    reasonable_adjustments: Mapped[str] = mapped_column(Text, default="")
    legal_hint: Mapped[str] = mapped_column(Text, default="")
    legal_rules: Mapped[str] = mapped_column(Text, default="")
    law_table_version: Mapped[str] = mapped_column(String(16), default="")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None]
    # Escalate
    escalated_to: Mapped[str] = mapped_column(String(200), default="")
    escalation_reason: Mapped[str] = mapped_column(Text, default="")
    escalated_at: Mapped[datetime | None]
    escalation_triggers: Mapped[str] = mapped_column(String(200), default="")  # comma list
    # Agreement
    customer_agrees: Mapped[bool | None]
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    # Thank and follow up
    thanked: Mapped[bool] = mapped_column(default=False)
    follow_up_needed: Mapped[bool] = mapped_column(default=False)
    follow_up_due: Mapped[date | None]
    follow_up_method: Mapped[str] = mapped_column(String(20), default="")
    satisfaction: Mapped[int | None]
    contact_consent: Mapped[bool] = mapped_column(default=False)
    further_assistance_offered: Mapped[bool] = mapped_column(default=False)
    reflection_went_well: Mapped[str] = mapped_column(Text, default="")
    reflection_differently: Mapped[str] = mapped_column(Text, default="")
    customer_language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    improvement_suggestion: Mapped[str] = mapped_column(Text, default="")
    # Outcome
    first_contact_resolution: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None]
    closure_note: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None]

    options: Mapped[list[OptionRow]] = relationship(
        order_by="OptionRow.position", cascade="all, delete-orphan")
    answers: Mapped[list[ClarifyingAnswerRow]] = relationship(
        order_by="ClarifyingAnswerRow.position", cascade="all, delete-orphan")
    signature: Mapped[SignatureRow | None] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_complaints_saved_at", "saved_at"),
        Index("ix_complaints_status_saved_at", "status", "saved_at"),
        Index("ix_complaints_category_saved_at", "category", "saved_at"),
        Index("ix_complaints_staff_id_saved_at", "staff_id", "saved_at"),
        Index("ix_complaints_model_id_saved_at", "model_id", "saved_at"),
        Index("ix_complaints_follow_up_due", "follow_up_due"),
        Index("ix_complaints_customer_name", "customer_name"),
        Index("ix_complaints_open_follow_ups", "follow_up_due",
              sqlite_where=text(OPEN_FOLLOW_UPS)),
        Index("ix_complaints_suggestions", "saved_at", "id", sqlite_where=text(HAS_SUGGESTION)),
    )


class OptionRow(Base):
    __tablename__ = "complaint_options"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    position: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    cost_pence: Mapped[int | None]
    time: Mapped[str] = mapped_column(String(200), default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    remedy_code: Mapped[str] = mapped_column(String(32), default="")


class ClarifyingAnswerRow(Base):
    __tablename__ = "complaint_answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    position: Mapped[int]
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)


class SignatureRow(Base):
    __tablename__ = "complaint_signatures"
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)


class AmendmentRow(Base):
    """A correction to a saved complaint: the record is never silently overwritten."""

    __tablename__ = "complaint_amendments"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    field: Mapped[str] = mapped_column(String(48))
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class FollowUpRow(Base):
    """A recorded contact with the customer after the complaint was logged."""

    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    contacted_on: Mapped[date]
    recorded_at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    method: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(Text)
    customer_words: Mapped[str] = mapped_column(Text, default="")
    confirmed_resolved: Mapped[bool] = mapped_column(default=False)
    next_due: Mapped[date | None]
    kind: Mapped[str] = mapped_column(String(16), default="contact", server_default="contact")


class EscalationDecisionRow(Base):
    __tablename__ = "escalation_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    decision: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16), server_default="referred")
    follow_up_due: Mapped[date | None]
    seen_at: Mapped[datetime | None]      # when the staff member who escalated saw it


class ReviewRow(Base):
    """A supervisor's or manager's feedback on a complaint, for the person who took it."""

    __tablename__ = "complaint_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"),
                                              index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))     # the reviewer
    went_well: Mapped[str] = mapped_column(Text)
    work_on: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None]
