"""What the law says about an incident: RIDDOR by nation, and offences by jurisdiction.

Guidance for the store, not legal advice. Every rule is in `law_table` with its source.
- RIDDOR 2013 (Great Britain; reported to the HSE): violence counts only when physical
  (an "accident" includes non-consensual physical violence to a person at work, reg.
  2(1)); a death (reg. 6) or specified injury (reg. 4(1)) to a worker is notified without
  delay and reported within 10 days; an over-seven-day incapacitation (reg. 4(2)) —
  more than seven consecutive days unable to do normal work, not counting the day of the
  incident but counting rest days — within 15 days; over three days is recorded (reg.
  12); a member of the public taken from the premises to hospital for treatment (reg. 5)
  is notified without delay and reported within 10 days.
- RIDDOR (Northern Ireland) 1997 (reported to HSENI): deaths and major injuries without
  delay and within 10 days; an over-three-day injury within 10 days; a member of the
  public taken to hospital likewise.
- Scotland: Protection of Workers (Retail and Age-restricted Goods and Services) (Scotland)
  Act 2021, in force 24 August 2021: assaulting, threatening or abusing a retail worker is an
  offence, aggravated when the worker was enforcing an age restriction.
- England and Wales: Sentencing Act 2020 s68A (inserted by the Police, Crime, Sentencing and
  Courts Act 2022 s156, in force 28 June 2022): an assault on a person providing a service to
  the public is a statutory aggravating factor. The Crime and Policing Bill's offence of
  assaulting a retail worker is not confirmed in force (law_table.LAW_CHECKED).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_kinds import BehaviourKind, SpecifiedInjury, Trigger
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.law_dates import long_date
from desktop_app.domain.law_table import LAW_CHECKED
from desktop_app.domain.phrase import listed, phrase

SCOTTISH_ACT_IN_FORCE = date(2021, 8, 24)
SECTION_68A_IN_FORCE = date(2022, 6, 28)
RIDDOR_REPORT_AFTER_DAYS = 7              # Great Britain: over seven days
RIDDOR_RECORD_AFTER_DAYS = 3              # Great Britain: over three days are recorded
RIDDOR_NI_REPORT_AFTER_DAYS = 3           # Northern Ireland: over three days are reported
RIDDOR_REPORT_WITHIN_DAYS = 15            # an over-seven-day injury
RIDDOR_SERIOUS_WITHIN_DAYS = 10           # deaths, specified injuries, the public to hospital

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


@dataclass(frozen=True)
class Riddor:
    """What RIDDOR asks of the store for one incident, and by when."""

    status: RiddorStatus
    text: str
    due: date | None = None          # the written report's last day, when reportable
    without_delay: bool = False      # notify at once (a death, a specified injury…)
    authority: str = "HSE"
    rules: tuple[str, ...] = ()

    @property
    def action(self) -> str:
        """The outstanding-action line for a manager's list."""
        if self.without_delay and self.due:
            return phrase("Notify the {authority} under RIDDOR now; written report by {due}.",
                          authority=self.authority, due=long_date(self.due))
        if self.without_delay:
            return phrase("Notify the {authority} under RIDDOR now; written report.",
                          authority=self.authority)
        if self.due:
            return phrase("Report to the {authority} under RIDDOR by {due}.",
                          authority=self.authority, due=long_date(self.due))
        return phrase("Report to the {authority} under RIDDOR.", authority=self.authority)


NOT_PHYSICAL = phrase("Not reportable under RIDDOR: it covers physical violence to a worker, not "
                "abuse or threats on their own, whatever the time off work. Keep this record; "
                "time off because of it still matters to the store's duty of care.")
DAYS_COUNTED = phrase("count every day they cannot do their normal work, weekends and rest days "
                "included, not the day of the incident")


