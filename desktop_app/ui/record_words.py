"""A saved record's words on a Welsh (or any) screen: its section titles and labels are the
program's and are translated; of its values, only those the program worded (a date, yes or
no, a choice, a status, the category) are, and what a person typed is shown as typed, even
when it happens to read "Refund". The till's record view and head office's share this."""

from __future__ import annotations

from desktop_app.domain.complaint import Status
from desktop_app.domain.incident import IncidentStatus
from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.ui.text import said, tr_data

#: the values the program words in a complaint (its choices and statuses)
COMPLAINT_WORDS = frozenset({label for _, f in COMPLAINT.walk() for _, label in f.choices or ()}
                            | {status.label for status in Status})
#: and in an incident
INCIDENT_WORDS = frozenset({label for _, f in INCIDENT.walk() for _, label in f.choices or ()}
                           | {status.label for status in IncidentStatus}
                           | {kind.label for kind in BehaviourKind})


def value_words(value: str, worded: frozenset[str], context: str) -> str:
    """A value in the screen's language if the program worded it; else as typed."""
    if isinstance(value, Phrase):
        return said(value)
    return tr_data(value, context) if value in worded else value
