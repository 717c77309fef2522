"""Which language the till speaks: Welsh and English offered in Wales, English elsewhere;
the store's default from its settings; each person's own choice kept."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.language import Language
from desktop_app.services import auth, language, policy


def _settings(ctx, user, **changes):  # noqa: ANN001, ANN202
    current = policy.current_policy(ctx)
    store = policy.current_store(ctx)
    values = dict(model_id=current.model_id, staff_limit="20.00", supervisor_limit="100.00",
                  contacts=[], disabled_categories=[], returns_policy=current.returns_policy,
                  jurisdiction=store.jurisdiction.value, idle_lock_minutes=2)
    return policy.apply_settings(ctx, user, **{**values, **changes})


def test_wales_offers_welsh_and_a_person_s_choice_is_kept(cardiff):
    ctx, boss = cardiff
    assert language.offered(ctx) == (Language.WELSH, Language.ENGLISH)
    assert language.language_for(ctx, boss) is Language.ENGLISH        # the store's default
    chosen = language.choose(ctx, boss, Language.WELSH)
    assert chosen.language == "cy"
    assert language.language_for(ctx, auth.staff_list(ctx)[0]) is Language.WELSH


def test_the_store_default_is_a_setting(cardiff):
    ctx, boss = cardiff
    _settings(ctx, boss, language="cy")
    assert language.store_default(ctx) is Language.WELSH
    assert language.language_for(ctx, boss) is Language.WELSH
    with pytest.raises(ValidationFailed) as failed:
        _settings(ctx, boss, language="fr")
    assert "language" in failed.value.errors


def test_outside_wales_only_english(ctx, manager, staff):
    assert language.offered(ctx) == (Language.ENGLISH,)
    with pytest.raises(DomainError, match="not offered"):
        language.choose(ctx, staff, Language.WELSH)
    with pytest.raises(ValidationFailed) as failed:
        _settings(ctx, manager, language="cy")
    assert failed.value.errors["language"] == "Welsh is offered in a store in Wales."
    assert language.language_for(ctx, staff) is Language.ENGLISH
