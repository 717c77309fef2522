"""A day as a person types it at the till, read the British way (day, month, year).

`21/11/2026`, `21-11-26`, `21.11.2026`, `21 11 26`, `211126` and `21112026` are all the
21st of November 2026; a two-figure year is in this century. Nothing typed is guessed at
beyond that: a day that does not exist is refused with a sentence saying why, and an empty
field is "not known".
"""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.phrase import phrase

SHOWN = "%d/%m/%Y"
EXAMPLE = "21/11/2026"
_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$")
_RUN = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


class NotADay(ValueError):
    """What was typed is not a day; the message says what to type."""


def read_day(text: str) -> date | None:
    """The day typed, None for nothing typed; NotADay with a sentence otherwise."""
    if not text.strip():
        return None
    found = _SEPARATED.match(text) or _RUN.match(text)
    if found is None:
        raise NotADay(phrase("Type the date as day, month and year, for example {example}.",
                             example=EXAMPLE))
    day, month, year = (int(part) for part in found.groups())
    if len(found.group(3)) == 2:
        year += 2000
    if not 1 <= month <= 12:
        raise NotADay(phrase("There is no month {month}: type the date as day, month and "
                             "year, for example {example}.", month=month, example=EXAMPLE))
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADay(phrase("There is no {day}/{month:02d}/{year}: that month has fewer days.",
                             day=day, month=month, year=year)) from None


def shown(day: date | None) -> str:
    """A day as the program shows it (dd/mm/yyyy); "" for not known."""
    return "" if day is None else day.strftime(SHOWN)
