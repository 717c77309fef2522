"""Corrections to a saved complaint: never an overwrite, always an amendment that says who
changed what, when, why, and what it said before.

Only the facts of the record can be corrected (who the customer is, what was bought, what
they said, the category and root cause, the score). What was agreed, the options weighed and
the signature are what happened at the till and stay as they were; later contact is recorded
as a follow-up, not an amendment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.complaint_form import FormContext, clean_field
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.phrase import phrase
from desktop_app.domain.procedure import Category
from desktop_app.domain.schema.complaint import AMENDABLE
from desktop_app.domain.schema.field import Field, Kind
from desktop_app.domain.validation import format_pence

#: Where a field key is stored under another name on the Complaint.
ATTRIBUTE = {f.key: f.name for f in AMENDABLE.values() if f.name != f.key}


@dataclass(frozen=True)
class Amendment:
    at: datetime
    staff_id: int
    field: str
    old_value: str
    new_value: str
    reason: str
    staff_name: str = ""

    @property
    def label(self) -> str:
        found = AMENDABLE.get(self.field)
        return found.label if found else self.field


def spec_for(key: str, categories: Mapping[str, Category]) -> Field:
    """The field being corrected, with the store's categories when it is the category."""
    found = AMENDABLE[key]
    if found.choices_from == "categories":
        return replace(found, choices=tuple((c.id, c.label) for c in categories.values()))
    return found


def current_value(complaint: Complaint, key: str) -> Any:
    return getattr(complaint, ATTRIBUTE.get(key, key))


def form_value(spec: Field, value: Any) -> Any:
    """The stored value as the form's editors hold it (money is typed as text)."""
    if spec.kind is Kind.MONEY:
        return "" if value is None else format_pence(value)
    return value


def as_text(spec: Field, value: Any) -> str:
    """The value as the amendment history shows it."""
    if value is None or value == "":
        return ""
    if spec.kind is Kind.MONEY:
        return format_pence(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if spec.kind is Kind.CHOICE:
        return dict(spec.choices).get(value, str(value))
    return str(value)


def check_amendment(complaint: Complaint, key: str, raw: Any, reason: str,
                    ctx: FormContext) -> tuple[Any, str, str]:
    """The cleaned new value and the old and new text; ValidationFailed names the field
    ("field", "value" or "reason") with a message for the person."""
    errors: dict[str, str] = {}
    if key not in AMENDABLE:
        raise ValidationFailed({"field": phrase("Choose the detail to correct from the list.")})
    if len(" ".join(reason.split())) < 5:
        errors["reason"] = phrase("Say why it is being corrected (for example \"name "
                                  "misspelt\").")
    if complaint.anonymised_at is not None and AMENDABLE[key].personal:
        errors["field"] = (phrase("The personal details of this complaint were removed; they "
                                  "cannot be added back."))
    if key in ("contact_phone", "contact_email") and not complaint.contact_consent:
        errors["field"] = (phrase("The customer did not agree to be contacted, so no contact "
                                  "details are kept."))
    spec = spec_for(key, ctx.categories)
    value = None
    try:
        value = clean_field(spec, raw, ctx)
    except FieldError as error:
        errors["value"] = error.message
    old = current_value(complaint, key)
    if "value" not in errors and (value or None) == (old or None):
        errors["value"] = phrase("That is what the record already says.")
    if errors:
        raise ValidationFailed(errors)
    return value, as_text(spec, old), as_text(spec, value)
