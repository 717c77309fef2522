"""Signing in with a staff code and PIN; adding staff. Lockout grows after 5 wrong PINs."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.domain import validation as v
from desktop_app.domain.errors import (DomainError, FieldError, NotFound, PermissionDenied,
                                       ValidationFailed)
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import MAX_NAME, Role, StaffMember
from desktop_app.services.audit import AuditAction, RecordType, record, record_now
from desktop_app.services.context import AppContext
from desktop_app.services.pins import hash_pin, needs_rehash, verify_nobody, verify_pin

FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)


class SignInFailed(DomainError):
    """Wrong code or PIN, or the code is locked for now; the message is safe to show."""


def lock_duration(failed_attempts: int) -> timedelta:
    """30 s after the 5th wrong PIN, doubling with each further one, at most an hour."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_LOCK * 2 ** (failed_attempts - FREE_ATTEMPTS), LONGEST_LOCK)


def staff_list(ctx: AppContext) -> list[StaffMember]:
    with ctx.read_uow() as uow:
        return uow.staff.active()


def sign_in(ctx: AppContext, code: str, pin: str) -> StaffMember:
    code = v.clean_text(code).upper()
    now = ctx.clock.now()
    with ctx.uow() as uow:
        found = uow.staff.credentials(code)
        if found is None or not found[0].active:
            verify_nobody(pin)          # one hash, as for a wrong PIN: no timing hint
            # not a known code: what was typed is not kept (it may have been someone's PIN)
            record(ctx, uow, None, AuditAction.SIGN_IN_FAILED, staff_code="?")
            uow.commit()
            raise SignInFailed(phrase("That staff code and PIN do not match. Please try again."))
        member, pin_hash, failures, locked_until = found
        if locked_until is not None and locked_until > now:
            wait = int((locked_until - now).total_seconds()) + 1
            record(ctx, uow, None, AuditAction.SIGN_IN_FAILED, staff_code=code)
            uow.commit()
            raise SignInFailed(phrase("Too many wrong PINs for {code}. Try again in {wait} "
                                      "seconds, or ask a manager to unlock it.", code=code,
                                      wait=wait))
        if not verify_pin(pin_hash, pin):
            failures += 1
            lock = lock_duration(failures)
            uow.staff.record_attempt(member.id, failed_attempts=failures,
                                     locked_until=now + lock if lock else None)
            record(ctx, uow, None, AuditAction.SIGN_IN_FAILED, staff_code=code)
            uow.commit()
            left = FREE_ATTEMPTS - failures
            if 0 < left <= 2:
                raise SignInFailed(phrase("That staff code and PIN do not match. Please try "
                                          "again. {left} more tries before it locks.",
                                          left=left))
            if lock:
                raise SignInFailed(phrase("That staff code and PIN do not match. Please try "
                                          "again. Locked for {seconds} seconds.",
                                          seconds=int(lock.total_seconds())))
            raise SignInFailed(phrase("That staff code and PIN do not match. Please try "
                                      "again."))
        if failures or locked_until:
            uow.staff.record_attempt(member.id, failed_attempts=0, locked_until=None)
        if needs_rehash(pin_hash):      # made with older, cheaper parameters
            uow.staff.set_pin_hash(member.id, hash_pin(pin))
        record(ctx, uow, member, AuditAction.SIGN_IN)
        uow.commit()
        return member


def verify_in_file(path, code: str, pin: str) -> StaffMember:  # noqa: ANN001 - a Path
    """A staff code and PIN checked against another database file (a backup about to be
    restored over a damaged database), read without writing to it: no lockout applies
    there, and nothing is recorded until the restored file is open."""
    from desktop_app.storage.backup import staff_in_file

    found = staff_in_file(path, v.clean_text(code).upper())
    if found is None or not found[0].active:
        verify_nobody(pin)
        raise SignInFailed(phrase("That staff code and PIN do not match those in the backup."))
    member, pin_hash = found
    if not verify_pin(pin_hash, pin):
        raise SignInFailed(phrase("That staff code and PIN do not match those in the backup."))
    return member


def sign_out(ctx: AppContext, user: StaffMember, *, locked: bool = False) -> None:
    record_now(ctx, user, AuditAction.LOCKED if locked else AuditAction.SIGN_OUT)


def verify_approver(ctx: AppContext, code: str, pin: str, *, at_least: Role) -> StaffMember:
    """A supervisor or manager confirms with their own PIN at the till."""
    member = sign_in(ctx, code, pin)
    if not member.role.at_least(at_least):
        if at_least is Role.MANAGER:
            raise PermissionDenied(phrase("{name} is not a manager.", name=member.name))
        raise PermissionDenied(phrase("{name} is not a supervisor or above.", name=member.name))
    return member


