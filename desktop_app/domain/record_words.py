"""Which values of a saved record the program worded, so a screen or a report may put them
in its reader's language: the record schema's choices, the statuses, the kinds of
behaviour and the nations. Anything else in a record is what a person typed, and is shown
and printed exactly as typed, in any language (even when it happens to read "Refund")."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.complaint import Status
from desktop_app.domain.incident import IncidentStatus
from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.phrase import Phrase
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.incident import INCIDENT

#: the values the program words in a complaint (its choices and statuses)
COMPLAINT_WORDS = frozenset({label for _, f in COMPLAINT.walk() for _, label in f.choices or ()}
                            | {status.label for status in Status})
#: and in an incident
INCIDENT_WORDS = frozenset({label for _, f in INCIDENT.walk() for _, label in f.choices or ()}
                           | {status.label for status in IncidentStatus}
                           | {kind.label for kind in BehaviourKind}
                           | {nation.label for nation in Jurisdiction})


def reworded_value(value: str, known: frozenset[str], words: Callable[[str], str]) -> str:
    """`value` in the reader's words when the program worded it (a phrase, a choice, or a
    list of choices "Threats, Verbal abuse"); otherwise as typed."""
    if isinstance(value, Phrase) or value in known:
        return words(value)
    parts = value.split(", ")
    if len(parts) > 1 and all(part in known for part in parts):
        return ", ".join(words(part) for part in parts)
    return value
