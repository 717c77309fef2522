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
from desktop_app.domain.errors import DomainError, PermissionDenied
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.storage import audit_anchor
from desktop_app.storage import backup as store
from desktop_app.storage.file_check import Condition, inspect
from desktop_app.storage.instance_lock import DatabaseInUse

KEEP_DAYS_SETTING = "backup_keep_days"

#: Further checks for `check()`, each taking the open context and returning problems.
EXTRA_CHECKS: list[Callable[[AppContext], list[str]]] = [audit.check_chain, audit.check_records]


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


@dataclass(frozen=True)
class StartupCheck:
    condition: Condition
    message: str = ""
    newest_good_backup: Path | None = None

    @property
    def ok(self) -> bool:
        """The file may be opened: a new store, or a sound file (a dropped trigger is put
        back at opening)."""
        return self.condition in (Condition.NEW, Condition.SOUND)

    @property
    def damaged(self) -> bool:
        return self.condition is Condition.DAMAGED


def store_existed(db_path: Path) -> bool:
    """Are there signs of a store here (its backups, or an anchor with entries)?"""
    if store.backups_in(backup_folder(db_path)):
        return True
    try:
        anchor = audit_anchor.read(db_path)
    except audit_anchor.AnchorUnreadable:
        return True
    return anchor is not None and anchor.last_id > 0


def startup_check(db_path: Path, *, thorough: bool = True) -> StartupCheck:
    """A look without writing. Damage (bad bytes, or a missing or empty file where a store
    was) offers the newest good backup; a file that merely cannot be opened now (locked,
    read-only, permissions) or a newer version's file never does. `thorough` reads every
    page (quick_check: seconds on a large file, so the window runs it in the background
    after opening); without it, only the header, versions and triggers are read."""
    db_path = Path(db_path)
    report = inspect(db_path, pragma="quick_check" if thorough else None, for_writing=True,
                     store_existed=store_existed(db_path))
    if report.condition in (Condition.NEW, Condition.SOUND):
        return StartupCheck(report.condition)
    if report.condition is Condition.UNAVAILABLE:
        return StartupCheck(report.condition, report.problems[0] + (
            " Close any other program that has it open, or ask your IT contact to give "
            "this user access to its folder, then start again."))
    if report.condition is Condition.TOO_NEW:
        return StartupCheck(report.condition, report.problems[0])
    newest = newest_good_backup(db_path)
    message = ("The database file is damaged and cannot be used as it is. "
               + " ".join(report.problems[:2]) + " It will be kept aside, not overwritten.")
    if newest is not None:
        message += f" The newest good backup is from {store.made_at(newest):%d %B %Y at %H:%M}."
    else:
        message += " No good backup was found beside it; ask your IT contact."
    return StartupCheck(report.condition, message, newest)


def _replace(db_path: Path, backup: Path, *, now: datetime,
             keep_replaced: bool = True) -> Path | None:
    """The storage layer's restore, each refusal a sentence (nothing was changed)."""
    try:
        return store.restore_file(Path(backup), db_path, now=now, keep_replaced=keep_replaced)
    except ValueError as error:
        raise DomainError(phrase("{name} was not restored: {error}", name=Path(backup).name,
                                 error=error)) from error
    except DatabaseInUse as error:
        raise DomainError(str(error)) from error
    except OSError as error:
        raise DomainError(phrase("{name} was not restored: {reason}. Nothing was changed.",
                                 name=Path(backup).name, reason=error.strerror or error)) from error


def _restore(db_path: Path, backup: Path, *, now: datetime, staff_code: str,
             keep_replaced: bool = True) -> Path | None:
    """Restore with the program closed, then audit it in the restored database."""
    kept = _replace(db_path, backup, now=now, keep_replaced=keep_replaced)
    from desktop_app.services.context import open_app

    ctx = open_app(db_path)
    try:
        audit.record_now(ctx, None, AuditAction.RESTORE, RecordType.DATABASE,
                         Path(backup).name, staff_code=staff_code)
    finally:
        ctx.close()
    return kept


def restore_after_damage(db_path: Path, backup: Path, *, now: datetime) -> Path:
    """Keep the damaged file aside and put the backup in its place (asked at start-up, where
    nobody can sign in to a damaged file); the restore is audited in the restored file."""
    found = startup_check(db_path)
    if not found.damaged:
        raise DomainError(phrase("The database is not damaged, so it was not replaced. "
                                 "{message}", message=found.message))
    kept = store.set_aside(db_path, now, "damaged")
    _restore(db_path, backup, now=now, staff_code="", keep_replaced=False)
    return kept


