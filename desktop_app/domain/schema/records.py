"""Checking a whole saved record against its schema and the record-level rules.

This is what every door that brings a record in applies (import now, store bundles and head
office later): each field exactly as the form checks it, then the rules that tie fields
together — the closing rule, escalation for the categories that always escalate, saved
after opened, a chosen option that exists, contact details only with consent. Problems are
keyed by the field's path ("options[2].cost") and say which rule was broken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.aftercare import MIN_REASON, NextStep
from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Complaint, Status
from desktop_app.domain.errors import FieldError
from desktop_app.domain.incident import Incident
from desktop_app.domain.schema import rules
from desktop_app.domain.schema.complaint import AMENDABLE, COMPLAINT, PLAIN_FIELDS, SPECIAL_PARTS
from desktop_app.domain.schema.field import Field, Kind, RecordSchema
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.domain.schema.labels import field_label
from desktop_app.domain.schema.values import CLOCK_SLACK, Checking, check
from desktop_app.domain.phrase import phrase

if TYPE_CHECKING:
    from desktop_app.domain.procedure import Category, Model


@dataclass(frozen=True)
class RecordContext:
    """What a record is checked against: this store, its catalogue, the time now."""

    store_code: str
    now: datetime
    categories: Mapping[str, Category]
    models: Mapping[str, Model]


def items_of(f: Field, value: Any) -> list[Any]:
    """A part's records as a list (a part of at most one is held as the record or None)."""
    if value is None:
        return []
    return [value] if f.max_items == 1 else list(value)


def field_errors(schema: RecordSchema, record: Any, checking: Checking, *,
                 asked: Callable[[Field], bool] = lambda f: True,
                 anonymised: bool = False) -> dict[str, str]:
    """Every stored field of `record` checked as its form checks it, parts included."""
    errors: dict[str, str] = {}
    for f in schema:
        if not f.stored:
            continue
        value = getattr(record, f.name)
        if f.kind is Kind.PART:
            items = items_of(f, value)
            if f.max_items and len(items) > f.max_items:
                errors[f.key] = phrase("{label}: at most {most}.", label=field_label(f),
                                       most=f.max_items)
                continue
            # what happened after the record (contacts, disclosures) is dated up to now
            later = replace(checking, today=checking.now.date()) if checking.now else checking
            for index, item in enumerate(items):
                where = f.key if f.max_items == 1 else f"{f.key}[{index}]"
                for path, message in field_errors(f.part, item, later,
                                                  anonymised=anonymised).items():
                    errors[f"{where}.{path}"] = message
            continue
        if anonymised and f.personal:
            if value not in (f.erased_to, "", None, (), [], {}):
                errors[f.key] = (phrase("{label}: the record's personal details were removed, "
                                        "so this should be empty.", label=field_label(f)))
            continue
        try:
            check(f, value, checking, required=f.required and asked(f))
        except FieldError as error:
            errors[f.key] = error.message
    return errors


def _asked_by(model: Model | None) -> Callable[[Field], bool]:
    plain = {key for step in model.steps for key in step.fields} if model else set(PLAIN_FIELDS)
    special = {key for keys in SPECIAL_PARTS.values() for key in keys}
    return lambda f: f.key in plain or f.key in special


def complaint_errors(c: Complaint, ctx: RecordContext) -> dict[str, str]:
    """Everything wrong with a saved complaint, keyed by field path; empty when sound."""
    checking = Checking(today=c.saved_at.date() if isinstance(c.saved_at, datetime)
                        else ctx.now.date(), now=ctx.now,
                        choices={"categories": frozenset(ctx.categories),
                                 "models": frozenset(ctx.models)})
    model = ctx.models.get(c.model_id)
    errors = field_errors(COMPLAINT, c, checking, asked=_asked_by(model),
                          anonymised=c.anonymised_at is not None)
    for key, message in _complaint_rules(c, ctx).items():
        errors.setdefault(key, message)
    return errors


