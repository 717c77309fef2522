"""Reports as PDF bytes: one complaint (full, customer copy, receipt slip), one incident, and
the period summaries for head office. Permission-checked and audited; reportlab is imported
only when a report is asked for, so start-up stays light."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop_app import __version__
from desktop_app.domain.bilingual import ENGLISH, Wording, wording
from desktop_app.domain.language import language_of
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.complaint_sections import long_date
from desktop_app.domain.errors import DomainError, NotFound
from desktop_app.domain.kpis import summarise_incidents, summary_of
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import listed, phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.translation import ENGLISH_WORDS, Words, words_in
from desktop_app.services import audit, reviews
from desktop_app.services.audit import AuditFilter
from desktop_app.services.context import AppContext
from desktop_app.services.language import language_for
from desktop_app.services.policy import load_policy


class ComplaintReport(StrEnum):
    FULL = "complaint"
    CUSTOMER_COPY = "customer-copy"
    RECEIPT = "receipt"


@dataclass(frozen=True)
class Report:
    pdf: bytes
    filename: str
    title: str


def report_header(uow, subject: str, title: str, now: datetime, *,  # noqa: ANN001
                  confidential: bool = False,
                  words: Words = ENGLISH_WORDS):  # noqa: ANN202 - reports.base.ReportHeader
    """The page frame of a report; `words` is the reader's language."""
    from desktop_app.reports.base import ReportHeader

    store = uow.store.get()
    if store is None:
        raise DomainError(phrase("The store has not been set up yet."))
    return ReportHeader(store_name=store.name, store_code=store.code, subject=subject,
                        title=title, produced_at=now, version=__version__,
                        confidential=confidential, words=words)


def _contact(uow, reference: str, words: Wording = ENGLISH) -> str:  # noqa: ANN001
    store = uow.store.get()
    text = words.phrase("Quote your reference {} at {}, in store or when you call.",
                        reference, store.name)
    contacts = load_policy(uow).escalation_contacts
    if contacts:
        text += "\n" + words.phrase("You can also reach {}: {}.",
                                    contacts[0].role or contacts[0].name,
                                    contacts[0].how_to_reach)
    return text


def complaint_report(ctx: AppContext, user: StaffMember, reference: str,
                     kind: ComplaintReport = ComplaintReport.FULL) -> Report:
    from desktop_app.reports.complaint_report import (complaint_pdf, customer_copy_pdf,
                                                      receipt_pdf)

    reference = reference.strip().upper()
    with ctx.uow() as uow:
        complaint = uow.complaints.get(reference)
        if complaint is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
        require(user, Subject.COMPLAINT, Action.PRINT, involved=complaint.staff_id == user.id)
        complaint = reviews.as_seen_by(user, complaint)
        category = ctx.catalogue.category(complaint.category)
        label = category.label if category else complaint.category
        # the customer's own copies are in their language (Welsh: bilingual, Welsh first)
        words = ENGLISH if kind is ComplaintReport.FULL else wording(
            language_of(complaint.customer_language))
        reader = words_in(language_for(ctx, user))
        titles = {ComplaintReport.FULL: phrase("Complaint {reference}", reference=reference),
                  ComplaintReport.CUSTOMER_COPY: words.phrase("Your complaint {}", reference),
                  ComplaintReport.RECEIPT: words.phrase("Complaint receipt")}
        header = replace(report_header(uow, reference, titles[kind], ctx.clock.now(),
                                       words=reader), wording=words)
        if kind is ComplaintReport.FULL:
            from desktop_app.services.quality import complaint_quality

            pdf = complaint_pdf(header, complaint, category_label=label,
                                checks=complaint_quality(ctx, complaint))
        elif kind is ComplaintReport.CUSTOMER_COPY:
            pdf = customer_copy_pdf(header, complaint, category_label=label,
                                    contact=_contact(uow, reference, words))
        else:
            pdf = receipt_pdf(header, complaint, contact=_contact(uow, reference, words))
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.COMPLAINT, reference)
        uow.commit()
    return Report(pdf, f"{reference}-{kind.value}.pdf", titles[kind])


