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

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.incident import (Incident, IncidentPerson, PersonPart, UpdateKind)
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,
                                               DeescalationTechnique, InjuryLevel,
                                               ProtectedCharacteristic, Trigger)
from desktop_app.domain.incident_law import RiddorStatus, riddor_status

MAX_ACCOUNT = 20_000
MAX_DAYS_OFF = 366
RIDDOR_REPORT_WITHIN_DAYS = 15    # HSE: an over-seven-day injury is reported within 15 days
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

# Keys of the answers, in the order the form shows them (for messages and error focus).
ANSWER_KEYS = (
    "occurred_at", "location", "affected", "staff_witnesses", "other_witnesses", "account",
    "situation", "task", "action", "result", "behaviours", "protected_characteristics",
    "behaviour_other", "trigger", "trigger_other", "deescalation", "deescalation_other",
    "called", "police_attended", "crime_reference", "injury", "injury_details",
    "days_off_work", "cctv_captured", "cctv_reference", "person_description",
    "welfare_support_offered", "debrief_date", "welfare_done",
)


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


# ---- parsing one value ---------------------------------------------------------------------
def _datetime(key: str, raw: Any, *, now: datetime) -> datetime:
    if isinstance(raw, datetime):
        value = raw
    else:
        try:
            value = datetime.fromisoformat(v.clean_text(raw))
        except ValueError:
            raise FieldError(key, "Enter the date and time it happened.") from None
    value = value.replace(second=0, microsecond=0, tzinfo=None)
    if value > now + timedelta(minutes=5):
        raise FieldError(key, "The date and time it happened cannot be in the future.")
    if value.year < 2000:
        raise FieldError(key, "The date it happened looks wrong; please check the year.")
    return value


def _date(key: str, raw: Any, label: str) -> date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    try:
        return date.fromisoformat(v.clean_text(raw))
    except ValueError:
        raise FieldError(key, f"{label} should be a date.") from None


def _choices(key: str, raw: Any, allowed: type[StrEnum], label: str) -> tuple[str, ...]:
    values = list(raw or ())
    known = {item.value for item in allowed}
    unknown = [x for x in values if x not in known]
    if unknown:
        raise FieldError(key, f"{label}: choose from the listed answers.")
    order = [item.value for item in allowed]
    return tuple(sorted(dict.fromkeys(values), key=order.index))


def _choice(key: str, raw: Any, allowed: type[StrEnum], label: str) -> str:
    if raw in (None, ""):
        return ""
    if raw not in {item.value for item in allowed}:
        raise FieldError(key, f"{label}: choose one of the listed answers.")
    return str(raw)


def _staff_ids(key: str, raw: Any, ctx: IncidentFormContext) -> tuple[int, ...]:
    ids = []
    for item in raw or ():
        try:
            staff_id = int(item)
        except (TypeError, ValueError):
            raise FieldError(key, "Choose people from the staff list.") from None
        if staff_id not in ctx.staff_ids:
            raise FieldError(key, "Choose people from the staff list.")
        if staff_id not in ids:
            ids.append(staff_id)
    return tuple(ids)


def _other_witnesses(raw: Any) -> tuple[IncidentPerson, ...]:
    people = []
    for index, item in enumerate(raw or ()):
        name = v.text("other_witnesses", item.get("name"), max_length=120,
                      label=f"Witness {index + 1}'s name")
        contact = v.text("other_witnesses", item.get("contact"), max_length=200,
                         label=f"Witness {index + 1}'s contact")
        if not name and not contact:
            continue
        if not name:
            raise FieldError("other_witnesses", f"Witness {index + 1} needs a name "
                                                "(or a short description, e.g. 'customer in queue').")
        people.append(IncidentPerson(PersonPart.WITNESS, name=name, contact=contact))
    return tuple(people)


def _called(raw: Any) -> dict[str, str]:
    called: dict[str, str] = {}
    known = {party.value for party in CalledParty}
    for party, when in dict(raw or {}).items():
        if party not in known:
            raise FieldError("called", "Who was called: choose from the listed answers.")
        when = v.clean_text(when)
        if when and not _TIME.match(when):
            raise FieldError("called", "Give the time they were called as HH:MM, e.g. 09:45.")
        called[party] = when
    return {party.value: called[party.value] for party in CalledParty if party.value in called}


def _days(raw: Any) -> int | None:
    if raw in (None, ""):
        return None
    try:
        days = int(raw)
    except (TypeError, ValueError):
        raise FieldError("days_off_work", "Days off work should be a whole number.") from None
    if not 0 <= days <= MAX_DAYS_OFF:
        raise FieldError("days_off_work", f"Days off work should be from 0 to {MAX_DAYS_OFF}.")
    return days


