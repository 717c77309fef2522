"""What the record schema says about one field, and about a record made of fields.

A `Field` is described once: what kind of value it holds, its limits, whether it is
personal data (and of which kind), whether it may be amended, filled in later, shown on
the customer's copy, exported to CSV or searched. Its label and help text are data in
resources/records/; every form, check, export, erasure and report reads them from here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    RECEIPT = "receipt"          # typed or scanned; a scanner's Enter must not submit
    MONEY = "money"              # whole pence in the record, "£12.50" in a form
    PAST_DATE = "past_date"      # not after the day the record was saved
    FUTURE_DATE = "future_date"  # not before the day the record was saved
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"
    CHOICES = "choices"          # several of a list, kept in the list's order
    CHECK = "check"
    YES_NO = "yes_no"            # yes, no, or not recorded
    RATING = "rating"            # 1 to 5, or not given
    COUNT = "count"              # a whole number within minimum..maximum
    PHONE = "phone"
    EMAIL = "email"
    REFERENCE = "reference"      # CMP-STORE-YYYY-NNNNNN
    STAFF = "staff"              # a member of staff (an id here, a code in a file)
    STAFF_LIST = "staff_list"
    TEXT_LIST = "text_list"      # a few short texts in order (the five whys)
    CALL_TIMES = "call_times"    # who was called -> "HH:MM" or ""
    PNG = "png"                  # the customer's signature
    PART = "part"                # a list of records of a part schema (options, people…)


class Data(StrEnum):
    """What kind of data a field holds under UK GDPR."""

    NONE = "none"                # facts kept for the statistics
    PERSONAL = "personal"        # can identify someone or tell their story (art. 4(1))
    SPECIAL = "special"          # health, or what hate was perceived to target (art. 9)
    CRIMINAL = "criminal"        # alleged offences: police and CCTV references (art. 10)


#: What anonymising leaves in a narrative field, so a reader sees it was removed on purpose.
REMOVED = "(personal details removed)"

TEXT_KINDS = frozenset({Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.RECEIPT, Kind.PHONE, Kind.EMAIL})


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    required: bool = False
    max_length: int = 200
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()   # (value, label) for CHOICE and CHOICES
    choices_from: str = ""       # "categories" or "models": the store's catalogue decides
    max_items: int = 0           # for lists: at most this many (0: no limit of its own)
    data: Data = Data.NONE
    erased_to: Any = ""          # what anonymising leaves in its place
    amendable: bool = False      # may be corrected later, with an amendment
    fill_later: bool = False     # a blank may be filled in after saving
    customer_copy: bool = True   # shown on the copy given to the customer
    exported: bool = False       # a column of the CSV export (JSON holds every field)
    held_back: bool = False      # a store may keep it from head office (contact, signature)
    searchable: bool = False     # in the complaints' full-text index
    form: bool = True            # typed by a person (False: set by the program)
    stored: bool = True          # False: an answer that decides others, not kept itself
    depends_on: str = ""         # a check that must be ticked for this to apply
    #: asked only when another answer says so: "key" (ticked) or "key=a|b" (one of those
    #: values, or for a list one of them among its values); otherwise hidden and left empty
    asked_when: str = ""
    attribute: str = ""          # the record's attribute when it differs from the key
    part: RecordSchema | None = None   # for Kind.PART
    label: str = ""              # filled in from resources/records/*.toml
    help: str = ""
    placeholder: str = ""

    @property
    def name(self) -> str:
        """The attribute of the domain record that holds the value."""
        return self.attribute or self.key

    @property
    def personal(self) -> bool:
        return self.data is not Data.NONE

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS

    @property
    def choice_values(self) -> frozenset[str]:
        return frozenset(value for value, _ in self.choices)

    def choice_label(self, value: str) -> str:
        return dict(self.choices).get(value, value)

    def asked(self, answers: Mapping[str, Any]) -> bool:
        """Whether the answers so far make this field one to ask (see `asked_when`)."""
        if not self.asked_when:
            return True
        key, _, wanted = self.asked_when.partition("=")
        value = answers.get(key)
        if not wanted:
            return bool(value)
        options = set(wanted.split("|"))
        if isinstance(value, (list, tuple, set, frozenset)):
            return bool(options & {str(v) for v in value})
        return str(value or "") in options

    @property
    def empty(self) -> Any:
        """The value of a field not asked."""
        if self.kind in (Kind.CHOICES, Kind.TEXT_LIST, Kind.STAFF_LIST):
            return ()
        if self.kind is Kind.CHECK:
            return False
        if self.kind in (Kind.PAST_DATE, Kind.FUTURE_DATE, Kind.DATE, Kind.DATETIME,
                         Kind.MONEY, Kind.COUNT, Kind.RATING, Kind.YES_NO, Kind.PNG):
            return None
        return ""


@dataclass(frozen=True)
class RecordSchema:
    """A record type (complaint, incident) or one of their parts (an option, a person)."""

    name: str
    title: str
    fields: tuple[Field, ...]
    rows: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", {f.key: f for f in self.fields})

    def __getitem__(self, key: str) -> Field:
        return self.rows[key]

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def where(self, **flags: Any) -> tuple[Field, ...]:
        """The fields whose attributes have these values, in schema order."""
        return tuple(f for f in self.fields
                     if all(getattr(f, name) == value for name, value in flags.items()))

    @property
    def personal(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.personal)

    @property
    def parts(self) -> tuple[Field, ...]:
        return self.where(kind=Kind.PART)

    def walk(self, prefix: str = "") -> Iterator[tuple[str, Field]]:
        """Every field with its path ("options.description"), parts included."""
        for f in self.fields:
            path = f"{prefix}{f.key}"
            yield path, f
            if f.part is not None:
                yield from f.part.walk(f"{path}.")
