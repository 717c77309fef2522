"""The rules that tie a record's fields together, shared by the forms and by every door.

Each takes plain values and returns {field key: message}; the complaint wizard and the
incident form ask them while a person types, and `records` asks them of a saved record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.domain.incident import Incident, PersonPart
from desktop_app.domain.incident_kinds import BehaviourKind, Trigger
from desktop_app.domain.phrase import phrase

MIN_OPTIONS = 2
NO_CONSENT = ("The customer did not agree to be contacted, so no contact details are kept.")
HATE = BehaviourKind.HATE_MOTIVATED.value
OTHER_BEHAVIOUR = BehaviourKind.OTHER.value
OTHER_TRIGGER = Trigger.OTHER.value


def options_rule(count: int, chosen: Any) -> dict[str, str]:
    """At least two options weighed, and one of them offered."""
    errors: dict[str, str] = {}
    if count < MIN_OPTIONS:
        errors["options"] = (phrase("Weigh at least {min_options} options against cost, time "
                                    "and impact (you have {count}).", min_options=MIN_OPTIONS,
                                    count=count))
    if chosen is None or isinstance(chosen, bool) or not isinstance(chosen, int) \
            or not 0 <= chosen < count:
        errors["chosen_option"] = phrase("Choose the option you are offering the customer.")
    return errors


def agreement_rule(agrees: bool | None, name: str, signature: bytes | None) -> dict[str, str]:
    """The customer's answer is recorded; an agreement carries their name or signature."""
    if agrees is None:
        return {"customer_agrees": "Ask the customer whether they agree, and record it."}
    if agrees and not (name or "").strip() and not signature:
        return {"customer_name": "Type the customer's name, or ask them to sign."}
    return {}


def follow_up_rule(needed: bool, due: Any, method: Any, *, asks_method: bool = True,
                   ) -> dict[str, str]:
    errors: dict[str, str] = {}
    if needed:
        if not due:
            errors["follow_up_due"] = phrase("Set the date you will follow up by.")
        if asks_method and not method:
            errors["follow_up_method"] = phrase("Choose how you will follow up.")
    return errors


#: A date of the purchase's story that cannot come before another: (later, earlier, message).
_DATE_ORDER = (
    ("delivery_date", "purchase_date", "Delivery cannot be before the date of purchase."),
    ("installed_on", "purchase_date", "Installation cannot be before the date of purchase."),
    ("fault_appeared_on", "purchase_date",
     "The fault cannot have shown before the date of purchase."),
    ("reported_on", "purchase_date", "The customer cannot have told us before buying it."),
    ("reported_on", "fault_appeared_on",
     "The customer told us before the fault showed: check the two dates."),
    ("repair_requested_on", "purchase_date",
     "The repair cannot have been asked for before the date of purchase."),
    ("repair_returned_on", "repair_requested_on",
     "The goods cannot have come back before the repair was asked for."),
)


PURCHASE_DATES = frozenset(key for pair in _DATE_ORDER for key in pair[:2])


def purchase_dates_rule(dates: Mapping[str, Any]) -> dict[str, str]:
    """The dates of a purchase in the order they can happen (each a date or None)."""
    errors: dict[str, str] = {}
    for later, earlier, message in _DATE_ORDER:
        first, then = dates.get(earlier), dates.get(later)
        if first is not None and then is not None and then < first:
            errors.setdefault(later, message)
    return errors


def contact_rule(consent: bool, phone: str, email: str) -> dict[str, str]:
    """Consent given: a way to reach them. No consent: no details kept."""
    if consent and not (phone or "").strip() and not (email or "").strip():
        return {"contact_phone": ("The customer agreed to be contacted: add a phone number "
                                  "or an email address.")}
    if not consent and ((phone or "").strip() or (email or "").strip()):
        return {"contact_phone": NO_CONSENT}
    return {}


def incident_rule(facts: Mapping[str, Any], *, anonymised: bool = False) -> dict[str, str]:
    """The incident's cross-field rules, on its cleaned values (form answers or a record)."""
    errors: dict[str, str] = {}
    behaviours = facts.get("behaviours", ())
    if not facts.get("affected"):
        errors["affected"] = phrase("Tick the staff member (or members) it happened to.")
    if "behaviours" in facts and not behaviours:
        errors["behaviours"] = phrase("Tick at least one kind of behaviour.")
    if not anonymised:
        if HATE in behaviours and not facts.get("protected_characteristics"):
            errors["protected_characteristics"] = (
                phrase("Hate-motivated: tick what it was perceived to target (by you or anyone "
                       "else)."))
        if OTHER_BEHAVIOUR in behaviours and not facts.get("behaviour_other"):
            errors["behaviour_other"] = phrase("Say briefly what the other behaviour was.")
        if facts.get("trigger") == OTHER_TRIGGER and not facts.get("trigger_other"):
            errors["trigger_other"] = phrase("Say briefly what triggered it.")
    debrief, occurred = facts.get("debrief_date"), facts.get("occurred_at")
    if debrief and occurred and debrief < occurred.date():
        errors["debrief_date"] = phrase("The debrief cannot be before the incident.")
    overlap = set(facts.get("affected", ())) & set(facts.get("staff_witnesses", ()))
    if overlap:
        errors["staff_witnesses"] = phrase("Someone it happened to is also ticked as a witness.")
    return errors


def incident_facts(incident: Incident) -> dict[str, Any]:
    """A saved incident's values as the form's cleaned answers hold them."""
    facts = {name: getattr(incident, name) for name in (
        "behaviours", "protected_characteristics", "behaviour_other", "trigger",
        "trigger_other", "debrief_date", "occurred_at")}
    facts["affected"] = tuple(p.staff_id for p in incident.people
                              if p.part is PersonPart.AFFECTED and p.staff_id is not None)
    facts["staff_witnesses"] = tuple(p.staff_id for p in incident.people
                                     if p.part is PersonPart.WITNESS and p.staff_id is not None)
    return facts
