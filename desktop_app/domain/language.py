"""The languages a store serves its customers in. English (UK) everywhere; a store in Wales
also offers Welsh (Cymraeg), and a customer who complains in Welsh gets their copy and
receipt in Welsh, bilingually, Welsh first (see reports and docs/welsh-glossary.md)."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.jurisdiction import Jurisdiction


class Language(StrEnum):
    ENGLISH = "en"
    WELSH = "cy"

    @property
    def label(self) -> str:
        return {Language.ENGLISH: "English", Language.WELSH: "Cymraeg (Welsh)"}[self]


def offers_welsh(jurisdiction: Jurisdiction) -> bool:
    return jurisdiction is Jurisdiction.WALES


def language_of(value: str) -> Language:
    """A stored value as a language; anything else (a record from before it was asked)
    is English."""
    try:
        return Language(value)
    except ValueError:
        return Language.ENGLISH
