"""The store's policy, kept as settings rows; defaults for anything not yet set."""

from __future__ import annotations

from dataclasses import asdict, fields

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.escalation import AuthorityLimits
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.domain.store import EscalationContact, Store, StorePolicy

_KEY = "policy"


def load_policy(uow) -> StorePolicy:  # noqa: ANN001 - any unit of work
    raw = uow.store.setting(_KEY, {}) or {}
    known = {f.name for f in fields(StorePolicy)}
    values = {k: v for k, v in raw.items() if k in known}
    if "limits" in values:
        values["limits"] = AuthorityLimits(**values["limits"])
    if "escalation_contacts" in values:
        values["escalation_contacts"] = tuple(EscalationContact(**c)
                                              for c in values["escalation_contacts"])
    if "disabled_categories" in values:
        values["disabled_categories"] = tuple(values["disabled_categories"])
    return StorePolicy(**values)


def save_policy(uow, policy: StorePolicy) -> None:  # noqa: ANN001
    uow.store.set_setting(_KEY, asdict(policy))


def current_policy(ctx) -> StorePolicy:  # noqa: ANN001 - AppContext
    with ctx.uow() as uow:
        return load_policy(uow)


def current_store(ctx) -> Store | None:  # noqa: ANN001
    with ctx.uow() as uow:
        return uow.store.get()


def change_policy(ctx, user: StaffMember, policy: StorePolicy,  # noqa: ANN001
                  store: Store | None = None) -> None:
    if user.role is not Role.MANAGER:
        raise PermissionDenied("Only a manager can change the store's settings.")
    if policy.limits.staff_pence < 0 or policy.limits.supervisor_pence < policy.limits.staff_pence:
        raise PermissionDenied("A supervisor's limit cannot be below a staff member's.")
    with ctx.uow() as uow:
        if store is not None:
            uow.store.save(store, now=ctx.clock.now())
        save_policy(uow, policy)
        uow.commit()
