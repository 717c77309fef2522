"""Data protection rules: how long records keep personal data, what anonymising removes, and
the subject-access deadline (UK GDPR arts. 5(1)(e), 12(3), 15 and 17; DOMAIN.md).

Which fields anonymising removes is the record schema's to say (domain/schema/erasure.py):
every field it marks personal, special-category or criminal-offence data.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.schema.field import REMOVED
from desktop_app.domain.phrase import phrase

__all__ = ["REMOVED", "PersonQuery", "RequestKind", "RetentionPolicy", "access_deadline",
           "erasure_errors", "phone_digits", "years_before"]

DEFAULT_COMPLAINT_YEARS = 6    # the claims time limit (Limitation Act 1980 s5)
DEFAULT_INCIDENT_YEARS = 6
MIN_YEARS, MAX_YEARS = 1, 20


class RequestKind(StrEnum):
    ACCESS = "access"
    ERASURE = "erasure"


@dataclass(frozen=True)
class RetentionPolicy:
    """Years a record keeps its personal data: complaints after closing, incidents after
    they happened. Open complaints are never swept."""

    complaint_years: int = DEFAULT_COMPLAINT_YEARS
    incident_years: int = DEFAULT_INCIDENT_YEARS

    def errors(self) -> dict[str, str]:
        found = {}
        for key, value in (("complaint_years", self.complaint_years),
                           ("incident_years", self.incident_years)):
            if not isinstance(value, int) or not MIN_YEARS <= value <= MAX_YEARS:
                found[key] = f"Choose between {MIN_YEARS} and {MAX_YEARS} years."
        return found

    def validate(self) -> RetentionPolicy:
        if self.errors():
            raise ValidationFailed(self.errors())
        return self

    def complaint_cutoff(self, now: datetime) -> datetime:
        """Complaints closed before this moment are past retention."""
        return years_before(now, self.complaint_years)

    def incident_cutoff(self, now: datetime) -> datetime:
        return years_before(now, self.incident_years)


def years_before(moment: datetime, years: int) -> datetime:
    """The same date `years` earlier (29 February becomes 28 February)."""
    year = moment.year - years
    day = min(moment.day, calendar.monthrange(year, moment.month)[1])
    return moment.replace(year=year, day=day)


def access_deadline(received: date) -> date:
    """One month from the day a subject access request was received (ICO: the corresponding
    date next month, or that month's last day when there is none)."""
    month_index = received.month       # next month, zero-based
    year, month = received.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(received.day, calendar.monthrange(year, month)[1]))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PersonQuery:
    """Who a data-protection request is about: any of a name, phone, email or reference."""

    name: str = ""
    phone: str = ""
    email: str = ""
    reference: str = ""

    def cleaned(self) -> PersonQuery:
        """Trimmed and checked; raises ValidationFailed with a message per field."""
        query = PersonQuery(name=" ".join(self.name.split()), phone=self.phone.strip(),
                            email=self.email.strip().lower(),
                            reference=self.reference.strip().upper())
        errors: dict[str, str] = {}
        if not any((query.name, query.phone, query.email, query.reference)):
            errors["name"] = phrase("Give at least one of: name, phone, email or a reference.")
        if query.name and len(query.name) < 3:
            errors["name"] = phrase("Give at least three letters of the name.")
        if query.phone and len(phone_digits(query.phone)) < 6:
            errors["phone"] = phrase("A phone number needs at least six digits.")
        if query.email and not _EMAIL.match(query.email):
            errors["email"] = phrase("That does not look like an email address "
                                     "(name@example.com).")
        if errors:
            raise ValidationFailed(errors)
        return query


def phone_digits(text: str) -> str:
    """The digits of a UK phone number in national form: +44 7700 900123 -> 07700900123."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def erasure_errors(reason: str, references: list[str]) -> dict[str, str]:
    errors = {}
    if len(reason.strip()) < 5:
        errors["reason"] = (phrase("Record why the personal data is being erased (for example "
                                   "\"customer's request by email of 3 March\")."))
    if not references:
        errors["records"] = phrase("Choose at least one record to erase the personal data from.")
    return errors
