"""The dashboard's figures: how each reads, and the records behind it.

The numbers are the period summary's (`kpis.summarise_complaints`, the same code as the
PDF); this module only lays them out — a tile per key figure, a bar per category, root
cause, status, channel and week — and gives each the `ComplaintFilter` that lists the
complaints behind it, with a caption saying so ("Escalated complaints saved 1 Jan 2026 –
31 Dec 2026").

A filter names records the way the complaint list can find them (category, channel,
status, the root cause trimmed and case-folded…). Where a figure groups records the list
could not tell apart that way (complaints with no category counted as "uncategorised",
root causes typed with different inner spacing), the filter names those records by
reference instead, so that a click never shows more or fewer records than the figure.
Those references come from a `RecordsBehind`: the complaints themselves (the PDF's, the
tests'), or storage's SQL over the period (the dashboard, which never reads a year of rows
into Python). A figure behind more than MAX_LISTED records lists the whole period instead,
and its caption says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.kpis import (ComplaintFigures, ComplaintSummary, customer_key, number,
                                     percent, root_cause_label)
from desktop_app.domain.schema.choices import CHANNELS
from desktop_app.domain.phrase import phrase
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.domain.typed_dates import EXAMPLE

MONTHS = (phrase("Jan"), phrase("Feb"), phrase("Mar"), phrase("Apr"), phrase("May"),
          phrase("Jun"), phrase("Jul"), phrase("Aug"), phrase("Sep"), phrase("Oct"),
          phrase("Nov"), phrase("Dec"))
UNCATEGORISED = "uncategorised"          # the summary's key for complaints with no category
NONE_MARK = "—"

Record = Complaint | ComplaintFigures
#: A filter names at most this many records by reference; beyond it, the period.
MAX_LISTED = 5_000


class Behind(StrEnum):
    """Records a figure counts that the list cannot find by a field of its filter."""

    REPEAT = "repeat"                  # their customer complained more than once
    NO_CATEGORY = "no_category"        # none, or counted with them (UNCATEGORISED)
    NO_CHANNEL = "no_channel"
    ROOT_CAUSES = "root_causes"        # root causes typed in any of the given ways


class RecordsBehind(Protocol):
    def typed_root_causes(self) -> set[str]: ...

    def any_uncategorised(self) -> bool: ...

    def references(self, behind: Behind, values: frozenset[str] = frozenset(),
                   ) -> tuple[str, ...]: ...


class RecordsInMemory:
    """`RecordsBehind` over complaints already read (a period's, oldest first)."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records

    def typed_root_causes(self) -> set[str]:
        return {r.root_cause for r in self.records}

    def any_uncategorised(self) -> bool:
        return any(not r.category for r in self.records)

    def references(self, behind: Behind, values: frozenset[str] = frozenset(),
                   ) -> tuple[str, ...]:
        if behind is Behind.REPEAT:
            return repeat_references(self.records)
        chosen = {Behind.NO_CATEGORY: lambda r: (r.category or UNCATEGORISED) == UNCATEGORISED,
                  Behind.NO_CHANNEL: lambda r: not r.channel,
                  Behind.ROOT_CAUSES: lambda r: r.root_cause in values}[behind]
        return _by_reference(self.records, chosen)


def _listed(period: ComplaintFilter, count: int, references: Callable[[], tuple[str, ...]],
            caption: str) -> ComplaintFilter:
    """The records by reference, or (beyond MAX_LISTED) the period, saying so."""
    if count > MAX_LISTED:
        return period.but(caption=phrase("{caption} (more than {most:,}: every complaint of "
                                         "the period is listed)", caption=caption,
                                         most=MAX_LISTED))
    return period.but(references=references(), caption=caption)


def short_date(day: date) -> str:
    """1 Jan 2026 (English month names whatever the PC's locale, as in the reports)."""
    return phrase("{day} {month} {year}", day=day.day, month=MONTHS[day.month - 1],
                  year=day.year)


def period_caption(start: date, end: date) -> str:
    if start == end:
        return short_date(start)
    return phrase("{start} – {end}", start=short_date(start), end=short_date(end))


class Period(StrEnum):
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _PERIOD_LABELS[self]


_PERIOD_LABELS = {Period.THIS_WEEK: phrase("This week"),
                  Period.THIS_MONTH: phrase("This month"),
                  Period.LAST_MONTH: phrase("Last month"),
                  Period.THIS_YEAR: phrase("This year"),
                  Period.LAST_12_MONTHS: phrase("Last 12 months"),
                  Period.CUSTOM: phrase("Choose dates")}


def period_dates(period: Period, today: date, *, start: date | None = None,
                 end: date | None = None) -> tuple[date, date]:
    """The first and last day of a period ending today (or the dates given, for CUSTOM)."""
    if period is Period.THIS_WEEK:
        return today - timedelta(days=today.weekday()), today
    if period is Period.THIS_MONTH:
        return today.replace(day=1), today
    if period is Period.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period is Period.THIS_YEAR:
        return today.replace(month=1, day=1), today
    if period is Period.LAST_12_MONTHS:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:                                   # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + timedelta(days=1), today
    if start is None or end is None:
        raise ValueError("a custom period needs its dates")
    return start, end


def period_errors(start: date | None, end: date | None) -> dict[str, str]:
    """Messages by field ("start", "end") for a period the dashboard cannot show; None is
    a date left empty or typed so that it is not a day."""
    missing = {key: message for key, message, day in (
        ("start", phrase("Type the 'from' date as day, month and year, for example {example}.",
                         example=EXAMPLE), start),
        ("end", phrase("Type the 'to' date as day, month and year, for example {example}.",
                       example=EXAMPLE), end)) if day is None}
    if missing:
        return missing
    if end < start:
        return {"end": phrase("The 'to' date is before the 'from' date: choose a 'to' date on "
                              "or after it.")}
    return {}


class Figure(StrEnum):
    LOGGED = "logged"
    FIRST_CONTACT = "first_contact"
    HANDLING = "handling"
    SATISFACTION = "satisfaction"
    ESCALATION = "escalation"
    TIME_TO_CLOSE = "time_to_close"
    OVERDUE = "overdue"
    REPEAT = "repeat"


@dataclass(frozen=True)
class Tile:
    """One key figure: the big number, what it is, a line of context, and its records."""

    figure: Figure
    label: str
    value: str
    detail: str
    records: ComplaintFilter


@dataclass(frozen=True)
class Bar:
    key: str                  # the summary's key: a category id, a status value, a week…
    label: str
    count: int
    records: ComplaintFilter


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows for a period, worked out off the UI thread."""

    summary: ComplaintSummary
    today: date
    tiles: tuple[Tile, ...]
    weekly: Chart
    by_category: Chart
    by_root_cause: Chart
    by_status: Chart
    by_channel: Chart

    @property
    def empty(self) -> bool:
        return self.summary.logged == 0

    def tile(self, figure: Figure) -> Tile:
        return next(t for t in self.tiles if t.figure is figure)


def _count(n: int) -> str:
    return f"{n:,}"


def build_dashboard(summary: ComplaintSummary, records: Sequence[Record] | RecordsBehind, *,
                    today: date, category_labels: Mapping[str, str] | None = None,
                    ) -> Dashboard:
    """The dashboard for `summary`; `records` (the complaints it counted, or a
    `RecordsBehind` over them) give the filters that must name records."""
    start, end = summary.period_start, summary.period_end
    period = ComplaintFilter(date_from=start, date_to=end)
    saved = phrase("saved {period}", period=period_caption(start, end))
    in_period = records if hasattr(records, "references") else RecordsInMemory(
        [r for r in records if start <= r.saved_at.date() <= end])
    return Dashboard(
        summary=summary, today=today,
        tiles=_tiles(summary, period, saved, today, in_period),
        weekly=weekly_chart(summary),
        by_category=_category_chart(summary, period, saved, in_period,
                                    category_labels or {}),
        by_root_cause=_root_cause_chart(summary, period, saved, in_period),
        by_status=_status_chart(summary, period, saved),
        by_channel=_channel_chart(summary, period, saved, in_period),
    )


def _tiles(s: ComplaintSummary, period: ComplaintFilter, saved: str, today: date,
           records: RecordsBehind) -> tuple[Tile, ...]:
    closed = period.but(statuses=(Status.CLOSED,))
    return (
        Tile(Figure.LOGGED, phrase("Complaints logged"), _count(s.logged),
             phrase("{count:,} closed", count=s.closed),
             period.but(caption=phrase("Complaints {saved}", saved=saved))),
        Tile(Figure.FIRST_CONTACT, phrase("First contact resolution"),
             percent(s.first_contact_resolution),
             phrase("of {count:,} complaint closed", count=s.closed) if s.closed == 1 else
             phrase("of {count:,} complaints closed", count=s.closed),
             closed.but(first_contact=True, caption=phrase(
                 "Closed complaints resolved at the first contact, {saved}", saved=saved))),
        Tile(Figure.HANDLING, phrase("Average handling time"),
             number(s.average_handling_minutes, " min"), phrase("from opening to saving"),
             period.but(caption=phrase("Complaints {saved} (average handling time)",
                                       saved=saved))),
        Tile(Figure.SATISFACTION, phrase("Customer satisfaction"), number(s.satisfaction),
             phrase("out of 5, from {count:,} customer", count=1)
             if s.satisfaction_responses == 1 else
             phrase("out of 5, from {count:,} customers", count=s.satisfaction_responses),
             period.but(satisfaction_given=True, caption=phrase(
                 "Complaints with a satisfaction score, {saved}", saved=saved))),
        Tile(Figure.ESCALATION, phrase("Escalation rate"), percent(s.escalation_rate),
             phrase("of {count:,} complaint logged", count=s.logged) if s.logged == 1 else
             phrase("of {count:,} complaints logged", count=s.logged),
             period.but(escalated=True, caption=phrase("Escalated complaints {saved}",
                                                       saved=saved))),
        Tile(Figure.TIME_TO_CLOSE, phrase("Average time to close"),
             number(s.average_days_to_close, " days"),
             phrase("for {count:,} complaint closed", count=s.closed) if s.closed == 1 else
             phrase("for {count:,} complaints closed", count=s.closed),
             closed.but(caption=phrase("Closed complaints {saved} (average time to close)",
                                       saved=saved))),
        Tile(Figure.OVERDUE, phrase("Follow-ups overdue"), _count(s.follow_ups_overdue),
             phrase("on {day}", day=short_date(today)),
             period.but(overdue_on=today, caption=phrase(
                 "Complaints {saved} with a follow-up overdue on {day}", saved=saved,
                 day=short_date(today)))),
        Tile(Figure.REPEAT, phrase("Repeat complainants"), _count(s.repeat_complainants),
             phrase("{count:,} complaint", count=1) if s.repeat_complaints == 1 else
             phrase("{count:,} complaints", count=s.repeat_complaints),
             _listed(period, s.repeat_complaints, lambda: records.references(Behind.REPEAT),
                     phrase("Complaints from repeat complainants, {saved}", saved=saved))),
    )


def repeat_references(records: Iterable[Record]) -> tuple[str, ...]:
    """The references of the complaints whose customer complained more than once (the same
    `customer_key` as the summary), oldest first."""
    records = list(records)
    keys: dict[tuple[str, str, str], str] = {}
    counts: dict[str, int] = {}
    for r in records:
        who = (r.contact_phone, r.contact_email, r.customer_name)
        key = keys.get(who)
        if key is None:
            key = keys[who] = customer_key(r)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return tuple(r.reference for r in records
                 if counts.get(keys[(r.contact_phone, r.contact_email, r.customer_name)], 0) > 1)


def weekly_chart(s: ComplaintSummary) -> Chart:
    """A column per week (week beginning Monday), its filter the week's days in the period."""
    bars = []
    for week, n in s.weekly:
        first, last = max(week, s.period_start), min(week + timedelta(days=6), s.period_end)
        bars.append(Bar(week.isoformat(), f"{week:%d/%m}", n, ComplaintFilter(
            date_from=first, date_to=last,
            caption=phrase("Complaints saved {period}", period=period_caption(first, last)))))
    return Chart(phrase("Complaints logged per week (week beginning)"), tuple(bars))


def _by_reference(records: Iterable[Record], chosen: Callable[[Record], bool],
                  ) -> tuple[str, ...]:
    return tuple(r.reference for r in records if chosen(r))


def _category_chart(s: ComplaintSummary, period: ComplaintFilter, saved: str,
                    records: RecordsBehind, labels: Mapping[str, str]) -> Chart:
    bars = []
    for key, n in s.by_category.items():
        label = labels.get(key) or key.replace("_", " ").capitalize()
        flt = period.but(category=key, caption=phrase("Complaints in ‘{label}’ {saved}",
                                                      label=label, saved=saved))
        if key == UNCATEGORISED and records.any_uncategorised():
            flt = _listed(period, n, lambda: records.references(Behind.NO_CATEGORY),
                          phrase("Complaints with no category {saved}", saved=saved))
        bars.append(Bar(key, label, n, flt))
    return Chart(phrase("Complaints by category"), tuple(bars))


def _sql_root_cause(text: str) -> str:
    """How the complaint list compares a root cause: spaces trimmed, case folded."""
    return text.strip(" ").casefold()


def _root_cause_chart(s: ComplaintSummary, period: ComplaintFilter, saved: str,
                      records: RecordsBehind) -> Chart:
    typed = records.typed_root_causes()
    counted = {text: root_cause_label(text) for text in typed}
    bars = []
    for label, n in s.by_root_cause.items():
        behind = {text for text, as_counted in counted.items() if as_counted == label}
        listed = {text for text in typed if _sql_root_cause(text) == _sql_root_cause(label)}
        caption = phrase("Complaints with the root cause ‘{label}’ {saved}", label=label,
                         saved=saved)
        if behind == listed:
            flt = period.but(root_cause=label, caption=caption)
        else:
            flt = _listed(period, n, lambda behind=frozenset(behind): records.references(
                Behind.ROOT_CAUSES, behind), caption)
        bars.append(Bar(label, label, n, flt))
    return Chart(phrase("Complaints by root cause (the 15 most common)"), tuple(bars))


def _status_chart(s: ComplaintSummary, period: ComplaintFilter, saved: str) -> Chart:
    bars = []
    for value, n in s.by_status.items():
        status = Status(value)
        bars.append(Bar(value, status.label, n, period.but(
            statuses=(status,),
            caption=phrase("Complaints {saved}, their status now: {status}", saved=saved,
                           status=status.label))))
    return Chart(phrase("Complaints by status now"), tuple(bars))


CHANNEL_LABELS = dict(CHANNELS)
#: How a caption says where a complaint was made ("Complaints made by phone, saved …"):
#: a whole sentence each, so a translation words each its own way.
CHANNEL_CAPTIONS = {
    "in_store": lambda saved: phrase("Complaints made in store, {saved}", saved=saved),
    "phone": lambda saved: phrase("Complaints made by phone, {saved}", saved=saved),
    "email": lambda saved: phrase("Complaints made by email, {saved}", saved=saved),
    "online": lambda saved: phrase("Complaints made about an online order, {saved}",
                                   saved=saved),
    "social_media": lambda saved: phrase("Complaints made on social media, {saved}",
                                         saved=saved),
    "letter": lambda saved: phrase("Complaints made by letter, {saved}", saved=saved)}


def _channel_chart(s: ComplaintSummary, period: ComplaintFilter, saved: str,
                   records: RecordsBehind) -> Chart:
    bars = []
    for key, n in s.by_channel.items():
        label = (CHANNEL_LABELS.get(key) or key.replace("_", " ").capitalize()
                 or phrase("Not recorded"))
        if key:
            caption = CHANNEL_CAPTIONS.get(key, lambda saved, label=label: phrase(
                "Complaints made through ‘{label}’, {saved}", label=label, saved=saved))
            flt = period.but(channel=key, caption=caption(saved))
        else:
            flt = _listed(period, n, lambda: records.references(Behind.NO_CHANNEL),
                          phrase("Complaints with no channel recorded, {saved}", saved=saved))
        bars.append(Bar(key, label, n, flt))
    return Chart(phrase("Complaints by channel"), tuple(bars))
