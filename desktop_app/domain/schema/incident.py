"""The abusive-behaviour incident record, field by field, and its parts (people, updates,
disclosures). Labels: resources/records/incident.toml.

An incident is restricted and almost all of it is personal: the account, what was said
about the person, injuries (health: special category) and police and CCTV references
(criminal-offence data). Anonymising keeps only what the statistics need: when, the kinds
of behaviour and trigger, the injury level and the days off work.
"""

from __future__ import annotations

from desktop_app.domain.incident import IncidentStatus, PersonPart, UpdateKind
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,
                                               DeescalationTechnique, InjuryLevel,
                                               ProtectedCharacteristic, SpecifiedInjury,
                                               Trigger)
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.schema.field import REMOVED, Data, Field, Kind, RecordSchema
from desktop_app.domain.schema.labels import with_labels
from desktop_app.domain.staff import MAX_NAME

MAX_ACCOUNT = 20_000
MAX_DAYS_OFF = 366
P, S, C = Data.PERSONAL, Data.SPECIAL, Data.CRIMINAL


def _values(enum) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - a StrEnum class
    return tuple((member.value, getattr(member, "label", member.value)) for member in enum)


PERSON = RecordSchema("person", "Person", (
    Field("part", Kind.CHOICE, required=True, choices=_values(PersonPart), form=False),
    Field("staff", Kind.STAFF, attribute="staff_id", form=False),   # none: not staff
    Field("name", Kind.SHORT_TEXT, max_length=120, data=P),
    Field("contact", Kind.SHORT_TEXT, max_length=200, data=P, held_back=True),
))

UPDATE = RecordSchema("update", "Update", (
    Field("at", Kind.DATETIME, form=False),
    Field("staff", Kind.STAFF, attribute="staff_id", form=False),
    Field("kind", Kind.CHOICE, required=True, choices=_values(UpdateKind)),
    Field("text", Kind.LONG_TEXT, max_length=5_000, required=True, data=P),
    Field("staff_name", Kind.SHORT_TEXT, max_length=MAX_NAME, form=False),
))

DISCLOSURE = RecordSchema("disclosure", "Disclosure", (
    Field("disclosed_on", Kind.PAST_DATE, required=True),
    Field("recipient", Kind.SHORT_TEXT, max_length=120, required=True, data=P),
    Field("organisation", Kind.SHORT_TEXT, max_length=120, required=True),
    Field("reason", Kind.LONG_TEXT, max_length=2_000, required=True, data=P),
    Field("what", Kind.CHOICE, required=True, choices=(("cctv", "CCTV footage"),
                                                        ("record", "Incident record"))),
    Field("recorded_by", Kind.STAFF, form=False),
))

_INCIDENT = RecordSchema("incident", "Incident", (
    Field("reference", Kind.REFERENCE, form=False),
    Field("status", Kind.CHOICE, choices=_values(IncidentStatus), form=False),
    Field("store_code", Kind.SHORT_TEXT, max_length=8, form=False),
    Field("reported_by", Kind.STAFF, form=False),
    Field("reported_by_name", Kind.SHORT_TEXT, max_length=MAX_NAME, form=False),
    Field("recorded_at", Kind.DATETIME, form=False),
    # 1. When and where
    Field("occurred_at", Kind.DATETIME, required=True),
    Field("location", Kind.SHORT_TEXT, max_length=200, required=True, data=P,
          fill_later=True),
    # 2. What happened
    Field("account", Kind.LONG_TEXT, max_length=MAX_ACCOUNT, required=True, data=P,
          erased_to=REMOVED),
    Field("situation", Kind.LONG_TEXT, max_length=MAX_ACCOUNT, data=P, fill_later=True),
    Field("task", Kind.LONG_TEXT, max_length=MAX_ACCOUNT, data=P, fill_later=True),
    Field("action", Kind.LONG_TEXT, max_length=MAX_ACCOUNT, data=P, fill_later=True),
    Field("result", Kind.LONG_TEXT, max_length=MAX_ACCOUNT, data=P, fill_later=True),
    # 3. What kind of behaviour
    Field("behaviours", Kind.CHOICES, choices=_values(BehaviourKind), required=True,
          fill_later=True),
    Field("protected_characteristics", Kind.CHOICES, choices=_values(ProtectedCharacteristic),
          data=S, erased_to=(), fill_later=True),
    Field("behaviour_other", Kind.SHORT_TEXT, max_length=500, data=P, fill_later=True),
    # 4. Who
    Field("affected", Kind.STAFF_LIST, required=True, stored=False),
    Field("staff_witnesses", Kind.STAFF_LIST, stored=False),
    Field("other_witnesses", Kind.PART, part=PERSON, max_items=50, stored=False),
    Field("people", Kind.PART, part=PERSON, max_items=100, form=False),
    # 5. Trigger, 6. de-escalation
    Field("trigger", Kind.CHOICE, choices=_values(Trigger), fill_later=True),
    Field("trigger_other", Kind.SHORT_TEXT, max_length=500, data=P, fill_later=True),
    Field("deescalation", Kind.CHOICES, choices=_values(DeescalationTechnique),
          fill_later=True),
    Field("deescalation_other", Kind.SHORT_TEXT, max_length=1_000, data=P, fill_later=True),
    # 7. Who was called, and the police
    Field("called", Kind.CALL_TIMES, choices=_values(CalledParty), fill_later=True),
    Field("police_attended", Kind.CHECK, fill_later=True),
    Field("crime_reference", Kind.SHORT_TEXT, max_length=64, data=C, fill_later=True),
    # 8. Injury
    Field("injury", Kind.CHOICE, choices=_values(InjuryLevel), fill_later=True),
    Field("injury_details", Kind.SHORT_TEXT, max_length=2_000, data=S, fill_later=True),
    Field("specified_injuries", Kind.CHOICES, choices=_values(SpecifiedInjury),
          fill_later=True),
    Field("days_off_work", Kind.COUNT, minimum=0, maximum=MAX_DAYS_OFF, fill_later=True),
    Field("public_to_hospital", Kind.CHECK, fill_later=True),
    # 9. CCTV
    Field("cctv_captured", Kind.CHECK, fill_later=True),
    Field("cctv_reference", Kind.SHORT_TEXT, max_length=64, data=C, fill_later=True),
    # 10. The person
    Field("person_description", Kind.LONG_TEXT, max_length=2_000, data=P, fill_later=True),
    # 11. Welfare
    Field("welfare_support_offered", Kind.CHECK, fill_later=True),
    Field("debrief_date", Kind.DATE, fill_later=True),
    Field("welfare_done", Kind.CHECK, fill_later=True),
    # Links, state and what happened after
    Field("complaint_reference", Kind.REFERENCE, form=False),
    Field("jurisdiction", Kind.CHOICE, choices=_values(Jurisdiction), form=False),
    Field("anonymised_at", Kind.DATETIME, form=False),
    Field("updates", Kind.PART, part=UPDATE, form=False),
    Field("disclosures", Kind.PART, part=DISCLOSURE, form=False),
))

INCIDENT = with_labels(_INCIDENT)
# the parts as labelled (the names above are their unlabelled drafts)
PERSON, UPDATE, DISCLOSURE = (INCIDENT[key].part for key in ("people", "updates", "disclosures"))