# ---- the whole form ------------------------------------------------------------------------
def _checks(answers: Mapping[str, Any], ctx: IncidentFormContext, out: dict[str, Any],
            ) -> list[tuple[str, Callable[[], Any]]]:
    a = answers

    def put(key: str, fn: Callable[[], Any]) -> tuple[str, Callable[[], Any]]:
        return key, lambda: out.__setitem__(key, fn())

    def text(key: str, label: str, *, max_length: int = 2000, required: bool = False):
        return put(key, lambda: v.text(key, a.get(key), required=required,
                                       max_length=max_length, label=label))

    return [
        put("occurred_at", lambda: _datetime("occurred_at", a.get("occurred_at"), now=ctx.now)),
        text("location", "Where in the store", max_length=200, required=True),
        put("affected", lambda: _staff_ids("affected", a.get("affected"), ctx)),
        put("staff_witnesses", lambda: _staff_ids("staff_witnesses", a.get("staff_witnesses"),
                                                  ctx)),
        put("other_witnesses", lambda: _other_witnesses(a.get("other_witnesses"))),
        text("account", "What happened", max_length=MAX_ACCOUNT, required=True),
        text("situation", "Situation", max_length=MAX_ACCOUNT),
        text("task", "Task", max_length=MAX_ACCOUNT),
        text("action", "Action", max_length=MAX_ACCOUNT),
        text("result", "Result", max_length=MAX_ACCOUNT),
        put("behaviours", lambda: _choices("behaviours", a.get("behaviours"), BehaviourKind,
                                           "What kind of behaviour")),
        put("protected_characteristics", lambda: _choices(
            "protected_characteristics", a.get("protected_characteristics"),
            ProtectedCharacteristic, "Protected characteristic")),
        text("behaviour_other", "The other behaviour", max_length=500),
        put("trigger", lambda: _choice("trigger", a.get("trigger"), Trigger, "What triggered it")),
        text("trigger_other", "The other trigger", max_length=500),
        put("deescalation", lambda: _choices("deescalation", a.get("deescalation"),
                                             DeescalationTechnique, "De-escalation")),
        text("deescalation_other", "Other things you tried", max_length=1000),
        put("called", lambda: _called(a.get("called"))),
        put("police_attended", lambda: bool(a.get("police_attended"))),
        text("crime_reference", "The crime reference number", max_length=64),
        put("injury", lambda: _choice("injury", a.get("injury") or InjuryLevel.NONE.value,
                                      InjuryLevel, "Injury")),
        text("injury_details", "The injury details", max_length=2000),
        put("days_off_work", lambda: _days(a.get("days_off_work"))),
        put("cctv_captured", lambda: bool(a.get("cctv_captured"))),
        text("cctv_reference", "The CCTV reference", max_length=64),
        text("person_description", "The description of the person", max_length=2000),
        put("welfare_support_offered", lambda: bool(a.get("welfare_support_offered"))),
        put("debrief_date", lambda: _date("debrief_date", a.get("debrief_date"),
                                          "The debrief date")),
        put("welfare_done", lambda: bool(a.get("welfare_done"))),
    ]


def _conditional(out: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    behaviours = out.get("behaviours", ())
    if not out.get("affected"):
        errors["affected"] = "Tick the staff member (or members) it happened to."
    if "behaviours" in out and not behaviours:
        errors["behaviours"] = "Tick at least one kind of behaviour."
    if HATE in behaviours and not out.get("protected_characteristics"):
        errors["protected_characteristics"] = (
            "Hate-motivated: tick what it was perceived to target (by you or anyone else).")
    if OTHER_BEHAVIOUR in behaviours and not out.get("behaviour_other"):
        errors["behaviour_other"] = "Say briefly what the other behaviour was."
    if out.get("trigger") == OTHER_TRIGGER and not out.get("trigger_other"):
        errors["trigger_other"] = "Say briefly what triggered it."
    debrief, occurred = out.get("debrief_date"), out.get("occurred_at")
    if debrief and occurred and debrief < occurred.date():
        errors["debrief_date"] = "The debrief cannot be before the incident."
    overlap = set(out.get("affected", ())) & set(out.get("staff_witnesses", ()))
    if overlap:
        errors["staff_witnesses"] = "Someone it happened to is also ticked as a witness."
    return errors


def answer_errors(answers: Mapping[str, Any], ctx: IncidentFormContext,
                  level: Level = Level.ESSENTIALS) -> dict[str, str]:
    """Every problem, keyed by answer key; empty when the answers can be saved at `level`."""
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, check in _checks(answers, ctx, out):
        try:
            check()
        except FieldError as error:
            errors.setdefault(error.key or key, error.message)
    for key, message in _conditional(out).items():
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
                   reported_by: int, level: Level = Level.ESSENTIALS) -> Incident:
    """Check everything again and build the record; raises ValidationFailed."""
    errors = answer_errors(answers, ctx, level)
    if errors:
        raise ValidationFailed(errors)
    out: dict[str, Any] = {}
    for _key, check in _checks(answers, ctx, out):
        check()
    return _incident(out, answers, store_code=store_code, reported_by=reported_by,
                     recorded_at=ctx.now)


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
_FILLABLE = ("location", "situation", "task", "action", "result", "behaviour_other", "trigger",
             "trigger_other", "deescalation_other", "police_attended", "crime_reference",
             "injury", "injury_details", "days_off_work", "cctv_captured", "cctv_reference",
             "person_description", "welfare_support_offered", "debrief_date", "welfare_done")
