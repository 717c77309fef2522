"""A subject access pack: every record about one person in one PDF, with the request's dates.

The cover says when the request came in, when the answer is due and which records are
inside; each record follows in full, laid out as its own report. It is marked confidential:
incident records hold other people's details that the manager must check before sending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import PageBreak

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.complaint_sections import long_date
from desktop_app.domain.incident import Incident
from desktop_app.domain.phrase import phrase
from desktop_app.reports.base import ReportHeader, build_pdf, heading, para, rows_table, styles
from desktop_app.reports.complaint_report import complaint_story
from desktop_app.reports.incident_report import incident_story

THIRD_PARTY_NOTE = phrase(
    "Before sending: this pack holds every record found. Records of abusive behaviour and "
    "complaint notes can name other people (staff, witnesses). Check each page and redact "
    "other people's personal details unless they agreed or it is reasonable to disclose "
    "them (ICO guidance on subject access and third-party data).")


@dataclass(frozen=True)
class AccessRequest:
    received_on: date
    due_on: date
    asked_for: str        # how the person was identified, e.g. "name, email"


def subject_access_pdf(header: ReportHeader, request: AccessRequest,
                       complaints: list[tuple[Complaint, str]],
                       incidents: list[Incident]) -> bytes:
    """`complaints` pairs each complaint with its category's label."""
    st = styles()
    t = header.words
    none = t(phrase("None"))
    story: list = rows_table([(t(label), value) for label, value in (
        (phrase("Request received"), t(long_date(request.received_on))),
        (phrase("Answer due by"), t(long_date(request.due_on))),
        (phrase("Searched by"), t(request.asked_for)),
        (phrase("Complaints found"), ", ".join(c.reference for c, _ in complaints) or none),
        (phrase("Incident records found"), ", ".join(i.reference for i in incidents) or none),
    )])
    story.append(para(t(THIRD_PARTY_NOTE), st["small"]))
    for complaint, category_label in complaints:
        story += [PageBreak(), heading(t(phrase("Complaint {reference}",
                                                reference=complaint.reference)))]
        story += complaint_story(complaint, category_label, customer_copy=False, t=t)
    for incident in incidents:
        story += [PageBreak(), heading(t(phrase("Abusive-behaviour incident {reference}",
                                                reference=incident.reference)))]
        story += incident_story(incident, t)
    return build_pdf(header, story)
