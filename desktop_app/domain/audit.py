"""The audit trail: who did what to which record, when, on which PC — hash-chained.

Entries hold references only, never personal or health details. Each entry's hash covers
its own fields and the previous entry's hash, so editing or deleting any entry (even with a
tool that bypasses the database triggers) breaks the chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop_app.domain.phrase import phrase

GENESIS = "0" * 64


class AuditAction(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    LOCKED = "locked"
    CREATE = "create"
    VIEW = "view"
    AMEND = "amend"
    FOLLOW_UP = "follow_up"
    DECIDE = "decide"
    CLOSE = "close"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    ERASE = "erase"
    ANONYMISE = "anonymise"
    SUBJECT_ACCESS = "subject_access"
    STAFF_CHANGE = "staff_change"
    UNLOCK = "unlock"
    PIN_RESET = "pin_reset"
    SETTINGS_CHANGE = "settings_change"
    BACKUP = "backup"
    RESTORE = "restore"
    REPAIR = "repair"               # the program put back something removed outside it
    BUNDLE = "bundle"               # changes sealed for head office
    HEAD_OFFICE_ACK = "head_office_ack"
    REVIEW = "review"               # feedback on a complaint for the person who took it
    ACKNOWLEDGE = "acknowledge"     # that person saw the feedback

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class RecordType(StrEnum):
    NONE = ""
    COMPLAINT = "complaint"
    INCIDENT = "incident"
    STAFF = "staff"
    SETTINGS = "settings"
    AUDIT = "audit"
    REPORT = "report"
    DATABASE = "database"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    staff_id: int | None
    staff_code: str
    action: str
    record_type: str
    record_ref: str
    pc: str
    prev_hash: str
    hash: str


def entry_hash(prev_hash: str, *, at: datetime, staff_code: str, action: str,
               record_type: str, record_ref: str, pc: str) -> str:
    body = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), staff_code, action,
                       record_type, record_ref, pc], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def chain_problems(entries: Iterable[AuditEntry]) -> list[str]:
    """Every break in the chain, in order: edited, removed or inserted entries."""
    problems: list[str] = []
    expected_prev = GENESIS
    for entry in entries:
        if entry.prev_hash != expected_prev:
            problems.append(phrase("Audit entry {number}: the entry before it was changed or "
                                   "removed.", number=entry.id))
        recomputed = entry_hash(entry.prev_hash, at=entry.at, staff_code=entry.staff_code,
                                action=entry.action, record_type=entry.record_type,
                                record_ref=entry.record_ref, pc=entry.pc)
        if recomputed != entry.hash:
            problems.append(phrase("Audit entry {number}: its contents were changed.",
                                   number=entry.id))
        expected_prev = entry.hash
    return problems
