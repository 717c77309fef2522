"""The program's words in a language, without Qt: what the reports print in the language of
the person who prints them. The same Welsh the screens use (resources/translations/
phrases_cy.toml for sentences, data_cy.toml for the records' labels and choices), read
straight from the files, so a heading is translated once for screen and paper alike.

English is the identity. A `Phrase` is reworded from its template; other text is looked
up as a whole and, when no catalogue holds it (a name, what someone typed), printed as it
is.
"""

from __future__ import annotations

import functools
import tomllib

from desktop_app.domain.language import Language
from desktop_app.domain.phrase import Phrase
from desktop_app.locations import resource


class Words:
    """Call with English, get the language's words."""

    def __init__(self, language: Language, catalogue: dict[str, str]) -> None:
        self.language = language
        self.catalogue = catalogue

    @property
    def english(self) -> bool:
        return self.language is Language.ENGLISH

    def __call__(self, text: str) -> str:
        if self.english or not text:
            return text
        if isinstance(text, Phrase):
            return text.reworded(self._word)
        return self._word(text)

    def _word(self, text: str) -> str:
        return self.catalogue.get(text, text)


ENGLISH_WORDS = Words(Language.ENGLISH, {})


@functools.cache
def words_in(language: Language) -> Words:
    """The words of `language` (English: no catalogue at all)."""
    if language is Language.ENGLISH:
        return ENGLISH_WORDS
    catalogue: dict[str, str] = {}
    for name, tables in ((f"data_{language.value}.toml", ("incidents", "strings")),
                         (f"phrases_{language.value}.toml", ("phrases",))):
        data = tomllib.loads(resource("translations", name).read_text(encoding="utf-8"))
        for table in tables:
            catalogue.update(data.get(table, {}))
    return Words(language, catalogue)
