"""Abusive-behaviour incidents: a separate, restricted record that may link to a complaint."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.orm.base import Base


class IncidentRow(Base):
    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    store_code: Mapped[str] = mapped_column(String(8))
    reported_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime]
    occurred_at: Mapped[datetime]
    location: Mapped[str] = mapped_column(String(200), default="")
    # What happened (STAR)
    account: Mapped[str] = mapped_column(Text, default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    behaviours: Mapped[str] = mapped_column(String(400), default="")            # comma list
    protected_characteristics: Mapped[str] = mapped_column(String(200), default="")
    behaviour_other: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(String(40), default="")
    trigger_other: Mapped[str] = mapped_column(Text, default="")
    deescalation: Mapped[str] = mapped_column(String(400), default="")          # comma list
    deescalation_other: Mapped[str] = mapped_column(Text, default="")
    # Who was called
    called: Mapped[str] = mapped_column(Text, default="{}")                     # JSON party->time
    police_attended: Mapped[bool] = mapped_column(default=False)
    crime_reference: Mapped[str] = mapped_column(String(64), default="")
    # Injury
    injury: Mapped[str] = mapped_column(String(16), default="none")
    injury_details: Mapped[str] = mapped_column(Text, default="")
    days_off_work: Mapped[int | None]
    specified_injuries: Mapped[str] = mapped_column(String(200), default="")    # comma list
    public_to_hospital: Mapped[bool] = mapped_column(default=False)
    # CCTV
    cctv_captured: Mapped[bool] = mapped_column(default=False)
    cctv_reference: Mapped[str] = mapped_column(String(64), default="")
    # The person (only as needed)
    person_description: Mapped[str] = mapped_column(Text, default="")
    # Welfare
    welfare_support_offered: Mapped[bool] = mapped_column(default=False)
    debrief_date: Mapped[date | None]
    welfare_done: Mapped[bool] = mapped_column(default=False)
    # Links and state
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    anonymised_at: Mapped[datetime | None]
    jurisdiction: Mapped[str] = mapped_column(String(20), default="england")

    people: Mapped[list[IncidentPersonRow]] = relationship(cascade="all, delete-orphan")
    updates: Mapped[list[IncidentUpdateRow]] = relationship(
        order_by="IncidentUpdateRow.at", cascade="all, delete-orphan")
    disclosures: Mapped[list[DisclosureRow]] = relationship(
        order_by="DisclosureRow.disclosed_on", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_incidents_occurred_at", "occurred_at"),
                      Index("ix_incidents_complaint_id", "complaint_id"))


class IncidentPersonRow(Base):
    """A staff member affected, or a witness (staff or not)."""

    __tablename__ = "incident_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    part: Mapped[str] = mapped_column(String(16))          # affected | witness
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")


class IncidentUpdateRow(Base):
    """Appended by a manager; the original account is never rewritten."""

    __tablename__ = "incident_updates"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)


class DisclosureRow(Base):
    """Each disclosure of CCTV or the incident record: when, to whom, which organisation, why."""

    __tablename__ = "incident_disclosures"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    disclosed_on: Mapped[date]
    recipient: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    what: Mapped[str] = mapped_column(String(24), default="cctv")   # cctv | record
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
