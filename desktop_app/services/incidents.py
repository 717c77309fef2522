"""Abusive-behaviour incidents: record, complete, follow up, and who may see what.

The permission rule lives here and nowhere else: a manager may open any incident; anyone
else only an incident they reported or are named in. Everyone else learns only that an
incident happened on a date. Updates and disclosures are a manager's, and are appended;
the original account is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.errors import DomainError, FieldError, NotFound, PermissionDenied, ValidationFailed
from desktop_app.domain.incident import (Disclosure, Incident, IncidentHeader, IncidentStatus,
                                         IncidentUpdate, UpdateKind)
from desktop_app.domain.incident_form import (IncidentFormContext, Level, OutstandingAction,
                                              answers_from_incident, build_incident, completion,
                                              default_answers, describe_changes,
                                              missing_for_complete, outstanding_actions)
from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.domain.incident_law import (NOT_PHYSICAL, LegalNote, RiddorStatus, disclaimer,
                                             is_physical, legal_context, riddor)
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.law_table import checked_line
from desktop_app.domain.phrase import phrase
from desktop_app.domain.reference import incident_reference
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.store import Store
from desktop_app.domain.permissions import Action, Subject, allowed
from desktop_app.domain.schema.incident import DISCLOSURE, INCIDENT, UPDATE
from desktop_app.domain.schema.values import Checking, check
from desktop_app.services.audit import AuditAction, RecordType, record
from desktop_app.services.context import AppContext

DRAFT_KIND = "incident"
RESTRICTED = phrase("Incident records are restricted: only managers and the people named in "
                    "an incident can open it.")
MANAGERS_ONLY = phrase("Only a manager can do this.")
USER_UPDATE_KINDS = tuple(k for k in UpdateKind if k is not UpdateKind.DETAILS_ADDED)

#: Field names shown in the history line when blanks are filled in later (the schema's).
FIELD_LABELS = {f.key: f.label for f in INCIDENT.where(fill_later=True)} | {
    "people": INCIDENT["people"].label}


def is_manager(user: StaffMember) -> bool:
    """Who follows incidents up (updates, disclosures, the outstanding list): the matrix's
    (incident, follow up) cell."""
    return allowed(user, Subject.INCIDENT, Action.FOLLOW_UP)


def can_open(user: StaffMember, record: Incident | IncidentHeader) -> bool:
    return allowed(user, Subject.INCIDENT, Action.VIEW, involved=record.involves(user.id))


# ---- starting and recording --------------------------------------------------------------
@dataclass
class IncidentStart:
    """What the form needs to begin: the store (its law), the staff list, the answers."""

    store: Store
    staff: list[StaffMember]
    user: StaffMember
    opened_at: datetime
    answers: dict[str, Any]
    draft_id: int | None = None

    @property
    def complaint_reference(self) -> str:
        return str(self.answers.get("complaint_reference") or "")


def _store(uow) -> Store:  # noqa: ANN001 - a unit of work
    store = uow.store.get()
    if store is None:
        raise DomainError(phrase("The store has not been set up yet."))
    return store


def _form_context(ctx: AppContext, uow) -> IncidentFormContext:  # noqa: ANN001
    return IncidentFormContext(now=ctx.clock.now(),
                               staff_ids=frozenset(s.id for s in uow.staff.active()))


def start_incident(ctx: AppContext, user: StaffMember, *, complaint_reference: str = "",
                   ) -> IncidentStart:
    reference = v.clean_text(complaint_reference).upper()
    with ctx.uow() as uow:
        store = _store(uow)
        staff = uow.staff.active()
        if reference and uow.complaints.get(reference) is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
    now = ctx.clock.now()
    return IncidentStart(store=store, staff=staff, user=user, opened_at=now,
                         answers=default_answers(now=now, reporter_id=user.id,
                                                 complaint_reference=reference))


def start_from_complaint(ctx: AppContext, user: StaffMember, complaint_reference: str,
                         ) -> IncidentStart:
    """A complaint that turned abusive: the incident will be linked to it both ways."""
    if not v.clean_text(complaint_reference):
        raise NotFound(phrase("Save the complaint first, then report the abusive behaviour "
                              "from it."))
    return start_incident(ctx, user, complaint_reference=complaint_reference)


def resume_draft(ctx: AppContext, user: StaffMember, draft_id: int) -> IncidentStart:
    draft = next((d for d in pending_drafts(ctx, user) if d.id == draft_id), None)
    if draft is None:
        raise NotFound(phrase("That unfinished report is no longer there."))
    start = start_incident(ctx, user)
    start.answers = dict(draft.answers)
    start.draft_id = draft.id
    start.opened_at = draft.started_at
    return start


def record_incident(ctx: AppContext, user: StaffMember, answers: dict[str, Any], *,
                    level: Level = Level.ESSENTIALS, draft_id: int | None = None) -> Incident:
    """Check the answers again, give the record its reference and commit before returning."""
    with ctx.saving() as uow:
        store = _store(uow)
        incident = build_incident(answers, _form_context(ctx, uow), store_code=store.code,
                                  reported_by=user.id, level=level,
                                  jurisdiction=store.jurisdiction.value)
        sequence = uow.sequences.next("incident", store.code, incident.recorded_at.year)
        incident.reference = incident_reference(store.code, incident.recorded_at.year, sequence)
        uow.incidents.add(incident)
        if draft_id is not None:
            uow.drafts.delete(draft_id)
        record(ctx, uow, user, AuditAction.CREATE, RecordType.INCIDENT, incident.reference)
        uow.commit()
        saved = uow.incidents.get(incident.reference)
    assert saved is not None
    return saved


def complete_incident(ctx: AppContext, user: StaffMember, reference: str,
                      answers: dict[str, Any]) -> Incident:
    """Fill in what the first report left blank; the history says who added what, and when."""
    reference = reference.strip().upper()
    with ctx.saving() as uow:
        original = _get_for(uow, user, reference)
        done = completion(original, answers, _form_context(ctx, uow))
        if not done.empty:
            uow.incidents.fill_in(reference, done.changes, done.people)
            uow.incidents.append_update(reference, IncidentUpdate(
                at=ctx.clock.now(), staff_id=user.id, kind=UpdateKind.DETAILS_ADDED,
                text=describe_changes(done, FIELD_LABELS)))
            record(ctx, uow, user, AuditAction.AMEND, RecordType.INCIDENT, reference)
            uow.commit()
        saved = uow.incidents.get(reference)
    assert saved is not None
    return saved


def form_answers(incident: Incident) -> dict[str, Any]:
    """A saved report's answers, for the form in 'complete it' mode."""
    return answers_from_incident(incident)


