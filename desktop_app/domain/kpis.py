"""The figures head office compares: DOMAIN.md's KPI definitions, implemented once.

Every report and every on-screen figure takes them from here. A rate or an average whose
denominator is empty is `None` (shown as "—"), never 0: "no complaints closed" is not "no
complaint resolved at first contact".

- first contact resolution rate: complaints resolved at the first interaction (customer
  agreed, no escalation, no follow-up needed) ÷ complaints closed in the period;
- average handling time: mean of saved − opened;
- customer satisfaction: mean of the 1-5 scores given;
- escalation rate: complaints escalated ÷ complaints logged;
- time to close: mean of closed − opened, for complaints closed;
- follow-ups overdue: follow-up needed, due date passed, not closed (a recorded contact
  closes or re-dates it);
- repeat complainants: the same customer (phone, else email, else name) more than once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Complaint, Status
from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_law import RiddorStatus, riddor_status

TIME_BANDS = ((0, 9, "Before 9:00"), (9, 12, "9:00-11:59"), (12, 14, "12:00-13:59"),
              (14, 17, "14:00-16:59"), (17, 20, "17:00-19:59"), (20, 24, "20:00 and later"))
MAX_SUGGESTIONS = 50       # a summary for head office, not a list of every complaint
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_NOT_DIGIT = re.compile(r"\D")


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def customer_key(complaint: Complaint | ComplaintFigures) -> str:
    """Who the customer is, for repeat complaints: phone digits, else email, else name."""
    phone = complaint.contact_phone
    digits = _NOT_DIGIT.sub("", phone) if phone else ""
    if digits:
        return "phone:" + digits[-10:]
    if complaint.contact_email:
        return "email:" + complaint.contact_email.strip().lower()
    name = " ".join((complaint.customer_name or "").lower().split())
    return "name:" + name if name else ""


def time_band(moment: datetime) -> str:
    return next(label for start, end, label in TIME_BANDS if start <= moment.hour < end)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> list[date]:
    first, weeks = week_start(start), []
    while first <= end:
        weeks.append(first)
        first += timedelta(days=7)
    return weeks


def is_overdue(complaint: Complaint | ComplaintFigures, today: date) -> bool:
    return (complaint.follow_up_needed and complaint.follow_up_due is not None
            and complaint.follow_up_due < today and complaint.status in FOLLOW_UP_OPEN)


class ComplaintFigures(NamedTuple):
    """What the complaint figures read of one complaint, and nothing else: the dashboard
    reads a year of these (100,000 rows) where a full `Complaint` would cost seconds.
    `summarise_complaints` takes either; the two properties are the Complaint's own."""

    reference: str
    opened_at: datetime
    saved_at: datetime
    status: Status
    channel: str
    category: str
    root_cause: str
    customer_agrees: bool | None
    escalated: bool
    follow_up_needed: bool
    follow_up_due: date | None
    satisfaction: int | None
    contact_phone: str
    contact_email: str
    customer_name: str
    improvement_suggestion: str
    closed_at: datetime | None

    handling_seconds = Complaint.handling_seconds
    resolved_at_first_contact = Complaint.resolved_at_first_contact


@dataclass(frozen=True)
class ComplaintSummary:
    period_start: date
    period_end: date
    logged: int
    closed: int
    first_contact_resolution: float | None
    average_handling_minutes: float | None
    satisfaction: float | None
    satisfaction_responses: int
    escalation_rate: float | None
    average_days_to_close: float | None
    follow_ups_overdue: int
    by_category: dict[str, int] = field(default_factory=dict)
    by_root_cause: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    weekly: tuple[tuple[date, int], ...] = ()
    repeat_complainants: int = 0
    repeat_complaints: int = 0
    improvement_suggestions: tuple[Suggestion, ...] = ()    # the most often made first
    different_suggestions: int = 0


