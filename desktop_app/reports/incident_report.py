"""One abusive-behaviour incident as a PDF, marked confidential on every page.

A linked complaint appears only by its reference: none of its personal data is copied here.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from desktop_app.domain.complaint_sections import long_date, yes_no
from desktop_app.domain.incident import Incident, PersonPart
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty, DeescalationTechnique,
                                               InjuryLevel, ProtectedCharacteristic, Trigger)
from desktop_app.domain.incident_law import riddor_message, riddor_status
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, rows_table


def _labels(kind, values) -> str:  # noqa: ANN001
    names = []
    for value in values:
        try:
            names.append(kind(value).label)
        except ValueError:
            names.append(str(value))
    return ", ".join(names)


def _rows(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    return [(label, value) for label, value in pairs if value]


def incident_pdf(header: ReportHeader, incident: Incident) -> bytes:
    return build_pdf(header, incident_story(incident))


def incident_story(incident: Incident) -> list:
    """The record's flowables (shared with the subject-access pack)."""
    i = incident
    affected = [p.name for p in i.people if p.part is PersonPart.AFFECTED]
    witnesses = [p.name + (f" ({p.contact})" if p.contact else "") for p in i.people
                 if p.part is PersonPart.WITNESS]
    called = "; ".join(f"{_labels(CalledParty, [k])} at {v}" for k, v in i.called.items())
    story: list = [heading("The incident")]
    story += rows_table(_rows(
        ("Reference", i.reference), ("Status", i.status.value.replace("_", " ").capitalize()),
        ("When it happened", long_date(i.occurred_at)), ("Recorded", long_date(i.recorded_at)),
        ("Where", i.location), ("Recorded by", i.reported_by_name),
        ("Staff affected", ", ".join(affected)), ("Witnesses", "; ".join(witnesses)),
        ("Linked complaint", i.complaint_reference),
        ("Personal details removed", long_date(i.anonymised_at) if i.anonymised_at else "")))
    story.append(heading("What happened"))
    story += rows_table(_rows(
        ("In their own words", i.account), ("Situation", i.situation), ("Task", i.task),
        ("Action", i.action), ("Result", i.result),
        ("Kinds of behaviour", _labels(BehaviourKind, i.behaviours)),
        ("Other behaviour", i.behaviour_other),
        ("Perceived to target", _labels(ProtectedCharacteristic, i.protected_characteristics)),
        ("Trigger", _labels(Trigger, [i.trigger]) if i.trigger else ""),
        ("Other trigger", i.trigger_other),
        ("De-escalation tried", _labels(DeescalationTechnique, i.deescalation)),
        ("Other de-escalation", i.deescalation_other),
        ("Description of the person", i.person_description)))
    status = riddor_status(i.days_off_work)
    story.append(heading("Police, injury and evidence"))
    story += rows_table(_rows(
        ("Who was called", called), ("Police attended", yes_no(i.police_attended)),
        ("Crime reference", i.crime_reference),
        ("Injury", _labels(InjuryLevel, [i.injury]) if i.injury else ""),
        ("Injury details", i.injury_details),
        ("Days off work", "" if i.days_off_work is None else str(i.days_off_work)),
        ("RIDDOR", riddor_message(status)),
        ("CCTV captured", yes_no(i.cctv_captured)), ("CCTV reference", i.cctv_reference)))
    story.append(heading("Welfare"))
    story += rows_table(_rows(
        ("Support offered", yes_no(i.welfare_support_offered)),
        ("Debrief", long_date(i.debrief_date) if i.debrief_date else ""),
        ("Follow-up done", yes_no(i.welfare_done))))
    if i.disclosures:
        story.append(heading("Disclosures"))
        story.append(grid(["Date", "What", "To whom", "Organisation", "Why"],
                          [[long_date(d.disclosed_on), d.what.upper() if d.what == "cctv"
                            else "The record", d.recipient, d.organisation, d.reason]
                           for d in i.disclosures],
                          [24 * mm, 20 * mm, 34 * mm, 38 * mm, 64 * mm]))
    if i.updates:
        story.append(heading("Updates, in order"))
        story.append(grid(["When", "Who", "What", "Note"],
                          [[long_date(u.at), u.staff_name, u.kind.replace("_", " "), u.text]
                           for u in sorted(i.updates, key=lambda u: u.at)],
                          [30 * mm, 30 * mm, 30 * mm, 90 * mm]))
    return story
