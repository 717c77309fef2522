"""A field's value as a person reads it, on screen and on paper (one wording for both)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop_app.domain.phrase import phrase
from desktop_app.domain.schema.field import Field, Kind
from desktop_app.domain.validation import format_pence


#: the months by name, in English whatever the PC's locale (a screen words them its own way)
MONTHS = (phrase("January"), phrase("February"), phrase("March"), phrase("April"),
          phrase("May"), phrase("June"), phrase("July"), phrase("August"),
          phrase("September"), phrase("October"), phrase("November"), phrase("December"))


def long_date(value: date | datetime | None) -> str:
    if value is None:
        return phrase("Not known")
    month = MONTHS[value.month - 1]
    if isinstance(value, datetime):
        return phrase("{day} {month} {year}, {time}", day=value.day, month=month,
                      year=value.year, time=f"{value:%H:%M}")
    return phrase("{day} {month} {year}", day=value.day, month=month, year=value.year)


def yes_no(value: bool | None) -> str:
    if value is None:
        return phrase("Not recorded")
    return phrase("Yes") if value else phrase("No")


def shown(f: Field, value: Any) -> str:
    """The value in words; "" when there is nothing to show."""
    if value is None or value == "" or value == () or value == []:
        return ""
    kind = f.kind
    if kind is Kind.MONEY:
        return format_pence(value)
    if kind in (Kind.DATE, Kind.PAST_DATE, Kind.FUTURE_DATE, Kind.DATETIME):
        return long_date(value)
    if kind is Kind.CHOICE:
        return f.choice_label(value)
    if kind is Kind.CHOICES:
        return ", ".join(f.choice_label(x) for x in value)
    if kind in (Kind.CHECK, Kind.YES_NO):
        return yes_no(value)
    if kind is Kind.CALL_TIMES:
        return "; ".join(f.choice_label(party) + (f" at {when}" if when else "")
                         for party, when in value.items())
    if kind is Kind.TEXT_LIST:
        return "\n".join(value)
    if kind is Kind.PNG:
        return "Signed on screen"
    return str(value)
