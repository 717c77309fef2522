"""The store's policy, kept as settings rows; defaults for anything not yet set."""

from __future__ import annotations

from dataclasses import asdict, fields

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.escalation import AuthorityLimits
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.store import EscalationContact, Store, StorePolicy
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.schema.choices import CHANNELS
from desktop_app.services.audit import AuditAction, RecordType, record

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
    with ctx.read_uow() as uow:
        return load_policy(uow)


def current_store(ctx) -> Store | None:  # noqa: ANN001
    with ctx.read_uow() as uow:
        return uow.store.get()


def change_policy(ctx, user: StaffMember, policy: StorePolicy,  # noqa: ANN001
                  store: Store | None = None) -> None:
    require(user, Subject.SETTINGS, Action.AMEND)
    if policy.limits.staff_pence < 0 or policy.limits.supervisor_pence < policy.limits.staff_pence:
        raise PermissionDenied(phrase("A supervisor's limit cannot be below a staff member's."))
    with ctx.uow() as uow:
        if store is not None:
            uow.store.save(store, now=ctx.clock.now())
        save_policy(uow, policy)
        record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
        uow.commit()


def apply_settings(ctx, user: StaffMember, *, model_id: str, staff_limit: str,  # noqa: ANN001
                   supervisor_limit: str, contacts: list[tuple[str, str, str]],
                   disabled_categories: list[str], returns_policy: str, jurisdiction: str,
                   idle_lock_minutes: int, default_channel: str = "in_store",
                   hold_back_contact: bool = False, language: str = "en") -> StorePolicy:
    """Check the Settings screen's values, then save them; ValidationFailed names each field."""
    from dataclasses import replace

    from desktop_app.domain import validation as v
    from desktop_app.domain.errors import FieldError, ValidationFailed
    from desktop_app.domain.jurisdiction import Jurisdiction

    require(user, Subject.SETTINGS, Action.AMEND)
    errors: dict[str, str] = {}

    def check(key, fn):  # noqa: ANN001, ANN202
        try:
            return fn()
        except FieldError as error:
            errors[key] = error.message
            return None

    staff_pence = check("staff_limit", lambda: v.money_pence(
        "staff_limit", staff_limit, required=True, label=phrase("The staff limit")))
    supervisor_pence = check("supervisor_limit", lambda: v.money_pence(
        "supervisor_limit", supervisor_limit, required=True,
        label=phrase("The supervisor limit")))
    if staff_pence is not None and supervisor_pence is not None and supervisor_pence < staff_pence:
        errors["supervisor_limit"] = phrase("A supervisor's limit cannot be below a staff "
                                            "member's.")
    policy_text = check("returns_policy", lambda: v.text(
        "returns_policy", returns_policy, required=True, max_length=4_000,
        label=phrase("The returns policy")))
    if model_id not in ctx.catalogue.models:
        errors["model_id"] = phrase("Choose one of the complaint-handling models.")
    if default_channel not in dict(CHANNELS):
        errors["default_channel"] = phrase("Choose how complaints usually reach the store.")
    if not 1 <= int(idle_lock_minutes) <= 60:
        errors["idle_lock_minutes"] = phrase("The idle lock must be between 1 and 60 minutes.")
    clean_contacts = []
    for number, (name, role, how) in enumerate(contacts, start=1):
        name, role, how = v.clean_text(name), v.clean_text(role), v.clean_text(how)
        if not (name or role or how):
            continue
        if not name or not how:
            errors["contacts"] = phrase("Contact {number} needs a name and how to reach them.",
                                        number=number)
        clean_contacts.append(EscalationContact(name[:120], role[:120], how[:200]))
    try:
        place = Jurisdiction(jurisdiction)
    except ValueError:
        errors["jurisdiction"] = phrase("Choose England, Wales, Scotland or Northern Ireland.")
    from desktop_app.domain.language import Language, offers_welsh

    if language not in {lang.value for lang in Language}:
        errors["language"] = phrase("Choose English or Cymraeg.")
    elif language != Language.ENGLISH.value and "jurisdiction" not in errors and \
            not offers_welsh(place):
        errors["language"] = phrase("Welsh is offered in a store in Wales.")
    if errors:
        raise ValidationFailed(errors)
    known = {c.id for c in ctx.catalogue.categories}
    with ctx.uow() as uow:
        old = load_policy(uow)
        policy = replace(old, model_id=model_id,
                         limits=AuthorityLimits(staff_pence, supervisor_pence),
                         escalation_contacts=tuple(clean_contacts),
                         disabled_categories=tuple(c for c in disabled_categories if c in known),
                         returns_policy=policy_text, idle_lock_minutes=int(idle_lock_minutes),
                         default_channel=default_channel,
                         hold_back_contact=bool(hold_back_contact), language=language)
        store = uow.store.get()
        uow.store.save(replace(store, jurisdiction=place), now=ctx.clock.now())
        save_policy(uow, policy)
        record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
        uow.commit()
    return policy
