"""Field validation: clean what a person typed, or say clearly what is wrong with it.

Every function returns the cleaned value or raises `FieldError(key, message)`; the
message is written to stand next to the field. Nothing here throws text away: callers
keep the raw value so that the person can correct it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop_app.domain.errors import FieldError
from desktop_app.domain.phrase import phrase

# C0/C1 control characters except tab and newline; also lone surrogates and BOM.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")
_MONEY = re.compile(r"^\s*£?\s*(\d{1,7}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*$")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_PHONE_CHARS = re.compile(r"^[+(\d][\d\s().-]*$")

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 20_000
MAX_AMOUNT_PENCE = 10_000_000_00  # £10m: above this it is a typing mistake


def clean_text(value: str | None) -> str:
    """Normalise to NFC, drop control characters (keeping newlines and tabs), trim ends."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def text(key: str, value: str | None, *, required: bool = False,
         max_length: int = MAX_SHORT_TEXT, label: str = "") -> str:
    label = label or phrase("This")
    if isinstance(value, str) and len(value) > 4 * max_length + 64:   # no work on a flood
        raise FieldError(key, _too_long(label, len(value), max_length))
    cleaned = clean_text(value)
    if required and not cleaned:
        raise FieldError(key, phrase("{label} is needed before you go on.", label=label))
    if len(cleaned) > max_length:
        raise FieldError(key, _too_long(label, len(cleaned), max_length))
    return cleaned


def _too_long(label: str, length: int, most: int) -> str:
    return phrase("{label} is too long: {length:,} characters, the most is {most:,}.",
                  label=label, length=length, most=most)


def money_pence(key: str, value: str | int | None, *, required: bool = False,
                label: str = "") -> int | None:
    """Parse '£12.50', '12.5', '1,200' or pence already as int. Returns pence."""
    label = label or phrase("The amount")
    if isinstance(value, int):
        pence = value
    else:
        raw = clean_text(value)
        if not raw:
            if required:
                raise FieldError(key, phrase("{label} is needed, in pounds and pence, e.g. "
                                             "£12.50.", label=label))
            return None
        match = _MONEY.match(raw)
        if not match:
            raise FieldError(key, _pounds_and_pence(label))
        pounds = match.group(1).replace(",", "")
        pennies = (match.group(2) or "0").ljust(2, "0")
        try:
            pence = int(Decimal(pounds) * 100 + Decimal(pennies))
        except InvalidOperation:  # pragma: no cover - the regex admits only digits
            raise FieldError(key, _pounds_and_pence(label))
    if pence < 0:
        raise FieldError(key, phrase("{label} cannot be negative.", label=label))
    if pence > MAX_AMOUNT_PENCE:
        raise FieldError(key, phrase("{label} looks too large; please check it.", label=label))
    return pence


def _pounds_and_pence(label: str) -> str:
    return phrase("{label} should be in pounds and pence, e.g. £12.50.", label=label)


def needed(label: str) -> str:
    return phrase("{label} is needed.", label=label)


def format_pence(pence: int | None) -> str:
    if pence is None:
        return ""
    return f"£{pence // 100:,}.{pence % 100:02d}"


def past_date(key: str, value: date | None, *, today: date, required: bool = False,
              label: str = "") -> date | None:
    label = label or phrase("The date")
    if value is None:
        if required:
            raise FieldError(key, needed(label))
        return None
    if value > today:
        raise FieldError(key, in_the_future(label))
    if value.year < 1900:
        raise FieldError(key, wrong_year(label))
    return value


def in_the_future(label: str) -> str:
    return phrase("{label} cannot be in the future.", label=label)


def wrong_year(label: str) -> str:
    return phrase("{label} looks wrong; please check the year.", label=label)


def future_date(key: str, value: date | None, *, today: date, required: bool = False,
                label: str = "") -> date | None:
    label = label or phrase("The date")
    if value is None:
        if required:
            raise FieldError(key, needed(label))
        return None
    if value < today:
        raise FieldError(key, phrase("{label} cannot be in the past.", label=label))
    return value


def phone(key: str, value: str | None, *, required: bool = False,
          label: str = "") -> str:
    """UK (07700 900123, 020 7946 0000) or international (+44 7700 900123, +353 ...)."""
    label = label or phrase("The phone number")
    raw = clean_text(value)
    if not raw:
        if required:
            raise FieldError(key, needed(label))
        return ""
    if not _PHONE_CHARS.match(raw):
        raise FieldError(key, phrase("{label} may contain only digits, spaces, brackets, "
                                     "dashes and a leading +.", label=label))
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+"):
        if not 8 <= len(digits) <= 15:
            raise FieldError(key, phrase("{label} should have 8 to 15 digits after the +.",
                                         label=label))
    elif raw.startswith("00"):
        if not 10 <= len(digits) <= 17:
            raise FieldError(key, phrase("{label} looks too short or too long.", label=label))
    elif not (digits.startswith("0") and len(digits) in (10, 11)):
        raise FieldError(key, phrase("{label} should be a UK number starting with 0 (10 or 11 "
                                     "digits) or an international number starting with +.",
                                     label=label))
    return raw


def email(key: str, value: str | None, *, required: bool = False,
          label: str = "") -> str:
    label = label or phrase("The email address")
    raw = clean_text(value)
    if not raw:
        if required:
            raise FieldError(key, needed(label))
        return ""
    if len(raw) > 254 or not _EMAIL.match(raw):
        raise FieldError(key, phrase("{label} should look like name@example.co.uk.",
                                     label=label))
    return raw


def rating(key: str, value: int | None, *, label: str = "") -> int | None:
    if value is None:
        return None
    if not 1 <= int(value) <= 5:
        raise FieldError(key, phrase("{label} should be from 1 to 5.",
                                     label=label or phrase("The score")))
    return int(value)


def pin(key: str, value: str, *, min_digits: int = 4, max_digits: int = 8) -> str:
    if not value:
        raise FieldError(key, phrase("Type a PIN of {fewest} to {most} digits.",
                                     fewest=min_digits, most=max_digits))
    if not value.isdigit() or not value.isascii():
        raise FieldError(key, phrase("A PIN is made of digits only."))
    if not min_digits <= len(value) <= max_digits:
        raise FieldError(key, phrase("A PIN has {fewest} to {most} digits.",
                                     fewest=min_digits, most=max_digits))
    return value


def staff_code(key: str, value: str | None) -> str:
    raw = clean_text(value).upper()
    if not re.fullmatch(r"[A-Z0-9]{2,12}", raw):
        raise FieldError(key, phrase("A staff code is 2 to 12 letters or digits."))
    return raw


def store_code(key: str, value: str | None) -> str:
    raw = clean_text(value).upper()
    if not re.fullmatch(r"[A-Z0-9]{2,8}", raw):
        raise FieldError(key, phrase("A store code is 2 to 8 letters or digits, e.g. GLA01."))
    return raw