def _complaint_rules(c: Complaint, ctx: RecordContext) -> dict[str, str]:
    errors: dict[str, str] = {}
    put = errors.setdefault
    if c.store_code != ctx.store_code:
        put("store_code", f"Store: the record is from store {c.store_code!r}; this is "
                          f"{ctx.store_code}.")
    if isinstance(c.saved_at, datetime) and isinstance(c.opened_at, datetime) \
            and c.saved_at < c.opened_at:
        put("saved_at", "Saved: it cannot be saved before it was opened.")
    if c.chosen_option is not None and not 0 <= c.chosen_option < len(c.options):
        put("chosen_option", f"Option offered: option {c.chosen_option + 1} does not exist "
                             f"(the record has {len(c.options)}).")
    if c.anonymised_at is None:
        for key, message in rules.options_rule(len(c.options), c.chosen_option).items():
            put(key, message)
        for key, message in rules.agreement_rule(c.customer_agrees, c.customer_name,
                                                 c.signature_png).items():
            put(key, message)
    for key, message in rules.contact_rule(c.contact_consent, c.contact_phone,
                                           c.contact_email).items():
        if c.anonymised_at is None or not c.contact_consent:
            put(key, message)
    if not c.follow_up_needed and (c.follow_up_due or c.follow_up_method):
        put("follow_up_due", "Follow up by: set only when a follow-up is needed.")
    if c.follow_up_needed and c.status in FOLLOW_UP_OPEN and c.follow_up_due is None:
        put("follow_up_due", "Set the date you will follow up by.")
    category = ctx.categories.get(c.category)
    if category is not None and category.always_escalate and c.escalation is None:
        put("escalation", f"Escalated: complaints about {category.label.lower()} are always "
                          "escalated, and this one was not.")
    if c.status is Status.ESCALATED and c.escalation is None:
        put("status", "Status: it says escalated, but the record has no escalation.")
    for key, message in _closing_rule(c).items():
        put(key, message)
    for index, a in enumerate(c.amendments):
        if a.field not in AMENDABLE:
            put(f"amendments[{index}].field", f"Field amended: {a.field!r} is not a detail "
                                              "that can be corrected.")
        if isinstance(a.at, datetime) and a.at < c.saved_at:
            put(f"amendments[{index}].at", "When: an amendment cannot be before the record.")
    for index, f in enumerate(c.follow_ups):
        if f.contacted_on is not None and f.contacted_on < c.saved_at.date():
            put(f"follow_ups[{index}].contacted_on",
                "Date of the contact: it cannot be before the complaint was logged.")
        if not f.confirmed_resolved and f.next_due is None:
            put(f"follow_ups[{index}].next_due", "Next contact due: the customer has not "
                                                 "confirmed it is resolved, so it is needed.")
    for index, d in enumerate(c.decisions):
        if d.outcome is NextStep.TELL_CUSTOMER and d.follow_up_due is None:
            put(f"decisions[{index}].follow_up_due", "By when will the customer be told?")
        if isinstance(d.at, datetime) and d.at < c.saved_at:
            put(f"decisions[{index}].at", "Decided: it cannot be before the complaint.")
    return errors


def _closing_rule(c: Complaint) -> dict[str, str]:
    """Nothing is resolved or closed without the customer's confirmation or a reason."""
    confirmed = bool(c.customer_agrees) or any(f.confirmed_resolved for f in c.follow_ups)
    if c.status is Status.CLOSED:
        if c.closed_at is None:
            return {"closed_at": "Closed: the record is closed but says not when."}
        if c.closed_at < c.saved_at:
            return {"closed_at": "Closed: it cannot be closed before it was saved."}
        if not confirmed and c.anonymised_at is None and \
                len(c.closure_note.strip()) < MIN_REASON:
            return {"closure_note": "How it was closed: closed without the customer's "
                                    "agreement, so the reason is needed."}
    elif c.closed_at is not None:
        return {"closed_at": f"Closed: the record is {c.status.label.lower()}, not closed."}
    if c.status is Status.RESOLVED and not confirmed:
        return {"status": "Status: resolved needs the customer's agreement or a follow-up "
                          "in which they confirmed it."}
    return {}


def incident_errors(i: Incident, ctx: RecordContext, staff_ids: frozenset[int] | None = None,
                    ) -> dict[str, str]:
    """Everything wrong with a saved incident, keyed by field path; empty when sound."""
    checking = Checking(today=i.recorded_at.date() if isinstance(i.recorded_at, datetime)
                        else ctx.now.date(), now=ctx.now, staff_ids=staff_ids)
    anonymised = i.anonymised_at is not None
    errors = field_errors(INCIDENT, i, checking, anonymised=anonymised)
    put = errors.setdefault
    if i.store_code != ctx.store_code:
        put("store_code", f"Store: the record is from store {i.store_code!r}; this is "
                          f"{ctx.store_code}.")
    if isinstance(i.occurred_at, datetime) and isinstance(i.recorded_at, datetime) and \
            i.occurred_at > i.recorded_at + CLOCK_SLACK:
        put("occurred_at", "Date and time it happened: it cannot be after it was recorded.")
    for index, person in enumerate(i.people):
        if person.staff_id is None and not person.name and not anonymised:
            put(f"people[{index}].name", "Name: a witness who is not staff needs a name "
                                         "or a short description.")
    for key, message in rules.incident_rule(rules.incident_facts(i),
                                            anonymised=anonymised).items():
        put(key, message)
    for index, u in enumerate(i.updates):
        if isinstance(u.at, datetime) and isinstance(i.recorded_at, datetime) and \
                u.at < i.recorded_at:
            put(f"updates[{index}].at", "When: an update cannot be before the record.")
    for index, d in enumerate(i.disclosures):
        if d.disclosed_on is not None and isinstance(i.occurred_at, datetime) and \
                d.disclosed_on < i.occurred_at.date():
            put(f"disclosures[{index}].disclosed_on", "Date: a disclosure cannot be before "
                                                      "the incident.")
    return errors

