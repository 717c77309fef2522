"""A field's value as a person reads it, on screen and on paper (one wording for both)."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Any

from desktop_app.domain.schema.field import Field, Kind
from desktop_app.domain.validation import format_pence


def long_date(value: date | datetime | None) -> str:
    if value is None:
        return "Not known"
    text = f"{value.day} {calendar.month_name[value.month]} {value.year}"
    if isinstance(value, datetime):
        text += f", {value:%H:%M}"
    return text


def yes_no(value: bool | None) -> str:
    return "Not recorded" if value is None else ("Yes" if value else "No")


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
