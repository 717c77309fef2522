"""The vocabulary of a complaint record: every field a procedure step may ask for.

Procedure files in resources/procedures/ arrange these keys into steps and give them
labels; this module says what kind of value each key holds and how it is checked, so
that whatever model a store uses, the record has the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldKind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    RECEIPT = "receipt"          # typed or scanned; a scanner's Enter must not submit
    MONEY = "money"
    PAST_DATE = "past_date"
    FUTURE_DATE = "future_date"
    CHOICE = "choice"
    CHECK = "check"
    RATING = "rating"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: FieldKind
    required: bool = False
    max_length: int = 200
    choices: tuple[tuple[str, str], ...] = ()   # (value, label) for CHOICE

    @property
    def is_text(self) -> bool:
        return self.kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT, FieldKind.RECEIPT)


CHANNELS = (
    ("in_store", "In store"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("online", "Online order"),
    ("social_media", "Social media"),
    ("letter", "Letter"),
)
SUPPLY_TYPES = (
    ("goods", "Goods (a product)"),
    ("service", "A service"),
    ("digital_content", "Digital content"),
)
FOLLOW_UP_METHODS = (
    ("phone", "Phone call"),
    ("email", "Email"),
    ("in_store", "In store"),
    ("letter", "Letter"),
)
YES_NO = (("yes", "Yes"), ("no", "No"))

_LONG = 5_000

FIELDS: dict[str, FieldSpec] = {f.key: f for f in (
    # Identify
    FieldSpec("customer_account", FieldKind.LONG_TEXT, required=True, max_length=_LONG),
    FieldSpec("paraphrase", FieldKind.LONG_TEXT, required=True, max_length=_LONG),
    FieldSpec("customer_feelings", FieldKind.SHORT_TEXT, required=True, max_length=500),
    FieldSpec("desired_outcome", FieldKind.LONG_TEXT, required=True, max_length=2_000),
    FieldSpec("implicit_needs", FieldKind.LONG_TEXT, max_length=2_000),
    FieldSpec("product", FieldKind.SHORT_TEXT, required=True),
    FieldSpec("supply_type", FieldKind.CHOICE, required=True, choices=SUPPLY_TYPES),
    FieldSpec("purchase_date", FieldKind.PAST_DATE),
    FieldSpec("delivery_date", FieldKind.PAST_DATE),
    FieldSpec("receipt_number", FieldKind.RECEIPT, max_length=64),
    FieldSpec("amount", FieldKind.MONEY),
    FieldSpec("channel", FieldKind.CHOICE, required=True, choices=CHANNELS),
    FieldSpec("repair_already_tried", FieldKind.CHECK),
    # Apologise / empathise
    FieldSpec("apology_given", FieldKind.CHECK, required=True),
    FieldSpec("empathy_statement", FieldKind.SHORT_TEXT, max_length=500),
    # Solve
    FieldSpec("justification", FieldKind.LONG_TEXT, required=True, max_length=2_000),
    FieldSpec("reasonable_adjustments", FieldKind.LONG_TEXT, max_length=2_000),
    # Thank and follow up
    FieldSpec("thanked", FieldKind.CHECK, required=True),
    FieldSpec("follow_up_needed", FieldKind.CHECK),
    FieldSpec("follow_up_due", FieldKind.FUTURE_DATE),
    FieldSpec("follow_up_method", FieldKind.CHOICE, choices=FOLLOW_UP_METHODS),
    FieldSpec("satisfaction", FieldKind.RATING),
    FieldSpec("contact_consent", FieldKind.CHECK),
    FieldSpec("contact_phone", FieldKind.PHONE, max_length=32),
    FieldSpec("contact_email", FieldKind.EMAIL, max_length=254),
    FieldSpec("improvement_suggestion", FieldKind.LONG_TEXT, max_length=2_000),
)}

# A field that only applies when another (a check) is ticked.
DEPENDS_ON = {
    "follow_up_due": "follow_up_needed",
    "follow_up_method": "follow_up_needed",
    "contact_phone": "contact_consent",
    "contact_email": "contact_consent",
}

# Structured parts of the record that have a page kind of their own.
SPECIAL_PARTS = {
    "questions": ("category", "clarifying_answers"),
    "diagnosis": ("root_cause", "five_whys"),
    "options": ("options", "chosen_option", "justification", "escalate_requested"),
    "agreement": ("customer_agrees", "customer_name", "signature_png"),
    "escalation": ("escalated_to", "escalation_reason"),
}

# Whatever the model, these must be asked somewhere (DOMAIN.md: the complete cycle).
REQUIRED_COVERAGE = frozenset({
    "customer_account", "paraphrase", "customer_feelings", "desired_outcome", "product",
    "channel", "apology_given", "thanked", "follow_up_needed",
})