def incident_report(ctx: AppContext, user: StaffMember, reference: str) -> Report:
    from desktop_app.reports.incident_report import incident_pdf

    reference = reference.strip().upper()
    require(user, Subject.INCIDENT, Action.PRINT)
    with ctx.uow() as uow:
        incident = uow.incidents.get(reference)
        if incident is None:
            raise NotFound(phrase("No incident with reference {reference}.", reference=reference))
        title = phrase("Abusive-behaviour incident {reference}", reference=reference)
        header = report_header(uow, reference, title, ctx.clock.now(), confidential=True,
                               words=words_in(language_for(ctx, user)))
        pdf = incident_pdf(header, incident)
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.INCIDENT, reference)
        uow.commit()
    return Report(pdf, f"{reference}.pdf", title)


def period_text(start: date, end: date) -> str:
    return phrase("{start} to {end}", start=long_date(start), end=long_date(end))


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise DomainError(phrase("The end of the period is before its start."))
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def complaints_summary(ctx: AppContext, user: StaffMember, start: date, end: date) -> Report:
    from desktop_app.reports.summary_report import complaints_summary_pdf

    require(user, Subject.COMPLAINT, Action.EXPORT)
    low, high = period_bounds(start, end)
    with ctx.uow() as uow:
        counts = uow.figures.counts(low, high, ctx.clock.now().date())   # as the dashboard
        summary = summary_of(counts, start, end)
        title = phrase("Complaints summary")
        header = report_header(uow, period_text(start, end), title, ctx.clock.now(),
                               words=words_in(language_for(ctx, user)))
        labels = {c.id: c.label for c in ctx.catalogue.categories}
        pdf = complaints_summary_pdf(header, summary, labels)
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.REPORT,
                     f"complaints {start:%Y%m%d}-{end:%Y%m%d}")
        uow.commit()
    return Report(pdf, f"complaints-summary-{start:%Y%m%d}-{end:%Y%m%d}.pdf", title)


def incidents_summary(ctx: AppContext, user: StaffMember, start: date, end: date) -> Report:
    from desktop_app.reports.summary_report import incidents_summary_pdf

    require(user, Subject.INCIDENT, Action.EXPORT)
    low, high = period_bounds(start, end)
    with ctx.uow() as uow:
        found = uow.incidents.occurred_between(low, high)
        summary = summarise_incidents(found, start, end)
        title = phrase("Abusive behaviour towards staff: summary")
        header = report_header(uow, period_text(start, end), title, ctx.clock.now(),
                               confidential=True, words=words_in(language_for(ctx, user)))
        pdf = incidents_summary_pdf(header, summary)
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.REPORT,
                     f"incidents {start:%Y%m%d}-{end:%Y%m%d}")
        uow.commit()
    return Report(pdf, f"abuse-summary-{start:%Y%m%d}-{end:%Y%m%d}.pdf", title)


def audit_report(ctx: AppContext, user: StaffMember, where: AuditFilter) -> Report:
    """The audit trail as filtered on screen (at most the newest 5,000 entries)."""
    from desktop_app.reports.audit_report import audit_pdf

    require(user, Subject.AUDIT, Action.PRINT)
    with ctx.uow() as uow:
        entries = uow.audit.find(where, limit=5_000)
        parts = [phrase("from {day}", day=long_date(where.start)) if where.start else "",
                 phrase("up to {day}", day=long_date(where.end)) if where.end else "",
                 phrase("staff {code}", code=where.staff_code) if where.staff_code else "",
                 phrase("action {action}", action=where.action) if where.action else "",
                 phrase("record {reference}", reference=where.record_ref)
                 if where.record_ref else ""]
        chosen = listed([p for p in parts if p], ", ")
        shown = (phrase("Entries {chosen}: {count} shown.", chosen=chosen, count=len(entries))
                 if chosen else
                 phrase("Entries of every date: {count} shown.", count=len(entries)))
        title = phrase("Audit trail")
        header = report_header(uow, title, title, ctx.clock.now(),
                               words=words_in(language_for(ctx, user)))
        pdf = audit_pdf(header, entries, shown)
        audit.record(ctx, uow, user, AuditAction.PRINT, RecordType.AUDIT)
        uow.commit()
    return Report(pdf, f"audit-trail-{ctx.clock.now():%Y%m%d-%H%M}.pdf", title)
