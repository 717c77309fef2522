"""Repositories: collections of domain objects backed by the session. No commits here."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.amendment import Amendment
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.domain.store import Store
from desktop_app.storage import driver_sql
from desktop_app.storage.aftercare_repository import history_of
from desktop_app.storage.review_repository import reviews_of
from desktop_app.storage.staff_names import staff_names
from desktop_app.storage.driver_sql import InsertInto
from desktop_app.storage.complaint_mapping import (COMPLAINT_COLUMNS, to_domain,
                                                  to_values)
from desktop_app.storage.orm import (AmendmentRow, ClarifyingAnswerRow, ComplaintRow, DraftRow,
                                     OptionRow, SettingRow, SignatureRow, StaffRow,
                                     StoreRow)


def _staff(row: StaffRow) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, code=row.code, role=Role(row.role),
                       active=row.active, language=row.language)


class StoreRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> Store | None:
        row = self._session.scalars(select(StoreRow).limit(1)).first()
        if row is None:
            return None
        return Store(row.name, row.code, Jurisdiction(row.jurisdiction))

    def save(self, store: Store, *, now: datetime) -> None:
        row = self._session.scalars(select(StoreRow).limit(1)).first()
        if row is None:
            row = StoreRow(created_at=now)
            self._session.add(row)
        row.name, row.code, row.jurisdiction = store.name, store.code, store.jurisdiction.value

    def setting(self, key: str, default: Any = None) -> Any:
        row = self._session.get(SettingRow, key)
        return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        row = self._session.get(SettingRow, key)
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            self._session.add(SettingRow(key=key, value=text))
        else:
            row.value = text


class StaffRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, *, name: str, code: str, role: Role, pin_hash: str, now: datetime) -> StaffMember:
        row = StaffRow(name=name, code=code, role=role.value, pin_hash=pin_hash, active=True,
                       failed_attempts=0, created_at=now)
        self._session.add(row)
        self._session.flush()
        return _staff(row)

    def by_code(self, code: str) -> StaffMember | None:
        row = self._row_by_code(code)
        return _staff(row) if row else None

    def get(self, staff_id: int) -> StaffMember | None:
        row = self._session.get(StaffRow, staff_id)
        return _staff(row) if row else None

    def everyone(self) -> list[StaffMember]:
        """Every account, active or not (records keep pointing at people who left)."""
        return [_staff(row) for row in self._session.scalars(select(StaffRow).order_by(StaffRow.id))]

    def active(self) -> list[StaffMember]:
        rows = self._session.scalars(select(StaffRow).where(StaffRow.active)
                                     .order_by(StaffRow.name))
        return [_staff(r) for r in rows]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(StaffRow)) or 0

    def credentials(self, code: str) -> tuple[StaffMember, str, int, datetime | None] | None:
        """The account, its PIN hash, failed attempts and lock time: for sign-in only."""
        row = self._row_by_code(code)
        if row is None:
            return None
        return _staff(row), row.pin_hash, row.failed_attempts, row.locked_until

    def set_language(self, staff_id: int, language: str) -> None:
        self._session.execute(update(StaffRow).where(StaffRow.id == staff_id)
                              .values(language=language))

    def record_attempt(self, staff_id: int, *, failed_attempts: int,
                       locked_until: datetime | None) -> None:
        row = self._session.get(StaffRow, staff_id)
        row.failed_attempts, row.locked_until = failed_attempts, locked_until

    def set_pin_hash(self, staff_id: int, pin_hash: str) -> None:
        row = self._session.get(StaffRow, staff_id)
        row.pin_hash, row.failed_attempts, row.locked_until = pin_hash, 0, None

    def update(self, staff_id: int, *, name: str, role: Role, active: bool) -> None:
        row = self._session.get(StaffRow, staff_id)
        row.name, row.role, row.active = name, role.value, active

    def locked_ids(self, now: datetime) -> set[int]:
        rows = self._session.scalars(select(StaffRow.id).where(StaffRow.locked_until > now))
        return set(rows)

    def _row_by_code(self, code: str) -> StaffRow | None:
        return self._session.scalars(select(StaffRow).where(StaffRow.code == code)).first()


_NEXT_NUMBER = text(
    "INSERT INTO sequences (kind, store_code, year, last) VALUES (:kind, :store_code, :year, 1) "
    "ON CONFLICT (kind, store_code, year) DO UPDATE SET last = last + 1 RETURNING last")
_LAST_NUMBER = text("SELECT last FROM sequences WHERE kind = :kind AND store_code = :store_code "
                    "AND year = :year")
_INSERT_COMPLAINT = InsertInto(ComplaintRow.__table__, COMPLAINT_COLUMNS, returning="id")
_INSERT_OPTION = InsertInto(OptionRow.__table__, ("complaint_id", "position", "description",
                                                  "cost_pence", "time", "impact", "remedy_code"))
_INSERT_ANSWER = InsertInto(ClarifyingAnswerRow.__table__,
                            ("complaint_id", "position", "question", "answer"))
_INSERT_SIGNATURE = InsertInto(SignatureRow.__table__, ("complaint_id", "png"))


_AT_LEAST = text(
    "INSERT INTO sequences (kind, store_code, year, last) VALUES (:kind, :store_code, :year, :n) "
    "ON CONFLICT (kind, store_code, year) DO UPDATE SET last = max(last, excluded.last)")


class SequenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def at_least(self, kind: str, store_code: str, year: int, number: int) -> None:
        """Never issue `number` again (records brought in from another till)."""
        self._session.connection().execute(
            _AT_LEAST, {"kind": kind, "store_code": store_code, "year": year, "n": number})

    def last(self, kind: str, store_code: str, year: int) -> int:
        """The last number issued (0 for none yet)."""
        return self._session.connection().execute(_LAST_NUMBER, {
            "kind": kind, "store_code": store_code, "year": year}).scalar() or 0

    def next(self, kind: str, store_code: str, year: int) -> int:
        """The next number, in one statement; the writer holds BEGIN IMMEDIATE's lock."""
        parameters = {"kind": kind, "store_code": store_code, "year": year}
        return self._session.connection().execute(_NEXT_NUMBER, parameters).scalar_one()


