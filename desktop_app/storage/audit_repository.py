"""Appending to and reading the audit trail (the table refuses UPDATE and DELETE)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.domain.audit import GENESIS, AuditEntry, entry_hash
from desktop_app.storage import audit_anchor, driver_sql
from desktop_app.storage.driver_sql import InsertInto, stored
from desktop_app.storage.file_check import AUDIT_TRIGGERS
from desktop_app.storage.orm import AuditRow


@dataclass(frozen=True)
class AuditFilter:
    start: datetime | None = None
    end: datetime | None = None
    staff_code: str = ""
    action: str = ""
    record_ref: str = ""


# Built once: composing statements per save cost more than the SQLite work itself.
_LAST_HASH = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
_INSERT = InsertInto(AuditRow.__table__, ("at", "staff_id", "staff_code", "action",
                                          "record_type", "record_ref", "pc", "prev_hash",
                                          "hash"))


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(id=row.id, at=row.at, staff_id=row.staff_id, staff_code=row.staff_code,
                      action=row.action, record_type=row.record_type, record_ref=row.record_ref,
                      pc=row.pc, prev_hash=row.prev_hash, hash=row.hash)


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        #: (id, hash) of the newest entry this unit of work appended, for the anchor
        self.appended: tuple[int, str] | None = None

    def append(self, *, at: datetime, staff_id: int | None, staff_code: str, action: str,
               record_type: str, record_ref: str, pc: str) -> None:
        """Chained to the newest entry; the writer's BEGIN IMMEDIATE keeps the chain linear."""
        cur = driver_sql.cursor(self._session)
        last = cur.execute(_LAST_HASH).fetchone()
        prev = last[0] if last else GENESIS
        digest = entry_hash(prev, at=at, staff_code=staff_code, action=action,
                            record_type=record_type, record_ref=record_ref, pc=pc)
        cur.execute(_INSERT.sql, (stored(at), staff_id, staff_code, action, record_type,
                                  record_ref, pc, prev, digest))
        self.appended = (cur.lastrowid, digest)

    def find(self, where: AuditFilter, *, limit: int = 500) -> list[AuditEntry]:
        """Newest first."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if where.start is not None:
            query = query.where(AuditRow.at >= where.start)
        if where.end is not None:
            query = query.where(AuditRow.at < where.end)
        if where.staff_code:
            query = query.where(AuditRow.staff_code == where.staff_code)
        if where.action:
            query = query.where(AuditRow.action == where.action)
        if where.record_ref:
            query = query.where(AuditRow.record_ref == where.record_ref)
        return [_entry(row) for row in self._session.scalars(query)]

    def in_order(self, batch: int = 5_000) -> Iterator[AuditEntry]:
        """The whole chain oldest first, in batches (years of entries never sit in memory)."""
        after = 0
        while True:
            rows = self._session.scalars(select(AuditRow).where(AuditRow.id > after)
                                         .order_by(AuditRow.id).limit(batch)).all()
            if not rows:
                return
            yield from (_entry(row) for row in rows)
            after = rows[-1].id

    # --- integrity: the triggers that protect the trail, and a trail entry for every record

    def missing_triggers(self) -> list[str]:
        present = set(self._session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        return [name for name in AUDIT_TRIGGERS if name not in present]

    def recreate_triggers(self, names: list[str]) -> None:
        """Put back the triggers that refuse UPDATE and DELETE if someone dropped them."""
        for name in names:
            self._session.execute(text(AUDIT_TRIGGERS[name]))

    def unrecorded(self) -> list[str]:
        """Records with no `create` entry in the trail, and `create` entries whose record is
        gone (records are anonymised, never deleted): each a sentence."""
        problems = []
        for table, kind in (("complaints", "complaint"), ("incidents", "incident")):
            creates = ("SELECT record_ref FROM audit_log WHERE action = 'create' "
                       f"AND record_type = '{kind}'")
            for (ref,) in self._session.execute(text(
                    f"SELECT reference FROM {table} WHERE reference NOT IN ({creates}) "
                    "ORDER BY reference LIMIT 20")):
                problems.append(f"The {kind} {ref} has no 'create' entry in the audit trail: it "
                                "was put into the database outside the program.")
            for (ref,) in self._session.execute(text(
                    f"SELECT DISTINCT record_ref FROM audit_log WHERE action = 'create' AND "
                    f"record_type = '{kind}' AND record_ref NOT IN (SELECT reference FROM "
                    f"{table}) ORDER BY record_ref LIMIT 20")):
                problems.append(f"The {kind} {ref} is in the audit trail but no longer in the "
                                "database: it was deleted outside the program.")
        return problems

    def start_anchor(self, db_path: Path, *, now: datetime) -> None:
        audit_anchor.start(db_path, driver_sql.cursor(self._session), now=now)