def riddor(days_off_work: int | None, *, physical: bool = True,
           injuries: Collection[SpecifiedInjury | str] = (), public_to_hospital: bool = False,
           jurisdiction: Jurisdiction | str = Jurisdiction.ENGLAND,
           occurred: date | None = None) -> Riddor:
    """RIDDOR for an incident. `days_off_work`: days unable to do normal work (rest days
    included); `injuries`: the specified (GB) or major (NI) injuries; `public_to_hospital`:
    a member of the public was taken from the store to hospital for treatment."""
    if days_off_work is not None and days_off_work < 0:
        raise ValueError(phrase("Days off work cannot be negative."))
    ni = Jurisdiction(jurisdiction) is Jurisdiction.NORTHERN_IRELAND
    authority = "HSENI" if ni else "HSE"
    regs = phrase("RIDDOR (Northern Ireland) 1997") if ni else "RIDDOR 2013"
    rule = "RIDDOR NI" if ni else "RIDDOR GB"
    kinds = {SpecifiedInjury(i) for i in injuries}
    counted = {k for k in kinds if (k.in_northern_ireland if ni else k.in_great_britain)}
    days = days_off_work or 0

    def due(within: int) -> date | None:
        return occurred + timedelta(days=within) if occurred else None

    def by(within: int) -> str:
        day = due(within)
        return (phrase("by {day}", day=long_date(day)) if day else
                phrase("within {days} days of the incident", days=within))

    serious = RIDDOR_SERIOUS_WITHIN_DAYS
    if physical and counted:
        worst = (phrase("a death") if SpecifiedInjury.DIED in counted else
                 phrase("a major injury") if ni else phrase("a specified injury"))
        return Riddor(RiddorStatus.REPORT, phrase(
            "Reportable to the {authority} under {regs}: {worst} to a worker ({injuries}). "
            "Notify the {authority} without delay, by the quickest means, and send the written "
            "report {by} ({days} days), whatever the time off.", authority=authority,
            regs=regs, worst=worst,
            injuries=listed((k.label for k in SpecifiedInjury if k in counted), "; "),
            by=by(serious), days=serious), due(serious), True, authority, (rule,))
    if public_to_hospital:
        return Riddor(RiddorStatus.REPORT, phrase(
            "Reportable to the {authority} under {regs} if the injury arose out of or in "
            "connection with the store's work (how the premises, the stock or the incident "
            "were managed): a member of the public was taken from the store to hospital for "
            "treatment. Notify without delay and send the report {by}. Violence between "
            "members of the public alone is not reportable; if unsure, report.",
            authority=authority, regs=regs, by=by(serious)),
            due(serious), True, authority, (rule,))
    threshold = RIDDOR_NI_REPORT_AFTER_DAYS if ni else RIDDOR_REPORT_AFTER_DAYS
    if not physical:
        text = NOT_PHYSICAL if (days > RIDDOR_RECORD_AFTER_DAYS or kinds) else ""
        return Riddor(RiddorStatus.NOT_APPLICABLE, text, authority=authority, rules=(rule,))
    within = RIDDOR_SERIOUS_WITHIN_DAYS if ni else RIDDOR_REPORT_WITHIN_DAYS
    if days > threshold:
        return Riddor(RiddorStatus.REPORT, phrase(
            "Reportable to the {authority} under {regs}: the staff member has been unable to "
            "do their normal work for more than {threshold} days ({counted}). The report is "
            "due {by} ({days} days).", authority=authority, regs=regs, threshold=threshold,
            counted=DAYS_COUNTED, by=by(within), days=within),
            due(within), False, authority, (rule,))
    if not ni and days > RIDDOR_RECORD_AFTER_DAYS:
        return Riddor(RiddorStatus.RECORD, phrase(
            "Over {record} days off: {regs} requires the store to record it (keep this "
            "record); it becomes reportable to the HSE if it goes over {report} days "
            "({counted}).", record=RIDDOR_RECORD_AFTER_DAYS, regs=regs,
            report=RIDDOR_REPORT_AFTER_DAYS, counted=DAYS_COUNTED), authority=authority,
            rules=(rule,))
    return Riddor(RiddorStatus.NOT_APPLICABLE, phrase(
        "Not reportable under {regs} on days off alone ({threshold} days or fewer; "
        "{counted}). Update this if the time off grows, or if a broken bone or other serious "
        "injury is found.", regs=regs, threshold=threshold, counted=DAYS_COUNTED),
        authority=authority, rules=(rule,))


