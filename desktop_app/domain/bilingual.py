"""The customer's copy and receipt in the customer's language. In Welsh they are printed
bilingually, Welsh first ("Cymraeg / English"): Welsh practice for bilingual material (the
Welsh Language Commissioner's guidance: neither language treated less favourably, Welsh
first or on the left), and the store's staff, who may not read Welsh, read the same page
the customer keeps. What the customer and staff typed is printed as typed.

The wording is data (resources/translations/customer_cy.toml), its terms those of
docs/welsh-glossary.md. English is the identity: every method returns its input.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.domain.language import Language
from desktop_app.domain.schema.display import long_date
from desktop_app.locations import resource

SEPARATOR = " / "


@dataclass(frozen=True)
class Wording:
    language: Language = Language.ENGLISH
    months: tuple[str, ...] = ()
    sections: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)

    @property
    def english(self) -> bool:
        return self.language is Language.ENGLISH

    @staticmethod
    def _both(welsh: str | None, english: str) -> str:
        return f"{welsh}{SEPARATOR}{english}" if welsh and welsh != english else english

    def section(self, english: str) -> str:
        return english if self.english else self._both(self.sections.get(english), english)

    def label(self, english: str) -> str:
        return english if self.english else self._both(self.labels.get(english), english)

    def value(self, english: str) -> str:
        """A value the program words (a choice, yes or no, a status), never typed text."""
        return english if self.english else self._both(self.values.get(english), english)

    def long_date(self, value: date | datetime | None) -> str:
        """A date in the language (numbers need no second language)."""
        if self.english or value is None:
            return self.value(long_date(value))
        text = f"{value.day} {self.months[value.month - 1]} {value.year}"
        return text + (f", {value:%H:%M}" if isinstance(value, datetime) else "")

    def line(self, text: str) -> str:
        """One line the program wrote around a value ("Decided: …"): the template that
        fits it in the language, then the English; else the line as it is."""
        if self.english:
            return text
        if text in self.values:
            return self.value(text)
        for english, welsh in self.templates.items():
            before, _, after = english.partition("{}")
            if text.startswith(before) and text.endswith(after) and \
                    len(text) >= len(before) + len(after):
                filled = text[len(before):len(text) - len(after)]
                return self._both(welsh.replace("{}", filled), text)
        return text

    def phrase(self, english: str, *values: Any) -> str:
        """A fixed sentence of the receipt, "{}" filled in order, in both languages."""
        filled = _fill(english, values)
        return filled if self.english else self._both(self.own(english, *values), filled)

    def dated(self, english: str, value: date | datetime) -> str:
        """A sentence around a date: each language with the date in its own words."""
        english_text = _fill(english, (ENGLISH.long_date(value),))
        if self.english:
            return english_text
        return self._both(self.own(english, self.long_date(value)), english_text)

    def own(self, english: str, *values: Any) -> str:
        """The sentence in this language only (the narrow page frame of a receipt)."""
        return _fill(english if self.english else self.phrases.get(english, english), values)


def _fill(template: str, values: tuple[Any, ...]) -> str:
    for value in values:
        template = template.replace("{}", str(value), 1)
    return template


ENGLISH = Wording()


@functools.cache
def wording(language: Language) -> Wording:
    if language is Language.ENGLISH:
        return ENGLISH
    data = tomllib.loads(resource("translations", f"customer_{language.value}.toml")
                         .read_text(encoding="utf-8"))
    months = tuple(data["months"])
    if len(months) != 12:
        raise ValueError(f"customer_{language.value}.toml: twelve months are needed")
    return Wording(language, months, *(dict(data.get(table, {})) for table in (
        "sections", "labels", "values", "templates", "phrases")))
