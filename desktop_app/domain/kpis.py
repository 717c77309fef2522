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
from desktop_app.domain.incident_law import RiddorStatus, incident_riddor
from desktop_app.domain.phrase import phrase

TIME_BANDS = ((0, 9, phrase("Before 9:00")), (9, 12, "9:00-11:59"), (12, 14, "12:00-13:59"),
              (14, 17, "14:00-16:59"), (17, 20, "17:00-19:59"),
              (20, 24, phrase("20:00 and later")))
MAX_SUGGESTIONS = 50       # a summary for head office, not a list of every complaint
WEEKDAYS = (phrase("Monday"), phrase("Tuesday"), phrase("Wednesday"), phrase("Thursday"),
            phrase("Friday"), phrase("Saturday"), phrase("Sunday"))
WEEKDAYS_SHORT = (phrase("Mon"), phrase("Tue"), phrase("Wed"), phrase("Thu"), phrase("Fri"),
                  phrase("Sat"), phrase("Sun"))


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


@dataclass
class ComplaintCounts:
    """A period's complaints counted by raw value, before anything is normalised: what a
    pass over the complaints (`count_complaints`) or SQL's GROUP BY (storage's
    FiguresRepository.counts) gives, and all `summary_of` needs. Sums, not means, so that
    counts of parts add up."""

    logged: int = 0
    closed: int = 0
    first_contact: int = 0
    escalated: int = 0
    overdue: int = 0
    handling_minutes: float = 0.0
    scores: int = 0
    score_total: int = 0
    closed_timed: int = 0
    days_to_close: float = 0.0
    categories: dict[str, int] = field(default_factory=dict)
    causes: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)
    statuses: dict[Status, int] = field(default_factory=dict)
    days: dict[date, int] = field(default_factory=dict)
    #: (phone, email, name) as typed -> complaints
    people: dict[tuple[str, str, str], int] = field(default_factory=dict)
    #: a suggestion as typed -> (complaints, its first three (order, reference)s): the
    #: order is anything that sorts the complaints as they were counted
    suggestions: dict[str, tuple[int, tuple[tuple[Any, str], ...]]] = field(
        default_factory=dict)


def count_complaints(complaints: Iterable[Complaint | ComplaintFigures], start: date,
                     end: date, *, today: date) -> ComplaintCounts:
    """One pass over complaints saved from `start` to `end` inclusive (oldest first)."""
    n = ComplaintCounts()
    categories, causes, channels, statuses = n.categories, n.causes, n.channels, n.statuses
    days, people, suggestions = n.days, n.people, n.suggestions
    is_closed = Status.CLOSED
    for position, c in enumerate(complaints):
        day = c.saved_at.date()
        if day < start or day > end:
            continue
        n.logged += 1
        status = c.status
        if status is is_closed:
            n.closed += 1
            if c.resolved_at_first_contact:
                n.first_contact += 1
            if c.closed_at:
                n.closed_timed += 1
                n.days_to_close += (c.closed_at - c.opened_at).total_seconds() / 86400
        n.handling_minutes += c.handling_seconds / 60
        if c.satisfaction:
            n.scores += 1
            n.score_total += c.satisfaction
        if c.escalated:
            n.escalated += 1
        if c.follow_up_needed and is_overdue(c, today):
            n.overdue += 1
        if c.improvement_suggestion:
            count, refs = suggestions.get(c.improvement_suggestion, (0, ()))
            suggestions[c.improvement_suggestion] = (
                count + 1, refs if len(refs) >= 3 else (*refs, (position, c.reference)))
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
    return n