def incident_riddor(incident: Incident) -> Riddor:
    """RIDDOR for a saved incident, in the nation of its store."""
    return riddor(incident.days_off_work, physical=is_physical(incident.behaviours),
                  injuries=incident.specified_injuries,
                  public_to_hospital=incident.public_to_hospital,
                  jurisdiction=incident.jurisdiction, occurred=incident.occurred_at.date())


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
        notes += _scotland(incident_date, abusive, trigger)
    elif jurisdiction in (Jurisdiction.ENGLAND, Jurisdiction.WALES):
        notes += _england_and_wales(incident_date, physical)
    elif abusive:
        notes.append(LegalNote(
            phrase("Northern Ireland"),
            phrase("No retail-worker-specific offence is noted for Northern Ireland; the general law "
            "of assault, threats and harassment applies."), True))
    if BehaviourKind.HATE_MOTIVATED in kinds:
        notes.append(LegalNote(
            phrase("Hate incident"),
            phrase("A hate incident is one perceived, by the victim or anyone else, to be motivated by "
            "hostility on grounds of race, religion, sexual orientation, disability or "
            "transgender identity. Report it to the police, who record it as such."), True))
    return tuple(notes)


_SCOTTISH_ACT = phrase("Protection of Workers (Retail and Age-restricted Goods and Services) "
                 "(Scotland) Act 2021")


def _scotland(incident_date: date | None, abusive: bool,
              trigger: Trigger | None) -> list[LegalNote]:
    if not abusive:
        return []
    if incident_date is None:
        return [LegalNote(_SCOTTISH_ACT, phrase(
            "Assaulting, threatening or abusing a retail worker is an offence for incidents "
            "from 24 August 2021: give the date of the incident to see whether it applies."),
            True)]
    if incident_date < SCOTTISH_ACT_IN_FORCE:
        return [LegalNote(_SCOTTISH_ACT, phrase(
            "This incident happened before the Act came into force on 24 August 2021; "
            "the general law of assault and threatening behaviour applies."), True)]
    text = phrase("Assaulting, threatening or abusing a retail worker in the course of their "
                  "work is an offence (in force since 24 August 2021).")
    if trigger is Trigger.AGE_RESTRICTED_SALE_REFUSED:
        text = listed((text, phrase("It is aggravated because the worker was enforcing an age "
                                    "restriction (refusing an age-restricted sale).")), " ")
    return [LegalNote(_SCOTTISH_ACT, text, True)]


def _england_and_wales(incident_date: date | None, physical: bool) -> list[LegalNote]:
    """Both notes concern assault: abuse or threats alone fall under the general law."""
    if not physical:
        return []
    checked = long_date(LAW_CHECKED)
    notes = []
    if incident_date is None or incident_date >= SECTION_68A_IN_FORCE:
        aggravating = phrase("In force since 28 June 2022: an assault on a person providing a "
                             "service to the public is a statutory aggravating factor when "
                             "the offender is sentenced.")
        if incident_date is None:
            aggravating = listed((aggravating, phrase(
                "Give the date of the incident: it applies to offences from that day.")), " ")
        notes.append(LegalNote(
            phrase("Sentencing Act 2020, s68A (Police, Crime, Sentencing and Courts Act 2022, "
                   "s156)"), aggravating, True))
    notes.append(LegalNote(
        phrase("Crime and Policing Bill: assaulting a retail worker"),
        phrase("Not in force as far as this program knows (checked {checked}): the Bill "
               "creates an offence of assaulting a retail worker, but its commencement was not "
               "confirmed when this text was checked. Until it is, the general law of assault "
               "(Criminal Justice Act 1988 s39; Offences against the Person Act 1861) applies, "
               "with s68A above.", checked=checked), False))
    return notes


def disclaimer() -> str:
    return phrase("This is guidance to help you record and follow up the incident, not legal advice. "
            "The police and the courts decide which offences apply.")
