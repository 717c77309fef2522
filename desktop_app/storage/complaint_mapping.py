"""Between the domain's Complaint and its rows: the only place that knows both shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from desktop_app.domain.complaint import (Approval, ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status)
from desktop_app.domain.record_filter import ListedComplaint
from desktop_app.storage.orm import ComplaintRow

# Columns that hold the same value under the same name in both shapes.
_SAME = (
    "reference", "store_code", "model_id", "staff_id", "opened_at", "saved_at",
    "customer_account", "paraphrase", "customer_feelings", "desired_outcome", "implicit_needs",
    "product", "supply_type", "purchase_date", "delivery_date", "receipt_number", "amount_pence",
    "channel", "repair_already_tried", "how_bought", "reported_on", "fault_appeared_on",
    "installed_on", "repair_requested_on", "repair_returned_on", "category", "root_cause",
    "apology_given", "empathy_statement", "chosen_option", "justification",
    "reasonable_adjustments", "legal_hint", "legal_rules", "law_table_version",
    "customer_agrees", "customer_name", "thanked", "follow_up_needed", "follow_up_due",
    "follow_up_method", "satisfaction", "contact_consent", "contact_phone", "contact_email",
    "improvement_suggestion", "closed_at", "closure_note", "customer_challenging",
    "de_escalation_words", "further_assistance_offered", "reflection_went_well",
    "reflection_differently", "customer_language",
)


COMPLAINT_COLUMNS = (*_SAME, "status", "five_whys", "goods_facts", "de_escalation",
                     "first_contact_resolution",
                     "escalated_to",
                     "escalation_reason", "escalated_at", "escalation_triggers", "approved_by",
                     "approved_at", "anonymised_at")


def to_values(complaint: Complaint) -> tuple[dict, list[dict], list[dict], bytes | None]:
    """Plain column values for a fast Core insert: complaint, options, answers, signature."""
    values = {name: getattr(complaint, name) for name in _SAME}
    escalation, approval = complaint.escalation, complaint.approval
    values.update(
        status=complaint.status.value,
        five_whys=json.dumps(list(complaint.five_whys), ensure_ascii=False),
        goods_facts=",".join(complaint.goods_facts),
        de_escalation=",".join(complaint.de_escalation),
        first_contact_resolution=complaint.resolved_at_first_contact,
        escalated_to=escalation.to if escalation else "",
        escalation_reason=escalation.reason if escalation else "",
        escalated_at=escalation.at if escalation else None,
        escalation_triggers=",".join(escalation.triggers) if escalation else "",
        approved_by=approval.approver_id if approval else None,
        approved_at=approval.at if approval else None,
        anonymised_at=complaint.anonymised_at,
    )
    options = [dict(position=i, description=o.description, cost_pence=o.cost_pence, time=o.time,
                    impact=o.impact, remedy_code=o.remedy_code)
               for i, o in enumerate(complaint.options)]
    answers = [dict(position=i, question=a.question, answer=a.answer)
               for i, a in enumerate(complaint.clarifying_answers)]
    return values, options, answers, complaint.signature_png


def _scalars(get: Callable[[str], Any], *, staff_name: str = "",
             approver_name: str = "") -> Complaint:
    """Everything but options, answers and signature, from any getter of column values."""
    complaint = Complaint(**{name: get(name) for name in _SAME})
    complaint.id = get("id")
    complaint.status = Status(get("status"))
    complaint.anonymised_at = get("anonymised_at")
    complaint.staff_name = staff_name
    complaint.five_whys = tuple(json.loads(get("five_whys") or "[]"))
    complaint.goods_facts = tuple(f for f in (get("goods_facts") or "").split(",") if f)
    complaint.de_escalation = tuple(f for f in (get("de_escalation") or "").split(",") if f)
    if get("escalated_at") is not None:
        complaint.escalation = Escalation(
            get("escalated_to"), get("escalation_reason"), get("escalated_at"),
            tuple(t for t in get("escalation_triggers").split(",") if t))
    if get("approved_by") is not None and get("approved_at") is not None:
        complaint.approval = Approval(get("approved_by"), approver_name, get("approved_at"))
    return complaint


def to_domain(row: ComplaintRow, *, staff_name: str = "", approver_name: str = "") -> Complaint:
    complaint = _scalars(lambda name: getattr(row, name), staff_name=staff_name,
                         approver_name=approver_name)
    complaint.options = tuple(SolutionOption(o.description, o.cost_pence, o.time, o.impact,
                                             o.remedy_code) for o in row.options)
    complaint.clarifying_answers = tuple(ClarifyingAnswer(a.question, a.answer)
                                         for a in row.answers)
    complaint.signature_png = row.signature.png if row.signature else None
    return complaint


def to_listed(row: Any, *, staff_name: str = "") -> ListedComplaint:
    """One line of a list from a row holding the complaint's listed columns."""
    return ListedComplaint(id=row.id, reference=row.reference, saved_at=row.saved_at,
                           category=row.category, status=Status(row.status),
                           staff_name=staff_name, model_id=row.model_id,
                           follow_up_due=row.follow_up_due, closed_at=row.closed_at)
