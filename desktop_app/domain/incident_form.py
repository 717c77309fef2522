"""From the incident form's answers to a checked Incident; what is still missing; what is due.

The answers dict is what the form fills and what a draft stores, in plain JSON types:

    occurred_at "2026-03-10T09:45" · location · affected [staff ids] · staff_witnesses [ids]
    other_witnesses [{"name", "contact"}] · account · situation · task · action · result
    behaviours [BehaviourKind] · protected_characteristics [..] · behaviour_other
    trigger · trigger_other · deescalation [..] · deescalation_other
    called {CalledParty: "HH:MM" or ""} · police_attended · crime_reference
    injury · injury_details · days_off_work (int, or None: not known yet)
    cctv_captured · cctv_reference · person_description
    welfare_support_offered · debrief_date "YYYY-MM-DD" · welfare_done

Two levels: the *essentials* (when, where, who, what happened, what kind) are enough to
save a first report in under two minutes; *complete* adds what a manager needs to follow
it up. A report saved with the essentials is completed later by filling in blanks only
(`completion`): the original account and every value already recorded stay as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.incident import Incident, IncidentPerson, PersonPart, UpdateKind
from desktop_app.domain.incident_kinds import CalledParty, InjuryLevel
from desktop_app.domain.incident_law import RiddorStatus, incident_riddor
from desktop_app.domain.phrase import phrase
from desktop_app.domain.schema.field import Kind
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.domain.schema.rules import incident_rule
from desktop_app.domain.schema.values import Checking, check


class Level(StrEnum):
    ESSENTIALS = "essentials"
    COMPLETE = "complete"


@dataclass(frozen=True)
class IncidentFormContext:
    now: datetime
    staff_ids: frozenset[int]                  # active staff who can be named


def default_answers(*, now: datetime, reporter_id: int, complaint_reference: str = "",
                    ) -> dict[str, Any]:
    """A new report: it happened just now, to the person reporting it."""
    return {"occurred_at": now.strftime("%Y-%m-%dT%H:%M"), "location": "",
            "affected": [reporter_id], "staff_witnesses": [], "other_witnesses": [],
            "account": "", "behaviours": [], "protected_characteristics": [], "trigger": "",
            "deescalation": [], "called": {}, "police_attended": False, "injury": "none",
            "days_off_work": None, "cctv_captured": False, "welfare_support_offered": False,
            "welfare_done": False, "complaint_reference": complaint_reference}


# ---- the whole form ------------------------------------------------------------------------
#: The answers checked field by field (witnesses who are not staff are a part of their own).
_PLAIN = tuple(f for f in INCIDENT.where(form=True) if f.kind is not Kind.PART)
#: Required answers whose absence the cross-field rules word better.
_BY_RULE = frozenset({"affected", "behaviours"})


def _checking(ctx: IncidentFormContext) -> Checking:
    return Checking(today=ctx.now.date(), now=ctx.now, staff_ids=ctx.staff_ids)


def _other_witnesses(raw: Any, checking: Checking) -> tuple[IncidentPerson, ...]:
    people = []
    part = INCIDENT["other_witnesses"].part
    for index, item in enumerate(raw or ()):
        if not isinstance(item, Mapping):
            raise FieldError("other_witnesses", phrase("Add each witness with the button."))
        values = {}
        for key in ("name", "contact"):
            try:
                values[key] = check(part[key], item.get(key), checking)
            except FieldError as error:
                raise FieldError("other_witnesses",
                                 phrase("Witness {number}: {message}", number=index + 1,
                                        message=error.message)) from None
        if not values["name"] and not values["contact"]:
            continue
        if not values["name"]:
            raise FieldError("other_witnesses", phrase("Witness {number} needs a name (or a "
                                                       "short description, e.g. 'customer in "
                                                       "queue').", number=index + 1))
        people.append(IncidentPerson(PersonPart.WITNESS, **values))
    return tuple(people)


def _clean(answers: Mapping[str, Any], ctx: IncidentFormContext,
           ) -> tuple[dict[str, Any], dict[str, str]]:
    """The cleaned answers, and the problem with each that has one."""
    checking = _checking(ctx)
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in _PLAIN:
        raw = answers.get(f.key)
        if f.key == "injury" and not raw:
            raw = InjuryLevel.NONE.value
        try:
            out[f.key] = check(f, raw, checking, required=f.required and f.key not in _BY_RULE)
        except FieldError as error:
            errors.setdefault(f.key, error.message)
    if isinstance(out.get("occurred_at"), datetime):
        out["occurred_at"] = out["occurred_at"].replace(second=0, microsecond=0)
    try:
        out["other_witnesses"] = _other_witnesses(answers.get("other_witnesses"), checking)
    except FieldError as error:
        errors.setdefault("other_witnesses", error.message)
    return out, errors


def answer_errors(answers: Mapping[str, Any], ctx: IncidentFormContext,
                  level: Level = Level.ESSENTIALS) -> dict[str, str]:
    """Every problem, keyed by answer key; empty when the answers can be saved at `level`."""
    out, errors = _clean(answers, ctx)
    for key, message in incident_rule(out).items():
        errors.setdefault(key, message)
    if level is Level.COMPLETE and not errors:
        for key, message in missing_for_complete(_incident(out, answers, store_code="",
                                                           reported_by=0,
                                                           recorded_at=ctx.now)).items():
            errors.setdefault(key, message)
    return errors


def _incident(out: Mapping[str, Any], answers: Mapping[str, Any], *, store_code: str,
              reported_by: int, recorded_at: datetime) -> Incident:
    people = (tuple(IncidentPerson(PersonPart.AFFECTED, staff_id=i) for i in out["affected"])
              + tuple(IncidentPerson(PersonPart.WITNESS, staff_id=i)
                      for i in out["staff_witnesses"])
              + out["other_witnesses"])
    plain = {f.name for f in fields(Incident)} & set(out) - {"affected", "staff_witnesses",
                                                            "other_witnesses"}
    return Incident(store_code=store_code, reported_by=reported_by, recorded_at=recorded_at,
                    people=people,
                    complaint_reference=v.clean_text(answers.get("complaint_reference")).upper(),
                    **{key: out[key] for key in plain})


def build_incident(answers: Mapping[str, Any], ctx: IncidentFormContext, *, store_code: str,
                   reported_by: int, level: Level = Level.ESSENTIALS,
                   jurisdiction: str = "england") -> Incident:
    """Check everything again and build the record; raises ValidationFailed."""
    errors = answer_errors(answers, ctx, level)
    if errors:
        raise ValidationFailed(errors)
    out, _ = _clean(answers, ctx)
    incident = _incident(out, answers, store_code=store_code, reported_by=reported_by,
                         recorded_at=ctx.now)
    incident.jurisdiction = jurisdiction
    return incident


# ---- what a complete report still lacks --------------------------------------------------
def police_involved(incident: Incident) -> bool:
    return (POLICE in incident.called or incident.police_attended
            or bool(incident.crime_reference))


def missing_for_complete(incident: Incident) -> dict[str, str]:
    """Keyed like the answers: what a manager needs that a quick first report may lack."""
    missing: dict[str, str] = {}
    if not incident.trigger:
        missing["trigger"] = "Choose what triggered it."
    if not incident.deescalation and not incident.deescalation_other:
        missing["deescalation"] = ("Tick what you tried to calm things down, or write "
                                   "'nothing: no chance to' under other.")
    if police_involved(incident) and not incident.crime_reference:
        missing["crime_reference"] = "Add the police crime reference number when you have it."
    if incident.cctv_captured and not incident.cctv_reference:
        missing["cctv_reference"] = "Add the CCTV reference (camera, time or file name)."
    if incident.injury != InjuryLevel.NONE.value:
        if not incident.injury_details:
            missing["injury_details"] = "Describe the injury and any first aid given."
        if incident.days_off_work is None:
            missing["days_off_work"] = "Add the days off work (0 if none) once known."
    if not incident.welfare_support_offered and not incident.welfare_done:
        missing["welfare_support_offered"] = "Record that support was offered."
    return missing


def is_complete(incident: Incident) -> bool:
    return not missing_for_complete(incident)


# ---- completing a saved report: fill in blanks only ------------------------------------------
#: Blanks that may be filled in later, and lists that may gain answers (never lose them).
_FILLABLE = tuple(f.key for f in INCIDENT.where(fill_later=True)
                  if f.kind not in (Kind.CHOICES, Kind.CALL_TIMES))
_ADDABLE = tuple(f.key for f in INCIDENT.where(fill_later=True, kind=Kind.CHOICES))


def _blank(name: str, value: Any) -> bool:
    return value in (None, "", False) or (name == "injury" and value == InjuryLevel.NONE.value)


@dataclass(frozen=True)
class Completion:
    changes: dict[str, Any]
    people: tuple[IncidentPerson, ...]

    @property
    def empty(self) -> bool:
        return not self.changes and not self.people


def completion(original: Incident, answers: Mapping[str, Any], ctx: IncidentFormContext,
               ) -> Completion:
    """What the answers add to a saved report. Changing anything already recorded is
    refused with a message pointing to 'Add update' instead; the account never changes."""
    candidate = build_incident(answers, ctx, store_code=original.store_code,
                               reported_by=original.reported_by)
    errors: dict[str, str] = {}
    if candidate.account != original.account:
        errors["account"] = (phrase("The account stays exactly as first recorded. A manager "
                                    "can add an update instead."))
    if candidate.occurred_at != original.occurred_at:
        errors["occurred_at"] = phrase("The date and time stay as first recorded.")
    changes: dict[str, Any] = {}
    for name in _FILLABLE:
        old, new = getattr(original, name), getattr(candidate, name)
        if old == new or _blank(name, new):
            continue
        if _blank(name, old):
            changes[name] = new
        else:
            errors[name] = phrase("Already recorded; it cannot be changed here. Add an update "
                                  "instead.")
    for name in _ADDABLE:
        old, new = getattr(original, name), getattr(candidate, name)
        if set(old) - set(new):
            errors[name] = phrase("Answers already recorded cannot be taken away.")
        elif set(new) - set(old):
            changes[name] = tuple(old) + tuple(x for x in new if x not in old)
    for party, when in candidate.called.items():
        if original.called.get(party) not in (None, "", when):
            errors["called"] = phrase("A recorded call time cannot be changed.")
    if set(original.called) - set(candidate.called):
        errors["called"] = phrase("Answers already recorded cannot be taken away.")
    added_called = {p: w for p, w in candidate.called.items() if not original.called.get(p)
                    and (p not in original.called or w)}
    if added_called:
        changes["called"] = added_called
    key = (lambda p: (p.part, p.staff_id, "" if p.staff_id else p.name))
    before = {key(p) for p in original.people}
    after = {key(p) for p in candidate.people}
    if before - after:
        errors["affected"] = phrase("People already named cannot be taken off the report.")
    people = tuple(p for p in candidate.people if key(p) not in before)
    if errors:
        raise ValidationFailed(errors)
    return Completion(changes=changes, people=people)


def answers_from_incident(incident: Incident) -> dict[str, Any]:
    """The form's answers for a saved report (to complete it, or to show it)."""
    answers: dict[str, Any] = {name: getattr(incident, name) for name in _FILLABLE}
    answers.update({name: list(getattr(incident, name)) for name in _ADDABLE})
    answers["occurred_at"] = incident.occurred_at.strftime("%Y-%m-%dT%H:%M")
    answers["debrief_date"] = incident.debrief_date.isoformat() if incident.debrief_date else None
    answers["account"] = incident.account
    answers["called"] = dict(incident.called)
    answers["affected"] = [p.staff_id for p in incident.affected if p.staff_id]
    answers["staff_witnesses"] = [p.staff_id for p in incident.witnesses if p.staff_id]
    answers["other_witnesses"] = [{"name": p.name, "contact": p.contact}
                                  for p in incident.witnesses if not p.staff_id]
    answers["complaint_reference"] = incident.complaint_reference
    return answers