def combined_counts(parts: Iterable[ComplaintCounts]) -> ComplaintCounts:
    """Counts of several stores (or periods) as one: sums are summed, tallies merged, so
    that a region's or a chain's figures are `summary_of` their stores' counts."""
    total = ComplaintCounts()
    for part in parts:
        for name in ("logged", "closed", "first_contact", "escalated", "overdue",
                     "handling_minutes", "scores", "score_total", "closed_timed",
                     "days_to_close"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        for name in ("categories", "causes", "channels", "statuses", "days", "people"):
            tally = getattr(total, name)
            for key, n in getattr(part, name).items():
                tally[key] = tally.get(key, 0) + n
        for text, (n, refs) in part.suggestions.items():
            before, kept = total.suggestions.get(text, (0, ()))
            total.suggestions[text] = (before + n, tuple(sorted((*kept, *refs)))[:3])
    return total


def summarise_complaints(complaints: Iterable[Complaint | ComplaintFigures], start: date,
                         end: date, *, today: date) -> ComplaintSummary:
    """Complaints saved from `start` to `end` inclusive: full `Complaint`s (the PDF) or
    their `ComplaintFigures` alike."""
    return summary_of(count_complaints(complaints, start, end, today=today), start, end)


def summary_of(n: ComplaintCounts, start: date, end: date) -> ComplaintSummary:
    """The KPIs from the counts; the text that is normalised (customers, root causes,
    weeks, suggestions) is worked out once per distinct value."""
    customers = _regrouped(n.people, lambda who: customer_key(CustomerDetails(*who)))
    repeats = [count for count in customers.values() if count > 1]
    weeks = _regrouped(n.days, week_start)
    suggestions = _grouped_suggestions(n.suggestions)
    return ComplaintSummary(
        period_start=start, period_end=end, logged=n.logged, closed=n.closed,
        first_contact_resolution=ratio(n.first_contact, n.closed),
        average_handling_minutes=n.handling_minutes / n.logged if n.logged else None,
        satisfaction=n.score_total / n.scores if n.scores else None,
        satisfaction_responses=n.scores,
        escalation_rate=ratio(n.escalated, n.logged),
        average_days_to_close=n.days_to_close / n.closed_timed if n.closed_timed else None,
        follow_ups_overdue=n.overdue,
        by_category=_ranked(_regrouped(n.categories, lambda k: k or "uncategorised")),
        by_root_cause=_ranked(_regrouped(n.causes, root_cause_label), 15),
        by_channel=_ranked(n.channels),
        by_status=_ranked({s.value: count for s, count in n.statuses.items()}),
        weekly=tuple((week, weeks.get(week, 0)) for week in weeks_between(start, end)),
        repeat_complainants=len(repeats), repeat_complaints=sum(repeats),
        improvement_suggestions=suggestions[:MAX_SUGGESTIONS],
        different_suggestions=len(suggestions),
    )


def _ranked(counts: dict[str, int], limit: int | None = None) -> dict[str, int]:
    """Most first; equal counts in alphabetical order, so the ranking never depends on
    the order the records were counted in (SQL and Python agree, whatever the plan)."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit])


def _regrouped(counts: dict[Any, int], key: Callable[[Any], Any]) -> Counter:
    """Counts regrouped under `key(value)`; empty keys dropped."""
    grouped: Counter = Counter()
    for value, n in counts.items():
        label = key(value)
        if label:
            grouped[label] += n
    return grouped


class CustomerDetails(NamedTuple):
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
    typed: dict[str, tuple[int, tuple[tuple[Any, str], ...]]] = {}
    for position, c in enumerate(complaints):
        count, refs = typed.get(c.improvement_suggestion, (0, ()))
        typed[c.improvement_suggestion] = (count + 1, (*refs, (position, c.reference))[:3])
    return _grouped_suggestions(typed)


def _grouped_suggestions(typed: dict[str, tuple[int, tuple[tuple[Any, str], ...]]],
                         ) -> tuple[Suggestion, ...]:
    """Suggestions as typed merged by their words, shown as first typed; most often made
    first, ties in the order first made."""
    groups: dict[str, tuple[int, list[tuple[Any, str]], dict[Any, str]]] = {}
    for raw, (count, refs) in typed.items():
        text = " ".join(raw.split())
        if not text:
            continue
        total, references, shown = groups.get(text.casefold(), (0, [], {}))
        shown[refs[0][0]] = text
        groups[text.casefold()] = (total + count, references + list(refs), shown)
    merged = [(total, sorted(references), shown[min(shown)])
              for total, references, shown in groups.values()]
    merged.sort(key=lambda group: (-group[0], group[1][0][0]))
    return tuple(Suggestion(text, total, tuple(ref for _key, ref in references[:3]))
                 for total, references, text in merged)


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
    riddor = Counter(incident_riddor(i).status for i in chosen)
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
