"""Checking one value of any kind of field: the form's checks and the import's are this.

`check(field, raw, checking)` returns the cleaned value or raises FieldError with a
message that names the field by its label. It takes what a form holds ("£12.50", an ISO
date string, a ticked box) as well as what a saved record holds (pence, a date), so the
same rule applies at every door.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.errors import FieldError
from desktop_app.domain.phrase import phrase
from desktop_app.domain.reference import is_reference
from desktop_app.domain.schema.field import Field, Kind
from desktop_app.domain.schema.labels import field_label
from desktop_app.domain.typed_dates import NotADay, read_day

EARLIEST_YEAR = 2000             # nothing in a record happened before the program existed
LATEST_YEAR = 2200
CLOCK_SLACK = timedelta(minutes=5)   # a till's clock may run a little ahead
MAX_PNG_BYTES = 1_000_000
MAX_PNG_SIDE = (4_000, 2_000)    # width, height: larger than any till's signature pad
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Checking:
    """What a check needs to know beyond the value."""

    today: date                          # the day the record is (or was) saved
    now: datetime | None = None          # nothing may happen after this (None: today's end)
    choices: Mapping[str, frozenset[str]] = field(default_factory=dict)   # choices_from
    staff_ids: frozenset[int] | None = None      # None: any id will do

    @property
    def latest(self) -> datetime:
        if self.now is not None:
            return self.now + CLOCK_SLACK
        return datetime.combine(self.today, datetime.max.time())


def check(f: Field, raw: Any, ctx: Checking, *, required: bool | None = None) -> Any:
    """The cleaned value of `raw` for field `f`; FieldError(f.key, message) otherwise."""
    need = f.required if required is None else required
    label = field_label(f)
    kind = f.kind
    if f.is_text:
        if raw is not None and not isinstance(raw, str):
            raise FieldError(f.key, phrase("{label} should be text.", label=label))
        if kind is Kind.PHONE:
            return _limited(f, v.phone(f.key, raw, required=need, label=label), label)
        if kind is Kind.EMAIL:
            return _limited(f, v.email(f.key, raw, required=need, label=label), label)
        return v.text(f.key, raw, required=need, max_length=f.max_length, label=label)
    checker = _CHECKS.get(kind)
    if checker is None:
        raise FieldError(f.key, phrase("{label} cannot be checked on its own.",  # a part
                                       label=label))
    return checker(f, raw, ctx, need, label)


def _limited(f: Field, value: str, label: str) -> str:
    if len(value) > f.max_length:
        raise FieldError(f.key, phrase("{label} is too long: the most is {most:,} "
                                       "characters.", label=label, most=f.max_length))
    return value


def _whole(f: Field, raw: Any, label: str) -> int | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, int):
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit() and len(raw) < 12:
            return int(raw)
        raise FieldError(f.key, phrase("{label} should be a whole number.", label=label))
    return raw


def _money(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> int | None:
    if isinstance(raw, bool) or (raw is not None and not isinstance(raw, int | str)):
        raise FieldError(f.key, phrase("{label} should be an amount in pounds and pence.",
                                       label=label))
    return v.money_pence(f.key, raw, required=need, label=label)


def _typed_day(f: Field, raw: str, label: str) -> date | None:
    """ISO text (files, drafts) or a day as typed at the till (`typed_dates`)."""
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        pass
    try:
        return read_day(raw)
    except NotADay as error:
        raise FieldError(f.key, phrase("{label}: {problem}", label=label,
                                       problem=error.args[0])) from None


def _parsed(f: Field, raw: Any, label: str, *, with_time: bool) -> date | datetime | None:
    """A date (or date and time) from a date object or ISO text; None when empty."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str) and not with_time:
        raw = _typed_day(f, raw, label)
        if raw is None:
            return None
    elif isinstance(raw, str):
        try:
            raw = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise FieldError(f.key, _not_a(label, with_time)) from None
    if with_time and isinstance(raw, datetime):
        return raw.replace(tzinfo=None)
    if not with_time and isinstance(raw, date):
        return raw.date() if isinstance(raw, datetime) else raw
    raise FieldError(f.key, _not_a(label, with_time))


def _not_a(label: str, with_time: bool) -> str:
    if with_time:
        return phrase("{label} should be a date and time.", label=label)
    return phrase("{label} should be a date.", label=label)