#: References per query when many records are read by reference (SQLite allows 32,766
#: parameters; a few hundred keep each statement's plan and memory small).
CHUNK = 500


class ComplaintRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, complaint: Complaint) -> int:
        """Insert the complaint and its parts on the driver cursor (the save path is hot)."""
        values, options, answers, signature = to_values(complaint)
        cur = driver_sql.cursor(self._session)
        complaint_id = cur.execute(_INSERT_COMPLAINT.sql, _INSERT_COMPLAINT.row(values)).fetchone()[0]
        if options:
            cur.executemany(_INSERT_OPTION.sql, [_INSERT_OPTION.row(o | {"complaint_id": complaint_id})
                                                 for o in options])
        if answers:
            cur.executemany(_INSERT_ANSWER.sql, [_INSERT_ANSWER.row(a | {"complaint_id": complaint_id})
                                                 for a in answers])
        if signature:
            cur.execute(_INSERT_SIGNATURE.sql, (complaint_id, signature))
        complaint.id = complaint_id
        return complaint_id

    def get(self, reference: str) -> Complaint | None:
        row = self._session.scalars(select(ComplaintRow).where(
            ComplaintRow.reference == reference)).first()
        return self._domain(row) if row else None

    def recent(self, *, staff_id: int | None = None, limit: int = 20) -> list[Complaint]:
        query = select(ComplaintRow).order_by(ComplaintRow.saved_at.desc(),
                                              ComplaintRow.id.desc()).limit(limit)
        if staff_id is not None:
            query = query.where(ComplaintRow.staff_id == staff_id)
        return [self._domain(row) for row in self._session.scalars(query)]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ComplaintRow)) or 0

    def saved_between(self, start: datetime, end: datetime) -> list[Complaint]:
        """Complaints saved from `start` up to (not including) `end`, oldest first."""
        return self._many(select(ComplaintRow).where(
            ComplaintRow.saved_at >= start, ComplaintRow.saved_at < end)
            .order_by(ComplaintRow.saved_at, ComplaintRow.id))

    def by_references(self, references: list[str]) -> dict[str, Complaint]:
        """The complaints with these references (those that exist), a few queries per
        chunk rather than several per complaint."""
        found: dict[str, Complaint] = {}
        for start in range(0, len(references), CHUNK):
            chunk = references[start:start + CHUNK]
            found.update((c.reference, c) for c in self._many(
                select(ComplaintRow).where(ComplaintRow.reference.in_(chunk))))
        return found

    def _many(self, query) -> list[Complaint]:  # noqa: ANN001 - a select of ComplaintRow
        rows = list(self._session.scalars(query.options(
            selectinload(ComplaintRow.options), selectinload(ComplaintRow.answers),
            selectinload(ComplaintRow.signature))))
        return self._with_history(rows)

    def _with_history(self, rows: list[ComplaintRow]) -> list[Complaint]:
        """The rows as complaints, each with its history (a few queries for them all)."""
        names = staff_names(self._session)
        ids = [row.id for row in rows]
        history = self._amendments_of(ids, names)
        contacts, decisions = history_of(self._session, ids, names)
        reviews = reviews_of(self._session, ids, names)
        found = []
        for row in rows:
            complaint = to_domain(row, staff_name=names.get(row.staff_id, ""),
                                  approver_name=names.get(row.approved_by, ""))
            complaint.amendments = history.get(row.id, [])
            complaint.follow_ups = contacts.get(row.id, [])
            complaint.decisions = decisions.get(row.id, [])
            complaint.reviews = reviews.get(row.id, [])
            found.append(complaint)
        return found

    def amend(self, reference: str, attribute: str, value: Any, amendment: Amendment) -> None:
        """Set one column and keep the amendment beside it (the same transaction)."""
        row = self._session.scalars(select(ComplaintRow).where(
            ComplaintRow.reference == reference)).one()
        if attribute not in COMPLAINT_COLUMNS:
            raise ValueError(f"complaints have no column {attribute}")
        setattr(row, attribute, value)
        self._session.add(AmendmentRow(
            complaint_id=row.id, at=amendment.at, staff_id=amendment.staff_id,
            field=amendment.field, old_value=amendment.old_value,
            new_value=amendment.new_value, reason=amendment.reason))
        self._session.flush()

    def add_amendments(self, complaint_id: int, amendments: list[Amendment]) -> None:
        """History brought in with an imported complaint, as it was."""
        self._session.add_all(AmendmentRow(
            complaint_id=complaint_id, at=a.at, staff_id=a.staff_id, field=a.field,
            old_value=a.old_value, new_value=a.new_value, reason=a.reason) for a in amendments)
        self._session.flush()

    def _amendments_of(self, complaint_ids: list[int], names: dict[int, str],
                       ) -> dict[int, list[Amendment]]:
        """Amendments of many complaints, oldest first, in as few queries as SQLite allows."""
        history: dict[int, list[Amendment]] = {}
        for start in range(0, len(complaint_ids), 900):          # SQLite's variable limit
            rows = self._session.scalars(
                select(AmendmentRow)
                .where(AmendmentRow.complaint_id.in_(complaint_ids[start:start + 900]))
                .order_by(AmendmentRow.at, AmendmentRow.id))
            for a in rows:
                history.setdefault(a.complaint_id, []).append(Amendment(
                    at=a.at, staff_id=a.staff_id, field=a.field, old_value=a.old_value,
                    new_value=a.new_value, reason=a.reason,
                    staff_name=names.get(a.staff_id, "")))
        return history

    def _domain(self, row: ComplaintRow) -> Complaint:
        return self._with_history([row])[0]


class DraftRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, draft_id: int | None, *, kind: str, staff_id: int, started_at: datetime,
             now: datetime, payload: dict) -> int:
        row = self._session.get(DraftRow, draft_id) if draft_id else None
        if row is None:
            row = DraftRow(kind=kind, staff_id=staff_id, started_at=started_at)
            self._session.add(row)
        row.updated_at = now
        row.payload = json.dumps(payload, ensure_ascii=False)
        self._session.flush()
        return row.id

    def delete(self, draft_id: int) -> None:
        row = self._session.get(DraftRow, draft_id)
        if row is not None:
            self._session.delete(row)

    def pending(self) -> list[tuple[int, str, int, datetime, datetime, dict]]:
        rows = self._session.scalars(select(DraftRow).order_by(DraftRow.updated_at))
        return [(r.id, r.kind, r.staff_id, r.started_at, r.updated_at, json.loads(r.payload))
                for r in rows]