def restore_damaged_in_place(ctx: AppContext, backup: Path) -> Path:
    """The start-up page check found damage in the open file: it is closed, kept aside, and
    the newest good backup put in its place and reopened (asked before anyone can save;
    everyone signs in again). Refused unless the check really did find damage."""
    from desktop_app.services.context import open_app
    from desktop_app.services.integrity_gate import CheckState, IntegrityGate

    if ctx.integrity.state is not CheckState.DAMAGED:
        raise DomainError(phrase("The database is not damaged, so it was not replaced."))
    path = ctx.db.path
    ctx.db.dispose()
    try:            # the copy is made and checked before the damaged file is moved aside
        kept = _replace(path, Path(backup), now=ctx.clock.now())
    finally:        # the restored file, or the damaged one if refused (still refusing saves)
        ctx.db = open_app(path, clock=ctx.clock, before_upgrade=backup_before_upgrade).db
    ctx.integrity = IntegrityGate()
    audit.record_now(ctx, None, AuditAction.RESTORE, RecordType.DATABASE, Path(backup).name,
                     staff_code="")
    return kept


def newest_good_backup(db_path: Path) -> Path | None:
    return store.newest_good(backup_folder(db_path))


def backup_before_upgrade(db) -> None:  # noqa: ANN001 - storage.database.Database
    """Passed to open_app: a copy of the old schema's data before any migration runs."""
    folder = store.own_folder(backup_folder(db.path))
    store.backup_file(db.path, folder / store.backup_name(datetime.now(), "before-upgrade"))


def automatic_backup(db_path: Path, *, now: datetime, keep_days: int = store.DEFAULT_KEEP_DAYS,
                     ) -> Path | None:
    """Today's backup if there is none yet, then old ones rotated out. Safe off the UI thread
    (it uses its own connection)."""
    folder = store.own_folder(backup_folder(db_path))
    made = None
    if not any(store.made_on(p) == now.date() for p in store.backups_in(folder)):
        made = store.backup_file(db_path, folder / store.backup_name(now))
    store.rotate(folder, today=now.date(), keep_days=keep_days)
    return made


@dataclass(frozen=True)
class BackupOnDisk:
    path: Path
    made_at: datetime
    size_bytes: int


@dataclass(frozen=True)
class BackupsState:
    folder: Path
    backups: tuple[BackupOnDisk, ...]       # newest first
    last_good: BackupOnDisk | None


def backups_state(ctx: AppContext, user: StaffMember) -> BackupsState:
    """The automatic backups on disk with their times, and the newest one that checks out."""
    require(user, Subject.SETTINGS, Action.AMEND)
    folder = backup_folder(ctx.db.path)
    found = []
    for path in store.backups_in(folder):
        try:
            found.append(BackupOnDisk(path, store.made_at(path), path.stat().st_size))
        except OSError:
            continue
    good = store.newest_good(folder)
    last_good = next((b for b in found if b.path == good), None)
    return BackupsState(folder, tuple(found), last_good)


def keep_days_from_file(db_path: Path) -> int:
    return int(store.setting_in_file(db_path, KEEP_DAYS_SETTING, store.DEFAULT_KEEP_DAYS))