def _date(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> date | None:
    value = _parsed(f, raw, label, with_time=False)
    if value is None:
        if need:
            raise FieldError(f.key, v.needed(label))
        return None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise FieldError(f.key, v.wrong_year(label))
    if f.kind is Kind.PAST_DATE:
        return v.past_date(f.key, value, today=ctx.today, label=label)
    if f.kind is Kind.FUTURE_DATE:
        return v.future_date(f.key, value, today=ctx.today, label=label)
    return value


def _datetime(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> datetime | None:
    value = _parsed(f, raw, label, with_time=True)
    if value is None:
        if need:
            raise FieldError(f.key, v.needed(label))
        return None
    if value > ctx.latest:
        raise FieldError(f.key, v.in_the_future(label))
    if value.year < EARLIEST_YEAR:
        raise FieldError(f.key, v.wrong_year(label))
    return value


def allowed_values(f: Field, ctx: Checking) -> frozenset[str]:
    return ctx.choices.get(f.choices_from, frozenset()) if f.choices_from else f.choice_values


def _choice(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> str:
    if raw is None or raw == "":
        if need:
            raise FieldError(f.key, phrase("Please choose one: {label}.", label=label))
        return ""
    if not isinstance(raw, str) or raw not in allowed_values(f, ctx):
        raise FieldError(f.key, phrase("{label}: choose one of the listed answers.", label=label))
    return raw


def _choices(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> tuple[str, ...]:
    if raw is None:
        raw = ()
    if isinstance(raw, str) or not isinstance(raw, list | tuple | set | frozenset):
        raise FieldError(f.key, _listed(label))
    order = [value for value, _ in f.choices]
    if any(not isinstance(x, str) or x not in order for x in raw):
        raise FieldError(f.key, _listed(label))
    if need and not raw:
        raise FieldError(f.key, phrase("{label}: tick at least one.", label=label))
    return tuple(sorted(dict.fromkeys(raw), key=order.index))


def _check_box(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> bool:
    if raw is not None and not isinstance(raw, bool | int):
        raise FieldError(f.key, phrase("{label} should be yes or no.", label=label))
    if need and not raw:
        raise FieldError(f.key, phrase("Please confirm: {label}.", label=label))
    return bool(raw)


def _yes_no(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> bool | None:
    value = {"yes": True, "no": False, "": None}.get(raw, raw) if isinstance(raw, str) else raw
    if value is not None and not isinstance(value, bool):
        raise FieldError(f.key, _yes_or_no(label))
    if need and value is None:
        raise FieldError(f.key, _yes_or_no(label))
    return value


def _rating(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> int | None:
    return v.rating(f.key, _whole(f, raw, label), label=label)


def _count(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> int | None:
    value = _whole(f, raw, label)
    if value is None:
        if need:
            raise FieldError(f.key, v.needed(label))
        return None
    low = 0 if f.minimum is None else f.minimum
    if value < low or (f.maximum is not None and value > f.maximum):
        if f.maximum is None:
            raise FieldError(f.key, phrase("{label} should be {low} or more.", label=label,
                                           low=low))
        raise FieldError(f.key, phrase("{label} should be from {low} to {high:,}.",
                                       label=label, low=low, high=f.maximum))
    return value


def _reference(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> str:
    if raw is None or raw == "":
        if need:
            raise FieldError(f.key, phrase("{label} is missing.", label=label))
        return ""
    if not isinstance(raw, str) or not is_reference(raw):
        raise FieldError(f.key, phrase("{label} should look like GLA01-2026-000123.", label=label))
    return raw.strip().upper()


def _staff(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> int | None:
    if raw is None:
        if need:
            raise FieldError(f.key, _from_staff(label))
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or \
            (ctx.staff_ids is not None and raw not in ctx.staff_ids):
        raise FieldError(f.key, _from_staff(label))
    return raw


def _staff_list(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> tuple[int, ...]:
    ids: list[int] = []
    if raw is not None and (isinstance(raw, str) or not isinstance(raw, list | tuple)):
        raise FieldError(f.key, _people_from_staff(label))
    for item in raw or ():
        try:
            staff_id = int(item)
        except (TypeError, ValueError):
            raise FieldError(f.key, _people_from_staff(label)) from None
        if isinstance(item, bool) or (ctx.staff_ids is not None and staff_id not in ctx.staff_ids):
            raise FieldError(f.key, _people_from_staff(label))
        if staff_id not in ids:
            ids.append(staff_id)
    if need and not ids:
        raise FieldError(f.key, phrase("{label}: tick at least one person.", label=label))
    return tuple(ids)


def _text_list(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> tuple[str, ...]:
    if raw is not None and (isinstance(raw, str) or not isinstance(raw, list | tuple)):
        raise FieldError(f.key, _short_texts(label))
    items = []
    for index, item in enumerate(raw or (), start=1):
        if item is not None and not isinstance(item, str):
            raise FieldError(f.key, _short_texts(label))
        text = v.text(f.key, item, max_length=f.max_length,
                      label=phrase("{label} ({number})", label=label, number=index))
        if text:
            items.append(text)
    if f.max_items and len(items) > f.max_items:
        raise FieldError(f.key, phrase("{label}: at most {most}.", label=label, most=f.max_items))
    return tuple(items)


def _call_times(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise FieldError(f.key, _listed(label))
    order = [value for value, _ in f.choices]
    called: dict[str, str] = {}
    for party, when in raw.items():
        if party not in order:
            raise FieldError(f.key, _listed(label))
        if when is not None and not isinstance(when, str):
            raise FieldError(f.key, _called_at())
        when = v.clean_text(when)
        if when and not _TIME.match(when):
            raise FieldError(f.key, _called_at())
        called[party] = when
    return {party: called[party] for party in order if party in called}


def _listed(label: str) -> str:
    return phrase("{label}: choose from the listed answers.", label=label)


def _yes_or_no(label: str) -> str:
    return phrase("{label}: answer yes or no.", label=label)


def _from_staff(label: str) -> str:
    return phrase("{label}: choose someone from the staff list.", label=label)


def _people_from_staff(label: str) -> str:
    return phrase("{label}: choose people from the staff list.", label=label)


def _short_texts(label: str) -> str:
    return phrase("{label} should be a list of short texts.", label=label)


def _called_at() -> str:
    return phrase("Give the time they were called as HH:MM, e.g. 09:45.")


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header; None when it is not a PNG."""
    if len(data) < 24 or not data.startswith(_PNG_MAGIC) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _png(f: Field, raw: Any, ctx: Checking, need: bool, label: str) -> bytes | None:
    if raw is None or raw == b"":
        if need:
            raise FieldError(f.key, v.needed(label))
        return None
    if not isinstance(raw, bytes | bytearray):
        raise FieldError(f.key, phrase("{label} should be a PNG image.", label=label))
    data = bytes(raw)
    size = png_size(data)
    if size is None or not data.endswith(b"IEND\xaeB`\x82"):
        raise FieldError(f.key, phrase("{label} is not a PNG image.", label=label))
    if len(data) > MAX_PNG_BYTES:
        raise FieldError(f.key, phrase("{label} is too large: {size:,} bytes, the most is "
                                       "{most:,}.", label=label, size=len(data),
                                       most=MAX_PNG_BYTES))
    if not (0 < size[0] <= MAX_PNG_SIDE[0] and 0 < size[1] <= MAX_PNG_SIDE[1]):
        raise FieldError(f.key, phrase("{label} is {width:,} × {height:,} pixels; the most "
                                       "is {widest:,} × {highest:,}.", label=label,
                                       width=size[0], height=size[1], widest=MAX_PNG_SIDE[0],
                                       highest=MAX_PNG_SIDE[1]))
    return data


_CHECKS = {
    Kind.MONEY: _money,
    Kind.PAST_DATE: _date,
    Kind.FUTURE_DATE: _date,
    Kind.DATE: _date,
    Kind.DATETIME: _datetime,
    Kind.CHOICE: _choice,
    Kind.CHOICES: _choices,
    Kind.CHECK: _check_box,
    Kind.YES_NO: _yes_no,
    Kind.RATING: _rating,
    Kind.COUNT: _count,
    Kind.REFERENCE: _reference,
    Kind.STAFF: _staff,
    Kind.STAFF_LIST: _staff_list,
    Kind.TEXT_LIST: _text_list,
    Kind.CALL_TIMES: _call_times,
    Kind.PNG: _png,
}
