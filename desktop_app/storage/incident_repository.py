"""Abusive-behaviour incidents: between the domain's Incident and its rows.

No commits here (the unit of work commits). History is never rewritten: updates and
disclosures are appended; `fill_in` sets only fields that were not recorded yet, adds
to lists without taking anything away, and refuses the original account outright —
a second line of defence behind the domain's own check.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.errors import NotFound
from desktop_app.domain.incident import (Disclosure, Incident, IncidentHeader, IncidentPerson,
                                         IncidentStatus, IncidentUpdate, PersonPart)
from desktop_app.storage.repositories import CHUNK
from desktop_app.storage.orm import (ComplaintRow, DisclosureRow, IncidentPersonRow, IncidentRow,
                                     IncidentUpdateRow, StaffRow)

# Plain columns with the same name and meaning in both shapes.
_SCALARS = (
    "location", "situation", "task", "action", "result", "behaviour_other", "trigger",
    "trigger_other", "deescalation_other", "police_attended", "crime_reference", "injury",
    "injury_details", "days_off_work", "cctv_captured", "cctv_reference", "person_description",
    "welfare_support_offered", "debrief_date", "welfare_done", "public_to_hospital",
    "jurisdiction",
)
_LISTS = ("behaviours", "protected_characteristics", "deescalation", "specified_injuries")

# Never changed after the first save, whatever a caller asks.
FROZEN = frozenset({"account", "reference", "store_code", "reported_by", "recorded_at",
                    "occurred_at", "jurisdiction"})


def _join(values: tuple[str, ...] | list[str]) -> str:
    return ",".join(values)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _blank(value: Any) -> bool:
    """Not recorded yet: empty text, None, False, or the default injury 'none'."""
    return value in (None, "", False)


class IncidentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- writing -------------------------------------------------------------------------
    def add(self, incident: Incident) -> int:
        row = IncidentRow(reference=incident.reference, store_code=incident.store_code,
                          reported_by=incident.reported_by, recorded_at=incident.recorded_at,
                          occurred_at=incident.occurred_at, account=incident.account,
                          status=incident.status.value, anonymised_at=incident.anonymised_at)
        for name in _SCALARS:
            setattr(row, name, getattr(incident, name))
        for name in _LISTS:
            setattr(row, name, _join(getattr(incident, name)))
        row.called = json.dumps(dict(incident.called), ensure_ascii=False, sort_keys=True)
        row.complaint_id = self._complaint_id(incident.complaint_reference)
        row.people = [IncidentPersonRow(part=p.part.value, staff_id=p.staff_id,
                                        name="" if p.staff_id else p.name, contact=p.contact)
                      for p in incident.people]
        self._session.add(row)
        self._session.flush()
        incident.id = row.id
        return row.id

    def append_update(self, reference: str, update: IncidentUpdate) -> None:
        row = self._row(reference)
        row.updates.append(IncidentUpdateRow(at=update.at, staff_id=update.staff_id,
                                             kind=str(update.kind), text=update.text))
        self._session.flush()

    def add_disclosure(self, reference: str, disclosure: Disclosure) -> None:
        row = self._row(reference)
        row.disclosures.append(DisclosureRow(
            disclosed_on=disclosure.disclosed_on, recipient=disclosure.recipient,
            organisation=disclosure.organisation, reason=disclosure.reason,
            what=disclosure.what, recorded_by=disclosure.recorded_by))
        self._session.flush()

    def fill_in(self, reference: str, changes: Mapping[str, Any],
                people: tuple[IncidentPerson, ...] = ()) -> list[str]:
        """Set fields not recorded yet and add people; returns the names actually changed.

        Raises ValueError for a frozen field or for a change to a value already recorded.
        """
        row = self._row(reference)
        changed: list[str] = []
        for name, value in changes.items():
            if name in FROZEN:
                raise ValueError(f"{name} is part of the original record and cannot change")
            if name in _LISTS:
                before = _split(getattr(row, name))
                missing = [v for v in before if v not in value]
                if missing:
                    raise ValueError(f"{name}: recorded values cannot be removed")
                added = [v for v in value if v not in before]
                if added:
                    setattr(row, name, _join(before + tuple(added)))
                    changed.append(name)
            elif name == "called":
                before_called = json.loads(row.called or "{}")
                for party, when in value.items():
                    if party in before_called and before_called[party] and \
                            before_called[party] != when:
                        raise ValueError("called: a recorded time cannot change")
                merged = {**before_called, **{k: w for k, w in value.items()
                                              if not before_called.get(k)}}
                if merged != before_called:
                    row.called = json.dumps(merged, ensure_ascii=False, sort_keys=True)
                    changed.append(name)
            elif name in _SCALARS:
                current = getattr(row, name)
                if name == "injury" and current == "none":
                    current = ""
                if current == value or (_blank(value) and _blank(current)):
                    continue
                if not _blank(current):
                    raise ValueError(f"{name} is already recorded")
                setattr(row, name, value)
                changed.append(name)
            else:
                raise ValueError(f"unknown incident field {name}")
        known = {(p.part, p.staff_id, p.name) for p in row.people}
        for person in people:
            key = (person.part.value, person.staff_id, "" if person.staff_id else person.name)
            if key not in known:
                row.people.append(IncidentPersonRow(part=key[0], staff_id=person.staff_id,
                                                    name=key[2], contact=person.contact))
                known.add(key)
                changed.append("people")
        self._session.flush()
        return list(dict.fromkeys(changed))

    def link_complaint(self, reference: str, complaint_reference: str) -> None:
        row = self._row(reference)
        complaint_id = self._complaint_id(complaint_reference)
        if row.complaint_id not in (None, complaint_id):
            raise ValueError("the incident is already linked to another complaint")
        row.complaint_id = complaint_id
        self._session.flush()

    def set_status(self, reference: str, status: IncidentStatus) -> None:
        self._row(reference).status = status.value

    # ---- reading -------------------------------------------------------------------------
    def get(self, reference: str) -> Incident | None:
        row = self._session.scalars(
            select(IncidentRow).where(IncidentRow.reference == reference)
            .options(selectinload(IncidentRow.people), selectinload(IncidentRow.updates),
                     selectinload(IncidentRow.disclosures))).first()
        return self._domain(row) if row else None

    def headers(self, *, open_only: bool = False, since: date | None = None,
                complaint_reference: str | None = None) -> list[IncidentHeader]:
        """Newest first; no account text, so that a list can be shown to anyone."""
        query = (select(IncidentRow).options(selectinload(IncidentRow.people))
                 .order_by(IncidentRow.occurred_at.desc(), IncidentRow.id.desc()))
        if open_only:
            query = query.where(IncidentRow.status == IncidentStatus.OPEN.value)
        if since is not None:
            query = query.where(IncidentRow.occurred_at >= since)
        if complaint_reference is not None:
            complaint_id = self._complaint_id(complaint_reference)
            query = query.where(IncidentRow.complaint_id == complaint_id)
        complaint_refs = self._complaint_refs()
        return [IncidentHeader(
            reference=row.reference, occurred_at=row.occurred_at,
            status=IncidentStatus(row.status), reported_by=row.reported_by,
            involved=frozenset({row.reported_by} | {p.staff_id for p in row.people
                                                    if p.staff_id is not None}),
            location=row.location, behaviours=_split(row.behaviours),
            complaint_reference=complaint_refs.get(row.complaint_id, ""))
            for row in self._session.scalars(query)]

    def occurred_between(self, start: datetime, end: datetime) -> list[Incident]:
        rows = self._session.scalars(
            select(IncidentRow).where(IncidentRow.occurred_at >= start,
                                      IncidentRow.occurred_at < end)
            .options(selectinload(IncidentRow.people), selectinload(IncidentRow.updates),
                     selectinload(IncidentRow.disclosures))
            .order_by(IncidentRow.occurred_at, IncidentRow.id))
        return [self._domain(row) for row in rows]

    def by_references(self, references: list[str]) -> dict[str, Incident]:
        """The incidents with these references (those that exist), a chunk at a time."""
        found: dict[str, Incident] = {}
        for start in range(0, len(references), CHUNK):
            chunk = references[start:start + CHUNK]
            rows = self._session.scalars(
                select(IncidentRow).where(IncidentRow.reference.in_(chunk))
                .options(selectinload(IncidentRow.people), selectinload(IncidentRow.updates),
                         selectinload(IncidentRow.disclosures)))
            found.update((row.reference, self._domain(row)) for row in rows)
        return found

    def open_incidents(self) -> list[Incident]:
        rows = self._session.scalars(
            select(IncidentRow).where(IncidentRow.status == IncidentStatus.OPEN.value)
            .options(selectinload(IncidentRow.people), selectinload(IncidentRow.updates),
                     selectinload(IncidentRow.disclosures))
            .order_by(IncidentRow.occurred_at, IncidentRow.id))
        return [self._domain(row) for row in rows]

    # ---- helpers -------------------------------------------------------------------------
    def _row(self, reference: str) -> IncidentRow:
        row = self._session.scalars(
            select(IncidentRow).where(IncidentRow.reference == reference)).first()
        if row is None:
            raise NotFound(f"No incident with reference {reference}.")
        return row

    def _complaint_id(self, complaint_reference: str) -> int | None:
        if not complaint_reference:
            return None
        complaint_id = self._session.scalar(
            select(ComplaintRow.id).where(ComplaintRow.reference == complaint_reference))
        if complaint_id is None:
            raise NotFound(f"No complaint with reference {complaint_reference}.")
        return complaint_id

    def _complaint_refs(self) -> dict[int | None, str]:
        rows = self._session.execute(
            select(ComplaintRow.id, ComplaintRow.reference)
            .join(IncidentRow, IncidentRow.complaint_id == ComplaintRow.id))
        return {complaint_id: reference for complaint_id, reference in rows}

    def _names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        rows = self._session.execute(select(StaffRow.id, StaffRow.name)
                                     .where(StaffRow.id.in_(ids)))
        return {staff_id: name for staff_id, name in rows}

    def _domain(self, row: IncidentRow) -> Incident:
        ids = ({row.reported_by} | {p.staff_id for p in row.people if p.staff_id}
               | {u.staff_id for u in row.updates})
        names = self._names(ids)
        complaint_reference = ""
        if row.complaint_id is not None:
            complaint_reference = self._session.scalar(
                select(ComplaintRow.reference).where(ComplaintRow.id == row.complaint_id)) or ""
        incident = Incident(
            store_code=row.store_code, reported_by=row.reported_by, recorded_at=row.recorded_at,
            occurred_at=row.occurred_at, account=row.account,
            called=json.loads(row.called or "{}"),
            people=tuple(IncidentPerson(part=PersonPart(p.part), staff_id=p.staff_id,
                                        name=names.get(p.staff_id, "") if p.staff_id else p.name,
                                        contact=p.contact)
                         for p in sorted(row.people, key=lambda p: p.id)),
            updates=tuple(IncidentUpdate(at=u.at, staff_id=u.staff_id, kind=u.kind, text=u.text,
                                         staff_name=names.get(u.staff_id, ""))
                          for u in sorted(row.updates, key=lambda u: (u.at, u.id))),
            disclosures=tuple(Disclosure(disclosed_on=d.disclosed_on, recipient=d.recipient,
                                         organisation=d.organisation, reason=d.reason,
                                         what=d.what, recorded_by=d.recorded_by)
                              for d in sorted(row.disclosures,
                                              key=lambda d: (d.disclosed_on, d.id))),
            complaint_reference=complaint_reference, status=IncidentStatus(row.status),
            anonymised_at=row.anonymised_at, reference=row.reference, id=row.id,
            reported_by_name=names.get(row.reported_by, ""),
            **{name: getattr(row, name) for name in _SCALARS},
            **{name: _split(getattr(row, name)) for name in _LISTS})
        return incident
