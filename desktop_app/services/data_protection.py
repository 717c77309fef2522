"""Data protection for the manager: retention periods and the sweep, subject access, erasure.

Anonymising keeps the record for the statistics and removes the personal fields the domain
names (domain/personal_data.py). Afterwards the search index is merged and the WAL emptied
so that the removed words do not stay in the database file or beside it (secure_delete is
on for every connection). Automatic backups made earlier still hold the old text until
they are rotated out (30 days by default).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date

from desktop_app import __version__
from desktop_app.domain import exchange_format as fmt
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.incident import Incident
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.personal_data import (PersonQuery, RequestKind, RetentionPolicy,
                                              access_deadline, erasure_errors)
from desktop_app.domain.phrase import listed, phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.translation import words_in
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.services.language import language_for
from desktop_app.services.reporting import report_header

RETENTION_KEY = "retention"
SWEEP_CODE = "RETENTION"      # the audit trail's "who" for the automatic sweep


# ---- retention ---------------------------------------------------------------------------
def retention_of(uow) -> RetentionPolicy:  # noqa: ANN001 - any unit of work
    return RetentionPolicy(**(uow.store.setting(RETENTION_KEY, {}) or {}))


def retention_policy(ctx: AppContext) -> RetentionPolicy:
    with ctx.uow() as uow:
        return retention_of(uow)


def set_retention(ctx: AppContext, user: StaffMember, policy: RetentionPolicy) -> None:
    require(user, Subject.SETTINGS, Action.AMEND)
    policy.validate()
    with ctx.uow() as uow:
        uow.store.set_setting(RETENTION_KEY, asdict(policy))
        audit.record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS,
                     RETENTION_KEY)
        uow.commit()


@dataclass(frozen=True)
class SweepResult:
    complaints: tuple[str, ...] = ()
    incidents: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.complaints) + len(self.incidents)


#: Records anonymised per transaction: each batch holds the one writer for about a tenth of
#: a second, so a save or a sign-in waiting behind it waits no longer than that.
SWEEP_BATCH = 100
#: Between batches the sweep lets go of the writer for this long, so that whoever is
#: waiting for it (the pool does not queue fairly) gets it first.
SWEEP_PAUSE_S = 0.02


def retention_sweep(ctx: AppContext, user: StaffMember | None = None, *,
                    batch: int = SWEEP_BATCH,
                    on_batch: Callable[[int], None] | None = None,
                    stop: threading.Event | None = None) -> SweepResult:
    """Anonymise every record past its retention period. Run in the background at start-up
    (user None) and by a manager on demand; each record anonymised writes one audit entry.

    Any number of records: they go in batches of `batch`, each committed on its own, so a
    sweep interrupted (the program closed, the power cut) keeps what it did and the next one
    carries on where it stopped. `on_batch(done so far)` is told after each commit; `stop`,
    once set, ends the sweep after the batch in hand (the program is closing)."""
    if user is not None:
        require(user, Subject.SETTINGS, Action.AMEND)
    now = ctx.clock.now()
    policy = retention_policy(ctx)
    found: dict[RecordType, list[str]] = {RecordType.COMPLAINT: [], RecordType.INCIDENT: []}
    cutoffs = ((RecordType.COMPLAINT, policy.complaint_cutoff(now)),
               (RecordType.INCIDENT, policy.incident_cutoff(now)))
    for kind, cutoff in cutoffs:
        after = 0
        while stop is None or not stop.is_set():
            with ctx.saving() as uow:
                due = uow.personal_data.past_retention(kind.value, cutoff, after=after,
                                                       limit=batch)
                if not due:
                    break
                references = [reference for _id, reference in due]
                _anonymise_batch(ctx, uow, user, kind, references, AuditAction.ANONYMISE)
                uow.commit()
            found[kind] += references
            after = due[-1][0]
            if on_batch is not None:
                on_batch(sum(map(len, found.values())))
            time.sleep(SWEEP_PAUSE_S)
    result = SweepResult(tuple(found[RecordType.COMPLAINT]), tuple(found[RecordType.INCIDENT]))
    if result.count:
        purge_search_index(ctx)
        _forget_old_pages(ctx)
    return result


def _anonymise_batch(ctx: AppContext, uow, user: StaffMember | None,  # noqa: ANN001
                     kind: RecordType, references: list[str], action: AuditAction) -> None:
    now = ctx.clock.now()
    anonymise = (uow.personal_data.anonymise_complaint if kind is RecordType.COMPLAINT
                 else uow.personal_data.anonymise_incident)
    for reference in references:
        if anonymise(reference, now):
            audit.record(ctx, uow, user, action, kind, reference, staff_code=SWEEP_CODE)


def purge_search_index(ctx: AppContext) -> None:
    """Merge the search index until the removed words have left its pages, a few hundred
    pages per transaction so that the writer is never held for long."""
    while True:
        with ctx.uow() as uow:
            more = uow.personal_data.merge_search_index()
            uow.commit()
        if not more:
            return
        time.sleep(SWEEP_PAUSE_S)


def _forget_old_pages(ctx: AppContext) -> None:
    from desktop_app.storage.personal_data_repository import checkpoint

    checkpoint(ctx.db.writer)


# ---- finding a person ----------------------------------------------------------------------
@dataclass
class PersonRecords:
    query: PersonQuery
    complaints: list[Complaint] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    @property
    def references(self) -> list[str]:
        return [c.reference for c in self.complaints] + [i.reference for i in self.incidents]


def _require_data_protection(user: StaffMember) -> None:
    """Searching across every record about a person is the manager's (export rights)."""
    require(user, Subject.COMPLAINT, Action.EXPORT)
    require(user, Subject.INCIDENT, Action.EXPORT)


