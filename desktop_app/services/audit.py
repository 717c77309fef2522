"""Writing and reading the audit trail.

`record()` is called inside the caller's unit of work, before its commit, so an action and
its entry are saved together or not at all; `record_now()` is for actions that change
nothing else (views, prints, failed sign-ins). Only references go in: never names, words
or health details.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.audit import AuditAction, AuditEntry, RecordType, chain_problems
from desktop_app.domain.exchange_format import csv_safe
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.staff import StaffMember
from desktop_app.services.context import AppContext
from desktop_app.storage.audit_anchor import SINCE_SETTING
from desktop_app.storage.audit_repository import AuditFilter

__all__ = ["AuditAction", "AuditFilter", "RecordType", "check_chain", "export_trail", "record",
           "record_now", "trail"]

EXPORT_LIMIT = 1_000_000
CSV_COLUMNS = ("id", "at", "staff_code", "action", "record_type", "record_ref", "pc",
               "prev_hash", "hash")


def record(ctx: AppContext, uow, user: StaffMember | None, action: AuditAction,  # noqa: ANN001
           record_type: RecordType = RecordType.NONE, record_ref: str = "", *,
           staff_code: str = "") -> None:
    uow.audit.append(at=ctx.clock.now(), staff_id=user.id if user else None,
                     staff_code=user.code if user else staff_code, action=action.value,
                     record_type=record_type.value, record_ref=record_ref, pc=ctx.pc_name)


def record_now(ctx: AppContext, user: StaffMember | None, action: AuditAction,
               record_type: RecordType = RecordType.NONE, record_ref: str = "", *,
               staff_code: str = "") -> None:
    with ctx.uow() as uow:
        record(ctx, uow, user, action, record_type, record_ref, staff_code=staff_code)
        uow.commit()


def trail(ctx: AppContext, user: StaffMember, *, start: datetime | None = None,
          end: datetime | None = None, staff_code: str = "", action: str = "",
          record_ref: str = "", limit: int = 500) -> list[AuditEntry]:
    """Managers read the trail, newest first; reading it is itself recorded."""
    require(user, Subject.AUDIT, Action.VIEW)
    where = AuditFilter(start=start, end=end, staff_code=staff_code.strip().upper(),
                        action=action, record_ref=record_ref.strip().upper())
    with ctx.uow() as uow:
        entries = uow.audit.find(where, limit=limit)
        record(ctx, uow, user, AuditAction.VIEW, RecordType.AUDIT)
        uow.commit()
    return entries


def export_trail(ctx: AppContext, user: StaffMember, where: AuditFilter) -> bytes:
    """The filtered trail as CSV, hashes included so that head office can check the chain.
    The export itself is recorded (after the rows it exports)."""
    import csv
    import io

    require(user, Subject.AUDIT, Action.EXPORT)
    with ctx.uow() as uow:
        entries = uow.audit.find(where, limit=EXPORT_LIMIT)
        record(ctx, uow, user, AuditAction.EXPORT, RecordType.AUDIT)
        uow.commit()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in reversed(entries):                     # oldest first, as the chain runs
        # a failed sign-in stores whatever code was typed: neutralise formulas
        writer.writerow([csv_safe(getattr(entry, column)) for column in CSV_COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def check_chain(ctx: AppContext) -> list[str]:
    """Problems found in the hash chain; empty when the trail is intact."""
    with ctx.uow() as uow:
        return chain_problems(uow.audit.in_order())


def check_records(ctx: AppContext) -> list[str]:
    """A `create` entry for every complaint and incident, and a record for every one."""
    with ctx.uow() as uow:
        return uow.audit.unrecorded()


def is_anchored(ctx: AppContext) -> bool:
    with ctx.uow() as uow:
        return uow.store.setting(SINCE_SETTING) is not None


def secure_trail(ctx: AppContext) -> None:
    """At every open: put back protecting triggers someone dropped (and say so in the trail),
    and anchor the chain if this file has never been anchored (a new store, or one from
    before anchors). A missing anchor of an anchored file is left missing: it is evidence."""
    with ctx.uow() as uow:
        missing = uow.audit.missing_triggers()
        anchored = uow.store.setting(SINCE_SETTING) is not None
        if not missing and anchored:
            return
        # The wall clock, not the program's: backups are named by it and compared with it.
        now = datetime.now()
        if not anchored:
            uow.audit.start_anchor(ctx.db.path, now=now)
            uow.store.set_setting(SINCE_SETTING, now.isoformat(timespec="seconds"))
        if missing:
            uow.audit.recreate_triggers(missing)
            record(ctx, uow, None, AuditAction.REPAIR, RecordType.DATABASE, "audit triggers")
        uow.commit()
