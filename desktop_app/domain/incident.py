"""An abusive-behaviour incident: a separate, restricted record (never a complaint label).

Vocabularies (behaviour kinds, triggers, …) are in incident_kinds; the law notes and the
RIDDOR thresholds are in incident_law.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {IncidentStatus.OPEN: "Open", IncidentStatus.CLOSED: "Closed"}[self]


class PersonPart(StrEnum):
    AFFECTED = "affected"
    WITNESS = "witness"


class UpdateKind(StrEnum):
    """What a follow-up entry is about; appended, never edited."""

    POLICE_FOLLOW_UP = "police_follow_up"
    CCTV_DISCLOSED = "cctv_disclosed"
    WELFARE_CHECK = "welfare_check"
    RIDDOR_REPORTED = "riddor_reported"
    OUTCOME = "outcome"
    NOTE = "note"
    DETAILS_ADDED = "details_added"     # written by the program when blanks are filled in later

    @property
    def label(self) -> str:
        return {
            UpdateKind.POLICE_FOLLOW_UP: "Police follow-up",
            UpdateKind.CCTV_DISCLOSED: "CCTV disclosed",
            UpdateKind.WELFARE_CHECK: "Welfare check done",
            UpdateKind.RIDDOR_REPORTED: "Reported to the HSE (RIDDOR)",
            UpdateKind.OUTCOME: "Outcome",
            UpdateKind.NOTE: "Note",
            UpdateKind.DETAILS_ADDED: "Details added later",
        }[self]


@dataclass(frozen=True)
class IncidentPerson:
    part: PersonPart
    staff_id: int | None = None        # None for a witness who is not staff
    name: str = ""                     # staff name (filled on read) or the witness's name
    contact: str = ""                  # only for a non-staff witness, only if needed


@dataclass(frozen=True)
class IncidentUpdate:
    at: datetime
    staff_id: int
    kind: str                          # police_follow_up | cctv_disclosed | welfare_check | outcome | note
    text: str
    staff_name: str = ""


@dataclass(frozen=True)
class Disclosure:
    disclosed_on: date
    recipient: str
    organisation: str
    reason: str
    what: str = "cctv"                 # cctv | record
    recorded_by: int | None = None


@dataclass
class Incident:
    store_code: str
    reported_by: int
    recorded_at: datetime
    occurred_at: datetime
    location: str = ""
    account: str = ""                  # in the staff member's own words
    situation: str = ""                # STAR prompts, optional
    task: str = ""
    action: str = ""
    result: str = ""
    behaviours: tuple[str, ...] = ()   # incident_kinds.BehaviourKind values
    protected_characteristics: tuple[str, ...] = ()
    behaviour_other: str = ""
    trigger: str = ""                  # incident_kinds.Trigger value
    trigger_other: str = ""
    deescalation: tuple[str, ...] = ()
    deescalation_other: str = ""
    called: dict[str, str] = field(default_factory=dict)   # CalledParty value -> "HH:MM" or ISO time
    police_attended: bool = False
    crime_reference: str = ""
    injury: str = "none"               # incident_kinds.InjuryLevel value
    injury_details: str = ""
    days_off_work: int | None = None    # days unable to do normal work, rest days included
    specified_injuries: tuple[str, ...] = ()   # incident_kinds.SpecifiedInjury values
    public_to_hospital: bool = False    # a member of the public taken to hospital from here
    cctv_captured: bool = False
    cctv_reference: str = ""
    person_description: str = ""
    welfare_support_offered: bool = False
    debrief_date: date | None = None
    welfare_done: bool = False
    people: tuple[IncidentPerson, ...] = ()
    updates: tuple[IncidentUpdate, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()
    complaint_reference: str = ""      # the linked complaint, if started from one
    status: IncidentStatus = IncidentStatus.OPEN
    anonymised_at: datetime | None = None   # personal details removed (retention or erasure)
    reference: str = ""
    id: int | None = None
    reported_by_name: str = ""
    jurisdiction: str = "england"      # the store's nation when it was recorded (RIDDOR)

    def involves(self, staff_id: int) -> bool:
        """The reporter and everyone named in it (affected or staff witness)."""
        return staff_id == self.reported_by or any(p.staff_id == staff_id for p in self.people)

    @property
    def affected(self) -> tuple[IncidentPerson, ...]:
        return tuple(p for p in self.people if p.part is PersonPart.AFFECTED)

    @property
    def witnesses(self) -> tuple[IncidentPerson, ...]:
        return tuple(p for p in self.people if p.part is PersonPart.WITNESS)


@dataclass(frozen=True)
class IncidentHeader:
    """Enough to list an incident and decide who may open it, without its account."""

    reference: str
    occurred_at: datetime
    status: IncidentStatus
    reported_by: int
    involved: frozenset[int]           # reporter and staff named in it
    location: str = ""
    behaviours: tuple[str, ...] = ()
    complaint_reference: str = ""

    def involves(self, staff_id: int) -> bool:
        return staff_id in self.involved