def find_person(ctx: AppContext, user: StaffMember, query: PersonQuery) -> PersonRecords:
    """Every complaint and incident about a person (by name, phone, email or reference),
    with incidents linked to their complaints."""
    _require_data_protection(user)
    query = query.cleaned()
    with ctx.uow() as uow:
        return _records_about(uow, query)


def _records_about(uow, query: PersonQuery) -> PersonRecords:  # noqa: ANN001
    complaint_refs, incident_refs = uow.personal_data.find_person(query)
    return PersonRecords(query, [uow.complaints.get(r) for r in complaint_refs],
                         [uow.incidents.get(r) for r in incident_refs])


# ---- subject access ----------------------------------------------------------------------
@dataclass(frozen=True)
class SubjectAccessPack:
    pdf: bytes
    json: bytes
    received_on: date
    due_on: date
    references: tuple[str, ...]
    filename_stem: str


def _received_errors(ctx: AppContext, received_on: date | None) -> dict[str, str]:
    if received_on is None:
        return {"received_on": "Give the date the request was received."}
    if received_on > ctx.clock.now().date():
        return {"received_on": "The date received cannot be in the future."}
    return {}


#: how a subject access request found its person, as the pack's cover says
_SEARCHED_BY = {"name": phrase("name"), "phone": phrase("phone"),
                "email": phrase("email"), "reference": phrase("reference")}


def subject_access(ctx: AppContext, user: StaffMember, query: PersonQuery,
                   received_on: date | None) -> SubjectAccessPack:
    """One PDF and one JSON file of every record about the person, logged as a request with
    its one-month deadline, and audited once."""
    from desktop_app.reports.subject_access_report import AccessRequest, subject_access_pdf

    _require_data_protection(user)
    errors = _received_errors(ctx, received_on)
    try:
        query = query.cleaned()
    except ValidationFailed as failed:
        errors |= failed.errors
    if errors:
        raise ValidationFailed(errors)
    due_on = access_deadline(received_on)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        found = _records_about(uow, query)
        request_id = uow.personal_data.add_request(
            kind=RequestKind.ACCESS, received_on=received_on, due_on=due_on,
            handled_by=user.id, handled_at=now, note="", references=found.references)
        reference = f"SAR-{request_id}"
        asked_for = listed([_SEARCHED_BY[name] for name in ("name", "phone", "email",
                                                             "reference")
                            if getattr(query, name)], ", ")
        header = report_header(uow, reference, phrase("Subject access request"), now,
                               confidential=True, words=words_in(language_for(ctx, user)))
        labels = {c.id: c.label for c in ctx.catalogue.categories}
        for complaint in found.complaints:
            complaint.reviews = []    # feedback to a member of staff is theirs, not the customer's
        pdf = subject_access_pdf(
            header, AccessRequest(received_on, due_on, asked_for),
            [(c, labels.get(c.category, c.category)) for c in found.complaints],
            found.incidents)
        codes = {member.id: member.code for member in uow.staff.everyone()}
        store = uow.store.get()
        document = {
            "schema_version": fmt.SCHEMA_VERSION,
            "program": f"Till Complaint Logger {__version__}",
            "request": {"reference": reference, "kind": "subject access",
                        "received_on": received_on.isoformat(), "due_on": due_on.isoformat(),
                        "produced_at": now.isoformat(), "searched_by": asked_for},
            "store": {"name": store.name, "code": store.code},
            "complaints": [fmt.complaint_record(c, codes) for c in found.complaints],
            "incidents": [fmt.incident_record(i, codes) for i in found.incidents],
        }
        audit.record(ctx, uow, user, AuditAction.SUBJECT_ACCESS, RecordType.REPORT, reference)
        uow.commit()
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return SubjectAccessPack(pdf, data, received_on, due_on, tuple(found.references),
                             f"subject-access-{request_id}-{now:%Y%m%d}")


# ---- erasure -------------------------------------------------------------------------------
def erase_personal_data(ctx: AppContext, user: StaffMember, *, complaints: list[str],
                        incidents: list[str], reason: str, received_on: date | None,
                        ) -> list[str]:
    """Remove the personal details of the chosen records at the person's request; the
    records stay, anonymised, for the statistics. The reason is kept in the request log and
    each record erased writes one audit entry."""
    if complaints:
        require(user, Subject.COMPLAINT, Action.ERASE)
    if incidents:
        require(user, Subject.INCIDENT, Action.ERASE)
    complaints = [r.strip().upper() for r in complaints]
    incidents = [r.strip().upper() for r in incidents]
    errors = erasure_errors(reason, complaints + incidents) | _received_errors(ctx, received_on)
    if errors:
        raise ValidationFailed(errors)
    with ctx.saving() as uow:
        for reference in complaints:
            if uow.complaints.get(reference) is None:
                raise NotFound(phrase("No complaint with reference {reference}.",
                                      reference=reference))
        for reference in incidents:
            if uow.incidents.get(reference) is None:
                raise NotFound(phrase("No incident with reference {reference}.",
                                      reference=reference))
        _anonymise_batch(ctx, uow, user, RecordType.COMPLAINT, complaints, AuditAction.ERASE)
        _anonymise_batch(ctx, uow, user, RecordType.INCIDENT, incidents, AuditAction.ERASE)
        uow.personal_data.add_request(
            kind=RequestKind.ERASURE, received_on=received_on, due_on=access_deadline(received_on),
            handled_by=user.id, handled_at=ctx.clock.now(), note=reason.strip(),
            references=complaints + incidents)
        uow.commit()
    purge_search_index(ctx)
    _forget_old_pages(ctx)
    return complaints + incidents
