"""The store, its settings, staff, reference sequences, drafts, audit trail and requests."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.orm.base import Base


class StoreRow(Base):
    __tablename__ = "store"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(8), unique=True)
    jurisdiction: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]


class SettingRow(Base):
    """Store policy and other settings, one JSON value per key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(12), unique=True)
    role: Mapped[str] = mapped_column(String(12))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")


class SequenceRow(Base):
    """The last number issued for a kind of reference, per store and year."""

    __tablename__ = "sequences"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    store_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class DraftRow(Base):
    """A form being filled in, saved as the staff member works so that nothing is lost."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))          # complaint | incident
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    payload: Mapped[str] = mapped_column(Text)              # JSON of the form's answers


class AuditRow(Base):
    """Append-only, hash-chained: triggers refuse UPDATE and DELETE (see migration 0001)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    staff_code: Mapped[str] = mapped_column(String(12), default="")
    action: Mapped[str] = mapped_column(String(32))
    record_type: Mapped[str] = mapped_column(String(16), default="")
    record_ref: Mapped[str] = mapped_column(String(32), default="")
    pc: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_log_at", "at"),)


class SubjectRequestRow(Base):
    """A data-protection request (subject access or erasure) and its deadline."""

    __tablename__ = "subject_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))           # access | erasure
    received_on: Mapped[date]
    due_on: Mapped[date]
    handled_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    handled_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    records: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of references