def missing_items(incident: Incident) -> dict[str, str]:
    return missing_for_complete(incident)


# ---- drafts: nothing typed is lost --------------------------------------------------------
@dataclass(frozen=True)
class IncidentDraft:
    id: int
    started_at: datetime
    updated_at: datetime
    answers: dict[str, Any]


def save_draft(ctx: AppContext, user: StaffMember, answers: dict[str, Any], *,
               draft_id: int | None, started_at: datetime) -> int:
    with ctx.uow() as uow:
        draft_id = uow.drafts.save(draft_id, kind=DRAFT_KIND, staff_id=user.id,
                                   started_at=started_at, now=ctx.clock.now(), payload=answers)
        uow.commit()
    return draft_id


def pending_drafts(ctx: AppContext, user: StaffMember) -> list[IncidentDraft]:
    """This person's unfinished reports (a draft is as private as the report)."""
    with ctx.uow() as uow:
        rows = uow.drafts.pending()
    return [IncidentDraft(id=i, started_at=started, updated_at=updated, answers=payload)
            for i, kind, staff_id, started, updated, payload in rows
            if kind == DRAFT_KIND and staff_id == user.id]


def discard_draft(ctx: AppContext, user: StaffMember, draft_id: int) -> None:
    if not any(d.id == draft_id for d in pending_drafts(ctx, user)):
        raise NotFound(phrase("That unfinished report is no longer there."))
    with ctx.uow() as uow:
        uow.drafts.delete(draft_id)
        uow.commit()


# ---- reading, with the restriction ------------------------------------------------------
def _get_for(uow, user: StaffMember, reference: str) -> Incident:  # noqa: ANN001
    incident = uow.incidents.get(reference)
    if incident is None:
        raise NotFound(phrase("No incident with reference {reference}.", reference=reference))
    if not can_open(user, incident):
        raise PermissionDenied(RESTRICTED)
    return incident


