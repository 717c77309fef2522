"""A saved complaint laid out as the complaint cycle, for the screen and for printed reports.

DOMAIN.md's cycle: identify, diagnose, apologise, solve, escalate, agree, thank and follow
up. One layout, used by the complaint view and the PDF builders, so that what the manager
reads on screen and what head office reads on paper say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.aftercare import ContactKind, Decision, FollowUp, NextStep
from desktop_app.domain.bilingual import ENGLISH, Wording
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.escalation import Trigger
from desktop_app.domain.phrase import phrase
from desktop_app.domain.review import Review
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.display import long_date, shown, yes_no
from desktop_app.domain.schema.field import Kind
from desktop_app.domain.validation import format_pence

__all__ = ["Section", "complaint_sections", "contact_text", "decision_text", "handling_time",
           "long_date", "option_rows", "review_text", "yes_no"]

#: The cycle's sections and the fields each shows, in order. A key is a field of the
#: schema (its label and customer-copy flag decide the row); "#..." rows are worked out.
LAYOUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The complaint", ("reference", "status", "opened_at", "saved_at", "#handling_time",
                       "staff_name", "model_id", "anonymised_at")),
    ("Identify: what the customer told us", (
        "customer_account", "paraphrase", "customer_feelings", "desired_outcome",
        "implicit_needs", "product", "supply_type", "purchase_date", "delivery_date",
        "receipt_number", "amount", "how_bought", "reported_on", "fault_appeared_on",
        "goods_facts", "installed_on", "repair_already_tried", "repair_requested_on",
        "repair_returned_on", "channel", "customer_language", "category")),
    ("Questions asked", ("clarifying_answers",)),
    ("Diagnose: the root cause", ("root_cause", "five_whys")),
    ("Apologise", ("apology_given", "empathy_statement")),
    ("If the customer was angry", ("customer_challenging", "de_escalation",
                                   "de_escalation_words")),
    ("Solve", ("chosen_option", "justification", "reasonable_adjustments", "approval",
               "legal_hint", "legal_rules", "law_table_version")),
    ("Escalated", ("escalation",)),
    ("Escalation decisions", ("decisions",)),
    ("Agreement", ("customer_agrees", "customer_name", "signature_png")),
    ("Thank you and follow-up", ("thanked", "follow_up_needed", "follow_up_due",
                                 "follow_up_method", "satisfaction", "improvement_suggestion",
                                 "further_assistance_offered", "closed_at", "closure_note")),
    ("Follow-up contacts", ("follow_ups",)),
    ("Contact", ("contact_consent", "contact_phone", "contact_email")),
    ("Looking back", ("reflection_went_well", "reflection_differently")),
    ("Reviews and feedback", ("reviews",)),
    ("Amendments", ("amendments",)),
)
#: Shown even when false: what a reader must see was asked.
_ALWAYS = frozenset({"apology_given", "customer_agrees", "thanked", "follow_up_needed"})


@dataclass(frozen=True)
class Section:
    title: str                              # as printed (bilingual on a Welsh copy)
    rows: tuple[tuple[str, str], ...]
    name: str = ""                          # the layout's own (English) title


def handling_time(complaint: Complaint) -> str:
    minutes, seconds = divmod(int(complaint.handling_seconds), 60)
    return phrase("{minutes} min {seconds:02d} s", minutes=minutes, seconds=seconds)


def _rows(c: Complaint, key: str, customer_copy: bool, category_label: str,
          w: Wording = ENGLISH) -> list[tuple[str, str]]:
    if key == "#handling_time":
        return [] if customer_copy else [(phrase("Handling time"), handling_time(c))]
    f = COMPLAINT[key]
    if customer_copy and not f.customer_copy:
        return []
    value = getattr(c, f.name)
    if key == "model_id":
        return [(f.label, c.model_id.upper().replace("_", " "))]
    if key == "category":
        return [(w.label(f.label), w.value(category_label or c.category))]
    if key == "chosen_option":
        return [(w.label(f.label), c.chosen.description)] if c.chosen else []
    if key == "clarifying_answers":
        return [(a.question, a.answer or w.value("No answer")) for a in value]
    if key == "five_whys":
        return [(phrase("Why? ({number})", number=n), why) for n, why in enumerate(value, start=1)]
    if key == "approval":
        return [(f.label, f"{value.approver_name}, {long_date(value.at)}")] if value else []
    if key == "escalation":
        if value is None:
            return []
        part = f.part
        rows = [(w.label(part["to"].label), value.to),
                (w.label(part["at"].label), w.long_date(value.at))]
        if not customer_copy:
            rows.append((part["reason"].label, value.reason))
            if value.triggers:
                rows.append((part["triggers"].label, "; ".join(
                    _trigger_label(t) for t in value.triggers)))
        return rows
    if key == "decisions":
        return [(w.long_date(d.at) + ("" if customer_copy else f", {d.staff_name}"),
                 _lines(w, decision_text(d, customer_copy))) for d in value]
    if key == "follow_ups":
        return [(_contact_heading(x, w) + ("" if customer_copy else f", {x.staff_name}"),
                 _lines(w, contact_text(x))) for x in value]
    if key == "reviews":
        return [(f"{long_date(r.at)}, {r.staff_name}", review_text(r)) for r in value]
    if key == "amendments":
        return [(f"{long_date(a.at)}, {a.staff_name}",
                 f"{a.label}: \u201c{a.old_value}\u201d changed to \u201c{a.new_value}\u201d. "
                 f"Why: {a.reason}") for a in value]
    if key in ("contact_phone", "contact_email") and not c.contact_consent:
        return []           # never shown without the customer's consent
    if key == "satisfaction" and not value:
        return []
    if key == "repair_already_tried" and not value:
        return []
    text = yes_no(None) if key in _ALWAYS and value is None else shown(f, value)
    if text and not w.english and f.kind not in _TYPED:
        text = (w.long_date(value) if f.kind in _DATES else
                ", ".join(w.value(f.choice_label(x)) for x in value) if f.kind is Kind.CHOICES
                else w.value(text))
    return [(w.label(f.label), text)] if text else []


#: Kinds whose value is what someone typed: printed as typed, in any language.
_TYPED = frozenset({Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.PHONE, Kind.EMAIL, Kind.RECEIPT,
                    Kind.REFERENCE, Kind.TEXT_LIST, Kind.MONEY, Kind.RATING, Kind.COUNT})
_DATES = frozenset({Kind.DATE, Kind.PAST_DATE, Kind.FUTURE_DATE, Kind.DATETIME})


def _lines(w: Wording, text: str) -> str:
    return "\n".join(w.line(line) for line in text.split("\n"))


def _contact_heading(contact: FollowUp, w: Wording) -> str:
    heading = f"{w.long_date(contact.contacted_on)}, {w.value(contact.method_label).lower()}"
    return w.line(f"{heading}, an update while it waited") if contact.kind is ContactKind.UPDATE \
        else heading


def _trigger_label(value: str) -> str:
    try:
        return Trigger(value).label
    except ValueError:
        return value


def complaint_sections(complaint: Complaint, *, category_label: str = "",
                       customer_copy: bool = False, wording: Wording = ENGLISH) -> list[Section]:
    """The record in the order of the cycle. A customer copy leaves out what the schema
    keeps internal (root cause, justification, escalation reasons, staff details) and
    never shows contact details the customer did not consent to. `wording` puts a
    customer's copy in their language (domain/bilingual.py)."""
    sections = []
    for title, keys in LAYOUT:
        if title == "Contact" and not complaint.contact_consent:
            continue
        rows = tuple(row for key in keys
                     for row in _rows(complaint, key, customer_copy, category_label, wording))
        if rows:
            sections.append(Section(wording.section(title), rows, title))
    return sections


def decision_text(decision: Decision, customer_copy: bool = False) -> str:
    text = f"Decided: {decision.decision}"
    if decision.reason and not customer_copy:
        text += f"\nWhy: {decision.reason}"
    if decision.outcome is NextStep.TELL_CUSTOMER and decision.follow_up_due:
        text += f"\nThe customer is to be told by {long_date(decision.follow_up_due)}."
    elif decision.outcome is NextStep.REFERRED:
        text += "\nReferred further up; still escalated."
    return text


def review_text(review: Review) -> str:
    part = COMPLAINT["reviews"].part
    seen = (f"Acknowledged {long_date(review.acknowledged_at)}." if review.acknowledged_at
            else "Not acknowledged yet.")
    return (f"{part['went_well'].label}: {review.went_well}\n"
            f"{part['work_on'].label}: {review.work_on}\n{seen}")


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