def add_staff(ctx: AppContext, user: StaffMember, *, name: str, code: str, role: Role,
              pin: str) -> StaffMember:
    require(user, Subject.STAFF, Action.CREATE)
    errors: dict[str, str] = {}
    values: dict[str, str] = {}
    for key, check in {
        "name": lambda: v.text("name", name, required=True, max_length=MAX_NAME,
                               label=phrase("The name")),
        "code": lambda: v.staff_code("code", code),
        "pin": lambda: v.pin("pin", pin, min_digits=role.min_pin_digits),
    }.items():
        try:
            values[key] = check()
        except FieldError as error:
            errors[key] = error.message
    if errors:
        raise ValidationFailed(errors)
    with ctx.uow() as uow:
        if uow.staff.by_code(values["code"]) is not None:
            raise ValidationFailed({"code": phrase("The staff code {code} is taken.",
                                                   code=values['code'])})
        member = uow.staff.add(name=values["name"], code=values["code"], role=role,
                               pin_hash=hash_pin(values["pin"]), now=ctx.clock.now())
        record(ctx, uow, user, AuditAction.STAFF_CHANGE, RecordType.STAFF, member.code)
        uow.commit()
    return member


def all_staff(ctx: AppContext, user: StaffMember) -> list[StaffMember]:
    """Every account, those who have left included (for the staff screen)."""
    require(user, Subject.STAFF, Action.VIEW)
    with ctx.read_uow() as uow:
        return uow.staff.everyone()


def change_account(ctx: AppContext, user: StaffMember, code: str, *,
                   role: Role | None = None, active: bool | None = None) -> StaffMember:
    """A manager changes someone's role, or lets a leaver go (and back): the account stays,
    so every record keeps its author; a leaver cannot sign in. The store always keeps an
    active manager, and nobody switches off their own account."""
    require(user, Subject.STAFF, Action.AMEND)
    with ctx.uow() as uow:
        member = _member(uow, code)
        new_role = member.role if role is None else role
        new_active = member.active if active is None else active
        if member.id == user.id and not new_active:
            raise DomainError(phrase("You cannot switch off your own account; ask another "
                                     "manager."))
        stays_manager = new_role is Role.MANAGER and new_active
        if member.role is Role.MANAGER and member.active and not stays_manager and not any(
                m.role is Role.MANAGER and m.active and m.id != member.id
                for m in uow.staff.everyone()):
            raise DomainError(phrase("{name} is the store's only manager: make someone else a "
                                     "manager first.", name=member.name))
        uow.staff.update(member.id, name=member.name, role=new_role, active=new_active)
        record(ctx, uow, user, AuditAction.STAFF_CHANGE, RecordType.STAFF, member.code)
        uow.commit()
        return uow.staff.get(member.id)


def locked_staff(ctx: AppContext, user: StaffMember) -> set[int]:
    """The accounts refused for now after too many wrong PINs (for the staff screen)."""
    require(user, Subject.STAFF, Action.VIEW)
    with ctx.uow() as uow:
        return uow.staff.locked_ids(ctx.clock.now())


def _member(uow, code: str) -> StaffMember:  # noqa: ANN001
    member = uow.staff.by_code(v.clean_text(code).upper())
    if member is None:
        raise NotFound(phrase("No staff account with the code {code}.", code=code))
    return member


def unlock(ctx: AppContext, user: StaffMember, code: str) -> None:
    """A manager lets a locked-out account try again at once (the count starts afresh)."""
    require(user, Subject.STAFF, Action.AMEND)
    with ctx.uow() as uow:
        member = _member(uow, code)
        uow.staff.record_attempt(member.id, failed_attempts=0, locked_until=None)
        record(ctx, uow, user, AuditAction.UNLOCK, RecordType.STAFF, member.code)
        uow.commit()


def reset_pin(ctx: AppContext, user: StaffMember, code: str, new_pin: str) -> None:
    """A manager sets a new PIN for someone who forgot theirs; it also unlocks the account."""
    require(user, Subject.STAFF, Action.AMEND)
    with ctx.uow() as uow:
        member = _member(uow, code)
        try:
            clean = v.pin("pin", new_pin, min_digits=member.role.min_pin_digits)
        except FieldError as error:
            raise ValidationFailed({"pin": error.message}) from None
        uow.staff.set_pin_hash(member.id, hash_pin(clean))
        record(ctx, uow, user, AuditAction.PIN_RESET, RecordType.STAFF, member.code)
        uow.commit()