def keep_days(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(uow.store.setting(KEEP_DAYS_SETTING, store.DEFAULT_KEEP_DAYS))


def set_keep_days(ctx: AppContext, user: StaffMember, days: int) -> None:
    require(user, Subject.SETTINGS, Action.AMEND)
    if not 7 <= int(days) <= 3650:
        raise DomainError(phrase("Keep automatic backups for between 7 and 3,650 days."))
    with ctx.uow() as uow:
        uow.store.set_setting(KEEP_DAYS_SETTING, int(days))
        audit.record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
        uow.commit()


def _write_backup(db_path: Path, target: Path) -> Path:
    try:
        store.backup_file(db_path, target)
    except OSError as error:
        raise DomainError(phrase("The backup could not be written to {parent}: {reason}. "
                                 "Nothing was left behind.", parent=target.parent,
                                 reason=error.strerror or error)) from error
    result = store.check_file(target)
    if not result.ok:
        raise DomainError(phrase("The backup was written but does not check out: {problems}",
                                 problems=" ".join(result.problems)))
    return target


def backup_now(ctx: AppContext, user: StaffMember, folder: Path) -> Path:
    """A manager's backup to a folder of their choice (a USB stick), checked after writing."""
    require(user, Subject.SETTINGS, Action.AMEND)
    target = _write_backup(ctx.db.path,
                           Path(folder) / store.backup_name(ctx.clock.now(), "manual"))
    audit.record_now(ctx, user, AuditAction.BACKUP, RecordType.DATABASE, target.name)
    return target


def backup_to(ctx: AppContext, user: StaffMember, target: Path) -> Path:
    """The command line's `backup --out FILE`: a manager, signed in; audited."""
    require(user, Subject.SETTINGS, Action.AMEND)
    _write_backup(ctx.db.path, Path(target))
    audit.record_now(ctx, user, AuditAction.BACKUP, RecordType.DATABASE, Path(target).name)
    return Path(target)


def restore(db_path: Path, backup: Path, *, code: str, pin: str, now: datetime) -> Path | None:
    """The command line's `restore FILE`: a manager's code and PIN, checked against this
    database, or against the backup when this database is damaged or missing (nobody can
    sign in to it). Refused while the program has the database open anywhere; the replaced
    file is kept beside it and the restore is audited in the restored database."""
    from desktop_app.services import auth

    db_path, backup = Path(db_path), Path(backup)
    result = store.check_file(backup)
    if not result.ok:
        raise DomainError(_not_restored(backup, result.problems))
    found = startup_check(db_path)
    if found.condition in (Condition.UNAVAILABLE, Condition.TOO_NEW):
        raise DomainError(phrase("{name} was not replaced. {message}", name=db_path.name,
                                 message=found.message))
    if found.condition is Condition.SOUND:
        from desktop_app.services.context import open_app

        ctx = open_app(db_path)
        try:
            user = auth.sign_in(ctx, code, pin)
        finally:
            ctx.close()
    else:
        user = auth.verify_in_file(backup, code, pin)
    if not user.role.at_least(Role.MANAGER):
        raise PermissionDenied(phrase("Only a manager can restore a backup."))
    return _restore(db_path, backup, now=now, staff_code=user.code)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db_path: Path) -> CheckReport:
    """The full check: integrity, schema and triggers; the hash chain; a trail entry for every
    record; the trail's end against its anchor and the automatic backups. Writes nothing
    (a dropped trigger is put back the next time the program opens the file, not here)."""
    report = CheckReport()
    result = store.check_file(db_path)
    report.problems.extend(result.problems)
    if result.condition is not Condition.SOUND:
        return report
    from desktop_app.services.context import open_app

    ctx = open_app(db_path, repair=False)
    try:
        for extra in EXTRA_CHECKS:
            report.problems.extend(extra(ctx))
        report.problems.extend(store.audit_trail_problems(
            db_path, anchored=audit.is_anchored(ctx), backups_folder=backup_folder(db_path)))
    finally:
        ctx.close()
    return report


def restore_in_place(ctx: AppContext, user: StaffMember, backup: Path) -> Path | None:
    """A manager restores from the program: the backup is checked before anything closes,
    the database is swapped, reopened (upgraded if older) and the restore is audited.
    Refused, with the database left open as it was, while another program has it open.
    Everyone must sign in again afterwards."""
    require(user, Subject.SETTINGS, Action.AMEND)
    result = store.check_file(Path(backup))
    if not result.ok:
        raise DomainError(_not_restored(Path(backup), result.problems))
    from desktop_app.services.context import open_app

    path = ctx.db.path
    ctx.db.dispose()
    try:
        kept = _replace(path, Path(backup), now=ctx.clock.now())
    finally:        # the restored file, or the old one if refused: opened as at start-up
        ctx.db = open_app(path, clock=ctx.clock, before_upgrade=backup_before_upgrade).db
    audit.record_now(ctx, None, AuditAction.RESTORE, RecordType.DATABASE, Path(backup).name,
                     staff_code=user.code)
    return kept


def _not_restored(backup: Path, problems: list[str]) -> str:
    return phrase("{name} was not restored: {problems}", name=backup.name,
                  problems=" ".join(problems))