def get_incident(ctx: AppContext, user: StaffMember, reference: str) -> Incident:
    with ctx.uow() as uow:
        incident = _get_for(uow, user, reference.strip().upper())
        record(ctx, uow, user, AuditAction.VIEW, RecordType.INCIDENT, incident.reference)
        uow.commit()
    return incident


@dataclass(frozen=True)
class IncidentSummary:
    """One line of a list. `restricted` lines carry only the date."""

    occurred_at: datetime
    restricted: bool
    reference: str = ""
    status: IncidentStatus = IncidentStatus.OPEN
    location: str = ""
    behaviours: tuple[str, ...] = ()
    complaint_reference: str = ""

    @property
    def behaviour_labels(self) -> tuple[str, ...]:
        return tuple(BehaviourKind(b).label for b in self.behaviours)

    @property
    def headline(self) -> str:
        when = self.occurred_at.strftime("%d %b %Y").lstrip("0")
        if self.restricted:
            return f"An incident on {when}"
        kinds = ", ".join(self.behaviour_labels) or "Incident"
        return f"{self.reference} · {when} · {kinds}"


def _summary(user: StaffMember, header: IncidentHeader) -> IncidentSummary:
    """A list row: the whole header when the matrix lets this person list it, otherwise
    only that something happened that day."""
    if not allowed(user, Subject.INCIDENT, Action.LIST, involved=header.involves(user.id)):
        return IncidentSummary(occurred_at=header.occurred_at.replace(hour=0, minute=0),
                               restricted=True)
    return IncidentSummary(occurred_at=header.occurred_at, restricted=False,
                           reference=header.reference, status=header.status,
                           location=header.location, behaviours=header.behaviours,
                           complaint_reference=header.complaint_reference)


def list_incidents_for(ctx: AppContext, user: StaffMember, *, open_only: bool = False,
                       since: date | None = None) -> list[IncidentSummary]:
    with ctx.uow() as uow:
        headers = uow.incidents.headers(open_only=open_only, since=since)
    return [_summary(user, h) for h in headers]


def incidents_for_complaint(ctx: AppContext, user: StaffMember, complaint_reference: str,
                            ) -> list[IncidentSummary]:
    """The complaint -> incident direction of the link, restricted like any list."""
    reference = v.clean_text(complaint_reference).upper()
    with ctx.uow() as uow:
        if uow.complaints.get(reference) is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
        headers = uow.incidents.headers(complaint_reference=reference)
    return [_summary(user, h) for h in headers]


# ---- a manager's follow-up ---------------------------------------------------------------
def _require_manager(user: StaffMember) -> None:
    if not is_manager(user):
        raise PermissionDenied(MANAGERS_ONLY)


def add_update(ctx: AppContext, user: StaffMember, reference: str, kind: UpdateKind | str,
               text: str, *, crime_reference: str = "", close: bool = False) -> Incident:
    """Append a follow-up entry with who and when. A police follow-up may bring the crime
    reference number: it is filled in if the report had none (never overwritten)."""
    _require_manager(user)
    reference = reference.strip().upper()
    try:
        kind = UpdateKind(kind)
    except ValueError:
        raise ValidationFailed({"kind": phrase("Choose what the update is about.")}) from None
    errors: dict[str, str] = {}
    if kind is UpdateKind.DETAILS_ADDED:
        errors["kind"] = phrase("Choose what the update is about.")
    body = crime = ""
    checking = Checking(today=ctx.clock.now().date())
    try:
        body = check(UPDATE["text"], text, checking)
    except FieldError as error:
        errors["text"] = error.message
    try:
        crime = check(INCIDENT["crime_reference"], crime_reference, checking)
    except FieldError as error:
        errors["crime_reference"] = error.message
    if errors:
        raise ValidationFailed(errors)
    with ctx.saving() as uow:
        incident = _get_for(uow, user, reference)
        if crime:
            if incident.crime_reference and incident.crime_reference != crime:
                raise ValidationFailed({"crime_reference": (
                    phrase("The crime reference is already recorded as {crime_reference}.",
                           crime_reference=incident.crime_reference))})
            if not incident.crime_reference:
                uow.incidents.fill_in(reference, {"crime_reference": crime})
                body = f"{body}\nCrime reference: {crime}"
        if kind is UpdateKind.WELFARE_CHECK and not incident.welfare_done:
            uow.incidents.fill_in(reference, {"welfare_done": True})
        uow.incidents.append_update(reference, IncidentUpdate(
            at=ctx.clock.now(), staff_id=user.id, kind=kind.value, text=body))
        if close:
            uow.incidents.set_status(reference, IncidentStatus.CLOSED)
        record(ctx, uow, user, AuditAction.AMEND, RecordType.INCIDENT, reference)
        uow.commit()
        saved = uow.incidents.get(reference)
    assert saved is not None
    return saved


