"""Between the domain's Complaint and its rows: the only place that knows both shapes."""

from __future__ import annotations

import json

from desktop_app.domain.complaint import (Approval, ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status)
from desktop_app.storage.orm import ClarifyingAnswerRow, ComplaintRow, OptionRow, SignatureRow

# Columns that hold the same value under the same name in both shapes.
_SAME = (
    "reference", "store_code", "model_id", "staff_id", "opened_at", "saved_at",
    "customer_account", "paraphrase", "customer_feelings", "desired_outcome", "implicit_needs",
    "product", "supply_type", "purchase_date", "delivery_date", "receipt_number", "amount_pence",
    "channel", "repair_already_tried", "category", "root_cause", "apology_given",
    "empathy_statement", "chosen_option", "justification", "reasonable_adjustments",
    "customer_agrees", "customer_name", "thanked", "follow_up_needed", "follow_up_due",
    "follow_up_method", "satisfaction", "contact_consent", "contact_phone", "contact_email",
    "improvement_suggestion", "closed_at", "closure_note",
)


def to_row(complaint: Complaint) -> ComplaintRow:
    row = ComplaintRow(**{name: getattr(complaint, name) for name in _SAME})
    row.status = complaint.status.value
    row.five_whys = json.dumps(list(complaint.five_whys), ensure_ascii=False)
    row.first_contact_resolution = complaint.resolved_at_first_contact
    if complaint.escalation:
        row.escalated_to = complaint.escalation.to
        row.escalation_reason = complaint.escalation.reason
        row.escalated_at = complaint.escalation.at
        row.escalation_triggers = ",".join(complaint.escalation.triggers)
    if complaint.approval:
        row.approved_by = complaint.approval.approver_id
        row.approved_at = complaint.approval.at
    row.options = [OptionRow(position=i, description=o.description, cost_pence=o.cost_pence,
                             time=o.time, impact=o.impact, remedy_code=o.remedy_code)
                   for i, o in enumerate(complaint.options)]
    row.answers = [ClarifyingAnswerRow(position=i, question=a.question, answer=a.answer)
                   for i, a in enumerate(complaint.clarifying_answers)]
    if complaint.signature_png:
        row.signature = SignatureRow(png=complaint.signature_png)
    return row


def to_domain(row: ComplaintRow, *, staff_name: str = "", approver_name: str = "") -> Complaint:
    complaint = Complaint(**{name: getattr(row, name) for name in _SAME})
    complaint.id = row.id
    complaint.status = Status(row.status)
    complaint.staff_name = staff_name
    complaint.five_whys = tuple(json.loads(row.five_whys or "[]"))
    complaint.options = tuple(SolutionOption(o.description, o.cost_pence, o.time, o.impact,
                                             o.remedy_code) for o in row.options)
    complaint.clarifying_answers = tuple(ClarifyingAnswer(a.question, a.answer)
                                         for a in row.answers)
    if row.escalated_at is not None:
        complaint.escalation = Escalation(
            row.escalated_to, row.escalation_reason, row.escalated_at,
            tuple(t for t in row.escalation_triggers.split(",") if t))
    if row.approved_by is not None and row.approved_at is not None:
        complaint.approval = Approval(row.approved_by, approver_name, row.approved_at)
    complaint.signature_png = row.signature.png if row.signature else None
    return complaint
