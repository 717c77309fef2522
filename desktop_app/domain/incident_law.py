"""What the law says about an incident: RIDDOR thresholds and offences by jurisdiction.

Guidance for the store, not legal advice. Sources (DOMAIN.md):
- RIDDOR 2013 (HSE): an over-seven-day incapacitation of a worker — more than seven
  consecutive days, not counting the day of the incident — is reportable (within 15 days);
  over three days must be recorded; a "specified injury" is reportable whatever the days.
- Scotland: Protection of Workers (Retail and Age-restricted Goods and Services) (Scotland)
  Act 2021, in force 24 August 2021: assaulting, threatening or abusing a retail worker is an
  offence, aggravated when the worker was enforcing an age restriction.
- England and Wales: Police, Crime, Sentencing and Courts Act 2022 s156 — assault on a
  person providing a public service is a statutory aggravating factor. The Crime and
  Policing Bill's offence of assaulting a retail worker is reported as enacted in 2026; its
  commencement is not confirmed here, so it is never stated as law in force.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.incident_kinds import BehaviourKind, Trigger
from desktop_app.domain.jurisdiction import Jurisdiction

SCOTTISH_ACT_IN_FORCE = date(2021, 8, 24)
RIDDOR_REPORT_AFTER_DAYS = 7
RIDDOR_RECORD_AFTER_DAYS = 3
RIDDOR_REPORT_WITHIN_DAYS = 15

_PHYSICAL = {BehaviourKind.PHYSICAL_ASSAULT, BehaviourKind.SPITTING_OR_COUGHING}
_THREATENING_OR_ABUSIVE = {BehaviourKind.VERBAL_ABUSE, BehaviourKind.THREATS,
                           BehaviourKind.THREATS_WITH_WEAPON, BehaviourKind.SEXUAL_HARASSMENT,
                           BehaviourKind.HATE_MOTIVATED, BehaviourKind.THEFT_RELATED_AGGRESSION}


class RiddorStatus(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    RECORD = "record"
    REPORT = "report"


def is_physical(behaviours: Collection[BehaviourKind | str]) -> bool:
    """RIDDOR counts violence at work only when it is physical (an "accident" includes an
    act of non-consensual physical violence, RIDDOR 2013 reg. 2(1)). Until the kinds of
    behaviour are chosen it may be, so nothing reportable is hidden."""
    kinds = {BehaviourKind(b) for b in behaviours}
    return not kinds or bool(kinds & _PHYSICAL)


def riddor_status(days_off_work: int | None, *, specified_injury: bool = False,
                  physical: bool = True) -> RiddorStatus:
    """`physical`: the incident included physical violence (`is_physical`); abuse or
    threats on their own are not a RIDDOR accident, whatever the time off."""
    if days_off_work is not None and days_off_work < 0:
        raise ValueError("Days off work cannot be negative.")
    if not physical:
        return RiddorStatus.NOT_APPLICABLE
    days = days_off_work or 0
    if specified_injury or days > RIDDOR_REPORT_AFTER_DAYS:
        return RiddorStatus.REPORT
    if days > RIDDOR_RECORD_AFTER_DAYS:
        return RiddorStatus.RECORD
    return RiddorStatus.NOT_APPLICABLE


NOT_PHYSICAL = ("Not reportable under RIDDOR: it covers physical violence to a worker, not "
                "abuse or threats on their own, whatever the time off work. Keep this record; "
                "time off because of it still matters to the store's duty of care.")


def riddor_message(status: RiddorStatus, *, physical: bool = True,
                   days_off_work: int | None = None) -> str:
    if not physical and (days_off_work or 0) > RIDDOR_RECORD_AFTER_DAYS:
        return NOT_PHYSICAL
    return {
        RiddorStatus.REPORT: (
            "Reportable to the HSE under RIDDOR: the staff member is unable to do their normal "
            f"work for more than {RIDDOR_REPORT_AFTER_DAYS} days (not counting the day of the "
            f"incident). The report is due within {RIDDOR_REPORT_WITHIN_DAYS} days."),
        RiddorStatus.RECORD: (
            f"Over {RIDDOR_RECORD_AFTER_DAYS} days off: RIDDOR requires the store to record it "
            "(keep this record); it becomes reportable to the HSE if it goes over "
            f"{RIDDOR_REPORT_AFTER_DAYS} days."),
        RiddorStatus.NOT_APPLICABLE: (
            f"Not reportable under RIDDOR on days off alone ({RIDDOR_RECORD_AFTER_DAYS} days or "
            "fewer). Update this if the staff member's time off grows."),
    }[status]


@dataclass(frozen=True)
class LegalNote:
    title: str
    text: str
    confirmed_law: bool


def legal_context(jurisdiction: Jurisdiction, behaviours: Collection[BehaviourKind | str],
                  trigger: Trigger | str | None, incident_date: date | None,
                  ) -> tuple[LegalNote, ...]:
    """The offences and aggravating factors that may apply; guidance, not legal advice.
    `incident_date` None: not given yet (the notes that turn on it say so)."""
    kinds = {BehaviourKind(b) for b in behaviours}
    trigger = Trigger(trigger) if trigger else None
    notes: list[LegalNote] = []
    physical = bool(kinds & _PHYSICAL)
    # Until the kinds of behaviour are chosen, show what may apply rather than nothing.
    abusive = physical or bool(kinds & _THREATENING_OR_ABUSIVE) or not kinds
    if jurisdiction is Jurisdiction.SCOTLAND:
        if incident_date is None and abusive:
            notes.append(LegalNote(
                "Protection of Workers (Retail and Age-restricted Goods and Services) "
                "(Scotland) Act 2021",
                "Assaulting, threatening or abusing a retail worker is an offence for incidents "
                "from 24 August 2021: give the date of the incident to see whether it applies.",
                True))
        elif incident_date >= SCOTTISH_ACT_IN_FORCE and abusive:
            text = ("Assaulting, threatening or abusing a retail worker in the course of their "
                    "work is an offence (in force since 24 August 2021).")
            if trigger is Trigger.AGE_RESTRICTED_SALE_REFUSED:
                text += (" It is aggravated because the worker was enforcing an age "
                         "restriction (refusing an age-restricted sale).")
            notes.append(LegalNote("Protection of Workers (Retail and Age-restricted Goods and "
                                   "Services) (Scotland) Act 2021", text, True))
        elif abusive:
            notes.append(LegalNote(
                "Protection of Workers (Retail and Age-restricted Goods and Services) "
                "(Scotland) Act 2021",
                "This incident happened before the Act came into force on 24 August 2021; "
                "the general law of assault and threatening behaviour applies.", True))
    elif jurisdiction in (Jurisdiction.ENGLAND, Jurisdiction.WALES):
        if physical:
            notes.append(LegalNote(
                "Police, Crime, Sentencing and Courts Act 2022, s156",
                "An assault on a person providing a service to the public is a statutory "
                "aggravating factor when the offender is sentenced.", True))
        if abusive:
            notes.append(LegalNote(
                "Crime and Policing Bill: assaulting a retail worker",
                "A specific offence of assaulting a retail worker is reported as enacted in "
                "2026. Confirm its commencement date before relying on it; until then the "
                "general law of assault, threats and public order applies.", False))
    elif abusive:
        notes.append(LegalNote(
            "Northern Ireland",
            "No retail-worker-specific offence is noted for Northern Ireland; the general law "
            "of assault, threats and harassment applies.", True))
    if BehaviourKind.HATE_MOTIVATED in kinds:
        notes.append(LegalNote(
            "Hate incident",
            "A hate incident is one perceived, by the victim or anyone else, to be motivated by "
            "hostility on grounds of race, religion, sexual orientation, disability or "
            "transgender identity. Report it to the police, who record it as such.", True))
    return tuple(notes)


def disclaimer() -> str:
    return ("This is guidance to help you record and follow up the incident, not legal advice. "
            "The police and the courts decide which offences apply.")
