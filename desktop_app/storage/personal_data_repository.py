"""Finding a person's records, anonymising records and logging data-protection requests.

Which fields are personal is the record schema's decision (domain/schema/erasure.py); this
module only knows where they are stored (record_columns). No commits here. After anonymising,
`merge_search_index` (repeated, one transaction a step) merges the full-text index so that
removed words leave its pages too (with secure_delete on, freed pages are overwritten), and
`checkpoint` empties the WAL once committed.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Engine, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from desktop_app.domain.personal_data import PersonQuery, RequestKind, phone_digits
from desktop_app.domain.schema.erasure import COMPLAINT_ERASURE, INCIDENT_ERASURE, Erasure
from desktop_app.storage.orm import (ComplaintRow, IncidentPersonRow, IncidentRow, SignatureRow,
                                     SubjectRequestRow)
from desktop_app.storage.orm.base import Base
from desktop_app.storage.record_columns import PLACES, column_of, stored_empty

_FTS_MATCH = text("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :phrase")
# FTS5's incremental merge: a negative page count merges every segment, not just those on
# one level; SQLite's documentation says fewer than two changes means nothing was left to do.
_FTS_MERGE = text("INSERT INTO complaints_fts(complaints_fts, rank) VALUES ('merge', :pages)")
_TOTAL_CHANGES = text("SELECT total_changes()")
INDEX_MERGE_PAGES = 500


def _digits_only(column):  # noqa: ANN001, ANN202 - a SQL expression
    """The column with the usual phone punctuation taken out, in SQL."""
    for mark in (" ", "-", "(", ")", "+", "."):
        column = func.replace(column, mark, "")
    return column


def _contains(column, needle: str):  # noqa: ANN001, ANN202
    """`column` contains `needle`, ignoring case in any alphabet (the casefold() function
    is registered on every connection by storage.database)."""
    needle = needle.casefold()
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.casefold(column).like(f"%{escaped}%", escape="\\")


def _table(name: str):  # noqa: ANN202 - a Table
    return Base.metadata.tables[name]


class PersonalDataRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- retention -------------------------------------------------------------------------
    def past_retention(self, kind: str, cutoff: datetime, *, after: int = 0,
                       limit: int = 100) -> list[tuple[int, str]]:
        """(id, reference) of the next `limit` records past `cutoff` and not yet anonymised,
        in id order from `after`: complaints closed before it, incidents that happened
        before it."""
        row = ComplaintRow if kind == "complaint" else IncidentRow
        when = row.closed_at if kind == "complaint" else row.occurred_at
        return [tuple(found) for found in self._session.execute(
            select(row.id, row.reference)
            .where(row.id > after, when < cutoff, row.anonymised_at.is_(None))
            .order_by(row.id).limit(limit))]

    # ---- anonymising -------------------------------------------------------------------------
    def anonymise_complaint(self, reference: str, now: datetime) -> bool:
        """Remove the personal fields of one complaint; False if it was already done."""
        complaint_id = self._session.scalar(
            select(ComplaintRow.id).where(ComplaintRow.reference == reference,
                                          ComplaintRow.anonymised_at.is_(None)))
        if complaint_id is None:
            return False
        self._erase(COMPLAINT_ERASURE, complaint_id, "complaint_id")
        self._session.execute(update(ComplaintRow).where(ComplaintRow.id == complaint_id)
                              .values(anonymised_at=now))
        amendments = _table("complaint_amendments")
        self._session.execute(
            update(amendments).where(amendments.c.complaint_id == complaint_id,
                                     amendments.c.field.in_(sorted(COMPLAINT_ERASURE.amended)))
            .values(old_value="", new_value=""))
        return True

    def anonymise_incident(self, reference: str, now: datetime) -> bool:
        incident_id = self._session.scalar(
            select(IncidentRow.id).where(IncidentRow.reference == reference,
                                         IncidentRow.anonymised_at.is_(None)))
        if incident_id is None:
            return False
        self._erase(INCIDENT_ERASURE, incident_id, "incident_id")
        self._session.execute(update(IncidentRow).where(IncidentRow.id == incident_id)
                              .values(anonymised_at=now))
        return True

    def _erase(self, erasure: Erasure, record_id: int, link: str) -> None:
        """Clear every column the schema's erasure names, in the record's table and its
        parts' tables (a part stored in the record's own row is cleared there)."""
        schema = erasure.schema
        changes: dict[str, dict[str, object]] = {}
        for part, fields in (("", erasure.record), *erasure.parts.items()):
            for key, value in fields.items():
                where = column_of(schema, part, key)
                if where is not None:
                    changes.setdefault(where[0], {})[where[1]] = stored_empty(
                        schema, part, key, value)
        main = PLACES[schema.name][""].table
        for table_name, values in changes.items():
            table = _table(table_name)
            match = table.c.id if table_name == main else table.c[link]
            if table_name == SignatureRow.__tablename__:
                self._session.execute(delete(table).where(match == record_id))
            else:
                self._session.execute(update(table).where(match == record_id).values(values))

    def merge_search_index(self, pages: int = INDEX_MERGE_PAGES) -> bool:
        """One bounded step of merging the full-text index towards a single segment, which
        drops the deleted words' entries; True while there is more to merge."""
        before = self._session.scalar(_TOTAL_CHANGES)
        self._session.execute(_FTS_MERGE, {"pages": -abs(pages)})
        return self._session.scalar(_TOTAL_CHANGES) - before >= 2

    # ---- finding a person ----------------------------------------------------------------
    def find_person(self, query: PersonQuery) -> tuple[list[str], list[str]]:
        """References of the complaints and incidents about a person, oldest first."""
        complaint_ids = self._complaint_ids(query)
        incident_ids = self._incident_ids(query, complaint_ids)
        # an incident found directly brings the complaint it started from
        linked = self._session.scalars(select(IncidentRow.complaint_id).where(
            IncidentRow.id.in_(incident_ids), IncidentRow.complaint_id.is_not(None)))
        complaint_ids |= set(linked)
        complaints = self._session.scalars(select(ComplaintRow.reference)
                                           .where(ComplaintRow.id.in_(complaint_ids))
                                           .order_by(ComplaintRow.saved_at, ComplaintRow.id))
        incidents = self._session.scalars(select(IncidentRow.reference)
                                          .where(IncidentRow.id.in_(incident_ids))
                                          .order_by(IncidentRow.occurred_at, IncidentRow.id))
        return list(complaints), list(incidents)

    def _complaint_ids(self, query: PersonQuery) -> set[int]:
        conditions = []
        found: set[int] = set()
        if query.reference:
            conditions.append(ComplaintRow.reference == query.reference)
        if query.name:
            conditions.append(_contains(ComplaintRow.customer_name, query.name))
            # the name anywhere in the customer's words (a phrase: no FTS syntax gets through)
            phrase = '"' + query.name.replace('"', '""') + '"'
            found |= set(self._session.scalars(_FTS_MATCH, {"phrase": phrase}))
        if query.phone:
            tail = phone_digits(query.phone)[-9:]
            conditions.append(_contains(_digits_only(ComplaintRow.contact_phone), tail))
        if query.email:
            conditions.append(func.casefold(ComplaintRow.contact_email) == query.email)
        if conditions:
            found |= set(self._session.scalars(select(ComplaintRow.id).where(or_(*conditions))))
        return found

    def _incident_ids(self, query: PersonQuery, complaint_ids: set[int]) -> set[int]:
        conditions = [IncidentRow.complaint_id.in_(complaint_ids)] if complaint_ids else []
        person = []
        if query.reference:
            conditions.append(IncidentRow.reference == query.reference)
        if query.name:
            conditions += [_contains(IncidentRow.account, query.name),
                           _contains(IncidentRow.person_description, query.name)]
            person.append(_contains(IncidentPersonRow.name, query.name))
        if query.phone:
            person.append(_contains(_digits_only(IncidentPersonRow.contact),
                                    phone_digits(query.phone)[-9:]))
        if query.email:
            person.append(_contains(IncidentPersonRow.contact, query.email))
        if person:
            conditions.append(IncidentRow.id.in_(
                select(IncidentPersonRow.incident_id).where(or_(*person))))
        if not conditions:
            return set()
        return set(self._session.scalars(select(IncidentRow.id).where(or_(*conditions))))

    # ---- the request log -------------------------------------------------------------------
    def add_request(self, *, kind: RequestKind, received_on: date, due_on: date,
                    handled_by: int, handled_at: datetime, note: str,
                    references: list[str]) -> int:
        row = SubjectRequestRow(kind=kind.value, received_on=received_on, due_on=due_on,
                                handled_by=handled_by, handled_at=handled_at, note=note,
                                records=json.dumps(references))
        self._session.add(row)
        self._session.flush()
        return row.id


def checkpoint(engine: Engine) -> None:
    """Copy the WAL into the database file and empty it (outside any transaction), so that
    overwritten pages do not linger in the -wal file."""
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
