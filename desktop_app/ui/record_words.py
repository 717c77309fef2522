"""A saved record's words on a Welsh (or any) screen: its section titles and labels are the
program's and are translated; of its values, only those the program worded
(domain/record_words.py) are. The till's record view and head office's share this."""

from __future__ import annotations

from desktop_app.domain.record_words import reworded_value
from desktop_app.ui.text import tr_data


def value_words(value: str, worded: frozenset[str], context: str) -> str:
    """A value in the screen's language if the program worded it; else as typed."""
    return reworded_value(value, worded, lambda text: tr_data(text, context))
