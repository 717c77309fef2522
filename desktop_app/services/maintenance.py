"""Keeping the database safe: start-up check, automatic and manual backups, restore, check.

Automatic backups go to a `backups` folder beside the database: one a day at first start,
and one before every schema upgrade, kept for the store's number of days (30 by default).
A manager can also back up to a folder of their choice (a USB stick) and restore.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.staff import StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.storage import backup as store

KEEP_DAYS_SETTING = "backup_keep_days"

#: Further checks for `check()`, each taking the open context and returning problems.
EXTRA_CHECKS: list[Callable[[AppContext], list[str]]] = [audit.check_chain]


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


@dataclass(frozen=True)
class StartupCheck:
    ok: bool
    message: str = ""
    newest_good_backup: Path | None = None


def startup_check(db_path: Path) -> StartupCheck:
    """A quick look before opening: is the file there and sound? (A new file is fine.)"""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return StartupCheck(True)
    result = store.check_file(db_path, quick=True)
    if result.ok or (not result.problems[0].startswith(("Damage", f"{db_path.name} is not"))):
        return StartupCheck(True)      # an unknown schema is the migration layer's to refuse
    newest = store.newest_good(backup_folder(db_path))
    message = ("The database file is damaged and cannot be used as it is. "
               + " ".join(result.problems[:2]) + " It will be kept aside, not overwritten.")
    if newest is not None:
        message += f" The newest good backup is from {store.made_on(newest):%d %B %Y}."
    else:
        message += " No good backup was found beside it; ask your IT contact."
    return StartupCheck(False, message, newest)


def restore_after_damage(db_path: Path, backup: Path, *, now: datetime) -> Path:
    """Keep the damaged file aside and put the backup in its place."""
    kept = store.set_aside(db_path, now, "damaged")
    store.restore_file(backup, db_path, now=now)
    return kept


def backup_before_upgrade(db) -> None:  # noqa: ANN001 - storage.database.Database
    """Passed to open_app: a copy of the old schema's data before any migration runs."""
    store.backup_file(db.path, backup_folder(db.path) / store.backup_name(datetime.now(),
                                                                          "before-upgrade"))


def automatic_backup(db_path: Path, *, now: datetime, keep_days: int = store.DEFAULT_KEEP_DAYS,
                     ) -> Path | None:
    """Today's backup if there is none yet, then old ones rotated out. Safe off the UI thread
    (it uses its own connection)."""
    folder = backup_folder(db_path)
    made = None
    if not any(store.made_on(p) == now.date() for p in store.backups_in(folder)):
        made = store.backup_file(db_path, folder / store.backup_name(now))
    store.rotate(folder, today=now.date(), keep_days=keep_days)
    return made


def keep_days_from_file(db_path: Path) -> int:
    return int(store.setting_in_file(db_path, KEEP_DAYS_SETTING, store.DEFAULT_KEEP_DAYS))


def keep_days(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(uow.store.setting(KEEP_DAYS_SETTING, store.DEFAULT_KEEP_DAYS))


def set_keep_days(ctx: AppContext, user: StaffMember, days: int) -> None:
    require(user, Subject.SETTINGS, Action.AMEND)
    if not 7 <= int(days) <= 3650:
        raise DomainError("Keep automatic backups for between 7 and 3,650 days.")
    with ctx.uow() as uow:
        uow.store.set_setting(KEEP_DAYS_SETTING, int(days))
        audit.record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
        uow.commit()


def backup_now(ctx: AppContext, user: StaffMember, folder: Path) -> Path:
    """A manager's backup to a folder of their choice (a USB stick), checked after writing."""
    require(user, Subject.SETTINGS, Action.AMEND)
    now = ctx.clock.now()
    try:
        target = store.backup_file(ctx.db.path, Path(folder) / store.backup_name(now, "manual"))
    except OSError as error:
        raise DomainError(f"The backup could not be written to {folder}: "
                          f"{error.strerror or error}.") from error
    result = store.check_file(target)
    if not result.ok:
        raise DomainError("The backup was written but does not check out: "
                          + " ".join(result.problems))
    audit.record_now(ctx, user, AuditAction.BACKUP, RecordType.DATABASE, target.name)
    return target


def backup_to(db_path: Path, target: Path) -> Path:
    """The command line's `backup --out FILE` (whoever can read the file may copy it)."""
    store.backup_file(db_path, target)
    result = store.check_file(target)
    if not result.ok:
        raise DomainError("The backup does not check out: " + " ".join(result.problems))
    return target


def restore(db_path: Path, backup: Path, *, now: datetime) -> Path | None:
    """Replace the database with a checked backup; the replaced file is kept beside it.
    The program must not have the database open."""
    try:
        return store.restore_file(backup, db_path, now=now)
    except ValueError as error:
        raise DomainError(f"{backup.name} was not restored: {error}") from error


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db_path: Path) -> CheckReport:
    """The full check: integrity, schema, then the audit trail's hash chain."""
    report = CheckReport()
    result = store.check_file(db_path)
    report.problems.extend(result.problems)
    if not result.ok:
        return report
    from desktop_app.services.context import open_app

    ctx = open_app(db_path)
    try:
        for extra in EXTRA_CHECKS:
            report.problems.extend(extra(ctx))
    finally:
        ctx.close()
    return report


def restore_in_place(ctx: AppContext, user: StaffMember, backup: Path) -> Path | None:
    """A manager restores from the program: the backup is checked before anything closes,
    the database is swapped, reopened (upgraded if older) and the restore is audited.
    Everyone must sign in again afterwards."""
    require(user, Subject.SETTINGS, Action.AMEND)
    result = store.check_file(Path(backup))
    if not result.ok:
        raise DomainError(f"{Path(backup).name} was not restored: " + " ".join(result.problems))
    from desktop_app.storage.database import open_database
    from desktop_app.storage.migrations import upgrade

    path = ctx.db.path
    ctx.db.dispose()
    try:
        kept = store.restore_file(Path(backup), path, now=ctx.clock.now())
    finally:
        ctx.db = open_database(path)
    upgrade(ctx.db.writer, before=lambda: backup_before_upgrade(ctx.db))
    audit.record_now(ctx, None, AuditAction.RESTORE, RecordType.DATABASE, Path(backup).name,
                     staff_code=user.code)
    return kept