def summarise_complaints(complaints: Iterable[Complaint | ComplaintFigures], start: date,
                         end: date, *, today: date) -> ComplaintSummary:
    """Complaints saved from `start` to `end` inclusive: full `Complaint`s (the PDF) or
    their `ComplaintFigures` (the dashboard's lean read) alike.

    A year of a busy store is 100,000 complaints, so this is one pass that counts raw
    values; the text that is normalised (customers, root causes, weeks) is worked out once
    per distinct value afterwards, in order of first sight (as `Counter` would).
    """
    logged = closed = first_contact = escalated = overdue = 0
    handling: list[float] = []
    scores: list[int] = []
    days_to_close: list[float] = []
    categories: dict[str, int] = {}
    causes: dict[str, int] = {}
    channels: dict[str, int] = {}
    statuses: dict[Status, int] = {}
    days: dict[date, int] = {}
    people: dict[tuple[str, str, str], int] = {}
    suggested: list[Complaint | ComplaintFigures] = []
    is_closed = Status.CLOSED
    for c in complaints:
        day = c.saved_at.date()
        if day < start or day > end:
            continue
        logged += 1
        status = c.status
        if status is is_closed:
            closed += 1
            if c.resolved_at_first_contact:
                first_contact += 1
            if c.closed_at:
                days_to_close.append((c.closed_at - c.opened_at).total_seconds() / 86400)
        handling.append(c.handling_seconds / 60)
        if c.satisfaction:
            scores.append(c.satisfaction)
        if c.escalated:
            escalated += 1
        if c.follow_up_needed and is_overdue(c, today):
            overdue += 1
        if c.improvement_suggestion:
            suggested.append(c)
        statuses[status] = statuses.get(status, 0) + 1
        days[day] = days.get(day, 0) + 1
        key = c.category
        categories[key] = categories.get(key, 0) + 1
        key = c.channel
        channels[key] = channels.get(key, 0) + 1
        key = c.root_cause
        causes[key] = causes.get(key, 0) + 1
        key = (c.contact_phone, c.contact_email, c.customer_name)
        people[key] = people.get(key, 0) + 1
    customers = _regrouped(people, lambda who: customer_key(_Customer(*who)))
    repeats = [n for n in customers.values() if n > 1]
    weeks = _regrouped(days, week_start)
    suggestions = group_suggestions(suggested)
    return ComplaintSummary(
        period_start=start, period_end=end, logged=logged, closed=closed,
        first_contact_resolution=ratio(first_contact, closed),
        average_handling_minutes=mean(handling),
        satisfaction=mean(scores), satisfaction_responses=len(scores),
        escalation_rate=ratio(escalated, logged),
        average_days_to_close=mean(days_to_close),
        follow_ups_overdue=overdue,
        by_category=dict(_regrouped(categories, lambda k: k or "uncategorised").most_common()),
        by_root_cause=dict(_regrouped(causes, root_cause_label).most_common(15)),
        by_channel=dict(Counter(channels).most_common()),
        by_status={s.value: n for s, n in Counter(statuses).most_common()},
        weekly=tuple((week, weeks.get(week, 0)) for week in weeks_between(start, end)),
        repeat_complainants=len(repeats), repeat_complaints=sum(repeats),
        improvement_suggestions=suggestions[:MAX_SUGGESTIONS],
        different_suggestions=len(suggestions),
    )


def _regrouped(counts: dict[Any, int], key: Callable[[Any], Any]) -> Counter:
    """Counts regrouped under `key(value)`, in order of first sight; empty keys dropped."""
    grouped: Counter = Counter()
    for value, n in counts.items():
        label = key(value)
        if label:
            grouped[label] += n
    return grouped


class _Customer(NamedTuple):
    """The details `customer_key` reads, counted once per different set of them."""

    contact_phone: str
    contact_email: str
    customer_name: str


def root_cause_label(text: str) -> str:
    """A root cause as counted: spacing and case folded ("" when none was typed)."""
    return " ".join(text.split()).capitalize() if text.strip() else ""


@dataclass(frozen=True)
class Suggestion:
    """One improvement suggestion, how many complaints made it, and the first of them."""

    text: str
    count: int
    references: tuple[str, ...]


def group_suggestions(complaints: Iterable[Complaint]) -> tuple[Suggestion, ...]:
    """The same suggestion typed again (any spacing or case) counts once more; most often
    made first, ties in the order first made."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for c in complaints:
        text = " ".join(c.improvement_suggestion.split())
        if text:
            groups.setdefault(text.casefold(), (text, []))[1].append(c.reference)
    ordered = sorted(groups.values(), key=lambda group: -len(group[1]))
    return tuple(Suggestion(text, len(refs), tuple(refs[:3])) for text, refs in ordered)


@dataclass(frozen=True)
class IncidentSummary:
    period_start: date
    period_end: date
    recorded: int
    by_kind: dict[str, int] = field(default_factory=dict)
    by_trigger: dict[str, int] = field(default_factory=dict)
    by_time_band: dict[str, int] = field(default_factory=dict)
    by_weekday: dict[str, int] = field(default_factory=dict)
    by_injury: dict[str, int] = field(default_factory=dict)
    police_involvement_rate: float | None = None
    riddor_reportable: int = 0
    riddor_recordable: int = 0
    welfare_outstanding: int = 0


def summarise_incidents(incidents: Iterable[Incident], start: date, end: date,
                        ) -> IncidentSummary:
    """Incidents that happened from `start` to `end` inclusive."""
    chosen = [i for i in incidents if start <= i.occurred_at.date() <= end]
    police = [i for i in chosen if i.police_attended or "police" in i.called
              or i.crime_reference]
    riddor = Counter(riddor_status(i.days_off_work) for i in chosen)
    weekdays = Counter(WEEKDAYS[i.occurred_at.weekday()] for i in chosen)
    bands = Counter(time_band(i.occurred_at) for i in chosen)
    return IncidentSummary(
        period_start=start, period_end=end, recorded=len(chosen),
        by_kind=dict(Counter(k for i in chosen for k in i.behaviours).most_common()),
        by_trigger=dict(Counter(i.trigger or "not_recorded" for i in chosen).most_common()),
        by_time_band={label: bands.get(label, 0) for _, _, label in TIME_BANDS},
        by_weekday={day: weekdays.get(day, 0) for day in WEEKDAYS},
        by_injury=dict(Counter(i.injury for i in chosen).most_common()),
        police_involvement_rate=ratio(len(police), len(chosen)),
        riddor_reportable=riddor.get(RiddorStatus.REPORT, 0),
        riddor_recordable=riddor.get(RiddorStatus.RECORD, 0),
        welfare_outstanding=sum(1 for i in chosen if not i.welfare_done),
    )


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def number(value: float | None, unit: str = "", digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}"