def describe_changes(completion: Completion, labels: Mapping[str, str] | None = None) -> str:
    """One line for the history: which fields were filled in later (not their values)."""
    labels = labels or {}
    names = [labels.get(name, name.replace("_", " ")) for name in completion.changes]
    if completion.people:
        names.append(labels.get("people", "people named"))
    return "Added later: " + ", ".join(names) + "." if names else ""


# ---- what is outstanding -----------------------------------------------------------------
class ActionCode(StrEnum):
    POLICE_REFERENCE = "police_reference"
    CCTV_DISCLOSURE = "cctv_disclosure"
    WELFARE = "welfare"
    RIDDOR_REPORT = "riddor_report"
    INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class OutstandingAction:
    code: ActionCode
    text: str
    due: date | None = None

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today


def is_police(organisation: str) -> bool:
    text = organisation.casefold()
    return "police" in text or "psni" in text or "constabulary" in text


def _updated(incident: Incident, kind: UpdateKind) -> bool:
    return any(u.kind == kind.value for u in incident.updates)


def outstanding_actions(incident: Incident) -> tuple[OutstandingAction, ...]:
    """The follow-up a manager still owes this incident, most urgent kinds first."""
    actions: list[OutstandingAction] = []
    riddor = incident_riddor(incident)
    if riddor.status is RiddorStatus.REPORT and \
            not _updated(incident, UpdateKind.RIDDOR_REPORTED):
        actions.append(OutstandingAction(ActionCode.RIDDOR_REPORT, riddor.action, riddor.due))
    if police_involved(incident) and not incident.crime_reference:
        actions.append(OutstandingAction(ActionCode.POLICE_REFERENCE,
                                         phrase("Police crime reference number missing.")))
    if incident.cctv_captured and police_involved(incident) and \
            not any(d.what == "cctv" and is_police(d.organisation) for d in incident.disclosures) \
            and not _updated(incident, UpdateKind.CCTV_DISCLOSED):
        actions.append(OutstandingAction(ActionCode.CCTV_DISCLOSURE,
                                         phrase("CCTV captured but not yet disclosed to the "
                                                "police.")))
    if not incident.welfare_done and not _updated(incident, UpdateKind.WELFARE_CHECK):
        text = (phrase("Welfare follow-up: debrief booked.") if incident.debrief_date else
                phrase("Welfare follow-up due: offer support and book a debrief."))
        actions.append(OutstandingAction(ActionCode.WELFARE, text, incident.debrief_date))
    missing = missing_for_complete(incident)
    missing.pop("crime_reference", None)     # already listed above
    if missing:
        actions.append(OutstandingAction(ActionCode.INCOMPLETE,
                                         phrase("Report not complete ({count} to add).",
                                                count=len(missing))))
    return tuple(actions)


POLICE = CalledParty.POLICE.value     # the member the police rules above name