def add_disclosure(ctx: AppContext, user: StaffMember, reference: str, *,
                   disclosed_on: date | None, recipient: str, organisation: str, reason: str,
                   what: str = "cctv") -> Incident:
    """Log a disclosure of CCTV or the record: date, to whom, which organisation, why."""
    _require_manager(user)
    reference = reference.strip().upper()
    today = ctx.clock.now().date()
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    checking = Checking(today=today)
    typed = {"disclosed_on": disclosed_on, "recipient": recipient, "organisation": organisation,
             "reason": reason, "what": what}
    for key, raw in typed.items():
        try:
            values[key] = check(DISCLOSURE[key], raw, checking)
        except FieldError as error:
            errors[key] = error.message
    if errors:
        raise ValidationFailed(errors)
    with ctx.saving() as uow:
        incident = _get_for(uow, user, reference)
        if values["disclosed_on"] < incident.occurred_at.date():
            raise ValidationFailed({"disclosed_on": phrase("The date disclosed is before the "
                                                           "incident.")})
        uow.incidents.add_disclosure(reference, Disclosure(recorded_by=user.id, **values))
        record(ctx, uow, user, AuditAction.AMEND, RecordType.INCIDENT, reference)
        uow.commit()
        saved = uow.incidents.get(reference)
    assert saved is not None
    return saved


@dataclass(frozen=True)
class OutstandingItem:
    reference: str
    occurred_at: datetime
    location: str
    behaviours: tuple[str, ...]
    actions: tuple[OutstandingAction, ...] = field(default_factory=tuple)


def outstanding_for(incident: Incident) -> tuple[OutstandingAction, ...]:
    """For an incident the caller has already been allowed to open."""
    if incident.status is IncidentStatus.CLOSED:
        return ()
    return outstanding_actions(incident)


def outstanding(ctx: AppContext, user: StaffMember) -> list[OutstandingItem]:
    """Open incidents with something still to do, oldest first (a manager's screen)."""
    _require_manager(user)
    with ctx.uow() as uow:
        incidents = uow.incidents.open_incidents()
    items = [OutstandingItem(reference=i.reference, occurred_at=i.occurred_at,
                             location=i.location, behaviours=i.behaviours,
                             actions=outstanding_actions(i)) for i in incidents]
    return [item for item in items if item.actions]


# ---- guidance for the form -----------------------------------------------------------------
@dataclass(frozen=True)
class Guidance:
    riddor: RiddorStatus
    riddor_text: str
    notes: tuple[LegalNote, ...]
    disclaimer: str
    checked: str = ""


def guidance(jurisdiction: Jurisdiction, answers: dict[str, Any]) -> Guidance:
    """RIDDOR and the law notes for what the form says so far (recomputed as it changes)."""
    days = answers.get("days_off_work")
    days = int(days) if isinstance(days, int) or (isinstance(days, str) and days.isdigit()) \
        else None
    try:
        occurred = datetime.fromisoformat(str(answers.get("occurred_at"))).date()
    except ValueError:
        occurred = None
    behaviours = tuple(answers.get("behaviours") or ())
    found = riddor(days, physical=is_physical(behaviours),
                   injuries=tuple(answers.get("specified_injuries") or ()),
                   public_to_hospital=bool(answers.get("public_to_hospital")),
                   jurisdiction=jurisdiction, occurred=occurred)
    notes = legal_context(jurisdiction, behaviours, answers.get("trigger") or None, occurred)
    # the form speaks up only when there is something to do, or a reason it is not RIDDOR
    quiet = found.status is RiddorStatus.NOT_APPLICABLE and found.text != NOT_PHYSICAL
    return Guidance(riddor=found.status, riddor_text="" if quiet else found.text,
                    notes=tuple(notes), disclaimer=disclaimer(), checked=checked_line())
