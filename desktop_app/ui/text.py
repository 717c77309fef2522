"""Translation helpers for strings that come from data files or the domain, not the code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.phrase import PHRASES, Phrase

#: The context the data's Welsh is in (scripts/update_translations.py writes it).
DATA_CONTEXT = "procedures"
#: the incident record's own words (labels, kinds) are kept apart from the complaint's
INCIDENT_CONTEXT = "incidents"


def tr_data(text: str, context: str = DATA_CONTEXT) -> str:
    """Procedure prompts, labels and questions are data; they still pass through Qt's
    translator so that a Welsh (or other) translation file can cover them. A sentence the
    domain worded (a `Phrase`) is translated from its template."""
    if isinstance(text, Phrase):
        return text.reworded(_word)
    return QCoreApplication.translate(context, text) if text else text


def _word(text: str) -> str:
    """A phrase's template, or one of its values: a label of either record, another
    phrase's words, or text as typed (which no catalogue holds, so it comes back as it is)."""
    for context in (PHRASES, DATA_CONTEXT, INCIDENT_CONTEXT):
        found = QCoreApplication.translate(context, text)
        if found != text:
            return found
    return text


def said(text: str) -> str:
    """A message for the screen: a phrase in the screen's language, other text as it is
    (the code's own strings are translated where they are written, by tr())."""
    return text.reworded(_word) if isinstance(text, Phrase) else text


def tr_error(error: BaseException) -> str:
    """What went wrong, in the screen's language (the domain's and services' errors carry
    a phrase; anything else is shown as it is)."""
    message = error.args[0] if len(error.args) == 1 else None
    return said(message) if isinstance(message, Phrase) else str(error)


def tr_errors(errors: dict[str, str]) -> dict[str, str]:
    """A form's messages by field, each in the screen's language."""
    return {key: said(message) for key, message in errors.items()}
