"""A saved incident laid out in sections, for the incident screen and the incident PDF.

One layout, so that what a manager reads on screen and what goes to the police or head
office on paper say the same thing in the same order, with the schema's labels. A linked
complaint appears only by its reference: none of its personal data is copied here.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.incident import Incident, UpdateKind
from desktop_app.domain.incident_law import incident_riddor
from desktop_app.domain.schema.display import long_date, shown
from desktop_app.domain.schema.incident import DISCLOSURE, INCIDENT, UPDATE

#: Section title -> the fields it shows ("#..." rows are worked out from several fields).
LAYOUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The incident", ("reference", "status", "occurred_at", "recorded_at", "location",
                      "jurisdiction",
                      "reported_by_name", "#affected", "#witnesses", "complaint_reference",
                      "anonymised_at")),
    ("What happened", ("account", "situation", "task", "action", "result", "behaviours",
                       "behaviour_other", "protected_characteristics", "trigger",
                       "trigger_other", "deescalation", "deescalation_other",
                       "person_description")),
    ("Police, injury and evidence", ("called", "police_attended", "crime_reference",
                                     "injury", "injury_details", "specified_injuries",
                                     "days_off_work", "public_to_hospital", "#riddor",
                                     "cctv_captured", "cctv_reference")),
    ("Welfare", ("welfare_support_offered", "debrief_date", "welfare_done")),
)
#: Checks shown as "No" as well as "Yes": a reader must see they were asked.
_ALWAYS = frozenset({"police_attended", "cctv_captured", "welfare_support_offered",
                     "welfare_done"})


@dataclass(frozen=True)
class Row:
    key: str                 # the field (or worked-out row) it shows
    label: str
    value: str


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...]


def _row(i: Incident, key: str) -> Row | None:
    if key == "#affected":
        names = ", ".join(p.name for p in i.affected)
        return Row(key, "Staff affected", names) if names else None
    if key == "#witnesses":
        names = "; ".join(p.name + (f" ({p.contact})" if p.contact else "")
                          for p in i.witnesses)
        return Row(key, "Witnesses", names) if names else None
    if key == "#riddor":
        message = incident_riddor(i).text
        return Row(key, "RIDDOR", message) if message else None
    f = INCIDENT[key]
    value = getattr(i, f.name)
    if key == "injury" and not i.injury:
        return None
    if f.kind.value == "check" and not value and key not in _ALWAYS:
        return None
    text = shown(f, value)
    return Row(key, f.label, text) if text else None


def incident_sections(incident: Incident) -> list[Section]:
    sections = []
    for title, keys in LAYOUT:
        rows = tuple(row for row in (_row(incident, key) for key in keys) if row)
        if rows:
            sections.append(Section(title, rows))
    return sections


def update_kind_label(kind: str) -> str:
    try:
        return UpdateKind(kind).label
    except ValueError:
        return kind.replace("_", " ")


UPDATE_COLUMNS = (UPDATE["at"].label, UPDATE["staff_name"].label, UPDATE["kind"].label,
                  UPDATE["text"].label)
DISCLOSURE_COLUMNS = tuple(DISCLOSURE[key].label for key in (
    "disclosed_on", "what", "recipient", "organisation", "reason"))


def update_rows(incident: Incident) -> list[tuple[str, str, str, str]]:
    """When, who, about what, the note: oldest first."""
    return [(long_date(u.at), u.staff_name, update_kind_label(u.kind), u.text)
            for u in sorted(incident.updates, key=lambda u: u.at)]


def disclosure_rows(incident: Incident) -> list[tuple[str, str, str, str, str]]:
    what = DISCLOSURE["what"]
    return [(long_date(d.disclosed_on), what.choice_label(d.what), d.recipient,
             d.organisation, d.reason) for d in incident.disclosures]
