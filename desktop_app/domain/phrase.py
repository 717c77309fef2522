"""Sentences the domain words, kept translatable.

A message such as "Customer's name is needed before you go on." is built in the domain
(validation, the law's hints) but shown by a screen that may be in Welsh. An f-string would
freeze it in English. `phrase(template, **values)` instead gives a `Phrase`: a plain `str`
holding the English (so logs, files, tests and the English screens use it as they are)
that also remembers its template and values. A screen looks the template up in the
translation catalogue (context `PHRASES`: scripts/update_translations.py collects every
template written as `phrase("…")` in the package) and fills in the values, translating
those that are themselves phrases or the data's own labels.

Templates are `str.format` templates with named fields only ("{label}", "{most:,}"), so a
translation may put each value where its grammar needs it; a value never follows a word
that would have to mutate it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from typing import Any

#: the context the translations of phrases are kept in
PHRASES = "phrases"


class Phrase(str):
    """The English text of a phrase, with the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Phrase:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:      # copies and pickles keep the template
        return _remake, (self.template, self.values)

    def reworded(self, words: Callable[[str], str]) -> str:
        """The phrase in other words: `words(template)` gives the template's translation
        and `words(value)` each value's, a phrase among the values reworded the same way."""
        values = {name: _reworded(value, words) for name, value in self.values.items()}
        return words(self.template).format(**values)


def _reworded(value: Any, words: Callable[[str], str]) -> Any:
    if isinstance(value, BaseException) and len(value.args) == 1:
        value = value.args[0]          # an error given as a value: what it says
    if isinstance(value, Phrase):
        return value.reworded(words)
    return words(value) if isinstance(value, str) else value


def _remake(template: str, values: dict[str, Any]) -> Phrase:
    return Phrase(template, **values)


def phrase(template: str, /, **values: Any) -> Phrase:
    """A sentence for a person, translatable: `phrase("{label} is needed.", label=…)`."""
    return Phrase(template, **values)


def fields(template: str) -> set[str]:
    """The names a template fills in ("{most:,}" → "most")."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def listed(items: Iterable[str], separator: str = ", ") -> Phrase:
    """Items in a row ("the product, the outcome they want"), each reworded on its own."""
    values = {f"item{n}": item for n, item in enumerate(items)}
    return Phrase(separator.join("{" + name + "}" for name in values), **values)
