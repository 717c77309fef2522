"""First run: the store and its first manager, from the screen or the command line."""

from __future__ import annotations


from desktop_app.domain import validation as v
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.domain.store import Store, StorePolicy
from desktop_app.services.context import AppContext
from desktop_app.services.pins import hash_pin
from desktop_app.services.policy import save_policy
from desktop_app.services.audit import AuditAction, RecordType, record


def is_set_up(ctx: AppContext) -> bool:
    with ctx.uow() as uow:
        return uow.store.get() is not None and uow.staff.count() > 0


def initialise(ctx: AppContext, *, store_name: str, store_code: str, jurisdiction: str,
               manager_name: str, manager_code: str, pin: str) -> StaffMember:
    """Create the store, its default policy and its first manager, all or nothing."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    checks = {
        "store_name": lambda: v.text("store_name", store_name, required=True, max_length=120,
                                     label=phrase("The store name")),
        "store_code": lambda: v.store_code("store_code", store_code),
        "manager_name": lambda: v.text("manager_name", manager_name, required=True,
                                       max_length=120, label=phrase("The manager's name")),
        "manager_code": lambda: v.staff_code("manager_code", manager_code),
        "pin": lambda: v.pin("pin", pin, min_digits=Role.MANAGER.min_pin_digits),
    }
    for key, check in checks.items():
        try:
            values[key] = check()
        except FieldError as error:
            errors[key] = error.message
    try:
        values["jurisdiction"] = Jurisdiction(jurisdiction)
    except ValueError:
        errors["jurisdiction"] = phrase("Choose England, Wales, Scotland or Northern Ireland.")
    if errors:
        raise ValidationFailed(errors)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        if uow.store.get() is not None:
            raise DomainError(phrase("This database already belongs to a store."))
        uow.store.save(Store(values["store_name"], values["store_code"],
                             values["jurisdiction"]), now=now)
        save_policy(uow, StorePolicy())
        manager = uow.staff.add(name=values["manager_name"], code=values["manager_code"],
                                role=Role.MANAGER, pin_hash=hash_pin(values["pin"]), now=now)
        record(ctx, uow, manager, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
        record(ctx, uow, manager, AuditAction.STAFF_CHANGE, RecordType.STAFF, manager.code)
        uow.commit()
    from desktop_app.services.head_office_link import store_keys
    store_keys(ctx)                 # the till's signing key pair, made with the store
    return manager
