"""A saved complaint laid out as the complaint cycle, for the screen and for printed reports.

DOMAIN.md's cycle: identify, diagnose, apologise, solve, escalate, agree, thank and follow
up. One layout, used by the complaint view and the PDF builders, so that what the manager
reads on screen and what head office reads on paper say the same thing.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.aftercare import Decision, FollowUp, NextStep
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.record_fields import CHANNELS, FOLLOW_UP_METHODS, SUPPLY_TYPES
from desktop_app.domain.validation import format_pence

_CHANNEL = dict(CHANNELS)
_SUPPLY = dict(SUPPLY_TYPES)
_METHOD = dict(FOLLOW_UP_METHODS)


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...]


def long_date(value: date | datetime | None) -> str:
    if value is None:
        return "Not known"
    text = f"{value.day} {calendar.month_name[value.month]} {value.year}"
    if isinstance(value, datetime):
        text += f", {value:%H:%M}"
    return text


def yes_no(value: bool | None) -> str:
    return "Not recorded" if value is None else ("Yes" if value else "No")


def handling_time(complaint: Complaint) -> str:
    minutes, seconds = divmod(int(complaint.handling_seconds), 60)
    return f"{minutes} min {seconds:02d} s"


def _rows(*pairs: tuple[str, str], keep_empty: bool = False) -> tuple[tuple[str, str], ...]:
    return tuple((label, value) for label, value in pairs if keep_empty or value)


def complaint_sections(complaint: Complaint, *, category_label: str = "",
                       customer_copy: bool = False) -> list[Section]:
    """The record in the order of the cycle. A customer copy leaves out internal notes
    (root cause, improvement suggestions, escalation reasons) and staff details."""
    c = complaint
    sections = [Section("The complaint", _rows(
        ("Reference", c.reference), ("Status", c.status.label),
        ("Opened", long_date(c.opened_at)), ("Saved", long_date(c.saved_at)),
        ("Handling time", "" if customer_copy else handling_time(c)),
        ("Handled by", "" if customer_copy else c.staff_name),
        ("Model", "" if customer_copy else c.model_id.upper().replace("_", " ")),
        ("Personal details removed", long_date(c.anonymised_at) if c.anonymised_at else ""),
    ))]
    sections.append(Section("Identify: what the customer told us", _rows(
        ("In the customer's words", c.customer_account),
        ("What we said back", c.paraphrase),
        ("How the customer feels", c.customer_feelings),
        ("What the customer wants", c.desired_outcome),
        ("Needs not said outright", "" if customer_copy else c.implicit_needs),
        ("Product or service", c.product),
        ("What was bought", _SUPPLY.get(c.supply_type, c.supply_type)),
        ("Date of purchase", long_date(c.purchase_date) if c.purchase_date else ""),
        ("Date of delivery", long_date(c.delivery_date) if c.delivery_date else ""),
        ("Receipt or order number", c.receipt_number),
        ("Amount", format_pence(c.amount_pence) if c.amount_pence is not None else ""),
        ("Channel", _CHANNEL.get(c.channel, c.channel)),
        ("Repair or replacement already tried", "Yes" if c.repair_already_tried else ""),
        ("Category", category_label or c.category),
    )))
    if c.clarifying_answers:
        sections.append(Section("Questions asked", tuple(
            (a.question, a.answer or "No answer") for a in c.clarifying_answers)))
    if not customer_copy:
        whys = tuple((f"Why? ({n})", why) for n, why in enumerate(c.five_whys, start=1))
        sections.append(Section("Diagnose: the root cause",
                                _rows(("Root cause", c.root_cause)) + whys))
    sections.append(Section("Apologise", _rows(
        ("Apology given", yes_no(c.apology_given)),
        ("What we said", c.empathy_statement))))
    chosen = c.chosen
    sections.append(Section("Solve", _rows(
        ("Resolution offered", chosen.description if chosen else ""),
        ("Why this resolution", "" if customer_copy else c.justification),
        ("Reasonable adjustments", c.reasonable_adjustments),
        ("Approved by", "" if customer_copy or not c.approval else
         f"{c.approval.approver_name}, {long_date(c.approval.at)}"),
    )))
    if c.escalation:
        sections.append(Section("Escalated", _rows(
            ("To", c.escalation.to), ("When", long_date(c.escalation.at)),
            ("Why", "" if customer_copy else c.escalation.reason))))
    if c.decisions:
        sections.append(Section("Escalation decisions", tuple(
            (f"{long_date(d.at)}, {d.staff_name}", decision_text(d, customer_copy))
            for d in c.decisions)))
    sections.append(Section("Agreement", _rows(
        ("The customer agrees", yes_no(c.customer_agrees)),
        ("Customer's name", c.customer_name),
        ("Signature", "Signed on screen" if c.signature_png else ""))))
    follow = _rows(
        ("Thanked", yes_no(c.thanked)),
        ("Follow-up needed", yes_no(c.follow_up_needed)),
        ("Follow-up due", long_date(c.follow_up_due) if c.follow_up_due else ""),
        ("Follow-up by", _METHOD.get(c.follow_up_method, c.follow_up_method)),
        ("Satisfaction (1 to 5)", str(c.satisfaction) if c.satisfaction else ""),
        ("Improvement suggested", "" if customer_copy else c.improvement_suggestion),
        ("Closed", long_date(c.closed_at) if c.closed_at else ""),
        ("How it was closed", c.closure_note),
    )
    sections.append(Section("Thank you and follow-up", follow))
    if c.follow_ups:
        sections.append(Section("Follow-up contacts", tuple(
            (f"{long_date(f.contacted_on)}, {f.method_label.lower()}"
             + ("" if customer_copy else f", {f.staff_name}"), contact_text(f))
            for f in c.follow_ups)))
    if c.contact_phone or c.contact_email or c.contact_consent:
        sections.append(Section("Contact", _rows(
            ("Consent to be contacted", yes_no(c.contact_consent)),
            ("Phone", c.contact_phone), ("Email", c.contact_email))))
    if c.amendments and not customer_copy:
        sections.append(Section("Amendments", tuple(
            (f"{long_date(a.at)}, {a.staff_name}",
             f"{a.label}: \u201c{a.old_value}\u201d changed to \u201c{a.new_value}\u201d. "
             f"Why: {a.reason}")
            for a in c.amendments)))
    return [s for s in sections if s.rows]


def decision_text(decision: Decision, customer_copy: bool = False) -> str:
    text = f"Decided: {decision.decision}"
    if decision.reason and not customer_copy:
        text += f"\nWhy: {decision.reason}"
    if decision.outcome is NextStep.TELL_CUSTOMER and decision.follow_up_due:
        text += f"\nThe customer is to be told by {long_date(decision.follow_up_due)}."
    elif decision.outcome is NextStep.REFERRED:
        text += "\nReferred further up; still escalated."
    return text


def contact_text(contact: FollowUp) -> str:
    parts = [contact.outcome] if contact.outcome else []
    if contact.customer_words:
        parts.append(f"The customer said: \u201c{contact.customer_words}\u201d")
    if contact.confirmed_resolved:
        parts.append("The customer confirmed it is resolved.")
    elif contact.next_due:
        parts.append(f"Next contact due {long_date(contact.next_due)}.")
    return "\n".join(parts)


def option_rows(complaint: Complaint) -> list[tuple[str, str, str, str, str]]:
    """The options table: number, option, cost, time, impact (the chosen one marked)."""
    rows = []
    for number, option in enumerate(complaint.options, start=1):
        mark = " (chosen)" if complaint.chosen is option else ""
        rows.append((f"{number}{mark}", option.description,
                     format_pence(option.cost_pence) if option.cost_pence is not None else "",
                     option.time, option.impact))
    return rows
