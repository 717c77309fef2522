"""Which language the till speaks to each person. A store in Wales offers Welsh and English
(domain/language.py); the store has a default, set in its settings, and each person may
choose their own at sign-in or from the home screen, which is kept for them."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.errors import DomainError
from desktop_app.domain.language import Language, language_of, offers_welsh
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.services.context import AppContext
from desktop_app.services.policy import current_policy, current_store


def offered(ctx: AppContext) -> tuple[Language, ...]:
    """The languages a person can choose here (just English outside Wales)."""
    store = current_store(ctx)
    if store is not None and offers_welsh(store.jurisdiction):
        return (Language.WELSH, Language.ENGLISH)
    return (Language.ENGLISH,)


def store_default(ctx: AppContext) -> Language:
    chosen = language_of(current_policy(ctx).language)
    return chosen if chosen in offered(ctx) else Language.ENGLISH


def language_for(ctx: AppContext, member: StaffMember | None) -> Language:
    """The person's own choice where they made one the store still offers, else the
    store's default."""
    if member is not None and member.language:
        own = language_of(member.language)
        if own in offered(ctx):
            return own
    return store_default(ctx)


def choose(ctx: AppContext, user: StaffMember, language: Language) -> StaffMember:
    """Keep this person's choice; the member as they now are."""
    if language not in offered(ctx):
        raise DomainError(phrase("{label} is not offered in this store.", label=language.label))
    with ctx.uow() as uow:
        uow.staff.set_language(user.id, language.value)
        uow.commit()
    return replace(user, language=language.value)
