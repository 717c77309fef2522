"""The complaint record, field by field, and its parts (answers, options, escalation,
approval, amendments, follow-ups, decisions). Labels: resources/records/complaint.toml.

Whatever model a store uses (LASS, HEAT, 4 A's or its own), the record has this shape;
the models only arrange the fields marked `form` into steps.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.domain.aftercare import ContactKind, NextStep
from desktop_app.domain.complaint import Status
from desktop_app.domain.escalation import Trigger
from desktop_app.domain.language import Language
from desktop_app.domain.schema.choices import (CHANNELS, DE_ESCALATION, FOLLOW_UP_METHODS,
                                               GOODS_FACTS, HOW_BOUGHT, SUPPLY_TYPES)
from desktop_app.domain.schema.field import REMOVED, Data, Field, Kind, RecordSchema
from desktop_app.domain.schema.labels import with_labels
from desktop_app.domain.staff import MAX_NAME

LONG = 5_000
NOTE = 2_000
P, S = Data.PERSONAL, Data.SPECIAL


def _values(enum) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - a StrEnum class
    return tuple((member.value, getattr(member, "label", member.value)) for member in enum)


def _staff(key: str = "staff", attribute: str = "staff_id", **flags) -> Field:
    return Field(key, Kind.STAFF, form=False, customer_copy=False, attribute=attribute, **flags)


def _staff_name(key: str = "staff_name") -> Field:
    return Field(key, Kind.SHORT_TEXT, max_length=MAX_NAME, form=False, customer_copy=False)


ANSWER = RecordSchema("answer", "Clarifying question", (
    Field("question", Kind.SHORT_TEXT, max_length=500, form=False),
    Field("answer", Kind.LONG_TEXT, max_length=NOTE, data=P),
))

OPTION = RecordSchema("option", "Option", (
    Field("description", Kind.LONG_TEXT, max_length=500, data=P, required=True),
    Field("cost", Kind.MONEY, attribute="cost_pence"),
    Field("time", Kind.SHORT_TEXT, max_length=200, data=P),
    Field("impact", Kind.SHORT_TEXT, max_length=500, data=P),
    Field("remedy_code", Kind.SHORT_TEXT, max_length=32, form=False),
))

APPROVAL = RecordSchema("approval", "Approval", (
    _staff("approver", "approver_id"),
    Field("approver_name", Kind.SHORT_TEXT, max_length=MAX_NAME, form=False),
    Field("at", Kind.DATETIME, form=False),
))

ESCALATION = RecordSchema("escalation", "Escalation", (
    Field("to", Kind.SHORT_TEXT, max_length=200, required=True, data=P),
    Field("reason", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P,
          customer_copy=False),
    Field("at", Kind.DATETIME, form=False),
    Field("triggers", Kind.CHOICES, choices=_values(Trigger), form=False),
))

AMENDMENT = RecordSchema("amendment", "Amendment", (
    Field("at", Kind.DATETIME, form=False),
    _staff(),
    Field("field", Kind.SHORT_TEXT, max_length=48, form=False),
    # the values follow the field amended: removed with it when it is personal
    Field("old_value", Kind.LONG_TEXT, max_length=LONG, form=False),
    Field("new_value", Kind.LONG_TEXT, max_length=LONG, form=False),
    Field("reason", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P),
    _staff_name(),
))

FOLLOW_UP = RecordSchema("follow_up", "Follow-up contact", (
    Field("kind", Kind.CHOICE, choices=_values(ContactKind)),
    Field("contacted_on", Kind.DATE, required=True),
    Field("method", Kind.CHOICE, required=True, choices=FOLLOW_UP_METHODS),
    Field("outcome", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P),
    Field("customer_words", Kind.LONG_TEXT, max_length=NOTE, data=P),
    Field("confirmed_resolved", Kind.CHECK),
    Field("next_due", Kind.DATE),
    _staff(),
    Field("recorded_at", Kind.DATETIME, form=False),
    _staff_name(),
))

DECISION = RecordSchema("decision", "Escalation decision", (
    Field("at", Kind.DATETIME, form=False),
    _staff(),
    Field("decision", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P),
    Field("reason", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P,
          customer_copy=False),
    Field("outcome", Kind.CHOICE, required=True, choices=_values(NextStep)),
    Field("follow_up_due", Kind.DATE),
    _staff_name(),
    Field("seen_at", Kind.DATETIME, form=False),
))

REVIEW = RecordSchema("review", "Review", (
    Field("at", Kind.DATETIME, form=False),
    _staff(),
    # feedback on how a customer was served often names them: erased with the record
    Field("went_well", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P),
    Field("work_on", Kind.LONG_TEXT, max_length=NOTE, required=True, data=P),
    _staff_name(),
    Field("acknowledged_at", Kind.DATETIME, form=False),
))

_COMPLAINT = RecordSchema("complaint", "Complaint", (
    # Who, where, when
    Field("reference", Kind.REFERENCE, form=False, exported=True, searchable=True),
    Field("status", Kind.CHOICE, choices=_values(Status), form=False, exported=True),
    Field("store_code", Kind.SHORT_TEXT, max_length=8, form=False, customer_copy=False),
    Field("model_id", Kind.CHOICE, choices_from="models", form=False, exported=True,
          customer_copy=False),
    _staff(exported=True),
    _staff_name(),
    Field("opened_at", Kind.DATETIME, form=False, exported=True),
    Field("saved_at", Kind.DATETIME, form=False, exported=True),
    # Identify
    Field("customer_account", Kind.LONG_TEXT, required=True, max_length=LONG, data=P,
          erased_to=REMOVED, amendable=True, exported=True, searchable=True),
    Field("paraphrase", Kind.LONG_TEXT, required=True, max_length=LONG, data=P,
          erased_to=REMOVED, amendable=True, exported=True, searchable=True),
    Field("customer_feelings", Kind.SHORT_TEXT, required=True, max_length=500, data=P,
          amendable=True, exported=True),
    Field("desired_outcome", Kind.LONG_TEXT, required=True, max_length=NOTE, data=P,
          amendable=True, exported=True, searchable=True),
    Field("implicit_needs", Kind.LONG_TEXT, max_length=NOTE, data=P, amendable=True,
          customer_copy=False),
    Field("product", Kind.SHORT_TEXT, required=True, data=P, amendable=True, exported=True,
          searchable=True),
    Field("supply_type", Kind.CHOICE, required=True, choices=SUPPLY_TYPES, amendable=True,
          exported=True),
    Field("purchase_date", Kind.PAST_DATE, amendable=True, exported=True),
    Field("delivery_date", Kind.PAST_DATE, amendable=True, exported=True),
    Field("receipt_number", Kind.RECEIPT, max_length=64, data=P, amendable=True,
          exported=True, searchable=True),
    Field("amount", Kind.MONEY, attribute="amount_pence", amendable=True, exported=True),
    Field("channel", Kind.CHOICE, required=True, choices=CHANNELS, amendable=True,
          exported=True),
    # asked in a store that offers Welsh; the customer's copy and receipt are printed in it
    Field("customer_language", Kind.CHOICE, choices=_values(Language), asked_when="welsh_offered",
          amendable=True, exported=True, customer_copy=False),
    Field("repair_already_tried", Kind.CHECK),
    # the facts the customer's rights turn on (domain/consumer_law.py), asked when they matter
    # not required: a record from before it was asked says nothing (the form offers "in the shop")
    Field("how_bought", Kind.CHOICE, choices=HOW_BOUGHT, amendable=True, exported=True),
    Field("reported_on", Kind.PAST_DATE, amendable=True, exported=True),
    Field("fault_appeared_on", Kind.PAST_DATE, amendable=True,
          asked_when="supply_type=goods|digital_content"),
    Field("goods_facts", Kind.CHOICES, choices=GOODS_FACTS, asked_when="supply_type=goods",
          exported=True),
    Field("installed_on", Kind.PAST_DATE, asked_when="goods_facts=installed"),
    Field("repair_requested_on", Kind.PAST_DATE, asked_when="repair_already_tried"),
    Field("repair_returned_on", Kind.PAST_DATE, asked_when="repair_already_tried"),
    Field("category", Kind.CHOICE, required=True, choices_from="categories", amendable=True,
          exported=True),
    Field("clarifying_answers", Kind.PART, part=ANSWER),
    # Diagnose
    Field("root_cause", Kind.LONG_TEXT, required=True, max_length=NOTE, data=P,
          amendable=True, exported=True, searchable=True, customer_copy=False),
    Field("five_whys", Kind.TEXT_LIST, max_length=500, max_items=5, data=P, erased_to=(),
          customer_copy=False),
    # Apologise
    Field("apology_given", Kind.CHECK, required=True),
    Field("empathy_statement", Kind.SHORT_TEXT, max_length=500, data=P),
    # when the customer was angry or challenging: what was done to calm things (seeds 000, 002)
    Field("customer_challenging", Kind.YES_NO, exported=True, customer_copy=False),
    Field("de_escalation", Kind.CHOICES, choices=DE_ESCALATION,
          asked_when="customer_challenging=yes|True", exported=True, customer_copy=False),
    Field("de_escalation_words", Kind.SHORT_TEXT, max_length=500, data=P,
          asked_when="customer_challenging=yes|True", customer_copy=False),
    # Solve
    Field("options", Kind.PART, part=OPTION, max_items=20),
    Field("chosen_option", Kind.COUNT, minimum=0, maximum=19, exported=True),
    Field("justification", Kind.LONG_TEXT, required=True, max_length=NOTE, data=P,
          customer_copy=False),
    Field("reasonable_adjustments", Kind.LONG_TEXT, max_length=NOTE, data=S),
    # the consumer-law hint the Solve step showed, as it was (domain/law_table.py)
    Field("legal_hint", Kind.LONG_TEXT, max_length=20_000, form=False, customer_copy=False),
    Field("legal_rules", Kind.SHORT_TEXT, max_length=2_000, form=False, customer_copy=False),
    Field("law_table_version", Kind.SHORT_TEXT, max_length=16, form=False,
          customer_copy=False),
    Field("approval", Kind.PART, part=APPROVAL, max_items=1, form=False,
          customer_copy=False),
    # Escalate
    Field("escalation", Kind.PART, part=ESCALATION, max_items=1, exported=True),
    # Agreement
    Field("customer_agrees", Kind.YES_NO, exported=True),
    Field("customer_name", Kind.SHORT_TEXT, max_length=120, data=P, amendable=True,
          searchable=True),
    Field("signature_png", Kind.PNG, data=P, erased_to=None, held_back=True),
    # Thank and follow up
    Field("thanked", Kind.CHECK, required=True),
    Field("follow_up_needed", Kind.CHECK, exported=True),
    Field("follow_up_due", Kind.FUTURE_DATE, depends_on="follow_up_needed", exported=True),
    Field("follow_up_method", Kind.CHOICE, choices=FOLLOW_UP_METHODS,
          depends_on="follow_up_needed"),
    Field("satisfaction", Kind.RATING, amendable=True, exported=True),
    Field("contact_consent", Kind.CHECK, exported=True),
    Field("contact_phone", Kind.PHONE, max_length=32, data=P, amendable=True, held_back=True,
          depends_on="contact_consent"),
    Field("contact_email", Kind.EMAIL, max_length=254, data=P, amendable=True, held_back=True,
          depends_on="contact_consent"),
    Field("improvement_suggestion", Kind.LONG_TEXT, max_length=NOTE, data=P, amendable=True,
          exported=True, customer_copy=False),
    Field("further_assistance_offered", Kind.CHECK, exported=True),
    # Reflection: optional at the till, asked again at follow-up (amendable)
    Field("reflection_went_well", Kind.LONG_TEXT, max_length=NOTE, data=P, amendable=True,
          customer_copy=False),
    Field("reflection_differently", Kind.LONG_TEXT, max_length=NOTE, data=P, amendable=True,
          customer_copy=False),
    # State, and what happened after
    Field("closed_at", Kind.DATETIME, form=False, exported=True),
    Field("closure_note", Kind.LONG_TEXT, max_length=NOTE + 200, data=P, form=False),
    Field("anonymised_at", Kind.DATETIME, form=False),
    Field("amendments", Kind.PART, part=AMENDMENT, form=False, customer_copy=False),
    Field("follow_ups", Kind.PART, part=FOLLOW_UP, form=False),
    Field("decisions", Kind.PART, part=DECISION, form=False),
    # feedback for the person who took it, never for the customer
    Field("reviews", Kind.PART, part=REVIEW, form=False, customer_copy=False),
    # Answers that decide other fields and are not kept themselves
    Field("escalate_requested", Kind.CHECK, stored=False),
    Field("welsh_offered", Kind.CHECK, stored=False, form=False),     # set from the store
))

COMPLAINT = with_labels(_COMPLAINT)
# the parts as labelled (the names above are their unlabelled drafts)
ANSWER, OPTION, APPROVAL, ESCALATION, AMENDMENT, FOLLOW_UP, DECISION, REVIEW = (
    COMPLAINT[key].part for key in ("clarifying_answers", "options", "approval", "escalation",
                                    "amendments", "follow_ups", "decisions", "reviews"))
#: The parts kept as a list of entries, each by a member of staff (its "staff" field):
#: the record's history after saving, exported with each entry's staff code.
HISTORY_PARTS = tuple(f.key for f in COMPLAINT if f.kind is Kind.PART and f.part is not None
                      and "staff" in {p.key for p in f.part})

#: Whatever the model, these must be asked somewhere (DOMAIN.md: the complete cycle).
REQUIRED_COVERAGE = frozenset({
    "customer_account", "paraphrase", "customer_feelings", "desired_outcome", "product",
    "channel", "apology_given", "thanked", "follow_up_needed",
})

#: Structured parts of the record that a step kind of its own asks for.
SPECIAL_PARTS = {
    "questions": ("category", "clarifying_answers"),
    "diagnosis": ("root_cause", "five_whys"),
    "options": ("options", "chosen_option", "justification", "escalate_requested"),
    "agreement": ("customer_agrees", "customer_name", "signature_png"),
    "escalation": ("escalated_to", "escalation_reason"),
}
#: The wizard's answers for the escalation part: answer key -> the part's field.
ESCALATION_ANSWERS = {"escalated_to": "to", "escalation_reason": "reason"}

#: The fields a plain "form" step may ask (the special parts have their own page kinds).
PLAIN_FIELDS = {f.key: f for f in COMPLAINT.where(form=True)
                if f.kind is not Kind.PART and not any(
                    f.key in keys for keys in SPECIAL_PARTS.values())}
#: The fields that can be corrected after saving, in the order offered.
AMENDABLE = {f.key: f for f in COMPLAINT.where(amendable=True)}


def asked_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers with every field that is not asked (its `asked_when` not met, or met only
    by an answer that is itself not asked) left empty, in schema order."""
    out = dict(answers)
    for f in COMPLAINT:
        if f.asked_when and not f.asked(out):
            out[f.key] = f.empty
    return out


def answer_field(key: str) -> Field:
    """The field a wizard answer fills (the escalation's two answers fill its part)."""
    if key in ESCALATION_ANSWERS:
        return ESCALATION[ESCALATION_ANSWERS[key]]
    return COMPLAINT[key]
