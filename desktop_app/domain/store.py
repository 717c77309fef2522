"""The store and its policy: what a manager sets once and the wizard obeys."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.escalation import AuthorityLimits
from desktop_app.domain.jurisdiction import Jurisdiction

DEFAULT_MODEL = "lass"


@dataclass(frozen=True)
class Store:
    name: str
    code: str
    jurisdiction: Jurisdiction


@dataclass(frozen=True)
class EscalationContact:
    name: str
    role: str
    how_to_reach: str


@dataclass(frozen=True)
class StorePolicy:
    model_id: str = DEFAULT_MODEL
    limits: AuthorityLimits = field(default_factory=AuthorityLimits)
    escalation_contacts: tuple[EscalationContact, ...] = ()
    returns_policy: str = ("Unwanted items in resaleable condition may be returned within "
                           "28 days with proof of purchase for a refund or exchange. This "
                           "does not affect your statutory rights.")
    disabled_categories: tuple[str, ...] = ()
    idle_lock_minutes: int = 2
    #: How complaints usually reach this store: the wizard starts with it chosen.
    default_channel: str = "in_store"
    #: keep customer contact details and signatures out of head-office bundles
    #: (the fields the record schema marks held_back)
    hold_back_contact: bool = False
    complaint_retention_years: int = 6
    incident_retention_years: int = 6
    backup_keep_days: int = 14
    #: the interface's language for anyone who has not chosen their own (language.Language)
    language: str = "en"