_ADDABLE = ("behaviours", "protected_characteristics", "deescalation")


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
        errors["account"] = ("The account stays exactly as first recorded. "
                             "A manager can add an update instead.")
    if candidate.occurred_at != original.occurred_at:
        errors["occurred_at"] = "The date and time stay as first recorded."
    changes: dict[str, Any] = {}
    for name in _FILLABLE:
        old, new = getattr(original, name), getattr(candidate, name)
        if old == new or _blank(name, new):
            continue
        if _blank(name, old):
            changes[name] = new
        else:
            errors[name] = "Already recorded; it cannot be changed here. Add an update instead."
    for name in _ADDABLE:
        old, new = getattr(original, name), getattr(candidate, name)
        if set(old) - set(new):
            errors[name] = "Answers already recorded cannot be taken away."
        elif set(new) - set(old):
            changes[name] = tuple(old) + tuple(x for x in new if x not in old)
    for party, when in candidate.called.items():
        if original.called.get(party) not in (None, "", when):
            errors["called"] = "A recorded call time cannot be changed."
    if set(original.called) - set(candidate.called):
        errors["called"] = "Answers already recorded cannot be taken away."
    added_called = {p: w for p, w in candidate.called.items() if not original.called.get(p)
                    and (p not in original.called or w)}
    if added_called:
        changes["called"] = added_called
    key = (lambda p: (p.part, p.staff_id, "" if p.staff_id else p.name))
    before = {key(p) for p in original.people}
    after = {key(p) for p in candidate.people}
    if before - after:
        errors["affected"] = "People already named cannot be taken off the report."
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
    occurred = incident.occurred_at.date()
    if riddor_status(incident.days_off_work) is RiddorStatus.REPORT and \
            not _updated(incident, UpdateKind.RIDDOR_REPORTED):
        actions.append(OutstandingAction(
            ActionCode.RIDDOR_REPORT,
            "Report to the HSE under RIDDOR: over 7 days off work.",
            occurred + timedelta(days=RIDDOR_REPORT_WITHIN_DAYS)))
    if police_involved(incident) and not incident.crime_reference:
        actions.append(OutstandingAction(ActionCode.POLICE_REFERENCE,
                                         "Police crime reference number missing."))
    if incident.cctv_captured and police_involved(incident) and \
            not any(d.what == "cctv" and is_police(d.organisation) for d in incident.disclosures) \
            and not _updated(incident, UpdateKind.CCTV_DISCLOSED):
        actions.append(OutstandingAction(ActionCode.CCTV_DISCLOSURE,
                                         "CCTV captured but not yet disclosed to the police."))
    if not incident.welfare_done and not _updated(incident, UpdateKind.WELFARE_CHECK):
        text = ("Welfare follow-up: debrief booked." if incident.debrief_date else
                "Welfare follow-up due: offer support and book a debrief.")
        actions.append(OutstandingAction(ActionCode.WELFARE, text, incident.debrief_date))
    missing = missing_for_complete(incident)
    missing.pop("crime_reference", None)     # already listed above
    if missing:
        actions.append(OutstandingAction(ActionCode.INCOMPLETE,
                                         f"Report not complete ({len(missing)} to add)."))
    return tuple(actions)


# The vocabulary members the rules above name (kept together so that a rename shows here).
HATE = BehaviourKind.HATE_MOTIVATED.value
OTHER_BEHAVIOUR = BehaviourKind.OTHER.value
OTHER_TRIGGER = Trigger.OTHER.value
POLICE = CalledParty.POLICE.value
